@testable import Deltagande

/// The record reader as first written (a byte-at-a-time state machine): the plain definition the
/// fast scanner is checked against.
struct ReferenceCSVScanner {
    private static let quote = UInt8(ascii: "\"")
    private static let cr = UInt8(ascii: "\r")
    private static let lf = UInt8(ascii: "\n")

    private enum State {
        /// Nothing of the current field read yet: a quote here opens a quoted field.
        case fieldStart
        /// Inside an unquoted field: quotes are ordinary characters.
        case unquoted
        /// Inside a quoted field: delimiters and line breaks are content.
        case quoted
        /// Just after a quote inside a quoted field: `""` is a literal quote, anything else ends the quoting.
        case quoteInQuoted
    }

    private let bytes: UnsafeBufferPointer<UInt8>
    private let delimiter: [UInt8]
    private var index: Int
    private var line: Int
    private var field: [UInt8] = []

    /// Reads `bytes[start...]`, whose first byte is on physical line `firstLine`. The buffer must
    /// outlive the scanner (it is used inside `String.withUTF8`).
    init(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, firstLine: Int, delimiter: Character) {
        self.bytes = bytes
        self.delimiter = Array(String(delimiter).utf8)
        self.index = start
        self.line = firstLine
    }

    /// The next record exactly as delimited: an empty line gives `[""]`, trailing empty cells are kept.
    /// Nil at the end of the input.
    mutating func nextRecord() -> (line: Int, cells: [String])? {
        let count = bytes.count
        guard index < count else { return nil }
        let recordLine = line
        var cells: [String] = []
        var state = State.fieldStart
        field.removeAll(keepingCapacity: true)
        while index < count {
            let byte = bytes[index]
            if state == .quoted {
                if byte == Self.quote {
                    state = .quoteInQuoted
                } else {
                    field.append(byte)
                    if byte == Self.lf {
                        line += 1
                    } else if byte == Self.cr {
                        if index + 1 < count && bytes[index + 1] == Self.lf {
                            field.append(Self.lf)
                            index += 1
                        }
                        line += 1
                    }
                }
                index += 1
                continue
            }
            if state == .quoteInQuoted && byte == Self.quote {
                field.append(Self.quote)
                state = .quoted
                index += 1
                continue
            }
            if isDelimiter(at: index) {
                cells.append(takeField())
                state = .fieldStart
                index += delimiter.count
                continue
            }
            if byte == Self.cr || byte == Self.lf {
                if byte == Self.cr && index + 1 < count && bytes[index + 1] == Self.lf { index += 1 }
                index += 1
                line += 1
                cells.append(takeField())
                return (recordLine, cells)
            }
            if state == .fieldStart && byte == Self.quote {
                state = .quoted
                index += 1
                continue
            }
            // Ordinary content; right after a closing quote this is CPython's lenient `"a"b` → `ab`.
            field.append(byte)
            state = .unquoted
            index += 1
        }
        // End of input ends the record, even inside quotes.
        cells.append(takeField())
        return (recordLine, cells)
    }

    private func isDelimiter(at position: Int) -> Bool {
        guard let first = delimiter.first, bytes[position] == first else { return false }
        guard position + delimiter.count <= bytes.count else { return false }
        for offset in 1..<delimiter.count where bytes[position + offset] != delimiter[offset] {
            return false
        }
        return true
    }

    private mutating func takeField() -> String {
        let text = String(decoding: field, as: UTF8.self)
        field.removeAll(keepingCapacity: true)
        return text
    }

    /// The table's rows: trailing empty cells dropped, and records with no non-empty cell skipped as
    /// blank (SPEC R5). A cell of spaces is not empty.
    static func rows(
        _ bytes: UnsafeBufferPointer<UInt8>, from start: Int, firstLine: Int, delimiter: Character
    ) -> [RawRow] {
        var scanner = ReferenceCSVScanner(bytes, from: start, firstLine: firstLine, delimiter: delimiter)
        var rows: [RawRow] = []
        while let record = scanner.nextRecord() {
            var cells = record.cells
            while let last = cells.last, last.isEmpty { cells.removeLast() }
            if !cells.isEmpty { rows.append(RawRow(line: record.line, cells: cells)) }
        }
        return rows
    }
}
