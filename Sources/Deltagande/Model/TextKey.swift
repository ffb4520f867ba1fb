/// Folding rules shared by every comparison of human-typed text.
public enum TextKey {
    /// Lower-cased, trimmed, inner white space (including no-break spaces) collapsed to one space.
    public static func folded(_ text: String) -> String {
        lowercased(collapsed(text))
    }

    /// `String.lowercased()`, answered without it for Latin-1 text (the letters of Swedish names and
    /// places), where lower case is a fixed offset; other text takes the standard library's way.
    static func lowercased<Text: StringProtocol>(_ text: Text) -> String {
        var needsChange = false
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value >= 0x100 { return text.lowercased() }
            if isLatin1Upper(value) { needsChange = true }
        }
        guard needsChange else { return String(text) }
        // Latin-1 keeps its UTF-8 length when lower-cased: written straight into the string.
        return String(unsafeUninitializedCapacity: text.utf8.count) { output in
            var written = 0
            for scalar in text.unicodeScalars {
                var value = scalar.value
                if isLatin1Upper(value) { value += 0x20 }
                if value < 0x80 {
                    output[written] = UInt8(value)
                    written += 1
                } else {
                    output[written] = UInt8(0xC0 | value >> 6)
                    output[written + 1] = UInt8(0x80 | value & 0x3F)
                    written += 2
                }
            }
            return written
        }
    }

    /// A–Z and À–Þ except ×: each has its lower-case letter 0x20 above it.
    @inline(__always)
    static func isLatin1Upper(_ value: UInt32) -> Bool {
        (0x41...0x5A).contains(value) || ((0xC0...0xDE).contains(value) && value != 0xD7)
    }

    /// True when the text is only white space (or empty), as `folded(text).isEmpty` would say,
    /// without building the folded text: every row of every file is checked for being blank.
    static func isBlank(_ text: String) -> Bool {
        // Through a buffer, as in `collapsed`; nil only for text the byte test cannot settle.
        let settled = text.utf8.withContiguousStorageIfAvailable { bytes -> Bool? in
            for byte in bytes {
                if byte >= 0x80 { return nil }
                if byte != 0x20 && !(0x09...0x0D).contains(byte) { return false }
            }
            return true
        }
        if let settled = settled ?? nil { return settled }
        return text.unicodeScalars.allSatisfy(isWhitespace)
    }

    /// Trimmed, inner white space collapsed, case kept.
    public static func collapsed(_ text: String) -> String {
        // Most cells need no change: find that out in one pass and return the text itself, from
        // the bytes while they show no white space beyond ASCII (every non-ASCII white space
        // character starts with one of the lead bytes below).
        // Read through a buffer: the UTF-8 view's iterator was most of this check's time.
        let unchanged =
            text.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
                var previousSpace = true
                for byte in bytes {
                    switch byte {
                    case 0x20:
                        if previousSpace { return false }
                        previousSpace = true
                    case 0x09...0x0D, 0xC2, 0xE1, 0xE2, 0xE3:
                        return false
                    default:
                        previousSpace = false
                    }
                }
                return !(previousSpace && !bytes.isEmpty)
            } ?? false
        if unchanged { return text }
        var needsWork = false
        var previousSpace = true
        for scalar in text.unicodeScalars {
            let space = isWhitespace(scalar)
            if space && (previousSpace || scalar != " ") {
                needsWork = true
                break
            }
            previousSpace = space
        }
        if !needsWork && !(previousSpace && !text.isEmpty) { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if isWhitespace(scalar) {
                pendingSpace = !result.isEmpty
            } else {
                if pendingSpace { result.unicodeScalars.append(" ") }
                pendingSpace = false
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// Whether every scalar of the text is below U+0100 (Latin-1: Swedish names and places), where
    /// nothing combines with the scalar before, so characters, scalars and words can be read from
    /// the bytes. Scalars below U+0100 have UTF-8 lead bytes below 0xC4.
    static func isLatin1(_ text: String) -> Bool {
        var copy = text
        return copy.withUTF8 { bytes in !bytes.contains(where: { $0 >= 0xC4 }) }
    }

    /// In Latin-1 UTF-8 bytes: how many bytes the white-space character at `index` takes (ASCII
    /// white space 1, U+0085 and U+00A0 2), or 0 when there is none.
    @inline(__always)
    static func latin1WhitespaceLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        switch bytes[index] {
        case 0x20, 0x09...0x0D: 1
        case 0xC2 where index + 1 < bytes.count && (bytes[index + 1] == 0x85 || bytes[index + 1] == 0xA0): 2
        default: 0
        }
    }

    /// Unicode's White_Space property, answered without a table look-up for the common letters.
    @inline(__always)
    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20, 0x09...0x0D, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: true
        default: false
        }
    }

    /// `text.contains(character)` for an ASCII character, answered from the bytes when the text is
    /// all ASCII (then every byte is a character of its own); other text asks Foundation, where a
    /// combining mark after the character would make it another character.
    static func contains(_ text: String, ascii character: Unicode.Scalar) -> Bool {
        let byte = UInt8(character.value)
        var copy = text
        let (found, ascii) = copy.withUTF8 { bytes in (bytes.contains(byte), bytes.allSatisfy { $0 < 0x80 }) }
        guard found else { return false }
        return ascii || text.contains(String(character))
    }

    /// Whether a UTF-8 byte may begin a character from U+0300 on (0xCC and up), where combining
    /// marks start. Text without such a byte has every character one scalar, splits at its bytes,
    /// and is NFC already. Letters such as Å, Ä and Ö (0xC3) do not.
    @inline(__always) static func mayStartMark(_ byte: UInt8) -> Bool { byte >= 0xCC }
}
