import CXLSXWriter

/// The number formats each kind of value gets unless its style says otherwise.
enum XLSXNumberFormat {
    static let integer = "#,##0"
    static let number = "#,##0.0"
    static let percent = "0.0%"
    static let date = "yyyy-mm-dd"
}

/// libxlsxwriter formats, created once per distinct style and number format and then reused.
///
/// Formats are created in first-use order, which is fixed by the description, so the same
/// description always gives the same styles part.
final class XLSXFormats {
    private struct Key: Hashable {
        let style: CellStyle
        let numberFormat: String?
        let alignment: CellStyle.Alignment?
    }

    private let workbook: UnsafeMutablePointer<lxw_workbook>
    private let check: XLSXCheck
    private let strings: CStringPool
    private var formats: [Key: UnsafeMutablePointer<lxw_format>] = [:]
    /// Each column's last key and its format: a column's cells mostly share a style, and comparing
    /// two keys is cheaper than hashing one (issue 9: a large workbook has 570,000 cells).
    private var lastInColumn: [(key: Key, format: UnsafeMutablePointer<lxw_format>?)?] = []

    init(workbook: UnsafeMutablePointer<lxw_workbook>, check: XLSXCheck, strings: CStringPool) {
        self.workbook = workbook
        self.check = check
        self.strings = strings
    }

    /// The format for `style` on a value whose default number format is `numberFormat`;
    /// `nil` (Excel's default format) when there is nothing to set.
    ///
    /// `defaultAlignment` applies when the style sets none (e.g. "–" right-aligned among numbers).
    func format(
        for style: CellStyle,
        numberFormat: String?,
        defaultAlignment: CellStyle.Alignment? = nil,
        sheet: String,
        column: Int = 0
    ) throws(XLSXError) -> UnsafeMutablePointer<lxw_format>? {
        let key = Key(
            style: style,
            numberFormat: style.numberFormat ?? numberFormat,
            alignment: style.alignment ?? defaultAlignment
        )
        let slot = max(column, 0)
        if slot < lastInColumn.count, let last = lastInColumn[slot], last.key == key {
            return last.format
        }
        let format = try lookUp(key, sheet: sheet)
        if slot >= lastInColumn.count { lastInColumn += Array(repeating: nil, count: slot + 1 - lastInColumn.count) }
        lastInColumn[slot] = (key, format)
        return format
    }

    private func lookUp(_ key: Key, sheet: String) throws(XLSXError) -> UnsafeMutablePointer<lxw_format>? {
        if key.style == .plain, key.numberFormat == nil, key.alignment == nil {
            return nil
        }
        if let existing = formats[key] {
            return existing
        }
        let format = try check.require(workbook_add_format(workbook), "workbook_add_format", sheet: sheet)
        apply(key, to: format)
        formats[key] = format
        return format
    }

    private func apply(_ key: Key, to format: UnsafeMutablePointer<lxw_format>) {
        let style = key.style
        if style.bold {
            format_set_bold(format)
        }
        if style.italic {
            format_set_italic(format)
        }
        if let size = style.fontSize, size.isFinite, size > 0 {
            format_set_font_size(format, size)
        }
        if let color = style.fontColor {
            format_set_font_color(format, color & 0xFF_FFFF)
        }
        if let fill = style.fill {
            format_set_pattern(format, UInt8(truncatingIfNeeded: LXW_PATTERN_SOLID.rawValue))
            format_set_bg_color(format, fill & 0xFF_FFFF)
        }
        if style.bottomBorder {
            format_set_bottom(format, UInt8(truncatingIfNeeded: LXW_BORDER_THIN.rawValue))
        }
        if style.wrap {
            format_set_text_wrap(format)
            format_set_align(format, UInt8(truncatingIfNeeded: LXW_ALIGN_VERTICAL_TOP.rawValue))
        }
        if let alignment = key.alignment {
            format_set_align(format, XLSXFormats.code(for: alignment))
        }
        if let numberFormat = key.numberFormat {
            format_set_num_format(format, strings.pointer(numberFormat))
        }
    }

    private static func code(for alignment: CellStyle.Alignment) -> UInt8 {
        let value: lxw_format_alignments
        switch alignment {
        case .left: value = LXW_ALIGN_LEFT
        case .center: value = LXW_ALIGN_CENTER
        case .right: value = LXW_ALIGN_RIGHT
        }
        return UInt8(truncatingIfNeeded: value.rawValue)
    }
}
