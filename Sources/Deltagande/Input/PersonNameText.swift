import Foundation

/// Names as attendance reports write them (SPEC 2.4, R21, R24).
public enum PersonNameText {
    static let suffixes = [
        "(guest)", "(external)", "(unverified)", "(gäst)", "(extern)", "(invité)", "(externe)", "(gast)",
    ]

    /// The name without Teams' `(Guest)`-style suffixes, white space collapsed.
    public static func stripped(_ raw: String) -> String {
        var name = TextKey.collapsed(raw)
        // Every suffix ends in ")": most names have none.
        guard name.utf8.last == UInt8(ascii: ")") else { return name }
        var changed = true
        // Lower-cased once per change of the name, not once per suffix tried.
        var lowered = TextKey.lowercased(name)
        while changed {
            changed = false
            for suffix in suffixes where lowered.hasSuffix(suffix) {
                name = TextKey.collapsed(String(name.dropLast(suffix.count)))
                lowered = TextKey.lowercased(name)
                changed = true
            }
        }
        return name
    }

    /// The forms a name is tried in: itself, `Y` for `X (Y)`, and `First Last` for `Last, First`.
    public static func candidates(_ name: String) -> [String] {
        var result = [name]
        if name.hasSuffix(")"), let open = name.lastIndex(of: "(") {
            let inner = TextKey.collapsed(String(name[name.index(after: open)..<name.index(before: name.endIndex)]))
            if !inner.isEmpty { result.append(inner) }
        }
        let commaParts = name.split(separator: ",", maxSplits: 1).map { TextKey.collapsed(String($0)) }
        if commaParts.count == 2, !commaParts[0].isEmpty, !commaParts[1].isEmpty, !name.contains("(") {
            result.append(commaParts[1] + " " + commaParts[0])
        }
        return result
    }

    /// Name matching folds case and white space (SPEC 2.4).
    public static func key(_ name: String) -> String { TextKey.folded(name) }

    /// The digits of an anonymous dial-in: at least 6 digits and only phone characters (R24).
    public static func dialInDigits(_ raw: String) -> String? {
        // Byte by byte: every attendance cell passes through here, and almost all fail at once.
        var digits: [UInt8] = []
        var bytes = raw.utf8.makeIterator()
        while let byte = bytes.next() {
            switch byte {
            case 0x30...0x39: digits.append(byte)
            case UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: " "),
                UInt8(ascii: "."):
                continue
            case 0xC2:  // U+00A0 no-break space
                guard bytes.next() == 0xA0 else { return nil }
            case 0xE2:  // U+202F narrow no-break space
                guard bytes.next() == 0x80, bytes.next() == 0xAF else { return nil }
            default: return nil
            }
        }
        return digits.count >= 6 ? String(decoding: digits, as: UTF8.self) : nil
    }
}
