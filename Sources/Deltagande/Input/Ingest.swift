import Foundation

/// Reads every input file, in path order, into typed rows with an account of each row (SPEC 2).
public enum Ingest {
    public static func read(folder: URL) throws(FileReadError) -> Ingested {
        let files = try InputFolder.scan(folder)
        var ledger = RowLedger(files: files)
        var settings = Settings()
        func table(_ index: Int) -> RawTable? {
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
        if let index = files.firstIndex(where: { $0.kind == .config }) {
            do {
                let data = try Data(contentsOf: files[index].url)
                let text = String(decoding: data, as: UTF8.self)
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
                sessions = SessionsReader.read(
                    rows, file: index, path: files[index].path, extra: settings.aliases[.sessions] ?? [:],
                    ledger: &ledger) ?? []
            }
        } else {
            throw FileReadError(file: folder.appendingPathComponent("sessions.csv").path, message: "the programme sessions.csv is missing")
        }
        let programme = Programme(sessions: sessions)
        let lookup = SessionLookup(sessions)
        var result = Ingested(files: files, settings: settings, programme: programme, ledger: ledger)
        for (index, file) in files.enumerated() where file.skipReason == nil {
            switch file.kind {
            case .organisations:
                guard let rows = table(index) else { continue }
                result.register += RegisterReader.read(
                    rows, file: index, path: file.path, extra: settings.aliases[.organisations] ?? [:], ledger: &ledger) ?? []
            case .registrations:
                guard let rows = table(index) else { continue }
                result.registrations += RegistrationReader.read(
                    rows, file: index, path: file.path, lookup: lookup,
                    extra: settings.aliases[.registrations] ?? [:], ledger: &ledger) ?? []
            case .attendance:
                guard let rows = table(index) else { continue }
                result.attendance += AttendanceReader.read(
                    rows, file: index, path: file.path, sessions: sessions, lookup: lookup, settings: settings,
                    ledger: &ledger) ?? []
            case .feedback:
                guard let rows = table(index) else { continue }
                result.feedback += FeedbackReader.read(
                    rows, file: index, path: file.path, programme: programme, lookup: lookup,
                    extra: settings.aliases[.feedback] ?? [:], ledger: &ledger) ?? []
            case .sessions, .config, .skipped:
                continue
            }
        }
        result.ledger = ledger
        return result
    }
}
