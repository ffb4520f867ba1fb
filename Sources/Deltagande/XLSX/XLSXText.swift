/// Text as libxlsxwriter can store it and Excel will show it back unchanged.
enum XLSXText {
    /// Excel's limit on the characters (UTF-16 units) in one cell.
    static let maximumCellLength = 32_767

    /// Drops what XML cannot hold and libxlsxwriter does not escape: NUL (which would also end
    /// the C string early) and the noncharacters U+FFFE and U+FFFF.
    static func xmlSafe(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isDropped) else { return text }
        return String(String.UnicodeScalarView(text.unicodeScalars.filter { !isDropped($0) }))
    }

    /// A cell's text: XML-safe, with literal `_xHHHH_` protected, cut at a character boundary
    /// so that it fits in one cell.
    ///
    /// Excel reads `_xHHHH_` in a cell as an escaped character, so a literal one is written with
    /// its underscore escaped (`_x005F_`). libxlsxwriter 1.1.4 counts code points and Excel
    /// counts UTF-16 units; a UTF-16 count is never the smaller, so cutting by it satisfies both.
    static func cellText(_ text: String) -> String {
        isStoredUnchanged(text) ? text : cellTextAsWritten(text)
    }

    /// True when `cellText` has nothing to change, found in one pass over the bytes (a large
    /// workbook has 570,000 cells; the three passes below showed in profiles): no NUL, U+FFFE or
    /// U+FFFF (EF BF BE, EF BF BF), no `_x`, and no more bytes than a cell holds UTF-16 units
    /// (a text never has more UTF-16 units than UTF-8 bytes).
    static func isStoredUnchanged(_ text: String) -> Bool {
        guard text.utf8.count <= maximumCellLength else { return false }
        return text.utf8.withContiguousStorageIfAvailable { bytes in
            let count = bytes.count
            for index in 0..<count {
                switch bytes[index] {
                case 0:
                    return false
                case 0xEF:
                    if index + 2 < count, bytes[index + 1] == 0xBF, bytes[index + 2] >= 0xBE { return false }
                case UInt8(ascii: "_"):
                    if index + 1 < count, bytes[index + 1] == UInt8(ascii: "x") { return false }
                default:
                    break
                }
            }
            return true
        } ?? false
    }

    /// The rule as first written.
    static func cellTextAsWritten(_ text: String) -> String {
        let clean = xmlSafe(text)
        var limit = maximumCellLength
        while true {
            let escaped = escapingLiteralEscapes(prefix(clean, utf16Limit: limit))
            let excess = escaped.utf16.count - maximumCellLength
            if excess <= 0 {
                return escaped
            }
            limit -= excess
        }
    }

    /// A chart title, axis title or series name that libxlsxwriter will not read as a formula:
    /// it treats a leading "=" as a cell reference, so such text gets a zero-width space first.
    static func chartLabel(_ text: String) -> String {
        let clean = xmlSafe(text)
        return clean.hasPrefix("=") ? "\u{200B}" + clean : clean
    }

    private static func isDropped(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "\u{0}" || scalar == "\u{FFFE}" || scalar == "\u{FFFF}"
    }

    private static func prefix(_ text: String, utf16Limit: Int) -> String {
        guard text.utf16.count > utf16Limit else { return text }
        var length = 0
        var end = text.startIndex
        for index in text.indices {
            let next = length + text[index].utf16.count
            if next > utf16Limit { break }
            length = next
            end = text.index(after: index)
        }
        return String(text[..<end])
    }

    /// `_x0041_` → `_x005F_x0041_`, so that Excel shows the underscores and hex digits as typed.
    private static func escapingLiteralEscapes(_ text: String) -> String {
        // Looked for in the bytes: Foundation's substring search is slow on the many cells without it.
        guard containsEscapeStart(text) else { return text }
        let scalars = Array(text.unicodeScalars)
        var result = String.UnicodeScalarView()
        for (index, scalar) in scalars.enumerated() {
            if scalar == "_", startsEscape(scalars, at: index) {
                result.append(contentsOf: "_x005F_".unicodeScalars)
            } else {
                result.append(scalar)
            }
        }
        return String(result)
    }

    static func containsEscapeStart(_ text: String) -> Bool {
        var previousUnderscore = false
        for byte in text.utf8 {
            if previousUnderscore && byte == UInt8(ascii: "x") { return true }
            previousUnderscore = byte == UInt8(ascii: "_")
        }
        return false
    }

    private static func startsEscape(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
        guard index + 6 < scalars.count, scalars[index + 1] == "x", scalars[index + 6] == "_" else { return false }
        return scalars[(index + 2)...(index + 5)].allSatisfy { $0.properties.isASCIIHexDigit }
    }
}
