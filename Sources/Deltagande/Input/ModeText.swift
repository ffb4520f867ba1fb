/// The listed mode words of SPEC 2.2, matched case- and white-space-insensitively (R7).
public enum ModeText {
    static let inRoom: Set<String> = ["in_room", "på plats", "fysiskt", "i lokalen"]
    static let hybrid: Set<String> = ["hybrid", "på plats och via länk"]
    static let remote: Set<String> = ["remote", "digitalt", "via länk", "distans", "online", "teams"]

    public static func sessionMode(_ raw: String) -> SessionMode? {
        mode(ofFolded: TextKey.folded(raw))
    }

    /// Folded text is NFC like the words, so comparing bytes decides as `Set` look-ups would,
    /// without hashing (which normalises non-ASCII text) on every attendance row.
    static func mode(ofFolded key: String) -> SessionMode? {
        func among(_ words: [String]) -> Bool { words.contains { $0.hasSameBytes(as: key) } }
        if among(inRoomWords) { return .inRoom }
        if among(hybridWords) { return .hybrid }
        if among(remoteWords) { return .remote }
        return nil
    }

    private static let inRoomWords = Array(inRoom)
    private static let hybridWords = Array(hybrid)
    private static let remoteWords = Array(remote)

    /// A person's mode cell: nil when empty, `unknown` for any other value (R15).
    public static func participation(_ raw: String?) -> ParticipationMode? {
        guard let raw else { return nil }
        let key = TextKey.folded(raw)
        guard !key.isEmpty else { return nil }
        switch mode(ofFolded: key) {
        case .inRoom: return .inRoom
        case .remote: return .remote
        default: return .unknown
        }
    }
}
