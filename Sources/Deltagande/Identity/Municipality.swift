/// The county's eight municipalities, `other` and `unknown` (SPEC 3, R32).
public enum Municipality: String, Sendable, CaseIterable {
    case ragunda = "Ragunda"
    case bracke = "Bräcke"
    case krokom = "Krokom"
    case stromsund = "Strömsund"
    case are = "Åre"
    case berg = "Berg"
    case harjedalen = "Härjedalen"
    case ostersund = "Östersund"
    case other
    case unknown

    /// The county's municipalities in code order.
    public static let county: [Municipality] = [
        .ragunda, .bracke, .krokom, .stromsund, .are, .berg, .harjedalen, .ostersund,
    ]

    public var code: String? {
        switch self {
        case .ragunda: "2303"
        case .bracke: "2305"
        case .krokom: "2309"
        case .stromsund: "2313"
        case .are: "2321"
        case .berg: "2326"
        case .harjedalen: "2361"
        case .ostersund: "2380"
        case .other, .unknown: nil
        }
    }

    static let lookup: [String: Municipality] = {
        var table: [String: Municipality] = [:]
        for municipality in county {
            let name = municipality.rawValue.lowercased()
            table[name] = municipality
            table[name + " kommun"] = municipality
            table[name + "s kommun"] = municipality
            if let code = municipality.code { table[code] = municipality }
        }
        return table
    }()

    /// A municipality cell: nil when empty, `other` when it names none of the eight.
    public static func fromCell(_ raw: String) -> Municipality? {
        let folded = TextKey.folded(raw)
        if folded.isEmpty { return nil }
        return lookup[folded] ?? .other
    }
}
