import Foundation

/// Aligned columns and wrapping for plain text.
enum TextLayout {
    static func width(_ text: String) -> Int { text.count }

    static func table(header: [String]?, rows: [[String]], rightAligned: [Int]) -> [String] {
        let all = (header.map { [$0] } ?? []) + rows
        let columns = all.map(\.count).max() ?? 0
        var widths = Array(repeating: 0, count: columns)
        for row in all {
            for (index, cell) in row.enumerated() { widths[index] = max(widths[index], width(cell)) }
        }
        func line(_ row: [String]) -> String {
            row.enumerated().map { index, cell in
                let pad = String(repeating: " ", count: widths[index] - width(cell))
                return rightAligned.contains(index) ? pad + cell : cell + pad
            }.joined(separator: "  ").replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression)
        }
        var lines: [String] = []
        if let header {
            lines.append(line(header))
            lines.append(widths.map { String(repeating: "-", count: $0) }.joined(separator: "  "))
        }
        lines += rows.map(line)
        return lines
    }

    /// Wraps a line at word boundaries; continuation lines are indented like the first.
    static func wrap(_ line: String, width limit: Int) -> String {
        guard width(line) > limit else { return line }
        let indent = String(line.prefix { $0 == " " || $0 == "-" }.map { _ in " " })
        var output: [String] = []
        var current = ""
        for word in line.split(separator: " ", omittingEmptySubsequences: false) {
            let candidate = current.isEmpty ? String(word) : current + " " + word
            if width(candidate) > limit, !current.isEmpty {
                output.append(current)
                current = indent + word
            } else {
                current = candidate
            }
        }
        output.append(current)
        return output.joined(separator: "\n")
    }
}
