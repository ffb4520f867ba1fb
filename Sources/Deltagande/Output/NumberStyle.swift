import Foundation

/// Numbers as each language writes them in running text: Swedish uses a no-break space between
/// thousands, a decimal comma and "–" for no value (issue 6).
public struct NumberStyle: Sendable {
    public var language: Language
    public var suppression: Suppression = .none

    public init(language: Language, suppression: Suppression = .none) {
        self.language = language
        self.suppression = suppression
    }

    public static let missing = "–"
    static let thousandsSeparator = "\u{00A0}"

    public func integer(_ value: Int?) -> String {
        guard let value else { return NumberStyle.missing }
        let digits = String(abs(value))
        var grouped = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 {
                grouped += language == .swedish ? NumberStyle.thousandsSeparator : ","
            }
            grouped.append(digit)
        }
        return (value < 0 ? "−" : "") + grouped
    }

    /// A count of persons, shown as "<N" when suppressed.
    public func persons(_ value: Int?) -> String {
        if let value, suppression.hides(value) { return "<\(suppression.threshold)" }
        return integer(value)
    }

    public func decimal(_ value: Double?, digits: Int = 1) -> String {
        guard let value, value.isFinite else { return NumberStyle.missing }
        let text = String(format: "%.\(digits)f", value)
        let parts = text.split(separator: ".")
        let whole = Int(parts[0]) ?? 0
        var result = integer(whole)
        if whole == 0 && value < 0 { result = "−0" }
        if parts.count > 1 { result += (language == .swedish ? "," : ".") + parts[1] }
        return result
    }

    /// A rate or mean over a suppressed count is shown as "–": it would give the count away.
    public func derived(_ text: String, basis: Int?) -> String {
        if let basis, suppression.hides(basis) { return NumberStyle.missing }
        return text
    }

    /// A fraction as a percentage with one decimal.
    public func percent(_ fraction: Double?) -> String {
        guard let fraction else { return NumberStyle.missing }
        return decimal(fraction * 100) + (language == .swedish ? " %" : "%")
    }
}
