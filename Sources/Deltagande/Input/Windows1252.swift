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

    /// How many UTF-8 bytes each byte becomes; 0 for the five undefined ones.
    private static let utf8Length: [UInt8] = (0...255).map { byte in
        guard let scalar = scalar(UInt8(byte)) else { return 0 }
        return UInt8(String(scalar).utf8.count)
    }

    /// The text of `bytes`, or the offset of the first byte Windows-1252 does not define.
    ///
    /// One pass measures and checks, a second writes: eight bytes at a time while they are ASCII,
    /// which is nearly all of a Swedish export (issue 9: registration files are cp1252).
    static func decodeChecked(_ bytes: UnsafeBufferPointer<UInt8>) -> Result<String, UndefinedByte> {
        let count = bytes.count
        guard let base = bytes.baseAddress, count > 0 else { return .success("") }
        var capacity = 0
        var index = 0
        while index < count {
            if index + 8 <= count && asciiWord(base, at: index) {
                capacity += 8
                index += 8
                continue
            }
            let length = Int(utf8Length[Int(base[index])])
            if length == 0 { return .failure(UndefinedByte(offset: index)) }
            capacity += length
            index += 1
        }
        if capacity == count { return .success(String(decoding: bytes, as: UTF8.self)) }
        let text = String(unsafeUninitializedCapacity: capacity) { output in
            guard let out = output.baseAddress else { return 0 }
            var written = 0
            var index = 0
            while index < count {
                if index + 8 <= count && asciiWord(base, at: index) {
                    UnsafeMutableRawPointer(out + written).copyMemory(from: base + index, byteCount: 8)
                    written += 8
                    index += 8
                    continue
                }
                let byte = base[index]
                index += 1
                if byte < 0x80 {
                    out[written] = byte
                    written += 1
                } else if byte >= 0xA0 {
                    // Latin-1: the byte is its own code point, two UTF-8 bytes.
                    out[written] = 0xC0 | (byte >> 6)
                    out[written + 1] = 0x80 | (byte & 0x3F)
                    written += 2
                } else {
                    written += encode(high[Int(byte) - 0x80], into: out + written)
                }
            }
            return written
        }
        return .success(text)
    }

    /// A byte Windows-1252 leaves undefined, by its offset: the file is not text (SPEC R3).
    struct UndefinedByte: Error {
        var offset: Int
    }

    @inline(__always)
    private static func asciiWord(_ base: UnsafePointer<UInt8>, at index: Int) -> Bool {
        UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0
    }

    /// Writes a code point below U+10000 as UTF-8; returns the bytes written.
    @inline(__always)
    private static func encode(_ value: UInt32, into out: UnsafeMutablePointer<UInt8>) -> Int {
        if value < 0x800 {
            out[0] = UInt8(0xC0 | (value >> 6))
            out[1] = UInt8(0x80 | (value & 0x3F))
            return 2
        }
        out[0] = UInt8(0xE0 | (value >> 12))
        out[1] = UInt8(0x80 | ((value >> 6) & 0x3F))
        out[2] = UInt8(0x80 | (value & 0x3F))
        return 3
    }

    /// Decodes bytes; an undefined byte becomes U+FFFD (readers never get here: `decodeChecked`
    /// refuses such a file).
    static func decode(_ bytes: [UInt8]) -> String {
        let result = bytes.withUnsafeBufferPointer { decodeChecked($0) }
        switch result {
        case .success(let text): return text
        case .failure:
            return String(String.UnicodeScalarView(bytes.map { scalar($0) ?? "\u{FFFD}" }))
        }
    }
}
