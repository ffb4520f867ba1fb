import Foundation

/// A native Excel chart placed on a sheet, drawing series from cells of named sheets.
public struct ChartDescription: Sendable, Equatable {
    /// The chart type.
    public enum Kind: String, Sendable, CaseIterable {
        /// Vertical bars side by side.
        case column
        /// Vertical bars stacked on each other.
        case columnStacked
        /// Horizontal bars side by side.
        case bar
        /// Horizontal bars stacked on each other.
        case barStacked
    }

    /// Where the legend goes.
    public enum LegendPosition: String, Sendable, CaseIterable {
        /// Right of the plot (Excel's default).
        case right
        /// Left of the plot.
        case left
        /// Above the plot.
        case top
        /// Below the plot.
        case bottom
        /// No legend.
        case none
    }

    /// How large the chart is.
    public enum Size: Sendable, Equatable {
        /// Width and height in pixels.
        case pixels(width: Int, height: Int)
        /// A multiple of Excel's default 480 × 288 pixels.
        case scale(x: Double, y: Double)
    }

    public var kind: Kind
    public var title: String?
    /// The title of the axis with the categories (horizontal for columns, vertical for bars).
    public var categoryAxisTitle: String?
    /// The title of the axis with the values (vertical for columns, horizontal for bars).
    public var valueAxisTitle: String?
    public var series: [ChartSeries]
    /// The zero-based cell the chart's top-left corner is anchored to.
    public var anchorRow: Int
    public var anchorColumn: Int
    public var size: Size
    public var legend: LegendPosition

    public init(
        kind: Kind,
        title: String? = nil,
        categoryAxisTitle: String? = nil,
        valueAxisTitle: String? = nil,
        series: [ChartSeries],
        anchorRow: Int,
        anchorColumn: Int,
        size: Size = .pixels(width: 720, height: 360),
        legend: LegendPosition = .bottom
    ) {
        self.kind = kind
        self.title = title
        self.categoryAxisTitle = categoryAxisTitle
        self.valueAxisTitle = valueAxisTitle
        self.series = series
        self.anchorRow = anchorRow
        self.anchorColumn = anchorColumn
        self.size = size
        self.legend = legend
    }

    /// Excel's default chart size in pixels, which `Size.scale` multiplies.
    public static let defaultPixelSize = (width: 480.0, height: 288.0)
}

/// One data series: a name, category labels and values, both read from cells.
public struct ChartSeries: Sendable, Equatable {
    /// The legend text; written as text even when it starts with "=".
    public var name: String
    public var categories: ChartRange
    public var values: ChartRange
    /// Bar colour as `0xRRGGBB`; `nil` lets Excel choose.
    public var color: UInt32?

    public init(name: String, categories: ChartRange, values: ChartRange, color: UInt32? = nil) {
        self.name = name
        self.categories = categories
        self.values = values
        self.color = color
    }

    /// A series whose categories and values are on the same sheet.
    public init(name: String, sheet: String, categories: CellRange, values: CellRange, color: UInt32? = nil) {
        self.init(
            name: name,
            categories: ChartRange(sheet: sheet, range: categories),
            values: ChartRange(sheet: sheet, range: values),
            color: color
        )
    }
}

/// Cells of a named sheet, as a chart refers to them.
public struct ChartRange: Sendable, Hashable {
    public var sheet: String
    public var range: CellRange

    public init(sheet: String, range: CellRange) {
        self.sheet = sheet
        self.range = range
    }

    /// The reference as Excel writes it: `'Sammanfattning per område'!$A$2:$A$5`, `Data!$B$2:$B$5`.
    public var reference: String {
        "\(ChartRange.quotedSheetName(sheet))!\(range.absoluteA1)"
    }

    /// The reference as a formula: `=` followed by `reference`.
    public var formula: String {
        "=" + reference
    }

    /// The sheet name as it appears in a reference: kept as is when it is only ASCII letters,
    /// digits, `_` and `.`, starts with a letter or `_` and cannot be read as a cell (`A1`,
    /// `R1C1`) or a boolean; otherwise quoted, with `'` doubled.
    public static func quotedSheetName(_ name: String) -> String {
        if isPlainSheetName(name) {
            return name
        }
        return "'" + name.replacingOccurrences(of: "'", with: "''") + "'"
    }

    private static func isPlainSheetName(_ name: String) -> Bool {
        let scalars = Array(name.unicodeScalars)
        guard let first = scalars.first, isASCIILetter(first) || first == "_" else { return false }
        let wordLike = scalars.allSatisfy { isASCIILetter($0) || isASCIIDigit($0) || $0 == "_" || $0 == "." }
        guard wordLike else { return false }
        let upper = name.uppercased()
        if upper == "TRUE" || upper == "FALSE" {
            return false
        }
        // A1-style: one to three letters then digits.
        let letters = scalars.prefix(while: isASCIILetter)
        let rest = scalars.dropFirst(letters.count)
        if (1...3).contains(letters.count), !rest.isEmpty, rest.allSatisfy(isASCIIDigit) {
            return false
        }
        // R1C1-style: only R, C and digits, starting with R or C.
        let rowColumnLetters: Set<Unicode.Scalar> = ["R", "r", "C", "c"]
        if rowColumnLetters.contains(first), scalars.allSatisfy({ rowColumnLetters.contains($0) || isASCIIDigit($0) }) {
            return false
        }
        return true
    }

    private static func isASCIILetter(_ scalar: Unicode.Scalar) -> Bool {
        ("A"..."Z").contains(scalar) || ("a"..."z").contains(scalar)
    }

    private static func isASCIIDigit(_ scalar: Unicode.Scalar) -> Bool {
        ("0"..."9").contains(scalar)
    }
}
