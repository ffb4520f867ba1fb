/// `--suppress-below N`: counts of persons from 1 to N−1 are shown as "<N" in published tables.
public struct Suppression: Sendable, Equatable {
    public var threshold: Int

    public static let none = Suppression(threshold: 0)

    public init(threshold: Int) { self.threshold = threshold }

    func hides(_ value: Int) -> Bool { value > 0 && value < threshold }

    func count(_ value: Int?) -> JSONValue {
        guard let value else { return .null }
        return hides(value) ? .string("<\(threshold)") : .int(value)
    }

    /// A rate, mean or median over a suppressed count would give the count away: it is left out.
    func derived(_ value: Double?, basis: Int?) -> JSONValue {
        if let basis, hides(basis) { return .null }
        return .optional(value)
    }
}
