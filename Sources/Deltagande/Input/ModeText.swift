/// The listed mode words of SPEC 2.2, matched case- and white-space-insensitively (R7).
public enum ModeText {
    static let inRoom: Set<String> = ["in_room", "på plats", "fysiskt", "i lokalen"]
    static let hybrid: Set<String> = ["hybrid", "på plats och via länk"]
    static let remote: Set<String> = ["remote", "digitalt", "via länk", "distans", "online", "teams"]

    public static func sessionMode(_ raw: String) -> SessionMode? {
        let key = TextKey.folded(raw)
        if inRoom.contains(key) { return .inRoom }
        if hybrid.contains(key) { return .hybrid }
        if remote.contains(key) { return .remote }
        return nil
    }

    /// A person's mode cell: nil when empty, `unknown` for any other value (R15).
    public static func participation(_ raw: String?) -> ParticipationMode? {
        guard let raw, !TextKey.folded(raw).isEmpty else { return nil }
        switch sessionMode(raw) {
        case .inRoom: return .inRoom
        case .remote: return .remote
        default: return .unknown
        }
    }
}
