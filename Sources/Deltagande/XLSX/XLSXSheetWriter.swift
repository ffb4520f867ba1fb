import CXLSXWriter

/// Writes one `SheetDescription` into a libxlsxwriter worksheet: cells, merges, layout, print setup.
struct XLSXSheetWriter {
    let worksheet: UnsafeMutablePointer<lxw_worksheet>
    let sheet: SheetDescription
    let check: XLSXCheck
    let formats: XLSXFormats
    let strings: CStringPool

    func write() throws(XLSXError) {
        for (rowIndex, row) in sheet.cells.enumerated() {
            for (columnIndex, cell) in row.enumerated() {
                try write(cell, row: rowIndex, column: columnIndex)
            }
        }
        for merged in sheet.mergedRanges {
            try merge(merged)
        }
        try setColumnWidths()
        try setRowHeights()
        try setLayout()
    }

    private func setRowHeights() throws(XLSXError) {
        for (index, height) in sheet.rowHeights.sorted(by: { $0.key < $1.key }) where height.isFinite && height > 0 {
            let row = try check.row(index, "worksheet_set_row", sheet: sheet.name)
            try check.check(worksheet_set_row(worksheet, row, height, nil), "worksheet_set_row", sheet: sheet.name)
        }
    }

    private func write(_ cell: Cell, row rowIndex: Int, column columnIndex: Int) throws(XLSXError) {
        let name = sheet.name
        switch cell.value {
        case .text(let text):
            let row = try check.row(rowIndex, "worksheet_write_string", sheet: name)
            let column = try check.column(columnIndex, "worksheet_write_string", sheet: name)
            let format = try formats.format(for: cell.style, numberFormat: nil, sheet: name, column: columnIndex)
            let fitted = XLSXText.cellText(text)
            if fitted.isEmpty {
                try writeBlank(row: row, column: column, format: format)
            } else {
                // Always a string cell: never worksheet_write()'s guessing, never a formula.
                // libxlsxwriter copies cell text into its string table (lxw_get_sst_index): a
                // temporary C string is enough, and a workbook's text is not held twice.
                try check.check(
                    fitted.withCString { worksheet_write_string(worksheet, row, column, $0, format) },
                    "worksheet_write_string", sheet: name)
            }
        case .integer(let value):
            try writeNumber(Double(value), numberFormat: XLSXNumberFormat.integer, cell: cell, rowIndex, columnIndex)
        case .number(let value):
            guard value.isFinite else { return try writeMissing(cell, rowIndex, columnIndex) }
            try writeNumber(value, numberFormat: XLSXNumberFormat.number, cell: cell, rowIndex, columnIndex)
        case .percent(let fraction):
            guard let fraction, fraction.isFinite else { return try writeMissing(cell, rowIndex, columnIndex) }
            try writeNumber(fraction, numberFormat: XLSXNumberFormat.percent, cell: cell, rowIndex, columnIndex)
        case .date(let year, let month, let day):
            try writeDate(year: year, month: month, day: day, cell: cell, rowIndex, columnIndex)
        case .missing:
            try writeMissing(cell, rowIndex, columnIndex)
        case .empty:
            let row = try check.row(rowIndex, "worksheet_write_blank", sheet: name)
            let column = try check.column(columnIndex, "worksheet_write_blank", sheet: name)
            let format = try formats.format(for: cell.style, numberFormat: nil, sheet: name, column: columnIndex)
            try writeBlank(row: row, column: column, format: format)
        }
    }

    private func writeNumber(
        _ value: Double, numberFormat: String, cell: Cell, _ rowIndex: Int, _ columnIndex: Int
    ) throws(XLSXError) {
        let row = try check.row(rowIndex, "worksheet_write_number", sheet: sheet.name)
        let column = try check.column(columnIndex, "worksheet_write_number", sheet: sheet.name)
        let format = try formats.format(
            for: cell.style, numberFormat: numberFormat, sheet: sheet.name, column: columnIndex)
        try check.check(
            worksheet_write_number(worksheet, row, column, value, format), "worksheet_write_number",
            sheet: sheet.name)
    }

    /// "–", right-aligned so that it lines up with the numbers it stands among.
    private func writeMissing(_ cell: Cell, _ rowIndex: Int, _ columnIndex: Int) throws(XLSXError) {
        let row = try check.row(rowIndex, "worksheet_write_string", sheet: sheet.name)
        let column = try check.column(columnIndex, "worksheet_write_string", sheet: sheet.name)
        let format = try formats.format(
            for: cell.style, numberFormat: nil, defaultAlignment: .right, sheet: sheet.name, column: columnIndex)
        try check.check(
            CellValue.missingText.withCString { worksheet_write_string(worksheet, row, column, $0, format) },
            "worksheet_write_string", sheet: sheet.name)
    }

    private func writeDate(
        year: Int, month: Int, day: Int, cell: Cell, _ rowIndex: Int, _ columnIndex: Int
    ) throws(XLSXError) {
        let row = try check.row(rowIndex, "worksheet_write_datetime", sheet: sheet.name)
        let column = try check.column(columnIndex, "worksheet_write_datetime", sheet: sheet.name)
        guard let date = XLSXSheetWriter.excelDate(year: year, month: month, day: day) else {
            throw check.invalid(
                "worksheet_write_datetime",
                "\(year)-\(month)-\(day) in \(CellRange.columnLetters(columnIndex))\(rowIndex + 1) is not a date Excel can show (1900-01-01…9999-12-31)",
                sheet: sheet.name)
        }
        var datetime = date
        let format = try formats.format(
            for: cell.style, numberFormat: XLSXNumberFormat.date, sheet: sheet.name, column: columnIndex)
        try check.check(
            worksheet_write_datetime(worksheet, row, column, &datetime, format), "worksheet_write_datetime",
            sheet: sheet.name)
    }

    private func writeBlank(row: lxw_row_t, column: lxw_col_t, format: UnsafeMutablePointer<lxw_format>?)
        throws(XLSXError)
    {
        // A blank cell without a format is nothing at all; libxlsxwriter would only report that.
        guard let format else { return }
        try check.check(
            worksheet_write_blank(worksheet, row, column, format), "worksheet_write_blank", sheet: sheet.name)
    }

    private func merge(_ merged: MergedRange) throws(XLSXError) {
        let call = "worksheet_merge_range"
        let range = merged.range
        let firstRow = try check.row(range.firstRow, call, sheet: sheet.name)
        let firstColumn = try check.column(range.firstColumn, call, sheet: sheet.name)
        let lastRow = try check.row(range.lastRow, call, sheet: sheet.name)
        let lastColumn = try check.column(range.lastColumn, call, sheet: sheet.name)
        let format = try formats.format(for: merged.style, numberFormat: nil, sheet: sheet.name)
        // `worksheet_merge_range` pads every covered cell with a formatted blank, which only a
        // fill or border needs: a feedback sheet of 100,000 comments carried 800,000 of them,
        // most of the workbook's bytes and time. The first cell and the range do the same. A
        // range of one cell or with its corners swapped is left to the library, which refuses
        // or orders it.
        let spansCells =
            firstRow <= lastRow && firstColumn <= lastColumn && (firstRow, firstColumn) != (lastRow, lastColumn)
        if !merged.style.showsOnBlankCells, spansCells,
            MergedRangeList.append(
                to: worksheet, firstRow: firstRow, firstColumn: firstColumn, lastRow: lastRow, lastColumn: lastColumn)
        {
            try check.check(
                XLSXText.cellText(merged.text).withCString {
                    worksheet_write_string(worksheet, firstRow, firstColumn, $0, format)
                },
                "worksheet_write_string", sheet: sheet.name)
            return
        }
        // The text is copied into libxlsxwriter's string table, as for single cells.
        try check.check(
            XLSXText.cellText(merged.text).withCString {
                worksheet_merge_range(worksheet, firstRow, firstColumn, lastRow, lastColumn, $0, format)
            },
            call, sheet: sheet.name)
        // The library's 16-bit merge count wraps to 0 at 65,536, and then writes no merges at all.
        if worksheet.pointee.merged_range_count == 0 { worksheet.pointee.merged_range_count = .max }
    }

    private func setColumnWidths() throws(XLSXError) {
        for (index, width) in ColumnWidths.widths(for: sheet).enumerated() {
            guard let width, width.isFinite, width >= 0 else { continue }
            let column = try check.column(index, "worksheet_set_column", sheet: sheet.name)
            try check.check(
                worksheet_set_column(worksheet, column, column, width, nil), "worksheet_set_column",
                sheet: sheet.name)
        }
    }

    private func setLayout() throws(XLSXError) {
        if sheet.freezeRows > 0 || sheet.freezeColumns > 0 {
            let row = try check.row(max(sheet.freezeRows, 0), "worksheet_freeze_panes", sheet: sheet.name)
            let column = try check.column(max(sheet.freezeColumns, 0), "worksheet_freeze_panes", sheet: sheet.name)
            worksheet_freeze_panes(worksheet, row, column)
        }
        if let filter = sheet.autofilter {
            let call = "worksheet_autofilter"
            try check.check(
                worksheet_autofilter(
                    worksheet,
                    try check.row(filter.firstRow, call, sheet: sheet.name),
                    try check.column(filter.firstColumn, call, sheet: sheet.name),
                    try check.row(filter.lastRow, call, sheet: sheet.name),
                    try check.column(filter.lastColumn, call, sheet: sheet.name)),
                call, sheet: sheet.name)
        }
        if let rows = sheet.repeatRows {
            let call = "worksheet_repeat_rows"
            try check.check(
                worksheet_repeat_rows(
                    worksheet, try check.row(rows.lowerBound, call, sheet: sheet.name),
                    try check.row(rows.upperBound, call, sheet: sheet.name)),
                call, sheet: sheet.name)
        }
        if sheet.landscape {
            worksheet_set_landscape(worksheet)
        }
        if sheet.fitToWidth {
            worksheet_fit_to_pages(worksheet, 1, 0)
        }
    }

    /// The date as libxlsxwriter takes it, if it is a real day in Excel's range.
    static func excelDate(year: Int, month: Int, day: Int) -> lxw_datetime? {
        guard (1900...9999).contains(year), (1...12).contains(month), day >= 1,
            day <= daysIn(month: month, year: year),
            let year32 = Int32(exactly: year), let month32 = Int32(exactly: month), let day32 = Int32(exactly: day)
        else { return nil }
        return lxw_datetime(year: year32, month: month32, day: day32, hour: 0, min: 0, sec: 0)
    }

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2:
            let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
            return leap ? 29 : 28
        case 4, 6, 9, 11:
            return 30
        default:
            return 31
        }
    }
}
