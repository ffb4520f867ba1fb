import Foundation

/// Where an input row starts: the file's path and the 1-based physical line (SPEC R8).
public struct InputLocation: Hashable, Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int

    public init(file: String, line: Int) {
        self.file = file
        self.line = line
    }

    public var description: String { "\(file):\(line)" }
}

/// The text encodings an input file can be in, named as the JSON writes them (SPEC R39).
public enum TextEncoding: String, Sendable, CaseIterable {
    case utf8 = "utf-8"
    case utf8BOM = "utf-8-bom"
    case utf16LE = "utf-16le"
    case utf16BE = "utf-16be"
    case windows1252 = "windows-1252"
}

/// One non-blank record of a table: its 1-based starting line (sheet row for `.xlsx`) and its cells,
/// with trailing empty cells removed.
public struct RawRow: Sendable, Equatable {
    public var line: Int
    public var cells: [String]

    public init(line: Int, cells: [String]) {
        self.line = line
        self.cells = cells
    }
}

/// A file read as a table of text cells, before any header is interpreted.
public struct RawTable: Sendable, Equatable {
    /// Every non-blank record in file order (blank records are skipped, SPEC R5).
    public var rows: [RawRow]
    /// The sniffed encoding; `nil` for `.xlsx`.
    public var encoding: TextEncoding?
    /// The sniffed delimiter; `nil` for `.xlsx`.
    public var delimiter: Character?

    public init(rows: [RawRow], encoding: TextEncoding?, delimiter: Character?) {
        self.rows = rows
        self.encoding = encoding
        self.delimiter = delimiter
    }
}

/// Why a whole file could not be read as a table.
public struct FileReadError: Error, Equatable, Sendable, CustomStringConvertible {
    public var file: String
    public var message: String

    public init(file: String, message: String) {
        self.file = file
        self.message = message
    }

    public var description: String { "\(file): \(message)" }
}
