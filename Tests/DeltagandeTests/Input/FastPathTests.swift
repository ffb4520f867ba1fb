import Foundation
import Testing

@testable import Deltagande

/// The fast paths give what the plain definitions give (issue 9).
@Suite struct TextKeyFastPathTests {
    /// The plain definition: split on Unicode white space, join with one space.
    static func reference(_ text: String) -> String {
        text.unicodeScalars.split(whereSeparator: { $0.properties.isWhitespace })
            .map { String(String.UnicodeScalarView($0)) }.joined(separator: " ")
    }

    @Test func collapsedMatchesThePlainDefinitionOnRandomText() {
        var random = SplitMix64(seed: 7)
        let alphabet: [Character] = [
            "a", "Ö", " ", " ", "\t", "\n", "\u{00A0}", "\u{202F}", "x", "é", "\r\n", "-", "\u{2003}",
            "\u{0085}", "\u{1680}", "\u{3000}", "\u{2028}", "€", "\u{1E9E}", "あ",
        ]
        for _ in 0..<20_000 {
            let length = random.below(12)
            let text = String((0..<length).map { _ in random.pick(alphabet) })
            #expect(TextKey.collapsed(text) == Self.reference(text), "\(text.debugDescription)")
        }
    }
}

@Suite struct NumberLengthFastPathTests {
    @Test func measuredLengthEqualsTheFormattedText() {
        var random = SplitMix64(seed: 11)
        for _ in 0..<5000 {
            let integer = Int(truncatingIfNeeded: random.next() >> UInt64(random.below(64)))
            let value = Double(Int(random.next() % 2_000_000) - 1_000_000) / Double(1 + random.below(1000))
            for cell in [CellValue.integer(integer), .integer(-integer), .number(value), .percent(value / 100)] {
                #expect(ColumnWidths.numberLength(cell) == ColumnWidths.displayText(of: cell)?.count, "\(cell)")
            }
        }
    }
}

@Suite struct NFCFastPathTests {
    @Test func textTheFastPathKeepsIsAlreadyNFC() {
        var random = SplitMix64(seed: 5)
        let alphabet: [Unicode.Scalar] = [
            "a", "Ö", "å", "\u{00E9}", "–", "’", "€", "\u{0301}", "\u{212B}", "\u{00A0}", "A", "\u{030A}", "\u{1E9E}",
        ]
        for _ in 0..<3000 {
            var scalars = String.UnicodeScalarView()
            for _ in 0..<random.below(10) { scalars.append(random.pick(alphabet)) }
            let text = String(scalars)
            #expect(TextDecoder.normalised(text) == text.precomposedStringWithCanonicalMapping)
            #expect(
                Array(TextDecoder.normalised(text).unicodeScalars)
                    == Array(text.precomposedStringWithCanonicalMapping.unicodeScalars))
        }
    }
}

@Suite struct EmailFastPathTests {
    @Test func theASCIIPathAgreesWithTheRulesAsWritten() {
        var random = SplitMix64(seed: 3)
        let alphabet: [Character] = ["a", "B", "@", ".", " ", "x", "-", "_", "Ö", "\t", "1"]
        for _ in 0..<20_000 {
            let text = String((0..<random.below(9)).map { _ in random.pick(alphabet) })
            #expect(EmailAddress.normalised(text) == EmailAddress.normalisedGeneral(text), "\(text.debugDescription)")
        }
        #expect(EmailAddress.normalised("Asa.L@Ostersund.Example") == "asa.l@ostersund.example")
        #expect(EmailAddress.normalised("a@.b.c") == nil)
    }

    @Test func windows1252DecodingMatchesTheTable() {
        let bytes = (0...255).map(UInt8.init).filter { Windows1252.scalar($0) != nil }
        let expected = String(String.UnicodeScalarView(bytes.compactMap(Windows1252.scalar)))
        #expect(Windows1252.decode(bytes) == expected)
    }
}

@Suite struct DialInFastPathTests {
    /// The rule as written: at least 6 digits and only phone characters (R24).
    static func reference(_ raw: String) -> String? {
        let allowed = CharacterSet(charactersIn: "0123456789+-() .\u{00A0}\u{202F}")
        guard raw.unicodeScalars.allSatisfy({ allowed.contains($0) }) else { return nil }
        let digits = raw.filter { $0.isASCII && $0.isNumber }
        return digits.count >= 6 ? String(digits) : nil
    }

    @Test func theByteCheckAgreesWithTheRule() {
        var random = SplitMix64(seed: 9)
        let alphabet: [Character] = [
            "0", "7", "+", " ", "-", "(", ")", ".", "\u{00A0}", "\u{202F}", "a", "Ö", "\u{2013}", "/",
        ]
        for _ in 0..<20_000 {
            let text = String((0..<random.below(14)).map { _ in random.pick(alphabet) })
            #expect(PersonNameText.dialInDigits(text) == Self.reference(text), "\(text.debugDescription)")
        }
    }
}

@Suite struct DurationFastPathTests {
    @Test func theASCIIPathAgreesWithTheRulesAsWritten() {
        var random = SplitMix64(seed: 13)
        let alphabet: [String] = [
            "1", "2", "0", "9", "h", "m", "s", "min", "sek", "H", "M", " ", "\t", ":", ",", ".", "x", "tim", "é", "-",
            "12345678", "\u{00A0}", "e", "x", "inf", "nan", "a", "f", "5256000", "999999",
        ]
        var fastShapes = 0
        for _ in 0..<20000 {
            let text = (0..<random.below(7)).map { _ in String(random.pick(alphabet)) }.joined()
            if DurationText.secondsOfASCII(text) != nil { fastShapes += 1 }
            #expect(DurationText.seconds(text) == DurationText.secondsAsWritten(text), "\(text.debugDescription)")
        }
        // The comparison must exercise the fast path, not only the fallback.
        #expect(fastShapes > 5000)
        for text in [
            "1h 2m 3s", "45m 12s", "12m ", "0", "999999999", "1234567890", "2 h 44 m", "1 h 5 min 3 s", "h", "5x",
            "1e5", "0x1f", "5255999", "5256000",
        ] {
            #expect(DurationText.seconds(text) == DurationText.secondsAsWritten(text), "\(text)")
        }
    }
}

@Suite struct UTF16FastPathTests {
    @Test func decodingAgreesWithTheStandardLibrary() throws {
        var random = SplitMix64(seed: 17)
        let alphabet: [Unicode.Scalar] = [
            "a", "\t", "Ö", "\u{07FF}", "\u{0800}", "–", "\u{FFFD}", "😀", "\u{10FFFF}", "\r",
        ]
        for _ in 0..<2000 {
            var scalars = String.UnicodeScalarView()
            for _ in 0..<random.below(20) { scalars.append(random.pick(alphabet)) }
            let text = String(scalars)
            for (order, big) in [(UTF16Text.Endianness.little, false), (.big, true)] {
                let bytes = text.utf16.flatMap { unit in
                    big ? [UInt8(unit >> 8), UInt8(unit & 0xFF)] : [UInt8(unit & 0xFF), UInt8(unit >> 8)]
                }
                #expect(Array(try UTF16Text.decode(bytes, from: 0, order, file: "t").utf8) == Array(text.utf8))
            }
        }
    }

    @Test func anUnpairedSurrogateOrANulIsNotText() {
        #expect(throws: FileReadError.self) {
            try UTF16Text.decode([0x3D, 0xD8, 0x41, 0x00], from: 0, .little, file: "t")
        }
        #expect(throws: FileReadError.self) { try UTF16Text.decode([0x00, 0xDC], from: 0, .little, file: "t") }
        #expect(throws: FileReadError.self) {
            try UTF16Text.decode([0x41, 0x00, 0x00, 0x00], from: 0, .little, file: "t")
        }
        #expect(throws: FileReadError.self) { try UTF16Text.decode([0x3D, 0xD8], from: 0, .little, file: "t") }
    }
}

@Suite struct LowercaseFastPathTests {
    @Test func latin1LowerCaseAgreesWithTheStandardLibrary() {
        // Every Latin-1 scalar alone, and random mixes with letters beyond it.
        for value in 0..<0x100 {
            let text = String(Character(Unicode.Scalar(UInt8(value))))
            #expect(
                Array(TextKey.lowercased(text).unicodeScalars) == Array(text.lowercased().unicodeScalars), "\(value)")
        }
        var random = SplitMix64(seed: 19)
        let alphabet: [Unicode.Scalar] = [
            "A", "z", "Å", "Ä", "Ö", "å", "×", "ß", "Þ", "ÿ", "µ", "İ", "Σ", " ", "É", "\u{0301}",
        ]
        for _ in 0..<3000 {
            var scalars = String.UnicodeScalarView()
            for _ in 0..<random.below(10) { scalars.append(random.pick(alphabet)) }
            let text = String(scalars)
            #expect(Array(TextKey.lowercased(text).unicodeScalars) == Array(text.lowercased().unicodeScalars))
        }
    }
}

@Suite struct CommentMaskFastPathTests {
    /// The three replacements with no pre-check, as the rule is written.
    static func reference(_ text: String) -> String {
        var result = PersonalDataMask.replace(PersonalDataMask.email, in: text, with: "[e-post]")
        result = PersonalDataMask.replace(PersonalDataMask.identity, in: result, with: "[personnummer]")
        return PersonalDataMask.replace(PersonalDataMask.phoneInComments, in: result, with: "[telefon]")
    }

    @Test func skippingCommentsWithoutAtOrDigitsChangesNothing() {
        var random = SplitMix64(seed: 23)
        let pieces = [
            "tack", " ", "1", "2", "070", "-", "123 45 67", "@", "anna", ".example", "19850101-1234", "\u{00A0}", "+46",
            "å", "5566778899", "8", ".", "(0)",
        ]
        for _ in 0..<3000 {
            let text = (0..<random.below(9)).map { _ in random.pick(pieces) }.joined()
            #expect(PersonalDataMask.maskComment(text) == Self.reference(text), "\(text.debugDescription)")
        }
    }
}

@Suite struct OrgNumberFastPathTests {
    @Test func theASCIIPathAgreesWithTheRulesAsWritten() {
        var random = SplitMix64(seed: 29)
        let pieces = [
            "556677", "8899", "5", "0", "1", "16", "19", "20", "-", " ", "\t", "–", "SE", "01", "x", "/", "é", "9",
            "12",
            "34", "2", "\u{00A0}",
        ]
        var fastShapes = 0
        for _ in 0..<20000 {
            let text = (0..<random.below(6)).map { _ in random.pick(pieces) }.joined()
            if OrgNumber.parseASCII(text) != nil { fastShapes += 1 }
            #expect(OrgNumber.parse(text) == OrgNumber.parseAsWritten(text), "\(text.debugDescription)")
        }
        #expect(fastShapes > 5000)
        for text in ["556677-8899", "16556677-8899", "19850101-1234", "SE556677889901", "5566778898", ""] {
            #expect(OrgNumber.parse(text) == OrgNumber.parseAsWritten(text), "\(text)")
        }
    }
}

@Suite struct CSVScannerFastPathTests {
    static func records(_ text: String, _ delimiter: Character, reference: Bool) -> [[String]] {
        var text = text
        return text.withUTF8 { bytes in
            var result: [[String]] = []
            if reference {
                var scanner = ReferenceCSVScanner(bytes, from: 0, firstLine: 1, delimiter: delimiter)
                while let record = scanner.nextRecord() { result.append(["\(record.line)"] + record.cells) }
            } else {
                var scanner = CSVScanner(bytes, from: 0, firstLine: 1, delimiter: delimiter)
                while let record = scanner.nextRecord() { result.append(["\(record.line)"] + record.cells) }
            }
            return result
        }
    }

    @Test func recordsAndLinesAgreeWithTheStateMachine() {
        var random = SplitMix64(seed: 31)
        let pieces = ["a", "Ö", "\"", "\"\"", ";", ",", "\t", "\r", "\n", "\r\n", " ", "x y", "é", "||", "§"]
        for round in 0..<5000 {
            let text = (0..<random.below(14)).map { _ in random.pick(pieces) }.joined()
            let delimiter: Character = [";", ",", "\t", "§"][round % 4]
            #expect(
                Self.records(text, delimiter, reference: false) == Self.records(text, delimiter, reference: true),
                "\(text.debugDescription)")
        }
    }
}

@Suite struct GuardFastPathTests {
    @Test func latin1WordsAgreeWithTheRuleAsWritten() {
        var random = SplitMix64(seed: 37)
        let pieces = [
            "Anna", "ÅSA", "öst", "-", " ", "\n", "\r\n", "ß", "µ", "ª", "×", "÷", "1", ".", "É", "ÿ", "Ø", "İ",
            "e\u{0301}",
            "@", "_",
        ]
        for _ in 0..<5000 {
            let text = (0..<random.below(10)).map { _ in random.pick(pieces) }.joined()
            #expect(PersonalDataGuard.words(text) == PersonalDataGuard.wordsAsWritten(text), "\(text.debugDescription)")
        }
        for value in 0..<0x100 {
            let text = "a" + String(Character(Unicode.Scalar(UInt8(value)))) + "b"
            #expect(PersonalDataGuard.words(text) == PersonalDataGuard.wordsAsWritten(text), "\(value)")
        }
    }

    @Test func theXMLScannerFindsWhatTheRegularExpressionFinds() {
        var random = SplitMix64(seed: 41)
        let pieces = [
            "<t>", "</t>", "<t xml:space=\"preserve\">", "<a:t>", "</a:t>", "<vt:lpstr>", "</vt:lpstr>", "<tx>", "<t/>",
            "<c r=\"A1\">", "</c>", ">", "<", "/", "Anna", "&amp;", "&lt;", " ", "\n", "å", "<dc:title>", "</dc:title>",
        ]
        for round in 0..<5000 {
            let xml = (0..<random.below(12)).map { _ in random.pick(pieces) }.joined()
            let all = round % 2 == 0
            #expect(
                PersonalDataGuard.textElements(xml, all: all) == PersonalDataGuard.textElementsAsWritten(xml, all: all),
                "\(xml.debugDescription) all: \(all)")
        }
    }

    @Test func theEscapeCheckFindsEveryUnderscoreX() {
        var random = SplitMix64(seed: 43)
        let pieces = ["_", "x", "X", "a", "_x", "0041", "å", " "]
        for _ in 0..<3000 {
            let text = (0..<random.below(8)).map { _ in random.pick(pieces) }.joined()
            #expect(XLSXText.containsEscapeStart(text) == text.contains("_x"), "\(text.debugDescription)")
        }
    }
}

@Suite struct SwedishOrderFastPathTests {
    /// One locale object for every comparison gives what a `Locale` per comparison gives.
    @Test func theSharedLocaleComparesAsALocalePerCall() {
        var random = SplitMix64(seed: 53)
        let pieces = [
            "a", "B", "å", "Ä", "ö", "o\u{308}", "é", "ü", "ß", "æ", "ø", " ", "-", "1", "AB", "&", "İ", "日", "👍",
        ]
        for _ in 0..<3000 {
            let a = (0..<random.below(6)).map { _ in random.pick(pieces) }.joined()
            let b = (0..<random.below(6)).map { _ in random.pick(pieces) }.joined()
            #expect(SwedishOrder.localeCompare(a, b) == SwedishOrder.localeCompareAsWritten(a, b), "\(a) | \(b)")
        }
    }

    @Test func byteKeysOrderNamesAsTheSwedishLocaleDoes() {
        var random = SplitMix64(seed: 47)
        let pieces = [
            "a", "b", "z", "Z", "å", "Å", "ä", "Ä", "ö", "Ö", "o", "e", "v", "w", " ", "1", "9", "AB", "y", "x",
        ]
        var keyed = 0
        for _ in 0..<4000 {
            let a = (0..<(1 + random.below(5))).map { _ in random.pick(pieces) }.joined()
            let b = (0..<(1 + random.below(5))).map { _ in random.pick(pieces) }.joined()
            let (keyA, keyB) = (SwedishOrder.SortKey(a), SwedishOrder.SortKey(b))
            if keyA.whole != nil && keyB.whole != nil { keyed += 1 }
            #expect(SwedishOrder.compare(a, keyA, b, keyB) == SwedishOrder.localeCompare(a, b), "\(a) | \(b)")
        }
        #expect(keyed > 400)
    }

    @Test func leadingLettersOrderNamesAsTheSwedishLocaleDoes() {
        var random = SplitMix64(seed: 113)
        // Shared ASCII starts, then anything: letters Swedish sorts apart (v/w, å/ä/ö, aa), marks,
        // punctuation, digits, single and double spaces, other Latin letters.
        let starts = ["", "a", "B", "v", "w", "1", " ", "ab", "Fjäll"]
        let pieces = [
            "a", "b", "c", "v", "w", "z", "A", "V", "W", "ä", "å", "ö", "Ä", "Å", "Ö", "é", "ü", "-", " ", "  ", "1",
            "9",
            "&", ".", "'", "aa", "AA", "æ", "ø", "y", "AB", "e\u{0301}", "a\u{0308}", "q\u{0308}", "q\u{1DC0}",
            "x\u{20D7}", "a\u{0591}\u{0308}", "u\u{0591}\u{0308}",
        ]
        var settled = 0
        for _ in 0..<20_000 {
            let start = random.pick(starts)
            let a = start + (0..<random.below(6)).map { _ in random.pick(pieces) }.joined()
            let b = start + (0..<random.below(6)).map { _ in random.pick(pieces) }.joined()
            let (keyA, keyB) = (SwedishOrder.SortKey(a), SwedishOrder.SortKey(b))
            if SwedishOrder.compare(keyA, keyB) != nil { settled += 1 }
            #expect(SwedishOrder.compare(a, keyA, b, keyB) == SwedishOrder.localeCompare(a, b), "\(a) | \(b)")
        }
        #expect(settled > 3_000)
    }

    @Test func sharedStartThenASCIIOrderNamesAsTheSwedishLocaleDoes() {
        var random = SplitMix64(seed: 131)
        // Shared starts ending at a word and inside one, with Å, Ä, Ö, marks (decomposed ä and ö
        // too), punctuation and other Latin letters before and after the first difference; cases
        // differing before it.
        let starts = [
            "Fjälltjänstföreningen ", "Åre ", "Ängets gård ", "Öst ", "öst ", "Region Jämtland ", "Bergs ", "AB ",
            "Å", "Fjäll", "x-y ", "Åre  ", "é ", "Øst ", "a\u{0308} ", "",
        ]
        let pieces = [
            "a", "b", "c", "v", "w", "z", "A", "V", "W", "ä", "å", "ö", "Ä", "Å", "Ö", "é", "ü", "-", " ", "  ", "1",
            "9", "12", "5979", "&", ".", "'", "aa", "AA", "æ", "ø", "y", "AB", "e\u{0301}", "a\u{0308}", "o\u{0308}",
            "q\u{0308}", "q\u{1DC0}", "x\u{20D7}", "a\u{0591}\u{0308}", "u\u{0591}\u{0308}",
        ]
        var settled = 0
        for _ in 0..<40_000 {
            let start = random.pick(starts)
            // The same start, at times in another case, so that only the locale can tell.
            let other = random.below(8) == 0 ? start.uppercased() : start
            let a = start + (0..<random.below(5)).map { _ in random.pick(pieces) }.joined()
            let b = other + (0..<random.below(5)).map { _ in random.pick(pieces) }.joined()
            let (keyA, keyB) = (SwedishOrder.SortKey(a), SwedishOrder.SortKey(b))
            if SwedishOrder.compare(keyA, keyB) == nil && SwedishOrder.compareAfterSharedStart(a, b) != nil {
                settled += 1
            }
            #expect(SwedishOrder.compare(a, keyA, b, keyB) == SwedishOrder.localeCompare(a, b), "\(a) | \(b)")
        }
        #expect(settled > 3_000)
    }
}

@Suite struct ListFastPathTests {
    @Test func byteSplittingAgreesWithCharacterSplitting() {
        var random = SplitMix64(seed: 53)
        let pieces = ["s1", ";", "\n", "\r", "\r\n", " ", "Möte: Åre", "\u{00A0}", ";\u{0301}", "é", "a\u{0308}", "x"]
        for _ in 0..<5000 {
            let text = (0..<random.below(8)).map { _ in random.pick(pieces) }.joined()
            #expect(CellText.list(text) == CellText.listAsWritten(text), "\(text.debugDescription)")
        }
    }
}

@Suite struct ColumnWidthFastPathTests {
    @Test func scalarCountingAgreesWithCharacterCounting() {
        var random = SplitMix64(seed: 59)
        let pieces = ["Anna", " ", "\n", "\r\n", "\r", "Åre", "e\u{0301}", "–", "😀", "12 345", "x"]
        for round in 0..<5000 {
            let text = (0..<random.below(8)).map { _ in random.pick(pieces) }.joined()
            let wrap = round % 2 == 0
            #expect(
                ColumnWidths.longestLine(text, wrap: wrap) == ColumnWidths.longestLineAsWritten(text, wrap: wrap),
                "\(text.debugDescription)")
        }
    }
}

@Suite struct DecimalFastPathTests {
    @Test func plainASCIINumbersReadAsTheRuleReadsThem() {
        var random = SplitMix64(seed: 61)
        let pieces = ["4", "5", ",", ".", " ", "\u{00A0}", "-", "e", "1", "inf", "nan", "0x1", "+", "\t"]
        for _ in 0..<5000 {
            let text = (0..<random.below(6)).map { _ in random.pick(pieces) }.joined()
            // NaN is never equal to itself: compare what the values print as.
            #expect(
                CellText.decimal(text).map { "\($0)" } == CellText.decimalAsWritten(text).map { "\($0)" },
                "\(text.debugDescription)")
        }
    }
}

@Suite struct ModeWordsTests {
    @Test func everyListedWordIsRecognisedInAnyCaseAndSpacing() {
        for (words, mode) in [
            (ModeText.inRoom, SessionMode.inRoom), (ModeText.hybrid, .hybrid), (ModeText.remote, .remote),
        ] {
            for word in words {
                #expect(ModeText.sessionMode(word) == mode)
                #expect(
                    ModeText.sessionMode("  " + word.uppercased().replacingOccurrences(of: " ", with: "\u{00A0} "))
                        == mode)
            }
        }
        #expect(ModeText.participation("På plats") == .inRoom)
        #expect(ModeText.participation("Digitalt (Teams)") == .unknown)
        #expect(ModeText.participation("  ") == nil)
        #expect(ModeText.participation("på plats och via länk") == .unknown)
    }
}

@Suite struct RereadLinesTests {
    @Test func theRowsAtChosenLinesAreTheRowsParsingGives() {
        var random = SplitMix64(seed: 67)
        // Stray quotes, lone CRs and text after a closing quote too: skipping a record must end
        // it exactly where reading it would.
        let pieces = [
            "a", ";", "\"x;y\"", "\r\n", "\n", "\"multi\nline\"", "", "sep=;\n", " ", "ö", "\"", "\r", "\"a\"b",
            "\"\"", "\"q\r\nr\"", ",", "\t",
        ]
        for _ in 0..<2000 {
            let text = (0..<random.below(16)).map { _ in random.pick(pieces) }.joined()
            let all = CSVParser.parse(text)
            let wanted = Set(all.rows.map(\.line).filter { _ in random.below(2) == 0 })
            let some = CSVParser.rows(text, atLines: wanted)
            #expect(some.delimiter == all.delimiter)
            #expect(some.rows == all.rows.filter { wanted.contains($0.line) }, "\(text.debugDescription)")
        }
    }

    /// Windows-1252 bytes of text made only of characters it has.
    static func windows1252(_ text: String) -> [UInt8] {
        text.unicodeScalars.map { scalar in
            if let index = Windows1252.high.firstIndex(of: scalar.value), scalar.value >= 0x100 {
                return UInt8(0x80 + index)
            }
            return UInt8(scalar.value)
        }
    }

    @Test func rowsFoundInTheBytesAreTheRowsDecodingTheFileGives() throws {
        var random = SplitMix64(seed: 68)
        let pieces = [
            "a", ";", "\"x;y\"", "\r\n", "\n", "\"multi\nline\"", "", "sep=;\n", "sep=,\r\n", " ", "ö", "Å", "€", "”",
            "\"", "\r", "\"a\"b", "\"\"", "\"q\r\nr\"", ",", "\t", "é;ü",
        ]
        // Only in UTF-8: a decomposed ö, and U+037E, which normalises to a semicolon.
        let unicodeOnly = ["o\u{308}", "x\u{37E}y", "ǅ"]
        var foundInBytes = 0
        for round in 0..<3000 {
            let inUTF8 = round % 3 != 0
            let text = (0..<random.below(18)).map { _ in
                inUTF8 && random.below(6) == 0 ? random.pick(unicodeOnly) : random.pick(pieces)
            }.joined()
            let bytes = inUTF8 ? (round % 3 == 2 ? [0xEF, 0xBB, 0xBF] : []) + Array(text.utf8) : Self.windows1252(text)
            let data = Data(bytes)
            let whole = try TableReader.read(data, file: "t.csv")
            let wanted = Set(whole.rows.map(\.line).filter { _ in random.below(2) == 0 })
            guard let encoding = whole.encoding, let delimiter = whole.delimiter else { continue }
            let fromBytes = RawRowText.rowsFromBytes(data, lines: wanted, encoding: encoding, delimiter: delimiter)
            // Windows-1252, what Swedish Excel writes, always takes it.
            #expect(fromBytes != nil || encoding != .windows1252, "\(text.debugDescription)")
            guard let found = fromBytes else { continue }
            foundInBytes += 1
            #expect(
                found == whole.rows.filter { wanted.contains($0.line) },
                "\(text.debugDescription) as \(encoding.rawValue)")
        }
        // Half the files and more take the byte path (UTF-8 with a byte from 0xCC on does not):
        // the comparison above is not vacuous.
        #expect(foundInBytes > 1200)
    }

    @Test func aFileSavedAgainDifferentlyIsReadTheSlowWay() {
        // Recorded with a BOM, saved again without: skipping three bytes would shift every line.
        #expect(
            RawRowText.rowsFromBytes(Data("a\nb\nc;d\ne;f\n".utf8), lines: [3], encoding: .utf8BOM, delimiter: ";")
                == nil)
        // Recorded as Windows-1252, now CSV UTF-8: Å would come out as Ã….
        let utf8 = Data([0xEF, 0xBB, 0xBF] + Array("Namn;Ort\nÅsa;Östersund\n".utf8))
        #expect(RawRowText.rowsFromBytes(utf8, lines: [2], encoding: .windows1252, delimiter: ";") == nil)
        #expect(
            RawRowText.rowsFromBytes(
                Data("Namn;Ort\nÅsa;Östersund\n".utf8), lines: [2], encoding: .windows1252, delimiter: ";") == nil)
        // A NUL makes the file no text at all.
        let withNUL = Data(Self.windows1252("Namn;Ort\nÅsa;A\u{0}\n"))
        #expect(RawRowText.rowsFromBytes(withNUL, lines: [2], encoding: .windows1252, delimiter: ";") == nil)
        // UTF-16 now, UTF-8 recorded.
        let utf16 = Data([0xFF, 0xFE] + Array("a;b\n".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        #expect(RawRowText.rowsFromBytes(utf16, lines: [1], encoding: .utf8, delimiter: ";") == nil)
        // Unchanged, each is read from its bytes.
        let bom = Data([0xEF, 0xBB, 0xBF] + Array("a;b\nc;d\n".utf8))
        #expect(
            RawRowText.rowsFromBytes(bom, lines: [2], encoding: .utf8BOM, delimiter: ";") == [
                RawRow(line: 2, cells: ["c", "d"])
            ])
    }

    @Test func theBytePathIsRefusedWhereDecodingCouldMoveADelimiter() {
        // U+037E normalises to ";": found in the bytes, the row would have one cell fewer.
        let data = Data("a;b\nc\u{37E}d;e\n".utf8)
        #expect(RawRowText.rowsFromBytes(data, lines: [2], encoding: .utf8, delimiter: ";") == nil)
        #expect(RawRowText.rowsFromBytes(data, lines: [2], encoding: .utf16LE, delimiter: ";") == nil)
        #expect(RawRowText.rowsFromBytes(Data("a|b\n".utf8), lines: [1], encoding: .utf8, delimiter: "|") == nil)
        let latin = Data(Self.windows1252("Namn;Ort\nÅsa;Östersund\n"))
        #expect(
            RawRowText.rowsFromBytes(latin, lines: [2], encoding: .windows1252, delimiter: ";")
                == [RawRow(line: 2, cells: ["Åsa", "Östersund"])])
    }
}

@Suite struct StreamingGuardTests {
    @Test func theWindowedScanFindsWhatTheWholeWordListFinds() {
        let guardian = PersonalDataGuard(personNames: [
            "Anna Berg", "Åsa Lindqvist-Öberg", "Karl Johan Ek", "Ölof Ström",
        ])
        var random = SplitMix64(seed: 71)
        let pieces = [
            "anna", "Anna", "berg", "Berg", " ", "\n", "åsa", "ÅSA", "lindqvist-öberg", "karl", "johan", "ek", "x",
            "ölof", "ström", "Ström", "e\u{0301}", "😀", ".", "070-123 45 67", "a@b.example",
        ]
        for _ in 0..<5000 {
            let text = (0..<random.below(14)).map { _ in random.pick(pieces) }.joined(
                separator: random.below(3) == 0 ? "" : " ")
            #expect(guardian.findings(in: text) == guardian.findingsAsWritten(in: text), "\(text.debugDescription)")
        }
        #expect(
            guardian.findings(in: "tack Anna\nBerg och karl johan ek")
                == Array(repeating: "the name of an input person", count: 2))
        var words: [String] = []
        for text in ["Anna-Berg och ÅSA lindqvist", "e\u{0301}n Ström 😀 x", ""] {
            words = []
            PersonalDataGuard.forEachWord(in: text) { words.append($0) }
            #expect(words == PersonalDataGuard.wordsAsWritten(text))
        }
    }
}

@Suite struct TimestampFastPathTests {
    @Test func fixedStorageReadsWhatTheArraysRead() {
        var random = SplitMix64(seed: 107)
        let pieces = [
            "2024", "-", "03", "/", "12", " ", ":", "7", "13", ".", "PM", "a.m.", "am", "p", "m", "à", "CET", "x",
            "1234567890", "Dialog", "0", "2",
        ]
        let numbers = ["1", "07", "12", "13", "2024", "24", "31", "59", "60", "123"]
        var read = 0
        for round in 0..<20_000 {
            // Half of the texts are shaped like time stamps, with a part or marker changed now and then.
            let text =
                round % 2 == 0
                ? (0..<random.below(12)).map { _ in random.pick(pieces) }.joined()
                : [
                    random.pick(numbers), random.pick(["-", "/", "."]), random.pick(numbers), random.pick(["-", "/"]),
                    random.pick(numbers), random.pick([" ", "T", " à "]), random.pick(numbers), ":",
                    random.pick(numbers), random.pick(["", ":" + random.pick(numbers)]),
                    random.pick(["", " AM", " PM", " p.m.", " CET", " Dialog"]),
                ].joined()
            let reference = ReferenceTimestampText(text)
            if reference != nil { read += 1 }
            let fast = TimestampText(text)
            #expect((reference == nil) == (fast == nil), "\(text)")
            if let reference { #expect(reference.matches(fast), "\(text)") }
        }
        #expect(read > 1_000)
    }
}

@Suite struct CharacterSearchFastPathTests {
    @Test func asciiCharacterSearchAgreesWithStringContains() {
        var random = SplitMix64(seed: 109)
        let pieces = [":", "@", "a", "å", "\u{0301}", " ", "12", "e\u{0301}", "😀", "\u{200D}", "x@y"]
        for _ in 0..<5_000 {
            let text = (0..<random.below(8)).map { _ in random.pick(pieces) }.joined()
            for character in [":", "@"] as [Unicode.Scalar] {
                #expect(TextKey.contains(text, ascii: character) == text.contains(String(character)), "\(text)")
            }
        }
    }
}

@Suite struct RecordShapeTests {
    @Test func shapesAreTheWidthsAndEmptinessOfTheRecordsRead() {
        var random = SplitMix64(seed: 127)
        let pieces = [
            "a", ";", ",", "\t", "\"\"", "\"", "\"x;y\"", "\r\n", "\n", "\r", "\"a\"b", " ", "\"\r\n\"", "ö", ";;",
        ]
        for _ in 0..<3_000 {
            let text = (0..<random.below(14)).map { _ in random.pick(pieces) }.joined()
            for delimiter in CSVParser.candidateDelimiters {
                var copy = text
                copy.withUTF8 { bytes in
                    var reading = CSVScanner(bytes, from: 0, firstLine: 1, delimiter: delimiter)
                    var shaping = CSVScanner(bytes, from: 0, firstLine: 1, delimiter: delimiter)
                    while true {
                        let line = shaping.nextLine
                        let record = reading.nextRecord()
                        let shape = shaping.nextRecordShape()
                        #expect((record == nil) == (shape == nil), "\(text.debugDescription)")
                        guard let record, let shape else { break }
                        #expect(record.line == line)
                        #expect(record.cells.count == shape.width, "\(text.debugDescription)")
                        #expect((record.cells == [""]) == shape.isEmpty, "\(text.debugDescription)")
                    }
                }
            }
        }
    }
}

@Suite struct WordRangeFastPathTests {
    @Test func latin1WordsAreTheWordsCharactersGive() {
        var random = SplitMix64(seed: 131)
        let pieces = [
            "Åsa", "ö", "Ö", "-", " ", "\r\n", "\n", "ª", "µ", "º", "×", "÷", "ß", "ÿ", "Þ", "1", ".", "e\u{0301}", "Ā",
            "😀",
            "anna", "\u{00A0}", "@", "x-y",
        ]
        for _ in 0..<5_000 {
            let text = (0..<random.below(10)).map { _ in random.pick(pieces) }.joined()
            let fast = PersonalDataGuard.wordRanges(in: text).map { String(text[$0]) }
            let written = PersonalDataGuard.wordRangesAsWritten(in: text).map { String(text[$0]) }
            #expect(fast == written, "\(text.debugDescription)")
        }
    }
}

@Suite struct BlankCellFastPathTests {
    @Test func blankIsWhatFoldingToNothingSays() {
        var random = SplitMix64(seed: 137)
        let pieces = [
            " ", "\t", "\r\n", "\u{00A0}", "\u{2003}", "\u{3000}", "\u{0085}", "a", "Ö", "\u{200B}", "x y", "",
        ]
        for _ in 0..<5_000 {
            let text = (0..<random.below(6)).map { _ in random.pick(pieces) }.joined()
            #expect(TextKey.isBlank(text) == TextKey.folded(text).isEmpty, "\(text.debugDescription)")
        }
    }
}

@Suite struct Windows1252FastPathTests {
    /// The rule as written: byte by byte through the table.
    static func reference(_ bytes: [UInt8]) -> String? {
        var scalars = String.UnicodeScalarView()
        for byte in bytes {
            guard let scalar = Windows1252.scalar(byte) else { return nil }
            scalars.append(scalar)
        }
        return String(scalars)
    }

    @Test func wordAtATimeDecodingMatchesTheTable() {
        var random = SplitMix64(seed: 12)
        // Mostly ASCII with runs of high bytes, at every alignment and length, undefined bytes included.
        let pool: [UInt8] =
            Array("abc;\r\n\"".utf8) + [0x80, 0x81, 0x83, 0x8D, 0x99, 0x9F, 0xA0, 0xC5, 0xE4, 0xF6, 0xFF]
        for _ in 0..<5_000 {
            let bytes = (0..<random.below(40)).map { _ in
                random.below(4) == 0 ? random.pick(pool) : UInt8(ascii: "a") + UInt8(random.below(26))
            }
            let decoded = bytes.withUnsafeBufferPointer(Windows1252.decodeChecked)
            switch (decoded, Self.reference(bytes)) {
            case (.success(let text), .some(let expected)):
                #expect(Array(text.utf8) == Array(expected.utf8))
            case (.failure(let undefined), .none):
                #expect(undefined.offset == bytes.firstIndex { Windows1252.scalar($0) == nil })
            default:
                Issue.record("decodeChecked and the table disagree on \(bytes)")
            }
        }
    }

    /// Why decoded Windows-1252 text skips NFC normalisation.
    @Test func everyWindows1252CharacterIsNFCStable() {
        for byte in UInt8.min...UInt8.max {
            guard let scalar = Windows1252.scalar(byte) else { continue }
            let text = String(scalar)
            #expect(Array(text.precomposedStringWithCanonicalMapping.unicodeScalars) == [scalar], "byte \(byte)")
        }
    }
}

@Suite struct MedianFastPathTests {
    @Test func selectionGivesTheSortedMedian() {
        var random = SplitMix64(seed: 71)
        for round in 0..<3_000 {
            // Few distinct values (ties, runs) as often as many; sorted and reversed inputs too.
            let spread = round % 3 == 0 ? 4 : 10_000
            var values = (0..<random.below(40)).map { _ in Double(random.below(spread)) / 7 - 3 }
            if round % 5 == 1 { values.sort() }
            if round % 5 == 2 { values.sort(by: >) }
            let expected = Ratio.medianAsWritten(values)
            let got = Ratio.median(values)
            #expect(got?.bitPattern == expected?.bitPattern, "\(values)")
        }
        #expect(Ratio.median([]) == nil)
        #expect(Ratio.median([3, 1, 2, 10]) == 2.5)
    }
}

@Suite struct DurationUnitFormFastPathTests {
    @Test func firstByteRefusalAgreesWithTheRule() {
        var random = SplitMix64(seed: 73)
        let pieces = [
            "1", "12", "h", "m", "min", "s", "sek", "tim", " ", "\t", "\u{00A0}", "a", "Å", "@", ":", "1\u{0301}", "-",
            "0h", "3h 2m 1s", "Anna", "p1.x@y.example", "1/7/20, 9:00:13 AM", "\u{2003}",
            // Upper case and line ends, which the ASCII path folds by its bytes.
            "H", "MIN", "S", "T", "X", "\r\n", "\n", "12345678", "1H 2M",
        ]
        for _ in 0..<20_000 {
            let text = (0..<random.below(5)).map { _ in random.pick(pieces) }.joined()
            #expect(DurationText.isUnitForm(text) == DurationText.isUnitFormAsWritten(text), "\(text.debugDescription)")
        }
        #expect(DurationText.isUnitForm(" 1h 19m 11s"))
        for _ in 0..<20_000 {
            let bytes = (0..<random.below(12)).map { _ in random.pick(Array("0123456789hmstxa:/,.-".utf8)) }
            #expect(
                DurationText.unitsOfASCII(bytes) == DurationText.units(String(decoding: bytes, as: UTF8.self)),
                "\(String(decoding: bytes, as: UTF8.self))")
        }
        #expect(DurationText.unitsOfASCII(Array("99999999h".utf8)) == nil)
        #expect(DurationText.unitsOfASCII(Array("1h2min3s".utf8)) == 3723)
        #expect(!DurationText.isUnitForm("Åsa Hed"))
    }
}

@Suite struct GuestSuffixFastPathTests {
    /// The rule as first written: lower-cased again for every suffix tried.
    static func reference(_ raw: String) -> String {
        var name = TextKey.collapsed(raw)
        guard name.utf8.last == UInt8(ascii: ")") else { return name }
        var changed = true
        while changed {
            changed = false
            for suffix in PersonNameText.suffixes where name.lowercased().hasSuffix(suffix) {
                name = TextKey.collapsed(String(name.dropLast(suffix.count)))
                changed = true
            }
        }
        return name
    }

    @Test func suffixesAreStrippedAsTheRuleStripsThem() {
        var random = SplitMix64(seed: 79)
        let pieces = [
            "Mats Myr", " ", "(Guest)", "(GÄST)", "(Extern)", "(external)", "(Invité)", "(gast)", "(x)", ")", "(",
            "\u{00A0}", "İ", "Å", "(unverified)",
        ]
        for _ in 0..<10_000 {
            let text = (0..<random.below(5)).map { _ in random.pick(pieces) }.joined()
            #expect(PersonNameText.stripped(text) == Self.reference(text), "\(text.debugDescription)")
        }
        #expect(PersonNameText.stripped("Lisa L (Guest) (Extern)") == "Lisa L")
    }
}

@Suite struct ReportColumnsFastPathTests {
    /// The columns as judged before: every column's values collapsed up front.
    static func reference(header: RawRow, rows: [RawRow]) -> ReportColumns {
        var columns = ReportColumns(header: RawRow(line: 0, cells: []), rows: [])
        let width = max(header.cells.count, rows.map(\.cells.count).max() ?? 0)
        let columnValues = (0..<width).map { column in
            rows.compactMap { column < $0.cells.count ? TextKey.collapsed($0.cells[column]) : nil }.filter {
                !$0.isEmpty
            }
        }
        func headerText(_ column: Int) -> String {
            column < header.cells.count ? TextKey.folded(header.cells[column]) : ""
        }
        func mostly(_ column: Int, _ test: (String) -> Bool) -> Bool {
            let found = columnValues[column]
            guard !found.isEmpty else { return false }
            return found.filter(test).count * 2 >= found.count
        }
        for column in 0..<width where column > 0 {
            if mostly(column, ReportLayout.isTimestamp) {
                columns.timestamps.append(column)
            } else if columns.duration == nil, mostly(column, DurationText.isUnitForm) {
                columns.duration = column
                columns.durationIsUnitForm = true
            } else if columns.duration == nil,
                headerText(column).contains("min") || headerText(column).contains("dur"),
                mostly(column, { Int($0) != nil })
            {
                columns.duration = column
                columns.durationInMinutes = true
            } else if columns.email == nil, mostly(column, ReportColumns.hasAt), !headerText(column).contains("upn") {
                columns.email = column
            } else if columns.role == nil,
                mostly(column, { ReportColumns.roleWords.contains(TextKey.folded($0)) })
            {
                columns.role = column
            }
        }
        if columns.email == nil {
            columns.email = (1..<max(width, 1)).first { mostly($0, ReportColumns.hasAt) }
        }
        return columns
    }

    @Test func lazilyCollapsedValuesJudgeTheColumnsAsBefore() {
        var random = SplitMix64(seed: 131)
        let pieces = [
            "", " ", "\u{A0}", "a@b.se", " a@b.se ", "1h 2m", "12", " 45 ", "Organizer", "attendee ", "x",
            "1/7/20, 8:58:02 AM", "2020-01-07 09:00", "Anna  Berg", "\t",
        ]
        let headers = ["Name", "Email", "Minutes", "Duration", "Role", "UPN", "Join"]
        var decided = 0
        for _ in 0..<3000 {
            let width = 1 + random.below(5)
            let header = RawRow(line: 1, cells: (0..<width).map { _ in random.pick(headers) })
            let rows = (0..<random.below(7)).map { line in
                RawRow(line: line + 2, cells: (0..<(1 + random.below(width + 1))).map { _ in random.pick(pieces) })
            }
            let fast = ReportColumns(header: header, rows: rows)
            let reference = Self.reference(header: header, rows: rows)
            #expect(fast.timestamps == reference.timestamps, "\(rows)")
            #expect(fast.duration == reference.duration, "\(rows)")
            #expect(fast.durationIsUnitForm == reference.durationIsUnitForm)
            #expect(fast.durationInMinutes == reference.durationInMinutes)
            #expect(fast.email == reference.email, "\(rows)")
            #expect(fast.role == reference.role, "\(rows)")
            if reference.email != nil || reference.duration != nil || !reference.timestamps.isEmpty { decided += 1 }
        }
        #expect(decided > 500)
    }
}

@Suite struct TrimFastPathTests {
    @Test func trimmingFromTheEndBytesAgreesWithFoundation() {
        var random = SplitMix64(seed: 137)
        let pieces = [
            "a", " ", "\n", "\r\n", "\t", "\u{A0}", "\u{3000}", "Å", "ö", "x y", "\u{2003}", "€", "\u{1680}", "é",
        ]
        for _ in 0..<5000 {
            let text = (0..<random.below(6)).map { _ in random.pick(pieces) }.joined()
            #expect(
                TextKey.collapsedKeepingLines(text) == text.trimmingCharacters(in: .whitespacesAndNewlines),
                "\(text.debugDescription)")
        }
    }
}
