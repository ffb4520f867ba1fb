/// One cell of a sheet: a value and how it looks.
public struct Cell: Sendable, Equatable {
    public var value: CellValue
    public var style: CellStyle

    public init(_ value: CellValue, style: CellStyle = .plain) {
        self.value = value
        self.style = style
    }
}

extension Cell {
    /// A text cell.
    public static func text(_ text: String, style: CellStyle = .plain) -> Cell {
        Cell(.text(text), style: style)
    }

    /// A whole-number cell.
    public static func integer(_ value: Int, style: CellStyle = .plain) -> Cell {
        Cell(.integer(value), style: style)
    }

    /// A decimal-number cell.
    public static func number(_ value: Double, style: CellStyle = .plain) -> Cell {
        Cell(.number(value), style: style)
    }

    /// A percentage cell from a fraction; `nil` is shown as missing.
    public static func percent(_ fraction: Double?, style: CellStyle = .plain) -> Cell {
        Cell(.percent(fraction), style: style)
    }

    /// A date cell.
    public static func date(year: Int, month: Int, day: Int, style: CellStyle = .plain) -> Cell {
        Cell(.date(year: year, month: month, day: day), style: style)
    }

    /// A column header cell.
    public static func header(_ text: String) -> Cell {
        Cell(.text(text), style: .header)
    }

    /// A sheet title cell.
    public static func title(_ text: String) -> Cell {
        Cell(.text(text), style: .title)
    }

    /// An empty cell.
    public static let empty = Cell(.empty)

    /// A missing value, shown as "–".
    public static let missing = Cell(.missing)
}
