/// An attendance file is a report if it has a report's shape, else a sign-in sheet (R17).
enum AttendanceReader {
    static func read(
        _ table: consuming RawTable, file: Int, path: String, sessions: [Session], lookup: SessionLookup,
        settings: Settings, ledger: inout RowLedger
    ) -> [AttendanceRow]? {
        if let layout = ReportLayout.detect(table.rows) {
            ledger.accounts[file].layout = layout.kind.rawValue
            let reader = ReportReader(
                layout: layout, file: file, path: path, sessions: sessions, lookup: lookup,
                windowMinutes: settings.windowMinutes, delimiter: table.delimiter)
            return reader.read(ledger: &ledger)
        }
        ledger.accounts[file].layout = "sign-in"
        return SignInReader.read(
            consume table, file: file, path: path, sessions: sessions, lookup: lookup,
            extra: settings.aliases[.attendance] ?? [:], ledger: &ledger)
    }
}
