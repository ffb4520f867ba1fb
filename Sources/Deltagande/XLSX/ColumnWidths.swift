import Foundation

/// Column widths computed from content, since libxlsxwriter 1.1.4 has no autofit.
///
/// A width is the longest displayed text in the column in characters, plus padding, clamped
/// to `minimum…maximum`. Merged ranges are left out: a title spanning a table should not
/// widen its first column.
enum ColumnWidths {
    static let minimum = 8.0
    static let maximum = 60.0
    /// Room for the cell margins.
    static let padding = 2.0
    /// Room for the filter button in a header cell.
    static let filterButton = 2.0

    /// One width per column that has content or a given width; `nil` leaves Excel's default.
    static func widths(for sheet: SheetDescription) -> [Double?] {
        let columnCount = sheet.cells.map(\.count).max() ?? 0
        var characters = [Double?](repeating: nil, count: max(columnCount, sheet.columnWidths?.count ?? 0))
        let filterRow = sheet.autofilter?.firstRow
        // Merged ranges by row, so each cell checks only its own row's ranges.
        var mergedByRow: [Int: [MergedRange]] = [:]
        for merged in sheet.mergedRanges {
            for row in merged.range.firstRow...max(merged.range.firstRow, merged.range.lastRow) {
                mergedByRow[row, default: []].append(merged)
            }
        }
        for (rowIndex, row) in sheet.cells.enumerated() {
            let rowMerges = mergedByRow[rowIndex] ?? []
            for (columnIndex, cell) in row.enumerated() {
                guard var width = displayWidth(of: cell) else { continue }
                if rowIndex == filterRow, let filter = sheet.autofilter,
                    (filter.firstColumn...max(filter.firstColumn, filter.lastColumn)).contains(columnIndex)
                {
                    width += filterButton
                }
                if !rowMerges.isEmpty, isMerged(row: rowIndex, column: columnIndex, in: rowMerges) { continue }
                characters[columnIndex] = max(characters[columnIndex] ?? 0, width)
            }
        }
        var widths = characters.map { chars in chars.map { min(max($0 + padding, minimum), maximum) } }
        for (index, given) in (sheet.columnWidths ?? []).enumerated() {
            widths[index] = given
        }
        return widths
    }

    /// The width of what the cell shows, in characters of the default font; `nil` if it shows nothing.
    static func displayWidth(of cell: Cell) -> Double? {
        let size = (cell.style.fontSize ?? 11) / 11
        let weight = cell.style.bold ? 1.1 : 1.0
        // Numbers are measured without formatting them: a report has hundreds of thousands.
        if let length = numberLength(cell.value) { return Double(length) * max(size, 1) * weight }
        guard let text = displayText(of: cell.value) else { return nil }
        return longestLine(text, wrap: cell.style.wrap) * max(size, 1) * weight
    }

    /// Characters in the longest line. Wrapped text (headers, comments) may break at spaces: its
    /// longest word sets the width, so long header texts do not make narrow number columns wide.
    static func longestLine(_ text: String, wrap: Bool) -> Double {
        // Below U+0300 and without CR every character is one scalar: count scalars, not characters.
        var longest = 0
        var current = 0
        for scalar in text.unicodeScalars {
            if scalar.value >= 0x300 || scalar == "\r" { return longestLineAsWritten(text, wrap: wrap) }
            if scalar == "\n" || (wrap && scalar == " ") {
                longest = max(longest, current)
                current = 0
            } else {
                current += 1
            }
        }
        return Double(max(longest, current))
    }

    /// The rule as written, on characters.
    static func longestLineAsWritten(_ text: String, wrap: Bool) -> Double {
        let pieces = text.split(whereSeparator: { wrap ? ($0 == "\n" || $0 == " ") : $0 == "\n" })
        return pieces.map { Double($0.count) }.max() ?? 0
    }

    /// The length of a number as `displayText` would show it, or nil for other values.
    static func numberLength(_ value: CellValue) -> Int? {
        func integerLength(_ magnitude: UInt64) -> Int {
            var digits = 1
            var rest = magnitude
            while rest >= 10 {
                rest /= 10
                digits += 1
            }
            return digits + (digits - 1) / 3
        }
        func decimalLength(_ number: Double) -> Int? {
            guard number.isFinite, abs(number) < 1e15 else { return nil }
            let rounded = (abs(number) * 10).rounded() / 10
            let negative = number < 0 && rounded != 0
            return integerLength(UInt64(rounded.rounded(.down))) + 2 + (negative ? 1 : 0)
        }
        switch value {
        case .integer(let number): return integerLength(UInt64(number.magnitude)) + (number < 0 ? 1 : 0)
        case .number(let number): return decimalLength(number)
        case .percent(let fraction): return fraction.flatMap { decimalLength($0 * 100) }.map { $0 + 2 }
        default: return nil
        }
    }

    /// The text Excel shows for a value with its default number format.
    static func displayText(of value: CellValue) -> String? {
        switch value {
        case .text(let text):
            return text.isEmpty ? nil : text
        case .integer(let number):
            return grouped(String(number.magnitude), negative: number < 0)
        case .number(let number):
            guard number.isFinite else { return CellValue.missingText }
            return oneDecimal(number)
        case .percent(let fraction):
            guard let fraction, fraction.isFinite else { return CellValue.missingText }
            return oneDecimal(fraction * 100) + " %"
        case .date:
            return "yyyy-mm-dd"
        case .missing:
            return CellValue.missingText
        case .empty:
            return nil
        }
    }

    private static func oneDecimal(_ number: Double) -> String {
        let text = String(format: "%.1f", number.magnitude)
        let parts = text.split(separator: ".", maxSplits: 1)
        let integer = parts.first.map(String.init) ?? text
        let fraction = parts.count > 1 ? "," + parts[1] : ""
        return grouped(integer, negative: number < 0 && text != "0.0") + fraction
    }

    private static func grouped(_ digits: String, negative: Bool) -> String {
        var result = ""
        for (offset, digit) in digits.enumerated() {
            if offset > 0, (digits.count - offset) % 3 == 0 {
                result.append(" ")
            }
            result.append(digit)
        }
        return negative ? "-" + result : result
    }

    private static func isMerged(row: Int, column: Int, in ranges: [MergedRange]) -> Bool {
        ranges.contains { merged in
            let range = merged.range
            return row >= range.firstRow && row <= range.lastRow && column >= range.firstColumn
                && column <= range.lastColumn
        }
    }
}
