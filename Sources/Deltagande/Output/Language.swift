/// The language of council outputs: Swedish by default, English with `--language en`.
public enum Language: String, Sendable, CaseIterable {
    case swedish = "sv"
    case english = "en"
}
