/// Splits decoded text into rows of cells (SPEC 2.1, R4, R5, R8). Never fails: any text is some table.
///
/// Cells come back verbatim (not trimmed: callers trim, so `12m ` or a no-break space survives until a
/// field's own reader decides). Trailing empty cells are dropped and records with no non-empty cell
/// are skipped (R5). See `CSVScanner` for the exact quoting rules.
public enum CSVParser {
    /// The candidates of SPEC R4, in tie-break order.
    public static let candidateDelimiters: [Character] = ["\t", ";", ","]
    /// How many rows the delimiter sniff looks at (SPEC R4).
    public static let sniffRows = 60

    /// Parses `text` with `delimiter`, or with the delimiter a first line `sep=X` names, or else the
    /// candidate that gives the widest row among the first 60 rows (ties: TAB, `;`, `,`).
    ///
    /// A `sep=X` first line is never a row but counts as line 1. A delimiter passed in wins over it.
    public static func parse(_ text: String, delimiter: Character? = nil) -> (rows: [RawRow], delimiter: Character) {
        var text = text
        return text.withUTF8 { bytes in
            let (start, firstLine, chosen) = layout(bytes, delimiter: delimiter)
            return (CSVScanner.rows(bytes, from: start, firstLine: firstLine, delimiter: chosen), chosen)
        }
    }

    /// The rows at the given lines only, as `parse` would give them, without holding the others:
    /// for reading a few rows of a file again.
    static func rows(_ text: String, atLines lines: Set<Int>) -> (rows: [RawRow], delimiter: Character) {
        var text = text
        return text.withUTF8 { bytes in
            let (start, firstLine, chosen) = layout(bytes, delimiter: nil)
            let rows = recordSpans(bytes, from: start, firstLine: firstLine, atLines: lines, delimiter: chosen)
                .compactMap { span in
                    row(UnsafeBufferPointer(rebasing: bytes[span.range]), line: span.line, delimiter: chosen)
                }
            return (rows, chosen)
        }
    }

    /// Where the records at the given lines are, read with `delimiter` (or the one a `sep=` line
    /// names): their lines and byte ranges, line ends included, in file order.
    ///
    /// Only quotes, CR, LF and the delimiter's bytes shape records, so this works on any bytes
    /// that have those where the text has them: Windows-1252 before it is decoded, too.
    static func recordSpans(
        _ bytes: UnsafeBufferPointer<UInt8>, atLines lines: Set<Int>, delimiter: Character
    ) -> [(line: Int, range: Range<Int>)] {
        let (start, firstLine, chosen) = layout(bytes, delimiter: delimiter)
        return recordSpans(bytes, from: start, firstLine: firstLine, atLines: lines, delimiter: chosen)
    }

    private static func recordSpans(
        _ bytes: UnsafeBufferPointer<UInt8>, from start: Int, firstLine: Int, atLines lines: Set<Int>,
        delimiter: Character
    ) -> [(line: Int, range: Range<Int>)] {
        var scanner = CSVScanner(bytes, from: start, firstLine: firstLine, delimiter: delimiter)
        var spans: [(line: Int, range: Range<Int>)] = []
        // Records come in line order: the wanted lines, sorted, are met one after another, so
        // no record's line is hashed to learn that it is not wanted.
        let wanted = lines.sorted()
        var nextWanted = 0
        while nextWanted < wanted.count, let span = scanner.nextRecordSpan() {
            while nextWanted < wanted.count && wanted[nextWanted] < span.line { nextWanted += 1 }
            if nextWanted < wanted.count && wanted[nextWanted] == span.line { spans.append(span) }
        }
        return spans
    }

    /// The one record in `bytes` (a span from `recordSpans`, as text) as a table row; nil if blank.
    static func row(_ bytes: UnsafeBufferPointer<UInt8>, line: Int, delimiter: Character) -> RawRow? {
        var scanner = CSVScanner(bytes, from: 0, firstLine: line, delimiter: delimiter)
        return scanner.nextRecord().flatMap(CSVScanner.row)
    }

    /// Where the records start, the first one's line and the delimiter (R4).
    private static func layout(_ bytes: UnsafeBufferPointer<UInt8>, delimiter: Character?) -> (
        start: Int, firstLine: Int, delimiter: Character
    ) {
        let sep = SepLine.detect(bytes)
        let start = sep?.bodyStart ?? 0
        let firstLine = sep == nil ? 1 : 2
        return (start, firstLine, delimiter ?? sep?.delimiter ?? sniff(bytes, from: start, firstLine: firstLine))
    }

    /// SPEC R4: the candidate giving the widest row among the first 60 wins; only a strictly wider row
    /// beats an earlier candidate. Each candidate is tried with full quoting rules, so a quoted `;` in a
    /// comma file does not count. Width is the number of cells as delimited, trailing empty ones
    /// included: Swedish Excel writes `Namn;;;` for a row with one filled cell, and those `;` are the
    /// evidence. Empty lines are not rows and do not use up the sixty.
    static func sniff(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, firstLine: Int) -> Character {
        var best = candidateDelimiters[0]
        var bestWidth = -1
        for candidate in candidateDelimiters {
            var scanner = CSVScanner(bytes, from: start, firstLine: firstLine, delimiter: candidate)
            var width = 0
            var seen = 0
            // Shapes only: the sniff needs no cell's text.
            while seen < sniffRows, let record = scanner.nextRecordShape() {
                if record.isEmpty { continue }
                seen += 1
                width = max(width, record.width)
            }
            if width > bestWidth {
                best = candidate
                bestWidth = width
            }
        }
        return best
    }
}

/// Excel's `sep=X` first line, which names the delimiter and is not data.
enum SepLine {
    /// Accepts `sep=X` (case-insensitive `sep`), optionally followed by more copies of X (some tools pad
    /// every line to the table's width), then a line break or the end. X may not be a quote or a line break.
    static func detect(_ bytes: UnsafeBufferPointer<UInt8>) -> (delimiter: Character, bodyStart: Int)? {
        let cr = UInt8(ascii: "\r")
        let lf = UInt8(ascii: "\n")
        let prefix = Array("sep=".utf8)
        guard bytes.count > prefix.count else { return nil }
        for (offset, expected) in prefix.enumerated() {
            let byte = bytes[offset]
            // Only the letters fold case (accepting `SEP=` costs nothing); `=` must be `=`.
            let folded = (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte + 32 : byte
            if folded != expected { return nil }
        }
        var end = prefix.count
        while end < bytes.count && bytes[end] != cr && bytes[end] != lf { end += 1 }
        let rest = String(decoding: UnsafeBufferPointer(rebasing: bytes[prefix.count..<end]), as: UTF8.self)
        guard let delimiter = rest.first, delimiter != "\"", rest.allSatisfy({ $0 == delimiter }) else { return nil }
        var bodyStart = end
        if bodyStart < bytes.count {
            let ending = bytes[bodyStart]
            bodyStart += 1
            if ending == cr && bodyStart < bytes.count && bytes[bodyStart] == lf { bodyStart += 1 }
        }
        return (delimiter, bodyStart)
    }
}
