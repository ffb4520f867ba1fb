import Foundation

/// Which columns of a header row hold which field (SPEC 2.1, R6).
public struct HeaderMap: Sendable {
    public let width: Int
    /// The same as a short list: `value` runs for every cell of every row, and comparing a dozen
    /// short field names is quicker than hashing one.
    private let found: [(field: String, indices: [Int])]

    /// Matches `header` against each field's own name, its aliases and `extra` configured aliases,
    /// case-insensitively after trimming and collapsing white space.
    public init(header: [String], fields: [FieldSpec], extra: [String: [String]] = [:]) {
        var lookup: [String: String] = [:]
        for field in fields {
            for alias in [field.name] + field.aliases + (extra[field.name] ?? []) {
                let key = TextKey.folded(alias)
                if lookup[key] == nil { lookup[key] = field.name }
            }
        }
        var columns: [String: [Int]] = [:]
        for (index, cell) in header.enumerated() {
            if let field = lookup[TextKey.folded(cell)] {
                columns[field, default: []].append(index)
            }
        }
        self.found = columns.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
        self.width = header.count
    }

    public func has(_ field: String) -> Bool { found.contains { $0.field == field } }

    /// The first non-empty trimmed value among the field's columns, or nil.
    public func value(_ field: String, in cells: [String]) -> String? {
        Self.value(in: column(field), cells)
    }

    /// A field's columns, found once for a file's rows rather than for each cell (`value(in:_:)`).
    public struct Column: Sendable {
        let indices: [Int]
    }

    /// The field's columns; nil when the header names none.
    public func column(_ field: String) -> Column? {
        found.first(where: { $0.field == field }).map { Column(indices: $0.indices) }
    }

    /// The first non-empty trimmed value among the column's cells, or nil.
    public static func value(in column: Column?, _ cells: [String]) -> String? {
        guard let indices = column?.indices else { return nil }
        for index in indices where index < cells.count {
            let value = TextKey.collapsedKeepingLines(cells[index])
            if !value.isEmpty { return value }
        }
        return nil
    }

    /// The header texts that would have been accepted for `field`, for a missing-column message.
    public static func acceptedNames(_ field: String, fields: [FieldSpec], extra: [String: [String]]) -> [String] {
        guard let spec = fields.first(where: { $0.name == field }) else { return [field] }
        return [spec.name] + spec.aliases + (extra[field] ?? [])
    }
}

extension TextKey {
    /// Trims surrounding white space only; multi-line cells (comments, Forms lists) keep their breaks.
    static func collapsedKeepingLines(_ text: String) -> String {
        // Most cells have nothing to trim: look at the ends before asking Foundation, at their
        // bytes first (printable ASCII at both ends is no white space).
        // Through the contiguous bytes: the UTF-8 view's `last` walks back generically and was half
        // of this function's time, which every field of every row pays.
        let ends =
            text.utf8.withContiguousStorageIfAvailable { bytes -> (first: UInt8, last: UInt8)? in
                guard let first = bytes.first, let last = bytes.last else { return nil }
                return (first, last)
            } ?? text.utf8.first.flatMap { first in text.utf8.last.map { (first, $0) } }
        guard let (firstByte, lastByte) = ends else { return text }
        if (0x21..<0x7F).contains(firstByte) && (0x21..<0x7F).contains(lastByte) { return text }
        guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last else { return text }
        if !TextKey.isWhitespace(first) && !TextKey.isWhitespace(last) { return text }
        return text.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
