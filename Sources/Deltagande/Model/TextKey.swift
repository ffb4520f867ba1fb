/// Folding rules shared by every comparison of human-typed text.
public enum TextKey {
    /// Lower-cased, trimmed, inner white space (including no-break spaces) collapsed to one space.
    public static func folded(_ text: String) -> String {
        collapsed(text).lowercased()
    }

    /// Trimmed, inner white space collapsed, case kept.
    public static func collapsed(_ text: String) -> String {
        // Most cells need no change: find that out in one pass and return the text itself.
        var needsWork = false
        var previousSpace = true
        for scalar in text.unicodeScalars {
            let space = isWhitespace(scalar)
            if space && (previousSpace || scalar != " ") {
                needsWork = true
                break
            }
            previousSpace = space
        }
        if !needsWork && !(previousSpace && !text.isEmpty) { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if isWhitespace(scalar) {
                pendingSpace = !result.isEmpty
            } else {
                if pendingSpace { result.unicodeScalars.append(" ") }
                pendingSpace = false
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// Unicode's White_Space property, answered without a table look-up for the common letters.
    @inline(__always)
    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20, 0x09...0x0D, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: true
        default: false
        }
    }
}
