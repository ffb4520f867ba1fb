/// One worksheet: its cells and how it is laid out, printed and charted.
public struct SheetDescription: Sendable, Equatable {
    /// The tab name: at most 31 characters, none of `[ ] : * ? / \`, unique in the workbook.
    public var name: String
    /// Rows of cells from A1; rows may have different lengths.
    public var cells: [[Cell]]
    /// Merged ranges such as titles spanning a table; they do not widen columns.
    public var mergedRanges: [MergedRange]
    /// Column widths in characters from column A; `nil` computes every width from the content,
    /// and columns beyond the list are computed too.
    public var columnWidths: [Double]?
    /// Rows kept visible at the top while scrolling (the header rows).
    public var freezeRows: Int
    /// Columns kept visible at the left while scrolling.
    public var freezeColumns: Int
    /// The range with filter buttons, header row included.
    public var autofilter: CellRange?
    /// Print in landscape orientation.
    public var landscape: Bool
    /// Print scaled to one page wide (as many pages tall as needed).
    public var fitToWidth: Bool
    /// Native charts placed on this sheet.
    public var charts: [ChartDescription]
    /// Heights in points for rows that need more than one line (wrapped headers).
    public var rowHeights: [Int: Double] = [:]
    /// Rows printed again at the top of every page (the header row of a long table).
    public var repeatRows: ClosedRange<Int>?

    public init(
        name: String,
        cells: [[Cell]],
        mergedRanges: [MergedRange] = [],
        columnWidths: [Double]? = nil,
        freezeRows: Int = 0,
        freezeColumns: Int = 0,
        autofilter: CellRange? = nil,
        landscape: Bool = false,
        fitToWidth: Bool = false,
        charts: [ChartDescription] = []
    ) {
        self.name = name
        self.cells = cells
        self.mergedRanges = mergedRanges
        self.columnWidths = columnWidths
        self.freezeRows = freezeRows
        self.freezeColumns = freezeColumns
        self.autofilter = autofilter
        self.landscape = landscape
        self.fitToWidth = fitToWidth
        self.charts = charts
    }
}

/// A rectangle of cells by zero-based row and column, both ends included.
public struct CellRange: Sendable, Hashable {
    public var firstRow: Int
    public var firstColumn: Int
    public var lastRow: Int
    public var lastColumn: Int

    public init(firstRow: Int, firstColumn: Int, lastRow: Int, lastColumn: Int) {
        self.firstRow = firstRow
        self.firstColumn = firstColumn
        self.lastRow = lastRow
        self.lastColumn = lastColumn
    }

    /// A single column from `firstRow` to `lastRow`.
    public static func column(_ column: Int, rows: ClosedRange<Int>) -> CellRange {
        CellRange(firstRow: rows.lowerBound, firstColumn: column, lastRow: rows.upperBound, lastColumn: column)
    }

    /// A single row from `firstColumn` to `lastColumn`.
    public static func row(_ row: Int, columns: ClosedRange<Int>) -> CellRange {
        CellRange(firstRow: row, firstColumn: columns.lowerBound, lastRow: row, lastColumn: columns.upperBound)
    }

    /// The range in absolute A1 notation, e.g. `$A$2:$A$5`.
    public var absoluteA1: String {
        let first = "$\(CellRange.columnLetters(firstColumn))$\(firstRow + 1)"
        let last = "$\(CellRange.columnLetters(lastColumn))$\(lastRow + 1)"
        return "\(first):\(last)"
    }

    /// Excel's column name for a zero-based index: 0 → A, 25 → Z, 26 → AA.
    public static func columnLetters(_ column: Int) -> String {
        var number = max(column, 0) + 1
        var letters: [Character] = []
        while number > 0 {
            let remainder = (number - 1) % 26
            letters.append(Character(Unicode.Scalar(UInt8(65 + remainder))))
            number = (number - 1) / 26
        }
        return String(letters.reversed())
    }
}

/// Cells merged into one, holding a text (typically a title over a table).
public struct MergedRange: Sendable, Equatable {
    public var range: CellRange
    public var text: String
    public var style: CellStyle

    public init(range: CellRange, text: String, style: CellStyle = .title) {
        self.range = range
        self.text = text
        self.style = style
    }
}
