import Foundation

/// E-mail addresses as person keys (SPEC 2.3, R15).
public enum EmailAddress {
    /// The trimmed, lower-cased address if it has one `@`, a non-empty local part and a dot in
    /// the domain; otherwise nil.
    public static func normalised(_ raw: String?) -> String? {
        guard let raw else { return nil }
        let text = TextKey.collapsed(raw).lowercased()
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, !text.contains(where: \.isWhitespace) else { return nil }
        let domain = parts[1]
        guard let dot = domain.firstIndex(of: "."), dot != domain.startIndex,
            domain.last != "."
        else { return nil }
        return text
    }

    /// The domain of a normalised address.
    public static func domain(of address: String) -> String? {
        address.split(separator: "@").last.map(String.init)
    }
}
