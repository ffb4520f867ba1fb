/// Reads a Teams or Zoom attendance report into attendance rows of one session (SPEC 2.4, R17–R24).
struct ReportReader {
    var layout: ReportLayout
    var file: Int
    var path: String
    var sessions: [Session]
    var lookup: SessionLookup
    var windowMinutes: Int
    var delimiter: Character?

    func read(ledger: inout RowLedger) -> [AttendanceRow] {
        // Column roles are judged on the first rows, like the layout.
        let columns = ReportColumns(header: layout.header, rows: Array(layout.rows.prefix(200)))
        let summary = ReportSummary(layout)
        ledger.read(file, rows: layout.rows.count)
        func rejectAll(_ reason: String) {
            for row in layout.rows { ledger.reject(RowID(file: file, line: row.line), reason: reason, raw: raw(row)) }
        }
        let stamps = allStampTexts(columns: columns, summary: summary)
        guard let match = matchSession(summary: summary, stamps: stamps) else {
            rejectAll(lastMatchFailure(summary: summary, stamps: stamps))
            return []
        }
        let (session, order) = match
        let source: AttendanceSource = layout.kind == .zoom ? .zoom : .teams
        if layout.kind == .teamsEventList {
            return EventListReader(layout: layout, file: file, session: session, order: order, delimiter: delimiter)
                .read(ledger: &ledger)
        }
        var result: [AttendanceRow] = []
        // The new portal names its host without an address (folded once, not on every row).
        let hostKey = summary.hostEmail == nil ? summary.hostName.map(TextKey.folded) : nil
        for row in layout.rows {
            let id = RowID(file: file, line: row.line)
            let cells = row.cells
            func cell(_ column: Int?) -> String? {
                guard let column, column < cells.count else { return nil }
                let text = TextKey.collapsed(cells[column])
                return text.isEmpty ? nil : text
            }
            guard let rawName = cell(columns.name) ?? cell(columns.email) else {
                ledger.reject(id, reason: "participant row without a name or e-mail", raw: raw(row))
                continue
            }
            let email = EmailAddress.normalised(cell(columns.email))
            let name = PersonNameText.stripped(rawName)
            let dialIn = email == nil ? PersonNameText.dialInDigits(name) : nil
            let join = columns.timestamps.first.flatMap { cell($0) }.flatMap { TimestampText($0)?.resolved(order) }
            let leave = columns.timestamps.dropFirst().first.flatMap { cell($0) }.flatMap {
                TimestampText($0)?.resolved(order)
            }
            var seconds: Int?
            if let text = cell(columns.duration) {
                // Zoom writes whole minutes, Teams unit forms: the reader takes both.
                seconds = DurationText.seconds(text)
            } else if columns.duration == nil, let join, let leave, leave >= join {
                seconds = leave.absoluteSeconds - join.absoluteSeconds
            }
            var isHost = cell(columns.role).map(ReportColumns.isOrganiser) ?? false
            if let host = summary.hostEmail, host == email { isHost = true }
            // The new portal names its host without an address: the name decides, whatever the row's e-mail.
            if let hostKey, hostKey == TextKey.folded(name) {
                isHost = true
            }
            result.append(
                AttendanceRow(
                    row: id, session: session, source: source, name: dialIn == nil ? name : nil, email: email,
                    dialIn: dialIn, organisation: OrganisationMention(), mode: .remote, present: true,
                    seconds: seconds, join: join, leave: leave, isHost: isHost))
        }
        return result
    }

    func raw(_ row: RawRow) -> String { PersonalDataMask.attendanceRaw(row.cells, delimiter: delimiter) }

    func allStampTexts(columns: ReportColumns, summary: ReportSummary) -> [TimestampText] {
        var stamps: [TimestampText] = summary.startText.flatMap(TimestampText.init).map { [$0] } ?? []
        for row in layout.summary { stamps += row.cells.compactMap(ReportLayout.timestamp) }
        for row in layout.rows { stamps += row.cells.compactMap(ReportLayout.timestamp) }
        return stamps
    }

    /// The report's start: the summary's, else its earliest time stamp (R18).
    func start(_ summary: ReportSummary, _ stamps: [TimestampText], _ order: TimestampText.Order) -> LocalDateTime? {
        if let text = summary.startText, let stamp = TimestampText(text)?.resolved(order) { return stamp }
        return stamps.compactMap { $0.resolved(order) }.min()
    }

    func candidates(at start: LocalDateTime) -> [Int] {
        sessions.indices.filter { index in
            let session = sessions[index]
            guard session.date == start.date else { return false }
            guard let from = session.start, let to = session.end else { return true }
            let minute = start.seconds / 60
            return minute >= from - windowMinutes && minute <= to + windowMinutes
        }
    }

    /// R19/R20: by title, else by start time; the day/month order is proven by a part above 12,
    /// else the order that puts the start on the session's date, else month first.
    func matchSession(summary: ReportSummary, stamps: [TimestampText]) -> (Int, TimestampText.Order)? {
        let proven = stamps.lazy.compactMap(\.provenOrder).first
        let orders: [TimestampText.Order] = proven.map { [$0] } ?? [.monthFirst, .dayFirst]
        if let title = summary.title, let index = lookup.index(of: title) {
            let order = orders.first { start(summary, stamps, $0)?.date == sessions[index].date } ?? orders[0]
            return (index, order)
        }
        var found: [(Int, TimestampText.Order)] = []
        for order in orders {
            guard let start = start(summary, stamps, order) else { continue }
            let matches = candidates(at: start)
            if matches.count == 1 { found.append((matches[0], order)) }
            if matches.count > 1 { return nil }
            if !found.isEmpty { break }
        }
        return found.first
    }

    func lastMatchFailure(summary: ReportSummary, stamps: [TimestampText]) -> String {
        let proven = stamps.lazy.compactMap(\.provenOrder).first
        for order in proven.map({ [$0] }) ?? [.monthFirst, .dayFirst] {
            if let start = start(summary, stamps, order), candidates(at: start).count > 1 {
                return "report matches several sessions"
            }
        }
        return "report matches no session"
    }
}
