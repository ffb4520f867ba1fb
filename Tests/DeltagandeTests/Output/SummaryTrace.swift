import Foundation

@testable import Deltagande

/// Checks that every number in a summary text can be traced to the metrics JSON (issue 6).
enum SummaryTrace {
    /// Numbers in the text that are not values of the JSON, after removing dates, names that
    /// contain digits, and the fixed scales ("av 8", "/4", "av 5", "100").
    static func untraced(text: String, json: JSONValue, names: [String], language: Language) -> [String] {
        var scrubbed = text
        for name in names.sorted(by: { $0.count > $1.count }) {
            scrubbed = scrubbed.replacingOccurrences(of: name, with: " ")
        }
        scrubbed = scrubbed.replacingOccurrences(of: #"\d{4}-\d{2}(-\d{2})?"#, with: " ", options: .regularExpression)
        scrubbed = scrubbed.replacingOccurrences(of: #"(av|of) (4|5|8)\b"#, with: " ", options: .regularExpression)
        scrubbed = scrubbed.replacingOccurrences(of: #"/4\b"#, with: " ", options: .regularExpression)
        scrubbed = scrubbed.replacingOccurrences(of: #"\((av|of) (4|8)\)"#, with: " ", options: .regularExpression)
        let known = values(json)
        var missing: [String] = []
        let pattern = #"−?\d{1,3}(?:[\u00A0,]\d{3})*(?:[.,]\d+)?"#
        let expression = try? NSRegularExpression(pattern: pattern)
        let range = NSRange(scrubbed.startIndex..., in: scrubbed)
        for match in expression?.matches(in: scrubbed, range: range) ?? [] {
            guard let swiftRange = Range(match.range, in: scrubbed) else { continue }
            let token = String(scrubbed[swiftRange])
            if !known.contains(normalise(token, language: language)) { missing.append(token) }
        }
        return missing
    }

    /// A number as text: no grouping, point as decimal sign. Swedish groups with a no-break space
    /// and writes a decimal comma; English groups with a comma and writes a decimal point.
    static func normalise(_ token: String, language: Language) -> String {
        let text = token.replacingOccurrences(of: "\u{00A0}", with: "").replacingOccurrences(of: "−", with: "-")
        return language == .swedish
            ? text.replacingOccurrences(of: ",", with: ".") : text.replacingOccurrences(of: ",", with: "")
    }

    /// Every number of the JSON as the text could show it: integers, one-decimal values, and
    /// rates as one-decimal percentages.
    static func values(_ json: JSONValue) -> Set<String> {
        var result: Set<String> = []
        func visit(_ value: JSONValue) {
            switch value {
            case .int(let number): result.insert(String(number))
            case .double(let number):
                result.insert(String(format: "%.1f", number))
                result.insert(String(format: "%.1f", number * 100))
                if number == number.rounded() { result.insert(String(Int(number))) }
            case .array(let values): values.forEach(visit)
            case .object(let pairs): pairs.forEach { visit($0.1) }
            default: break
            }
        }
        visit(json)
        return result
    }
}
