/// What a report says about its meeting: title, start, host (SPEC 2.4, R19, R21).
struct ReportSummary {
    var title: String?
    var startText: String?
    var hostEmail: String?
    var hostName: String?

    init(_ layout: ReportLayout) {
        if layout.kind == .zoom, layout.summary.count >= 2 {
            // Zoom's meeting block: a header row and a value row.
            let keys = layout.summary[0].cells.map(TextKey.folded)
            let values = layout.summary[1].cells
            func value(_ names: [String]) -> String? {
                for name in names {
                    if let index = keys.firstIndex(of: name), index < values.count {
                        let text = TextKey.collapsed(values[index])
                        if !text.isEmpty { return text }
                    }
                }
                return nil
            }
            title = value(["topic", "ämne"])
            startText = value(["start time", "starttid"])
            hostEmail = EmailAddress.normalised(value(["user email", "host email"]))
            hostName = value(["host", "värd"])
            return
        }
        // Teams: key–value rows. The title is the first value that is no number, time, duration or id.
        for row in layout.summary where row.cells.count >= 2 {
            let value = TextKey.collapsed(row.cells[1])
            if value.isEmpty { continue }
            if ReportLayout.isTimestamp(value) {
                if startText == nil { startText = value }
                continue
            }
            if title == nil, Int(value) == nil, DurationText.seconds(value) == nil, !ReportSummary.looksLikeID(value),
                value.lowercased() != "null"
            {
                title = value
            }
        }
    }

    /// Meeting ids are GUIDs or long digit runs.
    static func looksLikeID(_ text: String) -> Bool {
        let hex = text.filter { $0.isHexDigit }
        return text.count >= 30 && hex.count * 10 >= text.count * 8 && !text.contains(" ")
    }
}
