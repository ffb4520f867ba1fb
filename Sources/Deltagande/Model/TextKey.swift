/// Folding rules shared by every comparison of human-typed text.
public enum TextKey {
    /// Lower-cased, trimmed, inner white space (including no-break spaces) collapsed to one space.
    public static func folded(_ text: String) -> String {
        collapsed(text).lowercased()
    }

    /// Trimmed, inner white space collapsed, case kept.
    public static func collapsed(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if scalar.properties.isWhitespace {
                pendingSpace = !result.isEmpty
            } else {
                if pendingSpace { result.unicodeScalars.append(" ") }
                pendingSpace = false
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
