import Foundation

/// Reasons without their quoted specifics, so that like reasons count together and no input text
/// reaches a council output.
enum ReasonText {
    static func general(_ reason: String) -> String {
        // Everything from the first quote on is input text: cut it, whatever quotes it holds.
        var result = reason
        if let quote = result.firstIndex(of: "\"") {
            let rest = result[result.index(after: quote)...]
            let tail = rest.lastIndex(of: "\"").map { String(rest[rest.index(after: $0)...]) } ?? ""
            result = String(result[..<quote]) + "…" + (tail.contains("\"") ? "" : tail)
        }
        if let colon = result.range(of: ": ") {
            return String(result[..<colon.lowerBound])
        }
        return result.trimmingCharacters(in: .whitespaces)
    }
}
