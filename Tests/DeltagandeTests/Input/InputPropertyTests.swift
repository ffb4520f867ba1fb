import Foundation
import Testing

@testable import Deltagande

/// Seeded random inputs: the reader must never crash, and a table written RFC 4180 style must come
/// back whole.
@Suite struct InputPropertyTests {
    /// Bytes that steer the decoder and parser into their interesting branches.
    static let interesting: [UInt8] = [
        0x22, 0x22, 0x2C, 0x2C, 0x3B, 0x3B, 0x09, 0x0D, 0x0A, 0x0A, 0x00, 0xFF, 0xFE, 0xEF, 0xBB, 0xBF, 0x81, 0x80,
        0x9D,
        0xC3, 0xB6, 0xE2, 0x80, 0x93, 0xA0, 0x20, 0x61, 0x62, 0x73, 0x65, 0x70, 0x3D, 0x50, 0x4B, 0x03, 0x04,
    ]
    static let prefixes: [[UInt8]] = [
        [], [], [], [0xEF, 0xBB, 0xBF], [0xFF, 0xFE], [0xFE, 0xFF], Array("sep=;\n".utf8), Array("sep=".utf8),
        [0x50, 0x4B, 0x03, 0x04], [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1],
    ]

    static func randomBytes(_ generator: inout SplitMix64) -> [UInt8] {
        var bytes = prefixes[Int.random(in: 0..<prefixes.count, using: &generator)]
        let length = Int.random(in: 0...300, using: &generator)
        let mode = Int.random(in: 0..<3, using: &generator)
        for _ in 0..<length {
            switch mode {
            case 0: bytes.append(UInt8.random(in: 0...255, using: &generator))
            case 1: bytes.append(interesting[Int.random(in: 0..<interesting.count, using: &generator)])
            default:
                // UTF-16LE-looking: a mostly ASCII character then NUL.
                bytes.append(interesting[Int.random(in: 0..<interesting.count, using: &generator)])
                bytes.append(Int.random(in: 0..<10, using: &generator) == 0 ? 0xD8 : 0)
            }
        }
        return bytes
    }

    /// The invariants every table satisfies, whatever its input.
    static func checkInvariants(_ table: RawTable) {
        var previous = 0
        for row in table.rows {
            #expect(row.line > previous || (table.encoding == nil && row.line >= 0))
            previous = row.line
            #expect(row.cells.last?.isEmpty == false)
        }
    }

    @Test func randomBytesNeverCrashTheReader() {
        var generator = SplitMix64(seed: 0x5EED_2024)
        var tables = 0
        var errors = 0
        for _ in 0..<3000 {
            let bytes = Self.randomBytes(&generator)
            do {
                let table = try TableReader.read(Data(bytes), file: "fuzz.csv")
                Self.checkInvariants(table)
                tables += 1
            } catch {
                #expect(!error.message.isEmpty)
                errors += 1
            }
        }
        #expect(tables + errors == 3000)
        // Both outcomes must actually occur, or the generator is not exercising the reader.
        #expect(tables > 100)
        #expect(errors > 100)
    }

    @Test func damagedWorkbooksNeverCrashTheReader() throws {
        let original = [UInt8](try Fixtures.data("examples/msforms_Feedback_samradsmote.xlsx"))
        var generator = SplitMix64(seed: 7)
        for round in 0..<300 {
            var bytes = original
            switch round % 3 {
            case 0:
                for _ in 0..<Int.random(in: 1...8, using: &generator) {
                    bytes[Int.random(in: 4..<bytes.count, using: &generator)] = UInt8.random(
                        in: 0...255, using: &generator)
                }
            case 1:
                bytes = Array(bytes.prefix(Int.random(in: 4..<bytes.count, using: &generator)))
            default:
                let at = Int.random(in: 4..<bytes.count, using: &generator)
                bytes.insert(
                    contentsOf: (0..<Int.random(in: 1...20, using: &generator)).map { _ in
                        UInt8.random(in: 0...255, using: &generator)
                    }, at: at)
            }
            do {
                Self.checkInvariants(try TableReader.read(Data(bytes), file: "fuzz.xlsx"))
            } catch {
                #expect(error.file == "fuzz.xlsx")
            }
        }
    }

    /// Mutates the XML inside a well-formed package (so checksums hold) to reach the XML parser with
    /// broken markup, invalid UTF-8 and NULs.
    @Test func damagedXMLPartsNeverCrashTheReader() {
        let sheet = Array(
            WorkbookFixture.worksheet(
                #"<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" s="1"><v>45363.5</v></c><c r="C1" t="inlineStr"><is><t>Åre</t></is></c></row>"#
            ))
        let strings = Array(#"<sst xmlns="x"><si><r><t>a</t></r><rPh><t>b</t></rPh></si></sst>"#.utf8)
        let styles = Array(WorkbookFixture.styles(cellFormats: [164], customFormats: [164: "yyyy-mm-dd"]))
        var generator = SplitMix64(seed: 99)
        let noise: [UInt8] = [0x00, 0x3C, 0x3E, 0x2F, 0x22, 0x26, 0x3A, 0xC3, 0xFF, 0x80, 0x20, 0x61]
        func mutate(_ bytes: [UInt8]) -> Data {
            var bytes = bytes
            for _ in 0..<Int.random(in: 0...4, using: &generator) {
                let at = Int.random(in: 0..<bytes.count, using: &generator)
                let byte =
                    Bool.random(using: &generator)
                    ? noise[Int.random(in: 0..<noise.count, using: &generator)]
                    : UInt8.random(in: 0...255, using: &generator)
                switch Int.random(in: 0..<3, using: &generator) {
                case 0: bytes[at] = byte
                case 1: bytes.insert(byte, at: at)
                default: bytes.removeSubrange(at..<min(bytes.count, at + Int.random(in: 1...30, using: &generator)))
                }
                if bytes.isEmpty { bytes = [0x3C] }
            }
            return Data(bytes)
        }
        for _ in 0..<1000 {
            let workbook = StoredZip.archive([
                ("xl/worksheets/sheet1.xml", mutate(sheet)), ("xl/sharedStrings.xml", mutate(strings)),
                ("xl/styles.xml", mutate(styles)),
            ])
            do {
                Self.checkInvariants(try TableReader.read(workbook, file: "fuzz.xlsx"))
            } catch {
                #expect(error.file == "fuzz.xlsx")
            }
        }
    }

    /// Cell content drawn from characters that matter to CSV, plus non-ASCII and a no-break space.
    static let alphabet: [String] = [
        "a", "b", "x", "1", " ", "\"", ",", ";", "\t", "\r", "\n", "\r\n", "å", "Ö", "€", "\u{A0}", "😀", "=", "'",
    ]

    static func randomTable(_ generator: inout SplitMix64) -> [[String]] {
        (0..<Int.random(in: 0...12, using: &generator)).map { _ in
            (0..<Int.random(in: 0...6, using: &generator)).map { _ in
                if Int.random(in: 0..<4, using: &generator) == 0 { return "" }
                return (0..<Int.random(in: 1...6, using: &generator)).map { _ in
                    alphabet[Int.random(in: 0..<alphabet.count, using: &generator)]
                }.joined()
            }
        }
    }

    /// RFC 4180 writing: quote a cell when it holds the delimiter, a quote or a line break (and at
    /// random otherwise), doubling its quotes.
    static func serialise(_ cell: String, delimiter: Character, quoteAnyway: Bool) -> String {
        let special =
            cell.contains(delimiter) || cell.contains("\"") || cell.unicodeScalars.contains { $0 == "\r" || $0 == "\n" }
        guard special || quoteAnyway else { return cell }
        return "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// Physical line breaks in serialised text, counting CRLF once.
    static func lineBreaks(_ text: String) -> Int {
        var count = 0
        var previousCR = false
        for byte in text.utf8 {
            if byte == 0x0A && previousCR {
                previousCR = false
                continue
            }
            if byte == 0x0A || byte == 0x0D { count += 1 }
            previousCR = byte == 0x0D
        }
        return count
    }

    @Test func tablesWrittenRFC4180StyleRoundTripWithoutLosingARow() {
        var generator = SplitMix64(seed: 4180)
        for round in 0..<2000 {
            let table = Self.randomTable(&generator)
            let delimiter = CSVParser.candidateDelimiters[Int.random(in: 0..<3, using: &generator)]
            let lineEnd = ["\r\n", "\n", "\r"][Int.random(in: 0..<3, using: &generator)]
            let withSepLine = Bool.random(using: &generator)
            let quoteAll = Int.random(in: 0..<4, using: &generator) == 0
            var text = withSepLine ? "sep=\(delimiter)" + lineEnd : ""
            var line = withSepLine ? 2 : 1
            var expected: [RawRow] = []
            for row in table {
                let record = row.map { Self.serialise($0, delimiter: delimiter, quoteAnyway: quoteAll) }
                    .joined(separator: String(delimiter))
                var cells = row
                while let last = cells.last, last.isEmpty { cells.removeLast() }
                if !cells.isEmpty { expected.append(RawRow(line: line, cells: cells)) }
                text += record + lineEnd
                line += Self.lineBreaks(record) + 1
            }
            // Without a sep= line the delimiter is passed in: sniffing a random table may rightly pick
            // another candidate (a one-column table has no delimiter to find).
            let result = CSVParser.parse(text, delimiter: withSepLine ? nil : delimiter)
            #expect(result.delimiter == delimiter)
            #expect(result.rows == expected, "round \(round): \(text.debugDescription)")
            if result.rows != expected { return }
        }
    }

    /// The sniff finds the delimiter whenever the table is at least two columns wide everywhere and
    /// its cells hold no other candidate.
    @Test func theSniffFindsTheDelimiterOfAWideTable() {
        var generator = SplitMix64(seed: 60)
        for _ in 0..<500 {
            let delimiter = CSVParser.candidateDelimiters[Int.random(in: 0..<3, using: &generator)]
            let rows = (0..<Int.random(in: 1...20, using: &generator)).map { _ in
                (0..<Int.random(in: 2...5, using: &generator)).map { _ in
                    ["Åsa", "12m ", "x@y.example", "2024-03-12 11:35", "\"Lindqvist-Öberg\"", ""][
                        Int.random(in: 0..<6, using: &generator)]
                } + ["z"]
            }
            let text = rows.map { $0.joined(separator: String(delimiter)) }.joined(separator: "\r\n")
            #expect(CSVParser.parse(text).delimiter == delimiter)
        }
    }
}
