import Foundation
import Testing

@testable import Deltagande

/// The output stage's fast paths give what the rules as first written give (issue 9).
@Suite struct WrappedLinesFastPathTests {
    @Test func commentLinesMatchTheCharacterCount() {
        var random = SplitMix64(seed: 23)
        // Line feeds, CRLF (one character), combining marks and wide scalars around the width.
        let alphabet: [Character] = [
            "a", "Ö", " ", "\n", "\r\n", "e\u{301}", "€", "あ", "👍🏽", "-", "x", "\r",
        ]
        for _ in 0..<20_000 {
            let width = Double(10 + random.below(8)) + (random.below(2) == 0 ? 0 : 0.5)
            let text = String((0..<random.below(40)).map { _ in random.pick(alphabet) })
            #expect(
                WorkbookBuilder.wrappedLines(text, width: width)
                    == WorkbookBuilder.wrappedLinesAsWritten(text, width: width), "\(text.debugDescription) \(width)")
        }
    }

    /// Bytes are not characters: a short text of multi-byte letters over the width in bytes still
    /// takes the counted path and one line.
    @Test func multiByteTextWithinTheWidthTakesOneLine() {
        let text = String(repeating: "å", count: 10)
        #expect(text.utf8.count == 20)
        #expect(WorkbookBuilder.wrappedLines(text, width: 12) == 1)
        #expect(WorkbookBuilder.wrappedLines(text + "\n" + text, width: 12) == 2)
    }
}

@Suite struct CellTextFastPathTests {
    @Test func storedTextMatchesTheRuleAsWritten() {
        var random = SplitMix64(seed: 31)
        // NUL, the noncharacters, `_x` escapes, and their near misses (U+FFFD is EF BF BD).
        let alphabet: [String] = [
            "a", "_", "x", "_x", "0", "F", "_x0041_", "\u{0}", "\u{FFFE}", "\u{FFFF}", "\u{FFFD}", "\u{EFBF}", "å",
            "👍", "X", "_X0041_",
        ]
        for _ in 0..<20_000 {
            let text = (0..<random.below(10)).map { _ in random.pick(alphabet) }.joined()
            #expect(XLSXText.cellText(text) == XLSXText.cellTextAsWritten(text), "\(text.debugDescription)")
        }
    }

    /// Texts at and over Excel's limit take the counted path, multi-byte ones included.
    @Test func longTextsAreCutAsWritten() {
        for text in [
            String(repeating: "a", count: XLSXText.maximumCellLength),
            String(repeating: "a", count: XLSXText.maximumCellLength + 1),
            String(repeating: "å", count: 20_000), String(repeating: "👍", count: 20_000),
        ] {
            #expect(XLSXText.cellText(text) == XLSXText.cellTextAsWritten(text))
            #expect(XLSXText.cellText(text).utf16.count <= XLSXText.maximumCellLength)
        }
    }
}

@Suite struct JSONSerialisationFastPathTests {
    static func randomValue(_ random: inout SplitMix64, depth: Int) -> JSONValue {
        let texts = [
            "", "a", "Åre \"kommun\"", "rad\nett\r\ttvå", "\u{1}\u{1F}\u{7F}", "back\\slash", "e\u{301}👍€", "nr: 556",
        ]
        switch random.below(depth > 3 ? 5 : 7) {
        case 0: return .null
        case 1: return .bool(random.below(2) == 0)
        case 2: return .int(Int(truncatingIfNeeded: random.next()) >> random.below(60))
        case 3:
            let choices = [0.1 + 0.2, -1e15, 1e16, 2.5, -0.0, 1 / 3, 123_456.789, .nan, .infinity]
            return .double(random.below(2) == 0 ? random.pick(choices) : Double(random.below(100_000)) / 7)
        case 4: return .string(random.pick(texts))
        case 5: return .array((0..<random.below(4)).map { _ in randomValue(&random, depth: depth + 1) })
        default:
            return .object(
                (0..<random.below(4)).map { _ in (random.pick(texts), randomValue(&random, depth: depth + 1)) })
        }
    }

    @Test func bytesMatchTheSerialisationAsWritten() {
        var random = SplitMix64(seed: 37)
        for _ in 0..<3_000 {
            let value = Self.randomValue(&random, depth: 0)
            #expect(value.serialised() == value.serialisedAsWritten())
            #expect(value.serialisedBytes() == Array(value.serialisedAsWritten().utf8))
        }
    }
}
