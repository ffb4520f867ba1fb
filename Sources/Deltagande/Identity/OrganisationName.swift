/// Normalised organisation names: the key used when no valid number is known (SPEC 3).
public enum OrganisationName {
    static let removedCharacters: Set<Character> = [".", ",", ";", ":", "\"", "'", "(", ")", "-"]
    static let legalFormWords: Set<Substring> = ["ab", "aktiebolag", "publ", "hb", "kb"]

    /// Lower-cased, punctuation removed, white space collapsed, legal-form words removed.
    /// An empty result (e.g. `KB`) is a name that must match nothing.
    public static func normalised(_ raw: String) -> String {
        // Every organisation mention of a run passes through here. Latin-1 text (Swedish names are)
        // has no combining marks, so its characters are its scalars and words can be cut and
        // compared as bytes; other text takes the definition's way.
        guard TextKey.isLatin1(raw) else { return normalisedAsWritten(raw) }
        var lowered = TextKey.lowercased(raw)
        let result: [UInt8] = lowered.withUTF8 { bytes in
            var result: [UInt8] = []
            result.reserveCapacity(bytes.count)
            var word: [UInt8] = []
            func endWord() {
                if !word.isEmpty && !legalFormWordBytes.contains(word) {
                    if !result.isEmpty { result.append(0x20) }
                    result.append(contentsOf: word)
                }
                word.removeAll(keepingCapacity: true)
            }
            var index = 0
            while index < bytes.count {
                let space = TextKey.latin1WhitespaceLength(bytes, at: index)
                if space > 0 {
                    endWord()
                    index += space
                    continue
                }
                let byte = bytes[index]
                index += 1
                // Removed, not a break: `Mitt-universitetet` = `Mittuniversitetet` (SPEC 3).
                if !isRemoved(byte) { word.append(byte) }
            }
            endWord()
            return result
        }
        return String(decoding: result, as: UTF8.self)
    }

    private static let legalFormWordBytes: [[UInt8]] = legalFormWords.map { Array($0.utf8) }

    /// The bytes of `removedCharacters`, all ASCII.
    @inline(__always)
    private static func isRemoved(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: "\""),
            UInt8(ascii: "'"), UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "-"):
            true
        default: false
        }
    }

    /// The definition, scalar by scalar; `normalised` gives the same for any text (a test checks).
    static func normalisedAsWritten(_ raw: String) -> String {
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
        // Latin-1 text, as in `normalised`, is cut into words byte by byte.
        guard TextKey.isLatin1(raw) else { return wordsAsWritten(raw) }
        var lowered = TextKey.lowercased(raw)
        return lowered.withUTF8 { bytes in
            var words: [String] = []
            var start = 0
            var index = 0
            func endWord(at end: Int) {
                if end > start {
                    words.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self))
                }
            }
            while index < bytes.count {
                // White space and the removed characters both end a word here.
                let length = isRemoved(bytes[index]) ? 1 : TextKey.latin1WhitespaceLength(bytes, at: index)
                guard length > 0 else {
                    index += 1
                    continue
                }
                endWord(at: index)
                index += length
                start = index
            }
            endWord(at: bytes.count)
            return words
        }
    }

    /// The rule as written, on characters; `words` gives the same (a test checks).
    static func wordsAsWritten(_ raw: String) -> [String] {
        var cleaned = ""
        for character in raw.lowercased() {
            cleaned.append(removedCharacters.contains(character) ? " " : character)
        }
        return cleaned.split(whereSeparator: \.isWhitespace).map(String.init)
    }
}
