import Foundation

/// Reads every input file, in path order, into typed rows with an account of each row (SPEC 2).
public enum Ingest {
    public static func read(folder: URL) throws(FileReadError) -> Ingested {
        let files = try InputFolder.scan(folder)
        var ledger = RowLedger(files: files)
        var settings = Settings()
        func table(_ index: Int) -> RawTable? { readTable(index, files: files, ledger: &ledger) }
        if let index = files.firstIndex(where: { $0.kind == .config }) {
            do {
                let data = try Data(contentsOf: files[index].url)
                // Decoded like any input: a config saved on Windows has a BOM and CRLF.
                let text = try TextDecoder.decode(data, file: files[index].path).text
                settings = try ConfigReader.read(text, path: files[index].path)
            } catch let error as FileReadError {
                ledger.fail(index, error.description)
            } catch {
                ledger.fail(index, "\(files[index].path): cannot be read")
            }
        }
        var sessions: [Session] = []
        if let index = files.firstIndex(where: { $0.kind == .sessions }) {
            if let rows = table(index) {
                sessions =
                    SessionsReader.read(
                        rows, file: index, path: files[index].path, extra: settings.aliases[.sessions] ?? [:],
                        ledger: &ledger) ?? []
            }
        } else {
            throw FileReadError(
                file: folder.appendingPathComponent("sessions.csv").path,
                message: "the programme sessions.csv is missing")
        }
        let programme = Programme(sessions: sessions)
        let lookup = SessionLookup(sessions)
        var result = Ingested(files: files, settings: settings, programme: programme, ledger: ledger)
        // Export files are independent: read them on every core, each into its own ledger, and
        // merge in path order so the result is the same as reading them one after another.
        let exports = files.indices.filter { index in
            files[index].skipReason == nil
                && [.organisations, .registrations, .attendance, .feedback].contains(files[index].kind)
        }
        let fixedSettings = settings
        // Workers read the files on every core while this thread merges each file's rows, in path
        // order, as soon as they and every file before them are read; at most `readAhead` files'
        // rows wait, held twice (in their part and in the result) once merged.
        // The largest files are read first: read last, one of them kept a core busy alone at the end
        // (a survey export of 200,000 answers is the last file of a national roll-up).
        let largest = exports.indices.sorted { files[exports[$0]].size > files[exports[$1]].size }
        OrderedStream.run(
            count: exports.count, window: readAhead, first: Array(largest.prefix(readAhead / 2)),
            produce: { position in
                readExport(
                    exports[position], files: files, settings: fixedSettings, programme: programme, lookup: lookup)
            },
            consume: { position, part in
                let index = exports[position]
                ledger.accounts[index] = part.ledger.accounts[index]
                ledger.entries += part.ledger.entries
                result.register += part.register
                result.rows.merge(taking: &part.rows)
                if !part.feedback.isEmpty { result.feedbackByFile.append(part.feedback) }
            })
        result.ledger = ledger
        return result
    }

    /// Files read ahead of the one being merged: enough to keep both cores busy.
    static let readAhead = 32

    /// What one export file gave: its rows and its own account.
    struct ExportPart: Sendable {
        var ledger: RowLedger
        var register: [RegisterEntry] = []
        var rows = RowStore.forOneFile()
        var feedback: [FeedbackRow] = []
    }

    static func readTable(_ index: Int, files: [InputFile], ledger: inout RowLedger) -> RawTable? {
        let file = files[index]
        do {
            let data = try Data(contentsOf: file.url)
            let table = try TableReader.read(data, file: file.path)
            ledger.accounts[index].encoding = table.encoding
            ledger.accounts[index].delimiter = table.delimiter
            return table
        } catch let error as FileReadError {
            ledger.fail(index, "\(file.path): \(error.message)")
        } catch {
            ledger.fail(index, "\(file.path): cannot be read (\(error.localizedDescription))")
        }
        return nil
    }

    static func readExport(
        _ index: Int, files: [InputFile], settings: Settings, programme: Programme, lookup: SessionLookup
    ) -> ExportPart {
        var part = ExportPart(ledger: RowLedger(accountOf: index, in: files))
        let file = files[index]
        guard let rows = readTable(index, files: files, ledger: &part.ledger) else { return part }
        switch file.kind {
        case .organisations:
            part.register =
                RegisterReader.read(
                    consume rows, file: index, path: file.path, extra: settings.aliases[.organisations] ?? [:],
                    ledger: &part.ledger) ?? []
        case .registrations:
            let registrations =
                RegistrationReader.read(
                    consume rows, file: index, path: file.path, lookup: lookup,
                    extra: settings.aliases[.registrations] ?? [:], ledger: &part.ledger) ?? []
            for row in registrations { part.rows.add(row) }
        case .attendance:
            let attendance =
                AttendanceReader.read(
                    consume rows, file: index, path: file.path, sessions: programme.sessions, lookup: lookup,
                    settings: settings,
                    ledger: &part.ledger) ?? []
            for row in attendance { part.rows.add(row) }
        case .feedback:
            part.feedback =
                FeedbackReader.read(
                    consume rows, file: index, path: file.path, programme: programme, lookup: lookup,
                    extra: settings.aliases[.feedback] ?? [:], ledger: &part.ledger) ?? []
        case .sessions, .config, .skipped:
            break
        }
        return part
    }
}
