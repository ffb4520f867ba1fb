/// How a cell looks. Equal styles share one format in the written file.
public struct CellStyle: Sendable, Hashable {
    /// Horizontal alignment inside the cell.
    public enum Alignment: String, Sendable, Hashable, CaseIterable {
        /// Left-aligned.
        case left
        /// Centred.
        case center
        /// Right-aligned.
        case right
    }

    public var bold: Bool
    public var italic: Bool
    /// Font size in points; `nil` keeps the default (11).
    public var fontSize: Double?
    /// Font colour as `0xRRGGBB`; `nil` keeps the default.
    public var fontColor: UInt32?
    /// Solid background colour as `0xRRGGBB`; `nil` for none.
    public var fill: UInt32?
    /// A thin line under the cell.
    public var bottomBorder: Bool
    /// Wrap long text onto several lines (and align it to the top).
    public var wrap: Bool
    /// `nil` keeps Excel's default: text left, numbers right.
    public var alignment: Alignment?
    /// Replaces the number format the value would get (`#,##0`, `0.0%` …).
    public var numberFormat: String?

    public init(
        bold: Bool = false,
        italic: Bool = false,
        fontSize: Double? = nil,
        fontColor: UInt32? = nil,
        fill: UInt32? = nil,
        bottomBorder: Bool = false,
        wrap: Bool = false,
        alignment: Alignment? = nil,
        numberFormat: String? = nil
    ) {
        self.bold = bold
        self.italic = italic
        self.fontSize = fontSize
        self.fontColor = fontColor
        self.fill = fill
        self.bottomBorder = bottomBorder
        self.wrap = wrap
        self.alignment = alignment
        self.numberFormat = numberFormat
    }

    /// True when the style can be seen on an empty cell (a fill or a border); fonts, wrapping,
    /// alignment and number formats only show on a value.
    var showsOnBlankCells: Bool { fill != nil || bottomBorder }

    /// No formatting beyond the value's number format.
    public static let plain = CellStyle()
    /// Bold text.
    public static let bold = CellStyle(bold: true)
    /// A column header: bold, thin bottom border, light fill, wrapped.
    public static let header = CellStyle(bold: true, fill: 0xDDEBF7, bottomBorder: true, wrap: true)
    /// A sheet title: bold and large.
    public static let title = CellStyle(bold: true, fontSize: 14)
    /// A note: italic and grey.
    public static let note = CellStyle(italic: true, fontColor: 0x595959)
    /// Long text wrapped onto several lines.
    public static let wrapped = CellStyle(wrap: true)
}
