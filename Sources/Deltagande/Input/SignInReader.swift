import Foundation

/// Reads a room sign-in sheet (SPEC 2.4, R16).
enum SignInReader {
    static let presentWords: Set<String> = ["x", "ja", "yes", "1", "j", "närvarande", "present"]

    static func read(
        _ table: consuming RawTable, file: Int, path: String, sessions: [Session], lookup: SessionLookup,
        extra: [String: [String]], ledger: inout RowLedger
    ) -> [AttendanceRow]? {
        let fields = FieldAliases.fields(for: .attendance)
        guard let sheet = HeaderedTable(table: consume table, file: file, path: path, fields: fields, extra: extra)
        else {
            return []
        }
        let fileSession = lookup.session(namedBy: path, in: sessions)
        if !sheet.header.has("session") && fileSession == nil {
            let names = HeaderMap.acceptedNames("session", fields: fields, extra: extra).map { "\"\($0)\"" }
            ledger.fail(
                file,
                "\(path): a sign-in sheet needs a session column (accepted headers: \(names.joined(separator: ", "))) or a file named <session id>.csv"
            )
            return nil
        }
        if !(sheet.header.has("name") || sheet.header.has("email") || sheet.header.has("first_name")) {
            ledger.fail(
                file,
                "\(path): required column missing: name or email (accepted headers: \"name\", \"namn\", \"e-post\", \"email\" …)"
            )
            return nil
        }
        let hasPresentColumn = sheet.header.has("present")
        var rows: [AttendanceRow] = []
        let header = sheet.header
        let sessionColumn = header.column("session")
        let emailColumn = header.column("email")
        let names = NameColumns(header)
        let presentColumn = header.column("present")
        let modeColumn = header.column("mode")
        let organisation = MentionColumns(header)
        let durationColumn = header.column("duration")
        var sessionOfCell = TextMemo<Int?>()
        for row in sheet.rows {
            ledger.read(file)
            let id = RowID(file: file, line: row.line)
            let cells = row.cells
            var raw: String { PersonalDataMask.attendanceRaw(row.cells, delimiter: sheet.delimiter) }
            if sheet.isTooWide(row) {
                ledger.reject(id, reason: "more cells than the header", raw: raw)
                continue
            }
            var session = fileSession
            if let text = HeaderMap.value(in: sessionColumn, cells) {
                // A sheet's session cells are nearly all the same: each distinct one is looked up once.
                guard let index = sessionOfCell.result(for: text, lookup.index(of:)) else {
                    ledger.reject(id, reason: "unknown session \"\(text)\"", raw: raw)
                    continue
                }
                session = index
            }
            guard let session else {
                ledger.reject(id, reason: "no session given", raw: raw)
                continue
            }
            let email = EmailAddress.normalised(HeaderMap.value(in: emailColumn, cells))
            let name = names.value(cells).map(PersonNameText.stripped)
            guard email != nil || !(name ?? "").isEmpty else {
                ledger.reject(id, reason: "no name and no valid e-mail", raw: raw)
                continue
            }
            var present = true
            if hasPresentColumn {
                present = presentWords.contains(TextKey.folded(HeaderMap.value(in: presentColumn, cells) ?? ""))
            }
            let defaultMode: ParticipationMode = sessions[session].mode == .remote ? .remote : .inRoom
            var mode = ModeText.participation(HeaderMap.value(in: modeColumn, cells)) ?? defaultMode
            if mode == .unknown { mode = defaultMode }
            let dialIn = email == nil ? name.flatMap(PersonNameText.dialInDigits) : nil
            rows.append(
                AttendanceRow(
                    row: id, session: session, source: .signIn, name: dialIn == nil ? name : nil, email: email,
                    dialIn: dialIn,
                    organisation: organisation.mention(cells),
                    mode: mode, present: present,
                    seconds: HeaderMap.value(in: durationColumn, cells).flatMap(DurationText.seconds),
                    join: nil, leave: nil, isHost: false))
        }
        return rows
    }
}
