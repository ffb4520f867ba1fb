import Foundation

/// E-mail addresses as person keys (SPEC 2.3, R15).
public enum EmailAddress {
    /// The trimmed, lower-cased address if it has one `@`, a non-empty local part and a dot in
    /// the domain; otherwise nil.
    public static func normalised(_ raw: String?) -> String? {
        guard let raw else { return nil }
        if let fast = normalisedASCII(raw) { return fast.isEmpty ? nil : fast }
        return normalisedGeneral(raw)
    }

    /// The rules as written, for any text.
    static func normalisedGeneral(_ raw: String) -> String? {
        let text = TextKey.collapsed(raw).lowercased()
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, !text.contains(where: \.isWhitespace) else { return nil }
        let domain = parts[1]
        guard let dot = domain.firstIndex(of: "."), dot != domain.startIndex,
            domain.last != "."
        else { return nil }
        return text
    }

    /// The same rules on ASCII bytes, the common case: "" for an invalid address, nil when the text
    /// needs the general path (non-ASCII, surrounding white space).
    static func normalisedASCII(_ raw: String) -> String? {
        var ats = 0
        var atIndex = -1
        var firstDot = -1
        var upper = false
        var count = 0
        for byte in raw.utf8 {
            if byte >= 0x80 { return nil }
            switch byte {
            case UInt8(ascii: "@"):
                ats += 1
                atIndex = count
            case UInt8(ascii: "."): if ats == 1 && firstDot < 0 { firstDot = count }
            case 0x41...0x5A: upper = true
            case 0x20, 0x09...0x0D: return nil
            default: break
            }
            count += 1
        }
        // One @, a non-empty local part, a dot in the domain that neither starts nor ends it.
        guard ats == 1, atIndex > 0, firstDot > atIndex + 1 else { return "" }
        guard raw.utf8.last != UInt8(ascii: ".") else { return "" }
        return upper ? raw.lowercased() : raw
    }

    /// The domain of a normalised address.
    public static func domain(of address: String) -> String? {
        address.split(separator: "@").last.map(String.init)
    }
}
