/// Windows-1252 (the "ANSI" code page of Swedish Windows, what Excel's "CSV (kommaavgränsad)" writes).
///
/// Written out here rather than taken from Foundation: `String.Encoding.windowsCP1252` on Linux is backed
/// by ICU/CoreFoundation tables whose handling of 0x80–0x9F and the five undefined bytes is not something
/// we can rely on, and SPEC R3 needs the undefined bytes to mean "not text".
enum Windows1252 {
    /// Code points for 0x80…0x9F; 0 marks the five bytes Windows-1252 leaves undefined (0x81 0x8D 0x8F 0x90 0x9D).
    /// Every other byte maps to the code point of the same value (ASCII and Latin-1).
    static let high: [UInt32] = [
        0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,  // 80–87: € ‚ ƒ „ … † ‡
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,  // 88–8F: ˆ ‰ Š ‹ Œ Ž
        0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,  // 90–97: ‘ ’ “ ” • – —
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,  // 98–9F: ˜ ™ š › œ ž Ÿ
    ]

    /// The scalar for one byte, or nil for a byte Windows-1252 does not define.
    static func scalar(_ byte: UInt8) -> Unicode.Scalar? {
        let value: UInt32 = (0x80...0x9F).contains(byte) ? high[Int(byte) - 0x80] : UInt32(byte)
        if value == 0 && byte != 0 { return nil }
        return Unicode.Scalar(value)
    }

    /// The offset of the first byte Windows-1252 does not define, if any.
    static func firstUndefined(in bytes: some Collection<UInt8>) -> Int? {
        var offset = 0
        for byte in bytes {
            if byte >= 0x80 && scalar(byte) == nil { return offset }
            offset += 1
        }
        return nil
    }

    /// Decodes bytes that `firstUndefined` has accepted (an undefined byte would become U+FFFD).
    static func decode(_ bytes: some Collection<UInt8>) -> String {
        // UTF-8 written straight into the string's storage, sized exactly (the string keeps its
        // capacity): ASCII bytes stay one byte, others become two or three.
        var capacity = 0
        for byte in bytes { capacity += byte < 0x80 ? 1 : 3 }
        return String(unsafeUninitializedCapacity: capacity) { output in
            var written = 0
            for byte in bytes {
                if byte < 0x80 {
                    output[written] = byte
                    written += 1
                    continue
                }
                let value = (scalar(byte) ?? "\u{FFFD}").value
                if value < 0x800 {
                    output[written] = UInt8(0xC0 | (value >> 6))
                    output[written + 1] = UInt8(0x80 | (value & 0x3F))
                    written += 2
                } else {
                    output[written] = UInt8(0xE0 | (value >> 12))
                    output[written + 1] = UInt8(0x80 | ((value >> 6) & 0x3F))
                    output[written + 2] = UInt8(0x80 | (value & 0x3F))
                    written += 3
                }
            }
            return written
        }
    }
}
