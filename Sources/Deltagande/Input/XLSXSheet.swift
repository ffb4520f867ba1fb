import Foundation

/// Reads a worksheet's `<sheetData>` into rows of text cells.
///
/// Each row keeps the sheet's own row number (SPEC R8) and each cell lands at the column its reference
/// names, so skipped cells become empty strings. Trailing empty cells are dropped and rows without a
/// non-empty cell are skipped, exactly as for CSV (SPEC R5).
struct XLSXSheet {
    /// Excel's last column, XFD; a reference beyond it is a damaged file, not a reason to allocate more.
    static let maxColumns = 16_384

    static func read(
        _ data: Data, part: String, sharedStrings: [String], styles: XLSXStyles, date1904: Bool, file: String
    ) throws(FileReadError) -> [RawRow] {
        var handler = Handler(sharedStrings: sharedStrings, styles: styles, date1904: date1904)
        try XMLEvents.parse(data, into: &handler, part: part, file: file)
        if let problem = handler.problem {
            throw FileReadError(file: file, message: "not a readable .xlsx: \(part): \(problem)")
        }
        return handler.rows
    }

    /// `A1` → 0, `AB12` → 27; nil when the reference has no valid column letters.
    static func columnIndex(_ reference: String) -> Int? {
        var index = 0
        var letters = 0
        for scalar in reference.unicodeScalars {
            let value = scalar.value
            let letter: UInt32
            switch value {
            case 0x41...0x5A: letter = value - 0x40
            case 0x61...0x7A: letter = value - 0x60
            default:
                return letters == 0 ? nil : index - 1
            }
            letters += 1
            // Stop before overflow; the caller rejects anything past XFD anyway.
            if letters > 4 { return maxColumns }
            index = index * 26 + Int(letter)
        }
        return letters == 0 ? nil : index - 1
    }

    private struct Handler: XMLEventHandler {
        let sharedStrings: [String]
        let styles: XLSXStyles
        let date1904: Bool

        var rows: [RawRow] = []
        var problem: String?

        var rowNumber = 0
        var cells: [String] = []
        var nextColumn = 0

        var column = 0
        var type = "n"
        var style = 0
        var value = ""
        var inValue = false
        var inline: XLSXRichText?

        init(sharedStrings: [String], styles: XLSXStyles, date1904: Bool) {
            self.sharedStrings = sharedStrings
            self.styles = styles
            self.date1904 = date1904
        }

        mutating func start(_ name: String, _ attributes: [String: String]) {
            switch name {
            case "row":
                // A missing or unreadable `r` means "the row after the previous one", as Excel reads it.
                rowNumber = attributes["r"].flatMap { Int($0) } ?? rowNumber + 1
                cells = []
                nextColumn = 0
            case "c":
                column = attributes["r"].flatMap(XLSXSheet.columnIndex) ?? nextColumn
                type = attributes["t"] ?? "n"
                style = attributes["s"].flatMap { Int($0) } ?? 0
                value = ""
                inValue = false
                inline = nil
            case "v":
                inValue = true
            case "is":
                inline = XLSXRichText()
            default:
                inline?.start(name)
            }
        }

        mutating func end(_ name: String) {
            switch name {
            case "v":
                inValue = false
            case "c":
                placeCell()
            case "row":
                while let last = cells.last, last.isEmpty { cells.removeLast() }
                if !cells.isEmpty { rows.append(RawRow(line: rowNumber, cells: cells)) }
                cells = []
            default:
                inline?.end(name)
            }
        }

        mutating func text(_ string: String) {
            if inValue { value += string }
            inline?.text(string)
        }

        private mutating func placeCell() {
            guard column < XLSXSheet.maxColumns else {
                problem = problem ?? "row \(rowNumber) has a cell beyond column XFD"
                return
            }
            let text = cellText()
            if cells.count <= column { cells.append(contentsOf: repeatElement("", count: column + 1 - cells.count)) }
            cells[column] = text
            nextColumn = column + 1
        }

        private mutating func cellText() -> String {
            switch type {
            case "s":
                let trimmed = value.trimmingCharacters(in: .whitespacesAndNewlines)
                if trimmed.isEmpty { return "" }
                guard let index = Int(trimmed), index >= 0, index < sharedStrings.count else {
                    problem = problem ?? "row \(rowNumber) refers to shared string \(trimmed), which does not exist"
                    return ""
                }
                return sharedStrings[index]
            case "inlineStr":
                return inline?.value ?? XLSXCellText.unescape(value)
            case "str", "e":
                return XLSXCellText.unescape(value)
            case "b":
                return XLSXCellText.boolean(value)
            case "d":
                return XLSXCellText.isoDate(value)
            default:
                if let kind = styles.dateKind(style: style),
                    let serial = Double(value.trimmingCharacters(in: .whitespaces)),
                    let date = ExcelSerialDate.text(serial, kind: kind, date1904: date1904)
                {
                    return date
                }
                return value.isEmpty ? "" : XLSXCellText.number(value)
            }
        }
    }
}
