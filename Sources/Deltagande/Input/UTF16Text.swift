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
        // Checked and transcoded to UTF-8 in one pass: Teams reports are the biggest files, and the
        // standard library's generic UTF-16 decoding goes scalar by scalar through a parser.
        let unitCount = (bytes.count - start) / 2
        var failure: FileReadError?
        let text = bytes.withUnsafeBufferPointer { input in
            String(unsafeUninitializedCapacity: unitCount * 3) { output in
                var written = 0
                var index = 0
                func unit(_ position: Int) -> UInt32 {
                    let first = UInt32(input[start + position * 2])
                    let second = UInt32(input[start + position * 2 + 1])
                    return order == .little ? first | second << 8 : first << 8 | second
                }
                while index < unitCount {
                    let value = unit(index)
                    let at = start + index * 2
                    if value == 0 {
                        failure = FileReadError(
                            file: file, message: "not a text file: NUL character at byte offset \(at) (\(name))")
                        return 0
                    }
                    if value < 0x80 {
                        output[written] = UInt8(value)
                        written += 1
                    } else if value < 0x800 {
                        output[written] = UInt8(0xC0 | value >> 6)
                        output[written + 1] = UInt8(0x80 | value & 0x3F)
                        written += 2
                    } else if UTF16.isLeadSurrogate(UInt16(value)) {
                        guard index + 1 < unitCount, UTF16.isTrailSurrogate(UInt16(unit(index + 1))) else {
                            failure = FileReadError(
                                file: file, message: "not valid \(name): unpaired surrogate at byte offset \(at)")
                            return 0
                        }
                        let scalar = 0x10000 + ((value - 0xD800) << 10) + (unit(index + 1) - 0xDC00)
                        output[written] = UInt8(0xF0 | scalar >> 18)
                        output[written + 1] = UInt8(0x80 | (scalar >> 12) & 0x3F)
                        output[written + 2] = UInt8(0x80 | (scalar >> 6) & 0x3F)
                        output[written + 3] = UInt8(0x80 | scalar & 0x3F)
                        written += 4
                        index += 2
                        continue
                    } else if UTF16.isTrailSurrogate(UInt16(value)) {
                        failure = FileReadError(
                            file: file, message: "not valid \(name): unpaired surrogate at byte offset \(at)")
                        return 0
                    } else {
                        output[written] = UInt8(0xE0 | value >> 12)
                        output[written + 1] = UInt8(0x80 | (value >> 6) & 0x3F)
                        output[written + 2] = UInt8(0x80 | value & 0x3F)
                        written += 3
                    }
                    index += 1
                }
                return written
            }
        }
        if let failure { throw failure }
        return text
    }
}
