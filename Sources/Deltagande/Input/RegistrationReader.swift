/// Reads registration exports into rows of (person, sessions) (SPEC 2.3, R13–R15).
enum RegistrationReader {
    static let cancellationWords: Set<String> = ["avbokad", "återbud", "cancelled", "canceled", "avbokat", "avanmäld"]

    static func read(
        _ table: consuming RawTable, file: Int, path: String, lookup: SessionLookup, extra: [String: [String]],
        ledger: inout RowLedger
    ) -> [RegistrationRow]? {
        let fields = FieldAliases.fields(for: .registrations)
        guard let sheet = HeaderedTable(table: consume table, file: file, path: path, fields: fields, extra: extra)
        else {
            return []
        }
        var required = ["email", "sessions"]
        if !(sheet.header.has("first_name") || sheet.header.has("last_name")) { required.insert("name", at: 0) }
        if let message = sheet.missing(required, fields: fields, extra: extra) {
            ledger.fail(file, "\(path): \(message)")
            return nil
        }
        var rows: [RegistrationRow] = []
        // Each row's time stamp is read once: the file's day/month order needs them all first.
        let stamps = stampTexts(sheet)
        let order = stampOrder(stamps)
        let header = sheet.header
        let emailColumn = header.column("email")
        let sessionsColumn = header.column("sessions")
        let names = NameColumns(header)
        let organisation = MentionColumns(header)
        let genderColumn = header.column("gender")
        let modeColumn = header.column("mode")
        let statusColumn = header.column("status")
        // A form's session cells repeat from row to row: each distinct cell is split and looked up once.
        var sessionsOfCell = TextMemo<(sessions: [Int], unknown: [String])>()
        // And their items, combined in many ways, are looked up once each.
        var sessionOfItem = TextMemo<Int?>()
        for (rowIndex, row) in sheet.rows.enumerated() {
            ledger.read(file)
            let id = RowID(file: file, line: row.line)
            let cells = row.cells
            // Built only for a row that is rejected here: kept rows would hold it in memory for nothing.
            var raw: String { sheet.raw(row) }
            if sheet.isTooWide(row) {
                ledger.reject(id, reason: "more cells than the header", raw: raw)
                continue
            }
            let emailText = HeaderMap.value(in: emailColumn, cells) ?? ""
            guard let email = EmailAddress.normalised(emailText) else {
                ledger.reject(id, reason: emailText.isEmpty ? "e-mail is empty" : "invalid e-mail address", raw: raw)
                continue
            }
            let sessionsText = HeaderMap.value(in: sessionsColumn, cells) ?? ""
            let (sessions, unknown) = sessionsOfCell.result(for: sessionsText) { cell in
                sessionList(cell) { item in sessionOfItem.result(for: item) { lookup.index(of: $0) } }
            }
            if sessions.isEmpty && unknown.count <= 1 {
                let reason = unknown.first.map { "unknown session \"\($0)\"" } ?? "no session given"
                ledger.reject(id, reason: reason, raw: raw)
                continue
            }
            // Every rejected pair gets its own line (R13).
            for text in unknown {
                ledger.note(id, outcome: "pair_rejected", reason: "unknown session \"\(text)\"", raw: raw)
            }
            if sessions.isEmpty {
                ledger.reject(id, reason: "no known session", raw: raw)
                continue
            }
            let status = HeaderMap.value(in: statusColumn, cells)
            rows.append(
                RegistrationRow(
                    row: id, submitted: stamps[rowIndex]?.resolved(order),
                    name: names.value(cells), email: email, organisation: organisation.mention(cells),
                    gender: Gender.fromCell(HeaderMap.value(in: genderColumn, cells)),
                    sessions: sessions, mode: ModeText.participation(HeaderMap.value(in: modeColumn, cells)),
                    cancelled: status.map { cancellationWords.contains(TextKey.folded($0)) } ?? false))
        }
        return rows
    }

    /// A sessions cell's known sessions, each once in the order given, and its unknown texts;
    /// each item's session given by `session` (`SessionLookup.index(of:)`, remembered).
    static func sessionList(_ text: String, session: (String) -> Int?) -> (sessions: [Int], unknown: [String]) {
        var sessions: [Int] = []
        var unknown: [String] = []
        for text in CellText.list(text) {
            if let index = session(text) {
                if !sessions.contains(index) { sessions.append(index) }
            } else {
                unknown.append(text)
            }
        }
        return (sessions, unknown)
    }

    /// The day/month order of a file's `submitted` column. Registration time stamps are year-first
    /// in Swedish exports; an unreadable one counts as missing (R14). The order is one per file,
    /// as for reports (R20): a part above 12 anywhere in the column decides, else day first, the
    /// Swedish order.
    static func stampOrder(_ stamps: [TimestampText?]) -> TimestampText.Order {
        for stamp in stamps { if let order = stamp?.provenOrder { return order } }
        return .dayFirst
    }

    /// Each row's `submitted` time stamp, read but not yet placed in a day/month order.
    static func stampTexts(_ sheet: HeaderedTable) -> [TimestampText?] {
        guard sheet.header.has("submitted") else { return Array(repeating: nil, count: sheet.rows.count) }
        return sheet.rows.map { row in sheet.header.value("submitted", in: row.cells).flatMap(TimestampText.init) }
    }
}
