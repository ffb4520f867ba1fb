import Foundation

/// Reads `deltagande.toml` (R9, R45). Only the small part of TOML the file needs: tables, and
/// keys whose values are strings, numbers or arrays of strings. Anything else is an error that names
/// its line, because a silently ignored alias is a column silently missed.
enum ConfigReader {
    static func read(_ text: String, path: String) throws(FileReadError) -> Settings {
        var settings = Settings()
        var table = ""
        var lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map(String.init)
            .makeIterator()
        var lineNumber = 0
        func fail(_ message: String) -> FileReadError { FileReadError(file: "\(path):\(lineNumber)", message: message) }
        while var line = lines.next() {
            lineNumber += 1
            line = stripComment(line).trimmingCharacters(in: .whitespaces)
            if line.isEmpty { continue }
            if line.hasPrefix("[") {
                guard line.hasSuffix("]"), !line.hasPrefix("[[") else { throw fail("malformed table heading") }
                table = String(line.dropFirst().dropLast()).trimmingCharacters(in: .whitespaces)
                continue
            }
            guard let equals = line.firstIndex(of: "=") else { throw fail("expected key = value") }
            let key = unquote(String(line[..<equals]).trimmingCharacters(in: .whitespaces))
            var value = String(line[line.index(after: equals)...]).trimmingCharacters(in: .whitespaces)
            // Arrays may span lines.
            while value.hasPrefix("["), !arrayClosed(value), let next = lines.next() {
                lineNumber += 1
                value += " " + stripComment(next).trimmingCharacters(in: .whitespaces)
            }
            try apply(table: table, key: key, value: value, to: &settings, fail: fail)
        }
        return settings
    }

    static func apply(
        table: String, key: String, value: String, to settings: inout Settings, fail: (String) -> FileReadError
    ) throws(FileReadError) {
        switch table {
        case "matching" where key == "window_minutes":
            guard let minutes = Int(value), minutes >= 0 else {
                throw fail("window_minutes must be a whole number ≥ 0")
            }
            settings.windowMinutes = minutes
        case "metrics" where key == "substantive_share":
            guard let share = Double(value), share > 0, share <= 1 else {
                throw fail("substantive_share must be a number in (0, 1]")
            }
            settings.substantiveShare = share
        case _ where table.hasPrefix("aliases."):
            let kindName = String(table.dropFirst("aliases.".count))
            guard let kind = FileKind(rawValue: kindName), FieldAliases.fields(for: kind).isEmpty == false else {
                throw fail(
                    "unknown file kind \"\(kindName)\" (sessions, registrations, attendance, feedback, organisations)")
            }
            guard FieldAliases.fields(for: kind).contains(where: { $0.name == key }) else {
                let known = FieldAliases.fields(for: kind).map(\.name).joined(separator: ", ")
                throw fail("unknown field \"\(key)\" for \(kindName) (fields: \(known))")
            }
            guard let strings = stringArray(value) else { throw fail("aliases must be an array of strings") }
            settings.aliases[kind, default: [:]][key, default: []] += strings
        default:
            throw fail("unknown setting \"\(key)\"" + (table.isEmpty ? "" : " in [\(table)]"))
        }
    }

    static func stripComment(_ line: String) -> String {
        var inString: Character?
        var escaped = false
        for (offset, character) in line.enumerated() {
            if escaped { escaped = false; continue }
            if character == "\\" && inString == "\"" { escaped = true; continue }
            if let quote = inString {
                if character == quote { inString = nil }
            } else if character == "\"" || character == "'" {
                inString = character
            } else if character == "#" {
                return String(line.prefix(offset))
            }
        }
        return line
    }

    static func arrayClosed(_ value: String) -> Bool {
        stringArray(value) != nil || stripComment(value).trimmingCharacters(in: .whitespaces).hasSuffix("]")
    }

    static func unquote(_ key: String) -> String {
        if key.count >= 2, let first = key.first, first == "\"" || first == "'", key.last == first {
            return String(key.dropFirst().dropLast())
        }
        return key
    }

    /// Parses `["a", 'b', "c\"d"]`.
    static func stringArray(_ value: String) -> [String]? {
        var characters = Array(value.trimmingCharacters(in: .whitespaces))
        guard characters.first == "[", characters.last == "]" else { return nil }
        characters = Array(characters.dropFirst().dropLast())
        var result: [String] = []
        var index = 0
        func skipSpace() { while index < characters.count, characters[index].isWhitespace { index += 1 } }
        while true {
            skipSpace()
            if index >= characters.count { return result }
            let quote = characters[index]
            guard quote == "\"" || quote == "'" else { return nil }
            index += 1
            var text = ""
            var closed = false
            while index < characters.count {
                let character = characters[index]
                index += 1
                if character == quote { closed = true; break }
                if character == "\\" && quote == "\"" && index < characters.count {
                    let escaped = characters[index]
                    index += 1
                    switch escaped {
                    case "n": text.append("\n")
                    case "t": text.append("\t")
                    default: text.append(escaped)
                    }
                } else {
                    text.append(character)
                }
            }
            guard closed else { return nil }
            result.append(text)
            skipSpace()
            if index < characters.count {
                guard characters[index] == "," else { return nil }
                index += 1
            }
        }
    }
}
