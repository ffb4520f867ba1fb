/// The shape of an attendance report, found from its rows rather than its words (SPEC 2.4, R17).
struct ReportLayout {
    enum Kind: String {
        case teamsNumbered = "teams-numbered"
        case teamsSummary = "teams-meeting-summary"
        case teamsEventList = "teams-event-list"
        case zoom
        case teamsTable = "teams-table"
    }

    var kind: Kind
    /// Key–value rows and meeting blocks before the participant table.
    var summary: [RawRow]
    var header: RawRow
    var rows: [RawRow]

    /// Finds a report's layout; nil means the table is a sign-in sheet.
    static func detect(_ rows: [RawRow]) -> ReportLayout? {
        guard !rows.isEmpty else { return nil }
        let sections = rows.indices.filter { isSectionHeading(rows[$0]) }
        if sections.count >= 2 {
            // Section 2 is the participant table: one row per person (section 3 has one per join).
            let start = sections[1] + 1
            let end = sections.count > 2 ? sections[2] : rows.count
            guard start < end else { return nil }
            return ReportLayout(
                kind: .teamsNumbered, summary: Array(rows[(sections[0] + 1)..<sections[1]]),
                header: rows[start], rows: Array(rows[(start + 1)..<end]))
        }
        // Zoom's meeting block (a header row and a value row) comes first; the participant table
        // follows, with or without time stamps ("unique users" has only total minutes).
        if rows.count >= 3, isZoomBlockHeader(rows[0]), rows[1].cells.contains(where: isTimestamp) {
            return ReportLayout(kind: .zoom, summary: Array(rows[0...1]), header: rows[2], rows: Array(rows[3...]))
        }
        // A report's participant table starts within its first lines; looking further only costs.
        let candidates = rows.indices.prefix(ReportLayout.headLines).filter { index in
            index + 1 < rows.count && rows[index].cells.count >= 3
                && !rows[index].cells.contains(where: isTimestamp)
                && rows[index + 1].cells.contains(where: isTimestamp)
        }
        guard let tableStart = candidates.last else { return nil }
        let header = rows[tableStart]
        let body = Array(rows[(tableStart + 1)...])
        let summary = Array(rows[..<tableStart])
        if candidates.count >= 2 || summary.first.map({ isZoomBlockHeader($0) }) == true {
            return ReportLayout(kind: .zoom, summary: summary, header: header, rows: body)
        }
        if let first = summary.first, first.cells.count == 1, summary.dropFirst().allSatisfy({ $0.cells.count == 2 }) {
            return ReportLayout(kind: .teamsSummary, summary: Array(summary.dropFirst()), header: header, rows: body)
        }
        guard summary.isEmpty else { return nil }
        if isEventList(header: header, body: body) {
            return ReportLayout(kind: .teamsEventList, summary: [], header: header, rows: body)
        }
        let columns = ReportColumns(header: header, rows: Array(body.prefix(headLines)))
        guard columns.timestamps.count >= 2 || columns.duration != nil else { return nil }
        if columns.durationIsUnitForm || columns.durationInMinutes {
            return ReportLayout(
                kind: columns.durationIsUnitForm ? .teamsTable : .zoom, summary: [], header: header, rows: body)
        }
        return nil
    }

    static func isSectionHeading(_ row: RawRow) -> Bool {
        guard row.cells.count == 1, let text = row.cells.first else { return false }
        let trimmed = TextKey.collapsed(text)
        guard let dot = trimmed.firstIndex(of: "."), dot != trimmed.startIndex else { return false }
        return trimmed[..<dot].allSatisfy { $0.isASCII && $0.isNumber } && trimmed.count > 3
    }

    /// How far into a file its shape is looked for.
    static let headLines = 60

    static func isTimestamp(_ text: String) -> Bool {
        timestamp(text) != nil
    }

    /// The cell's time stamp when it is one; the colon is looked for in the bytes first, since most
    /// cells have none.
    static func timestamp(_ text: String) -> TimestampText? {
        guard text.utf8.contains(UInt8(ascii: ":")), let stamp = TimestampText(text), TextKey.contains(text, ascii: ":")
        else {
            return nil
        }
        return stamp
    }

    static func isZoomBlockHeader(_ row: RawRow) -> Bool {
        let folded = row.cells.map(TextKey.folded)
        return folded.contains("meeting id") || folded.contains("topic")
            || folded.contains("id") && folded.contains("host")
    }

    /// Three columns: a name, a small set of action words, a time stamp (R18).
    static func isEventList(header: RawRow, body: [RawRow]) -> Bool {
        guard header.cells.count == 3, !body.isEmpty else { return false }
        // A three-column sign-in sheet (name, e-mail, time) is no event list: its second column
        // holds addresses, not a few action words.
        let second = body.prefix(headLines).compactMap { $0.cells.count > 1 ? $0.cells[1] : nil }
        if second.filter({ $0.contains("@") }).count * 2 >= max(second.count, 1) { return false }
        let actions = Set(body.prefix(headLines).compactMap { $0.cells.count > 1 ? TextKey.folded($0.cells[1]) : nil })
        let head = body.prefix(headLines)
        let stamped = head.filter { $0.cells.count > 2 && isTimestamp($0.cells[2]) }.count
        return actions.count <= 8 && stamped * 2 >= head.count
    }
}
