import Foundation

/// Masks personal data inside free text such as feedback comments (SPEC 5, R41, R47).
public enum PersonalDataMask {
    // Patterns are built once; NSRegularExpression is thread-safe for matching.
    static let email = try? NSRegularExpression(
        pattern: #"[\p{L}\p{N}._%+\-]+@[\p{L}\p{N}.\-]+\.\p{L}{2,}"#)
    /// 10 or 12 digits in the identity-number layout, with or without a separator before the last four.
    static let identity = try? NSRegularExpression(
        pattern: #"(?<![0-9.,])(?:[0-9]{2})?[0-9]{6}[-–+ ]?[0-9]{4}(?![0-9])"#)
    /// A phone-like run: 7 or more digits, allowing spaces, hyphens, dots, brackets and a leading +.
    /// Not no-break spaces: those group thousands in our own Swedish figures ("1 576 723").
    static let phone = try? NSRegularExpression(
        pattern: #"(?<![0-9.,])(?![0-9]{4}-[0-9]{2}-[0-9]{2}(?![0-9]))\+?[0-9](?:[ \-–.()]?[0-9]){6,}(?![0-9])"#)
    /// In people's own text a no-break space may also separate a phone number's groups.
    static let phoneInComments = try? NSRegularExpression(
        pattern:
            #"(?<![0-9.,])(?![0-9]{4}-[0-9]{2}-[0-9]{2}(?![0-9]))\+?[0-9](?:[ \-–.()\u00A0\u202F]?[0-9]){6,}(?![0-9])"#)

    /// Replaces e-mail addresses, identity numbers and phone numbers with a marker.
    public static func maskComment(_ text: String, language: Language = .swedish) -> String {
        // Most comments have no `@` and few digits: an address needs the one, identity and phone
        // numbers seven ASCII digits or more, so the regular expressions are spared those comments.
        var result = text
        if mayHoldAddress(text) {
            result = replace(email, in: result, with: language == .swedish ? "[e-post]" : "[e-mail]")
        }
        if mayHoldNumber(text) {
            result = replace(identity, in: result, with: language == .swedish ? "[personnummer]" : "[id number]")
            result = replace(phoneInComments, in: result, with: language == .swedish ? "[telefon]" : "[phone]")
        }
        return result
    }

    /// An e-mail address needs an `@`.
    static func mayHoldAddress<Text: StringProtocol>(_ text: Text) -> Bool { text.utf8.contains(UInt8(ascii: "@")) }

    /// Identity and phone numbers need seven ASCII digits or more.
    static func mayHoldNumber<Text: StringProtocol>(_ text: Text) -> Bool {
        text.utf8.lazy.filter { $0 >= 0x30 && $0 <= 0x39 }.count >= 7
    }

    /// The lines that hold an `@` and those with seven ASCII digits or more, found byte by byte: a
    /// large run's outputs are megabytes of text, and splitting them into characters showed in
    /// profiles. Lines end at every LF byte, also inside CRLF: no pattern matches CR or LF, and a
    /// line's end is no digit, dot or comma to the look-arounds, just as the CR would be.
    static func candidateLines(_ text: String) -> (withAt: [String], withDigits: [String]) {
        var text = text
        return text.withUTF8 { bytes in
            var withAt: [String] = []
            var withDigits: [String] = []
            var start = 0
            while start < bytes.count {
                var end = start
                var hasAt = false
                var digits = 0
                while end < bytes.count && bytes[end] != 0x0A {
                    let byte = bytes[end]
                    if byte == UInt8(ascii: "@") { hasAt = true } else if byte &- 0x30 < 10 { digits += 1 }
                    end += 1
                }
                if hasAt || digits >= 7 {
                    let line = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
                    if hasAt { withAt.append(line) }
                    if digits >= 7 { withDigits.append(line) }
                }
                start = end + 1
            }
            return (withAt, withDigits)
        }
    }

    /// The lines `findings` looked at before: split into characters at "\n".
    static func candidateLinesAsWritten(_ text: String) -> (withAt: [String], withDigits: [String]) {
        let lines = text.split(separator: "\n")
        return (
            lines.filter { mayHoldAddress($0) }.map(String.init), lines.filter { mayHoldNumber($0) }.map(String.init)
        )
    }

    /// An attendance row as the data-quality CSV shows it: raw, but with every cell that is a
    /// dial-in's phone number masked (R41), whatever the row's outcome.
    public static func attendanceRaw(_ cells: [String], delimiter: Character?) -> String {
        cells.map { PersonNameText.dialInDigits(TextKey.collapsed($0)) == nil ? $0 : "[uppringd]" }
            .joined(separator: String(delimiter ?? "\t"))
    }

    static func replace(_ expression: NSRegularExpression?, in text: String, with marker: String) -> String {
        guard let expression else { return text }
        let range = NSRange(text.startIndex..., in: text)
        // Only `$` and `\` mean something in a template; the markers have neither, and escaping
        // them for every comment showed in profiles.
        let template =
            marker.utf8.contains(where: { $0 == UInt8(ascii: "$") || $0 == UInt8(ascii: "\\") })
            ? NSRegularExpression.escapedTemplate(for: marker) : marker
        return expression.stringByReplacingMatches(in: text, range: range, withTemplate: template)
    }

    /// Finds personal data in a council output; used by the final guard.
    static func findings(in text: String) -> [String] {
        // Only lines that could hold a finding go to the regular expressions: an address needs an
        // `@`, a number needs seven digits. The kind is reported, never the text found, because the
        // message goes to logs and cron mail.
        findings(lines: candidateLines(text))
    }

    /// The same, with the lines split as characters (the rule as first written).
    static func findingsAsWritten(in text: String) -> [String] {
        findings(lines: candidateLinesAsWritten(text))
    }

    /// The kinds `findings` reports, in its order.
    static let findingKinds = ["e-mail address", "identity number", "phone number"]

    private static func findings(lines: (withAt: [String], withDigits: [String])) -> [String] {
        let (withAt, withDigits) = lines
        var found: [String] = []
        func first(_ expression: NSRegularExpression?, in lines: [String]) -> Bool {
            guard let expression else { return false }
            return lines.contains { line in
                expression.firstMatch(in: line, range: NSRange(line.startIndex..., in: line)) != nil
            }
        }
        if first(email, in: withAt) { found.append(findingKinds[0]) }
        if first(identity, in: withDigits) { found.append(findingKinds[1]) }
        if first(phone, in: withDigits) { found.append(findingKinds[2]) }
        return found
    }
}
