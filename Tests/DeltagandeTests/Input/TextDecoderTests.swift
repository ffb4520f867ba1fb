import Foundation
import Testing

@testable import Deltagande

@Suite struct TextDecoderTests {
    struct Sniff: Sendable, CustomTestStringConvertible {
        let name: String
        let bytes: [UInt8]
        let encoding: TextEncoding
        let text: String
        var testDescription: String { name }
    }

    static let sniffs: [Sniff] = [
        Sniff(name: "UTF-8 BOM", bytes: [0xEF, 0xBB, 0xBF] + Array("Åre;ö".utf8), encoding: .utf8BOM, text: "Åre;ö"),
        Sniff(name: "UTF-16LE BOM", bytes: [0xFF, 0xFE, 0x41, 0x00, 0xE5, 0x00], encoding: .utf16LE, text: "Aå"),
        Sniff(name: "UTF-16BE BOM", bytes: [0xFE, 0xFF, 0x00, 0x41, 0x00, 0xE5], encoding: .utf16BE, text: "Aå"),
        Sniff(
            name: "UTF-16LE no BOM", bytes: [0x61, 0x00, 0x09, 0x00, 0x62, 0x00, 0x0A, 0x00], encoding: .utf16LE,
            text: "a\tb\n"),
        Sniff(
            name: "UTF-16BE no BOM", bytes: [0x00, 0x61, 0x00, 0x09, 0x00, 0x62, 0x00, 0x0A], encoding: .utf16BE,
            text: "a\tb\n"),
        Sniff(
            name: "UTF-16 surrogate pair", bytes: [0xFF, 0xFE, 0x3D, 0xD8, 0x00, 0xDE], encoding: .utf16LE, text: "😀"),
        Sniff(name: "plain ASCII", bytes: Array("a,b\r\n".utf8), encoding: .utf8, text: "a,b\r\n"),
        Sniff(name: "strict UTF-8", bytes: Array("Östersund".utf8), encoding: .utf8, text: "Östersund"),
        Sniff(
            name: "cp1252 ö", bytes: [0x4F, 0x72, 0x6A, 0x61, 0x6E, 0x3B, 0xF6], encoding: .windows1252, text: "Orjan;ö"
        ),
        Sniff(
            name: "cp1252 euro and quotes", bytes: [0x80, 0x20, 0x93, 0x61, 0x94], encoding: .windows1252, text: "€ “a”"
        ),
        Sniff(name: "overlong UTF-8 is cp1252", bytes: [0xC0, 0xAF], encoding: .windows1252, text: "À¯"),
        Sniff(name: "UTF-8 surrogate is cp1252", bytes: [0xED, 0xA0, 0x80], encoding: .windows1252, text: "í\u{A0}€"),
        Sniff(name: "empty file", bytes: [], encoding: .utf8, text: ""),
        Sniff(name: "BOM only", bytes: [0xEF, 0xBB, 0xBF], encoding: .utf8BOM, text: ""),
    ]

    @Test(arguments: sniffs)
    func encodingIsSniffedFromTheBytes(_ sniff: Sniff) throws {
        let (text, encoding) = try TextDecoder.decode(Data(sniff.bytes), file: "f.csv")
        #expect(encoding == sniff.encoding)
        #expect(text == sniff.text)
    }

    @Test func textIsNFCNormalised() throws {
        let decomposed = "Bra\u{308}cke;A\u{30A}re"  // as a Mac keyboard may type them
        #expect(decomposed.unicodeScalars.count == 12)
        let utf8: [UInt8] = Array(decomposed.utf8)
        let utf16: [UInt8] =
            [0xFF, 0xFE] + decomposed.utf16.flatMap { unit -> [UInt8] in [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        for bytes in [utf8, utf16] {
            let (text, _) = try TextDecoder.decode(Data(bytes), file: "f.csv")
            #expect(Array(text.unicodeScalars) == Array("Bräcke;Åre".unicodeScalars))
        }
    }

    @Test func theBOMIsNotPartOfTheText() throws {
        let (text, _) = try TextDecoder.decode(Data([0xEF, 0xBB, 0xBF] + Array("sep=;".utf8)), file: "f.csv")
        #expect(text.unicodeScalars.first == "s")
    }

    struct NotText: Sendable, CustomTestStringConvertible {
        let name: String
        let bytes: [UInt8]
        let message: String
        var testDescription: String { name }
    }

    static let notText: [NotText] = [
        NotText(
            name: "PNG header",
            bytes: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52],
            message: "not a text file: NUL byte at byte offset 8"),
        NotText(
            name: "NUL in a CSV", bytes: Array("a,b\r\nc".utf8) + [0] + Array("d".utf8),
            message: "not a text file: NUL byte at byte offset 6"),
        NotText(
            name: "NUL after UTF-8 BOM", bytes: [0xEF, 0xBB, 0xBF, 0x61, 0x00, 0x62],
            message: "not a text file: NUL byte at byte offset 4"),
        NotText(
            name: "undefined cp1252 0x81", bytes: [0x61, 0xF6, 0x81],
            message: "not a text file: byte 0x81 at byte offset 2 is neither UTF-8 nor Windows-1252"),
        NotText(
            name: "undefined cp1252 0x9D", bytes: [0x9D],
            message: "not a text file: byte 0x9D at byte offset 0 is neither UTF-8 nor Windows-1252"),
        NotText(
            name: "bad UTF-8 after BOM", bytes: [0xEF, 0xBB, 0xBF, 0x61, 0xF6, 0x62],
            message: "not valid UTF-8 although the file starts with a UTF-8 BOM: byte offset 4"),
        NotText(
            name: "UTF-16 odd length", bytes: [0xFF, 0xFE, 0x61, 0x00, 0x62],
            message: "not a text file: UTF-16LE with an odd number of bytes"),
        NotText(
            name: "UTF-16 lone surrogate", bytes: [0xFE, 0xFF, 0x00, 0x61, 0xDC, 0x00],
            message: "not valid UTF-16BE: unpaired surrogate at byte offset 4"),
        NotText(
            name: "UTF-16 NUL character", bytes: [0xFF, 0xFE, 0x61, 0x00, 0x00, 0x00],
            message: "not a text file: NUL character at byte offset 4 (UTF-16LE)"),
    ]

    @Test(arguments: notText)
    func bytesThatAreNotTextAreAClearError(_ bad: NotText) {
        #expect(throws: FileReadError(file: "attendance/x.csv", message: bad.message)) {
            try TextDecoder.decode(Data(bad.bytes), file: "attendance/x.csv")
        }
    }

    @Test func randomBinaryIsNotText() {
        var generator = SplitMix64(seed: 42)
        for _ in 0..<50 {
            let bytes = (0..<2048).map { _ in UInt8.random(in: 0...255, using: &generator) }
            #expect(throws: FileReadError.self) { try TextDecoder.decode(Data(bytes), file: "x.bin") }
        }
    }
}

@Suite struct Windows1252Tests {
    static let high: [(UInt8, Character)] = [
        (0x80, "€"), (0x82, "‚"), (0x83, "ƒ"), (0x84, "„"), (0x85, "…"), (0x86, "†"), (0x87, "‡"), (0x88, "ˆ"),
        (0x89, "‰"), (0x8A, "Š"), (0x8B, "‹"), (0x8C, "Œ"), (0x8E, "Ž"), (0x91, "‘"), (0x92, "’"), (0x93, "“"),
        (0x94, "”"), (0x95, "•"), (0x96, "–"), (0x97, "—"), (0x98, "˜"), (0x99, "™"), (0x9A, "š"), (0x9B, "›"),
        (0x9C, "œ"), (0x9E, "ž"), (0x9F, "Ÿ"),
    ]

    @Test(arguments: high)
    func theC1RangeMapsToWindowsCharacters(_ byte: UInt8, _ expected: Character) throws {
        let (text, encoding) = try TextDecoder.decode(Data([0x61, byte]), file: "f.csv")
        #expect(encoding == .windows1252)
        #expect(text == "a" + String(expected))
    }

    @Test(arguments: [UInt8(0x81), 0x8D, 0x8F, 0x90, 0x9D])
    func theFiveUndefinedBytesAreNotText(_ byte: UInt8) {
        #expect(Windows1252.scalar(byte) == nil)
        #expect(throws: FileReadError.self) { try TextDecoder.decode(Data([0xE5, byte]), file: "f.csv") }
    }

    @Test func latin1BytesMapToTheSameCodePoint() {
        for byte in UInt8(0xA0)...UInt8(0xFF) {
            #expect(Windows1252.scalar(byte)?.value == UInt32(byte))
        }
        for byte in UInt8(1)...UInt8(0x7F) {
            #expect(Windows1252.scalar(byte)?.value == UInt32(byte))
        }
        #expect(Windows1252.high.filter { $0 == 0 }.count == 5)
    }
}
