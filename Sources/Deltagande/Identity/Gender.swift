/// Gender as registration forms ask it; anything else is unknown (SPEC 2.3).
public enum Gender: String, Sendable, CaseIterable {
    case woman
    case man
    case other
    case unknown

    public static func fromCell(_ raw: String?) -> Gender? {
        guard let raw else { return nil }
        switch TextKey.folded(raw) {
        case "": return nil
        case "kvinna", "woman", "female", "k": return .woman
        case "man", "male", "m": return .man
        case "annat", "other", "icke-binär", "ickebinär": return .other
        default: return .unknown
        }
    }
}
