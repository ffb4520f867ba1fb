/// How a data row ended (SPEC 2.1): every row read ends in exactly one of these.
public enum RowOutcome: String, Sendable {
    case accepted
    case merged
    case rejected
}

/// One line of the data-quality output.
public struct DataQualityEntry: Sendable, Equatable {
    public var file: Int
    public var line: Int?
    /// `rejected`, `merged`, `file_error`, `skipped` or `pair_rejected`.
    public var outcome: String
    public var reason: String
    public var raw: String
}

/// Counts per file that prove nothing was dropped: rows read = accepted + merged + rejected.
public struct FileAccount: Sendable, Equatable {
    public var kind: FileKind
    public var layout: String?
    public var encoding: TextEncoding?
    public var delimiter: Character?
    public var rowsRead = 0
    public var accepted = 0
    public var merged = 0
    public var rejected = 0
    public var fileError: String?

    public var balances: Bool { rowsRead == accepted + merged + rejected }
}

/// File accounts by file index. A run's ledger holds every file's; one file's part of a parallel
/// read holds only that file's, at its own index: giving each of thousands of parts an account
/// for every file made reading quadratic in the number of files.
public struct FileAccounts: RandomAccessCollection, MutableCollection, Sendable {
    private var storage: [FileAccount]
    public let startIndex: Int
    public var endIndex: Int { startIndex + storage.count }

    init(_ accounts: [FileAccount], from start: Int = 0) {
        storage = accounts
        startIndex = start
    }

    public subscript(position: Int) -> FileAccount {
        get { storage[position - startIndex] }
        _modify { yield &storage[position - startIndex] }
    }
}

/// The running account of every row of every file.
public struct RowLedger: Sendable {
    public var accounts: FileAccounts
    public var entries: [DataQualityEntry] = []
    /// Indices of `entries` whose raw text is still to be read (see `mergeRawLater`).
    var rawPending: [Int] = []

    public init(files: [InputFile]) {
        accounts = FileAccounts(files.map { FileAccount(kind: $0.kind) })
        for (index, file) in files.enumerated() {
            if let reason = file.skipReason {
                entries.append(DataQualityEntry(file: index, line: nil, outcome: "skipped", reason: reason, raw: ""))
            }
        }
    }

    /// A ledger with one file's account and no entries: that file's part of a parallel read.
    init(accountOf file: Int, in files: [InputFile]) {
        accounts = FileAccounts([FileAccount(kind: files[file].kind)], from: file)
    }

    public mutating func read(_ file: Int, rows: Int = 1) { accounts[file].rowsRead += rows }

    public mutating func accept(_ file: Int) { accounts[file].accepted += 1 }

    public mutating func merge(_ row: RowID, reason: String, raw: String) {
        accounts[row.file].merged += 1
        entries.append(DataQualityEntry(file: row.file, line: row.line, outcome: "merged", reason: reason, raw: raw))
    }

    /// A merged row whose raw text is read again from its file by `RawRowText.fill`: rows are
    /// not kept with their text, since only the few merged ones need it.
    public mutating func mergeRawLater(_ row: RowID, reason: String) {
        merge(row, reason: reason, raw: "")
        rawPending.append(entries.count - 1)
    }

    public mutating func reject(_ row: RowID, reason: String, raw: String) {
        accounts[row.file].rejected += 1
        entries.append(DataQualityEntry(file: row.file, line: row.line, outcome: "rejected", reason: reason, raw: raw))
    }

    /// A problem with one part of a row that does not decide the row's outcome (a rejected pair).
    public mutating func note(_ row: RowID, outcome: String, reason: String, raw: String) {
        entries.append(DataQualityEntry(file: row.file, line: row.line, outcome: outcome, reason: reason, raw: raw))
    }

    public mutating func fail(_ file: Int, _ message: String) {
        accounts[file].fileError = message
        entries.append(DataQualityEntry(file: file, line: nil, outcome: "file_error", reason: message, raw: ""))
    }
}
