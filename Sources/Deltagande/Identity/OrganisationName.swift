/// Normalised organisation names: the key used when no valid number is known (SPEC 3).
public enum OrganisationName {
    static let removedCharacters: Set<Character> = [".", ",", ";", ":", "\"", "'", "(", ")", "-"]
    static let legalFormWords: Set<Substring> = ["ab", "aktiebolag", "publ", "hb", "kb"]

    /// Lower-cased, punctuation removed, white space collapsed, legal-form words removed.
    /// An empty result (e.g. `KB`) is a name that must match nothing.
    public static func normalised(_ raw: String) -> String {
        // One pass over scalars: the removed characters are all ASCII, so no grapheme breaking is needed.
        var cleaned = String.UnicodeScalarView()
        for scalar in raw.lowercased().unicodeScalars {
            switch scalar {
            // SPEC 3: these are removed, not turned into spaces: `Mitt-universitetet` = `Mittuniversitetet`.
            case ".", ",", ";", ":", "\"", "'", "(", ")", "-": continue
            default: cleaned.append(TextKey.isWhitespace(scalar) ? " " : scalar)
            }
        }
        return String(cleaned).split(separator: " ")
            .filter { !legalFormWords.contains($0) }
            .joined(separator: " ")
    }

    /// The words of a display name, lower-cased, for the sector rules.
    static func words(_ raw: String) -> [String] {
        var cleaned = ""
        for character in raw.lowercased() {
            cleaned.append(removedCharacters.contains(character) ? " " : character)
        }
        return cleaned.split(whereSeparator: \.isWhitespace).map(String.init)
    }
}
