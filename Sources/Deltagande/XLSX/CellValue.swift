/// What a cell holds; the kind decides how it is written and its default number format.
public enum CellValue: Sendable, Equatable {
    /// Always written as a string cell, never read as a number or formula.
    case text(String)
    /// A whole number, shown `#,##0`.
    case integer(Int)
    /// A decimal number, shown `#,##0.0`; NaN and infinity are shown as missing.
    case number(Double)
    /// A fraction shown as a percentage (`0.25` as 25.0 %); `nil` (no denominator) is shown as missing.
    case percent(Double?)
    /// A real Excel date, shown `yyyy-mm-dd`.
    case date(year: Int, month: Int, day: Int)
    /// Nothing; a styled empty cell still gets its style.
    case empty
    /// A value that does not exist (e.g. a rate with a zero denominator), shown as "–".
    case missing
}

extension CellValue {
    /// The text shown for a missing value.
    public static let missingText = "–"
}
