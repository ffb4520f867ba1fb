import Foundation

/// Turns a file's bytes into text, sniffing the encoding from the bytes alone (SPEC 2.1, R3).
///
/// Order: a BOM (UTF-8, UTF-16LE, UTF-16BE) wins; then BOM-less UTF-16 by its NUL pattern; then any
/// other NUL byte means "not text"; then strict UTF-8; else Windows-1252, whose five undefined bytes
/// also mean "not text". The text returned has no BOM and is NFC-normalised, so that `ö` typed on a
/// Mac (o + combining diaeresis) and on Windows compare equal downstream.
public enum TextDecoder {
    public static func decode(_ data: Data, file: String) throws(FileReadError) -> (
        text: String, encoding: TextEncoding
    ) {
        let bytes = [UInt8](data)
        let (raw, encoding) = try sniffAndDecode(bytes, file: file)
        // Every character Windows-1252 has is NFC-stable (a test checks all 256 bytes).
        return (encoding == .windows1252 ? raw : normalised(raw), encoding)
    }

    private static func sniffAndDecode(_ bytes: [UInt8], file: String) throws(FileReadError) -> (
        String, TextEncoding
    ) {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            return (try strictUTF8(bytes, from: 3, file: file), .utf8BOM)
        }
        if bytes.starts(with: [0xFF, 0xFE]) {
            return (try UTF16Text.decode(bytes, from: 2, .little, file: file), .utf16LE)
        }
        if bytes.starts(with: [0xFE, 0xFF]) {
            return (try UTF16Text.decode(bytes, from: 2, .big, file: file), .utf16BE)
        }
        if let order = UTF16Text.sniffEndianness(bytes) {
            return (try UTF16Text.decode(bytes, from: 0, order, file: file), order == .little ? .utf16LE : .utf16BE)
        }
        if let nul = firstNUL(bytes) {
            throw FileReadError(file: file, message: "not a text file: NUL byte at byte offset \(nul)")
        }
        if let text = String(validating: bytes, as: UTF8.self) {
            return (text, .utf8)
        }
        switch bytes.withUnsafeBufferPointer(Windows1252.decodeChecked) {
        case .success(let text):
            return (text, .windows1252)
        case .failure(let undefined):
            let hex = String(bytes[undefined.offset], radix: 16, uppercase: true)
            throw FileReadError(
                file: file,
                message:
                    "not a text file: byte 0x\(hex) at byte offset \(undefined.offset) is neither UTF-8 nor Windows-1252"
            )
        }
    }

    /// Whether `decode` would take these bytes to be in `encoding`: its tests in its order
    /// (`sniffAndDecode`), without decoding.
    static func wouldSniff(_ bytes: [UInt8], as encoding: TextEncoding) -> Bool {
        let hasBOM = bytes.starts(with: [0xEF, 0xBB, 0xBF])
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) { return false }
        if !hasBOM && UTF16Text.sniffEndianness(bytes) != nil { return false }
        if firstNUL(bytes) != nil { return false }
        switch encoding {
        case .utf8BOM: return hasBOM && String(validating: bytes[3...], as: UTF8.self) != nil
        case .utf8: return !hasBOM && String(validating: bytes, as: UTF8.self) != nil
        case .windows1252: return !hasBOM && String(validating: bytes, as: UTF8.self) == nil
        case .utf16LE, .utf16BE: return false
        }
    }

    /// UTF-8 after a BOM must be valid: the BOM promised it, so a bad byte is a damaged file, not cp1252.
    private static func strictUTF8(_ bytes: [UInt8], from start: Int, file: String) throws(FileReadError) -> String {
        let body = bytes[start...]
        if let nul = firstNUL(bytes) {
            throw FileReadError(file: file, message: "not a text file: NUL byte at byte offset \(nul)")
        }
        if let text = String(validating: body, as: UTF8.self) { return text }
        let bad = start + firstInvalidUTF8(body)
        throw FileReadError(
            file: file, message: "not valid UTF-8 although the file starts with a UTF-8 BOM: byte offset \(bad)")
    }

    /// The offset of the first NUL byte, found by `memchr` (the byte-by-byte search is slow on big files).
    private static func firstNUL(_ bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress, let found = memchr(base, 0, buffer.count) else { return nil }
            return UnsafeRawPointer(found) - UnsafeRawPointer(base)
        }
    }

    /// The offset (from the slice's start) of the first byte that does not begin a valid UTF-8 sequence.
    private static func firstInvalidUTF8(_ bytes: ArraySlice<UInt8>) -> Int {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded): offset += encoded.count
            case .error: return offset
            case .emptyInput: return offset
            }
        }
    }

    /// Text that is already NFC is returned as is, which keeps the common case free of a Foundation
    /// round trip: every scalar below U+0300 (ASCII, Latin-1, Latin Extended) is NFC-stable, and so
    /// is the punctuation block U+2010–U+20CF (dashes, quotes, €) that Swedish text uses.
    static func normalised(_ text: String) -> String {
        // Every scalar below U+0300 has a UTF-8 lead byte below 0xCC: text without such bytes
        // needs no look at its scalars.
        // Looked at through a buffer: the UTF-8 view's iterator is several times slower on a whole file.
        var copy = text
        if !copy.withUTF8({ bytes in bytes.contains(where: TextKey.mayStartMark) }) { return text }
        guard text.unicodeScalars.contains(where: { !isNFCStable($0) }) else { return text }
        return text.precomposedStringWithCanonicalMapping
    }

    @inline(__always)
    static func isNFCStable(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x300 || (0x2010...0x20CF).contains(scalar.value)
    }
}
