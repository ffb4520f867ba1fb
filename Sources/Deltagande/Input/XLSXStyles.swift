import Foundation

/// Which cell styles show numbers as dates or times: the only part of `xl/styles.xml` we need, since
/// Excel stores a date as a plain serial number and only its number format says it is a date.
struct XLSXStyles {
    /// The date kind of each `cellXfs` entry (a cell's `s` attribute indexes it); nil = not a date.
    private var kinds: [ExcelSerialDate.Kind?] = []

    func dateKind(style: Int) -> ExcelSerialDate.Kind? {
        style >= 0 && style < kinds.count ? kinds[style] : nil
    }

    init() {}

    init(_ data: Data, part: String, file: String) throws(FileReadError) {
        var handler = Handler()
        try XMLEvents.parse(data, into: &handler, part: part, file: file)
        kinds = handler.formatIDs.map { id in
            if let code = handler.customFormats[id] { return Self.kind(ofFormatCode: code) }
            return Self.kind(ofBuiltInFormat: id)
        }
    }

    /// ECMA-376 built-in formats: 14–17 dates, 18–21 times, 22 date and time, 45–47 minutes and
    /// seconds or elapsed time.
    static func kind(ofBuiltInFormat id: Int) -> ExcelSerialDate.Kind? {
        switch id {
        case 14...17: .date
        case 18...21, 45...47: .time
        case 22: .dateTime
        default: nil
        }
    }

    /// A custom format is a date if it has `y` or `d`, a time if it has `h` or `s` — outside quoted
    /// literals, `[...]` (colours, locales, conditions), and characters escaped by `\`, `_` or `*`.
    /// `m` alone decides nothing: it is both month and minute.
    static func kind(ofFormatCode code: String) -> ExcelSerialDate.Kind? {
        var hasDate = false
        var hasTime = false
        var inQuotes = false
        var inBrackets = false
        var skipNext = false
        for char in code {
            if skipNext {
                skipNext = false
                continue
            }
            if inQuotes {
                if char == "\"" { inQuotes = false }
                continue
            }
            if inBrackets {
                if char == "]" { inBrackets = false }
                continue
            }
            switch char {
            case "\"": inQuotes = true
            case "[": inBrackets = true
            case "\\", "_", "*": skipNext = true
            case "y", "Y", "d", "D": hasDate = true
            case "h", "H", "s", "S": hasTime = true
            default: break
            }
        }
        switch (hasDate, hasTime) {
        case (true, true): return .dateTime
        case (true, false): return .date
        case (false, true): return .time
        case (false, false): return nil
        }
    }

    private struct Handler: XMLEventHandler {
        var customFormats: [Int: String] = [:]
        var formatIDs: [Int] = []
        /// `xf` also appears under `cellStyleXfs`; only `cellXfs` entries are what `s` points at.
        var inCellXfs = false

        mutating func start(_ name: String, _ attributes: [String: String]) {
            switch name {
            case "numFmt":
                if let id = attributes["numFmtId"].flatMap({ Int($0) }), let code = attributes["formatCode"] {
                    customFormats[id] = code
                }
            case "cellXfs":
                inCellXfs = true
            case "xf" where inCellXfs:
                formatIDs.append(attributes["numFmtId"].flatMap { Int($0) } ?? 0)
            default:
                break
            }
        }

        mutating func end(_ name: String) {
            if name == "cellXfs" { inCellXfs = false }
        }

        mutating func text(_ text: String) {}
    }
}
