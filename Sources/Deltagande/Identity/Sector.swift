/// The quadruple-helix sectors (SPEC 3).
public enum Sector: String, Sendable, CaseIterable {
    case business
    case `public`
    case academia
    case civilSociety = "civil_society"
    case other
    case unknown

    /// The four helix sectors that `helix_coverage` counts.
    public static let helix: [Sector] = [.business, .public, .academia, .civilSociety]

    static let vocabulary: [(String, Sector)] = [
        ("näringsliv", .business), ("företag", .business), ("business", .business),
        ("offentlig sektor", .public), ("offentlig", .public), ("kommun", .public),
        ("region", .public), ("myndighet", .public), ("public", .public),
        ("akademi", .academia), ("universitet", .academia), ("högskola", .academia),
        ("forskning", .academia), ("academia", .academia),
        ("civilsamhälle", .civilSociety), ("ideell", .civilSociety), ("förening", .civilSociety),
        ("civil_society", .civilSociety), ("civil society", .civilSociety),
        ("annat", .other), ("övrigt", .other), ("other", .other),
    ]

    /// A sector cell: the whole value first, then any of its words (R29).
    public static func fromCell(_ raw: String) -> Sector? {
        let folded = TextKey.folded(raw)
        if folded.isEmpty { return nil }
        if let hit = vocabulary.first(where: { $0.0 == folded }) { return hit.1 }
        let words = folded.split(whereSeparator: { !$0.isLetter && $0 != "_" }).map(String.init)
        for word in words {
            if let hit = vocabulary.first(where: { $0.0 == word }) { return hit.1 }
        }
        return nil
    }

    /// Rule 3 of §3: a university or university college by its name.
    static func academiaByName(_ words: [String]) -> Bool {
        words.contains { $0.contains("universitet") || $0.contains("högskola") || $0 == "university" }
    }

    /// Rule 4 of §3: the organisation number's group digit.
    static func byNumber(_ number: OrgNumber?) -> Sector? {
        switch number {
        case .personal: return .business
        case .organisation(let digits):
            switch digits.first {
            case "2": return .public
            case "3", "5", "6", "7", "9": return .business
            case "8": return .civilSociety
            default: return nil
            }
        default: return nil
        }
    }

    /// Rule 5 of §3: words of the name.
    static func byNameWords(_ words: [String]) -> Sector? {
        if words.contains(where: {
            $0 == "kommun" || $0 == "region" || $0 == "regionen" || $0.hasSuffix("kommun")
                || $0.hasSuffix("styrelsen") || $0.hasSuffix("myndigheten") || $0.hasSuffix("verket")
        }) {
            return .public
        }
        let joined = " " + words.joined(separator: " ") + " "
        if words.contains(where: { ["ab", "aktiebolag", "hb", "kb"].contains($0) })
            || joined.contains(" ekonomisk förening ")
        {
            return .business
        }
        if words.contains(where: { $0.contains("förening") || $0.contains("förbund") || $0.contains("stiftelse") }) {
            return .civilSociety
        }
        return nil
    }
}
