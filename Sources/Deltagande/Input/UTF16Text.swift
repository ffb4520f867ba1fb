/// UTF-16 as Teams writes it: usually with a BOM, but a re-saved or transcribed report may have lost it.
enum UTF16Text {
    /// How many leading bytes the BOM-less sniff looks at; enough to see the pattern, cheap on big files.
    static let sniffLength = 4096

    /// Recognises BOM-less UTF-16 by its NUL pattern: text that is mostly Latin has a zero high byte in
    /// nearly every code unit, so NULs pile up at odd offsets (little-endian) or even ones (big-endian)
    /// and are almost absent from the other parity. Returns nil when the bytes do not look like that.
    static func sniffEndianness(_ bytes: [UInt8]) -> Endianness? {
        let count = min(bytes.count, sniffLength) & ~1
        guard count >= 2 else { return nil }
        var evenNULs = 0
        var oddNULs = 0
        var index = 0
        while index < count {
            if bytes[index] == 0 { evenNULs += 1 }
            if bytes[index + 1] == 0 { oddNULs += 1 }
            index += 2
        }
        // Text in UTF-16 that is mostly Latin (names, dates, e-mail addresses, TABs) has a NUL high byte
        // in well over half its code units; requiring 40 % at one parity, and at most an eighth of that
        // at the other, keeps a stray NUL in a short 8-bit file from passing as UTF-16.
        let units = count / 2
        let threshold = max(1, (units * 2 + 4) / 5)
        if oddNULs >= threshold && evenNULs * 8 <= oddNULs { return .little }
        if evenNULs >= threshold && oddNULs * 8 <= evenNULs { return .big }
        return nil
    }

    enum Endianness: Sendable {
        case little
        case big
    }

    /// Strictly decodes `bytes[start...]`; a NUL character, an unpaired surrogate or an odd byte count
    /// means the file is not UTF-16 text after all (SPEC R3).
    static func decode(_ bytes: [UInt8], from start: Int, _ order: Endianness, file: String) throws(FileReadError)
        -> String
    {
        let name = order == .little ? "UTF-16LE" : "UTF-16BE"
        guard (bytes.count - start) % 2 == 0 else {
            throw FileReadError(file: file, message: "not a text file: \(name) with an odd number of bytes")
        }
        var units: [UInt16] = []
        units.reserveCapacity((bytes.count - start) / 2)
        var offset = start
        while offset < bytes.count {
            let first = UInt16(bytes[offset])
            let second = UInt16(bytes[offset + 1])
            units.append(order == .little ? first | second << 8 : first << 8 | second)
            offset += 2
        }
        var index = 0
        while index < units.count {
            let unit = units[index]
            let at = start + index * 2
            if unit == 0 {
                throw FileReadError(
                    file: file, message: "not a text file: NUL character at byte offset \(at) (\(name))")
            }
            if UTF16.isLeadSurrogate(unit) {
                guard index + 1 < units.count, UTF16.isTrailSurrogate(units[index + 1]) else {
                    throw FileReadError(
                        file: file, message: "not valid \(name): unpaired surrogate at byte offset \(at)")
                }
                index += 2
                continue
            }
            if UTF16.isTrailSurrogate(unit) {
                throw FileReadError(file: file, message: "not valid \(name): unpaired surrogate at byte offset \(at)")
            }
            index += 1
        }
        return String(decoding: units, as: UTF16.self)
    }
}
