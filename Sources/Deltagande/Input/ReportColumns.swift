/// Which column of a participant table holds what, judged by the values (SPEC 2.4).
struct ReportColumns {
    var name = 0
    var timestamps: [Int] = []
    var duration: Int?
    var durationIsUnitForm = false
    var durationInMinutes = false
    var email: Int?
    var role: Int?

    static let roleWords: Set<String> = [
        "organizer", "organiser", "co-organizer", "co-organiser", "coorganizer", "presenter", "attendee",
        "organisateur", "coorganisateur", "co-organisateur", "présentateur", "participant",
        "organisatör", "medorganisatör", "presentatör", "deltagare", "organizador", "coorganizador",
        "apresentador", "participante", "organizator", "prezenter", "uczestnik", "veranstalter",
        "referent", "teilnehmer", "moderator", "host", "co-host",
    ]

    /// Organiser roles in every UI language seen: all start with `organi`, `co-organi` or `coorgani`,
    /// or are Swedish `medorganisatör`.
    static func isOrganiser(_ role: String) -> Bool {
        let folded = TextKey.folded(role)
        return folded.hasPrefix("organi") || folded.hasPrefix("co-organi") || folded.hasPrefix("coorgani")
            || folded.hasPrefix("medorgani") || folded == "host" || folded == "co-host"
    }

    /// The byte test first: most cells have no `@`.
    static func hasAt(_ text: String) -> Bool { TextKey.contains(text, ascii: "@") }

    init(header: RawRow, rows: [RawRow]) {
        let width = max(header.cells.count, rows.map(\.cells.count).max() ?? 0)
        // Each column's non-blank cells, the values the tests count; each is collapsed when a test
        // first looks at it. The tests stop once half the values decide, so the rest never are
        // (issue 9: collapsing every cell of every report was a tenth of reading one).
        var columnValues = (0..<width).map { column in
            rows.compactMap { row in
                column < row.cells.count && !TextKey.isBlank(row.cells[column]) ? row.cells[column] : nil
            }
        }
        var collapsedUpTo = [Int](repeating: 0, count: width)
        func value(_ column: Int, _ index: Int) -> String {
            while collapsedUpTo[column] <= index {
                let next = collapsedUpTo[column]
                columnValues[column][next] = TextKey.collapsed(columnValues[column][next])
                collapsedUpTo[column] = next + 1
            }
            return columnValues[column][index]
        }
        func headerText(_ column: Int) -> String {
            column < header.cells.count ? TextKey.folded(header.cells[column]) : ""
        }
        // At least half of the column's values pass; stops as soon as that is decided.
        func mostly(_ column: Int, _ test: (String) -> Bool) -> Bool {
            let count = columnValues[column].count
            guard count > 0 else { return false }
            var (passed, failed) = (0, 0)
            for index in 0..<count {
                if test(value(column, index)) { passed += 1 } else { failed += 1 }
                if passed * 2 >= count { return true }
                if (count - failed) * 2 < count { return false }
            }
            return false
        }
        for column in 0..<width {
            if column == 0 { continue }
            if mostly(column, ReportLayout.isTimestamp) {
                timestamps.append(column)
            } else if duration == nil, mostly(column, DurationText.isUnitForm) {
                duration = column
                durationIsUnitForm = true
            } else if duration == nil, headerText(column).contains("min") || headerText(column).contains("dur"),
                mostly(column, { Int($0) != nil })
            {
                duration = column
                durationInMinutes = true
            } else if email == nil, mostly(column, ReportColumns.hasAt), !headerText(column).contains("upn") {
                email = column
            } else if role == nil, mostly(column, { ReportColumns.roleWords.contains(TextKey.folded($0)) }) {
                role = column
            }
        }
        if email == nil {
            email = (1..<max(width, 1)).first { mostly($0, ReportColumns.hasAt) }
        }
    }
}
