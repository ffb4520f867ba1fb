import Foundation

/// `datakvalitet-<label>.csv`: every rejected or merged row with file, line, reason and raw text
/// (SPEC 5). It holds personal data: written owner-only, for analysts.
public enum DataQualityCSV {
    public static func render(
        entries: [DataQualityEntry], files: [InputFile], accounts: FileAccounts, language: Language
    ) -> String {
        let header =
            language == .swedish
            ? ["fil", "rad", "utfall", "orsak", "rad_text"]
            : ["file", "line", "outcome", "reason", "raw"]
        var output = "\u{FEFF}" + header.joined(separator: ";") + "\r\n"
        let sorted = entries.enumerated().sorted { lhs, rhs in
            (lhs.element.file, lhs.element.line ?? 0, lhs.offset) < (
                rhs.element.file, rhs.element.line ?? 0, rhs.offset
            )
        }
        for (_, entry) in sorted {
            let cells = [
                files[entry.file].path, entry.line.map(String.init) ?? "", entry.outcome, entry.reason,
                entry.raw,
            ]
            output += cells.map(cell).joined(separator: ";") + "\r\n"
        }
        return output
    }

    /// RFC 4180 quoting; a leading `=`, `+`, `-`, `@`, TAB or CR gets a `'` so that a spreadsheet
    /// shows it as text instead of evaluating it.
    static func cell(_ text: String) -> String {
        var value = text
        if let first = value.unicodeScalars.first, ["=", "+", "-", "@", "\t", "\r"].contains(first) {
            value = "'" + value
        }
        if value.contains(where: { $0 == ";" || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "," }) {
            let quoted =
                value.utf8.contains(UInt8(ascii: "\"")) ? value.replacingOccurrences(of: "\"", with: "\"\"") : value
            return "\"" + quoted + "\""
        }
        return value
    }
}
