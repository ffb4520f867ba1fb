/// Reads `sessions.csv` into the programme (SPEC 2.2, R10–R12).
enum SessionsReader {
    static let required = ["id", "area", "date", "mode"]

    static func read(
        _ table: consuming RawTable, file: Int, path: String, extra: [String: [String]], ledger: inout RowLedger
    ) -> [Session]? {
        let fields = FieldAliases.fields(for: .sessions)
        guard let sheet = HeaderedTable(table: consume table, file: file, path: path, fields: fields, extra: extra)
        else {
            ledger.fail(file, "\(path): the programme has no rows")
            return nil
        }
        if let message = sheet.missing(required, fields: fields, extra: extra) {
            ledger.fail(file, "\(path): \(message)")
            return nil
        }
        var sessions: [Session] = []
        var seenIDs = Set<String>()
        for row in sheet.rows {
            ledger.read(file)
            let id = RowID(file: file, line: row.line)
            let cells = row.cells
            func reject(_ reason: String) { ledger.reject(id, reason: reason, raw: sheet.raw(row)) }
            if sheet.isTooWide(row) { reject("more cells than the header"); continue }
            guard let sessionID = sheet.header.value("id", in: cells) else { reject("session id is empty"); continue }
            guard !seenIDs.contains(sessionID.lowercased()) else {
                reject("duplicate session id \"\(sessionID)\""); continue
            }
            guard let area = sheet.header.value("area", in: cells) else { reject("area is empty"); continue }
            guard let dateText = sheet.header.value("date", in: cells), let date = CalendarDate(iso: dateText) else {
                reject("date is not YYYY-MM-DD: \"\(sheet.header.value("date", in: cells) ?? "")\"")
                continue
            }
            guard let modeText = sheet.header.value("mode", in: cells), let mode = ModeText.sessionMode(modeText) else {
                reject("unknown mode \"\(sheet.header.value("mode", in: cells) ?? "")\" (in_room, hybrid or remote)")
                continue
            }
            guard let start = CellText.clockMinutes(sheet.header.value("start", in: cells)),
                let end = CellText.clockMinutes(sheet.header.value("end", in: cells))
            else { reject("start or end is not HH:MM"); continue }
            var capacity: Int?
            if let text = sheet.header.value("capacity", in: cells) {
                guard let value = Int(text.filter { !$0.isWhitespace }), value >= 0 else {
                    reject("capacity is not a whole number ≥ 0: \"\(text)\"")
                    continue
                }
                capacity = value
            }
            // Only a valid row claims its id: a corrected row after a rejected one is kept (R10).
            seenIDs.insert(sessionID.lowercased())
            ledger.accept(file)
            sessions.append(
                Session(
                    id: sessionID, label: sheet.header.value("label", in: cells) ?? sessionID, area: area,
                    phase: sheet.header.value("phase", in: cells), date: date, start: start, end: end,
                    mode: mode, venue: sheet.header.value("venue", in: cells), capacity: capacity))
        }
        return sessions
    }
}
