/// How `.xlsx` cell values become text cells, so a workbook reads like the CSV Excel would save from it.
enum XLSXCellText {
    /// Undoes OOXML's `_xHHHH_` escapes (how Excel stores characters XML cannot carry, such as CR as
    /// `_x000D_`); `_x005F_` is an escaped underscore, so `_x005F_x000D_` reads as the literal `_x000D_`.
    static func unescape(_ text: String) -> String {
        guard text.contains("_x") else { return text }
        var scalars = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            if scalars[index] == "_", index + 6 < scalars.count, scalars[index + 1] == "x", scalars[index + 6] == "_",
                let value = UInt32(String(String.UnicodeScalarView(scalars[(index + 2)..<(index + 6)])), radix: 16),
                let scalar = Unicode.Scalar(value)
            {
                out.append(scalar)
                index += 7
            } else {
                out.append(scalars[index])
                index += 1
            }
        }
        scalars.removeAll()
        return String(out)
    }

    /// Integral numbers print without `.0` (a count of 5, an org number, a phone number typed as a
    /// number); other numbers stay as the file stores them, which is Excel's shortest exact form.
    static func number(_ raw: String) -> String {
        let trimmed = trimmed(raw)
        guard let value = Double(trimmed), value.isFinite else { return raw }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return trimmed
    }

    static func boolean(_ raw: String) -> String {
        switch trimmed(raw) {
        case "1": "TRUE"
        case "0": "FALSE"
        default: raw
        }
    }

    /// `t="d"` cells hold ISO 8601 text; shown in the same `YYYY-MM-DD HH:MM:SS` form as serial dates.
    static func isoDate(_ raw: String) -> String {
        let chars = Array(trimmed(raw))
        if chars.count >= 19 && chars[10] == "T" {
            return String(chars[0..<10]) + " " + String(chars[11..<19])
        }
        return String(chars)
    }

    /// Trims the white space spreadsheet writers may leave around a value.
    private static func trimmed(_ text: String) -> String {
        guard let first = text.firstIndex(where: { !$0.isWhitespace }),
            let last = text.lastIndex(where: { !$0.isWhitespace })
        else { return "" }
        return String(text[first...last])
    }
}
