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
        // Each row's merged columns, in row order, so that the rows below meet their own ranges in
        // turn: a feedback sheet has a merged range on each of 100,000 comment rows.
        var merged: [(row: Int, firstColumn: Int, lastColumn: Int)] = []
        merged.reserveCapacity(sheet.mergedRanges.count)
        // A range whose last row or column comes before its first covers no cell.
        for range in sheet.mergedRanges.map(\.range) where range.firstRow <= range.lastRow {
            for row in range.firstRow...range.lastRow { merged.append((row, range.firstColumn, range.lastColumn)) }
        }
        if !zip(merged, merged.dropFirst()).allSatisfy({ $0.row <= $1.row }) { merged.sort { $0.row < $1.row } }
        var nextMerged = 0
        for (rowIndex, row) in sheet.cells.enumerated() {
            while nextMerged < merged.count && merged[nextMerged].row < rowIndex { nextMerged += 1 }
            var rowMergedEnd = nextMerged
            while rowMergedEnd < merged.count && merged[rowMergedEnd].row == rowIndex { rowMergedEnd += 1 }
            for (columnIndex, cell) in row.enumerated() {
                guard var width = displayWidth(of: cell) else { continue }
                if rowIndex == filterRow, let filter = sheet.autofilter,
                    (filter.firstColumn...max(filter.firstColumn, filter.lastColumn)).contains(columnIndex)
                {
                    width += filterButton
                }
                if merged[nextMerged..<rowMergedEnd].contains(where: {
                    columnIndex >= $0.firstColumn && columnIndex <= $0.lastColumn
                }) {
                    continue
                }
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
}
