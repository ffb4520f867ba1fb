import Foundation
import ZIPFoundation

/// The last check before council outputs are published (issue 8): defence in depth behind correct
/// rendering. Finds e-mail addresses, phone numbers, identity numbers and the names of input persons.
public struct PersonalDataGuard: Sendable {
    /// Folded full names (two words or more), so that a common first name alone is no finding.
    private var names: Set<String>
    /// First words of the names: most words of a text start no name, and are passed over cheaply.
    private var firstWords: Set<String> = []
    private var longestName = 1

    public init(personNames: Set<String>) {
        var names = Set<String>()
        var firstWords = Set<String>()
        for name in personNames {
            for candidate in PersonNameText.candidates(name) {
                let words = PersonalDataGuard.words(candidate)
                guard words.count >= 2 else { continue }
                names.insert(words.joined(separator: " "))
                firstWords.insert(words[0])
                longestName = max(longestName, words.count)
            }
        }
        self.names = names
        self.firstWords = firstWords
    }

    static func words(_ text: String) -> [String] {
        text.lowercased().split { !$0.isLetter && $0 != "-" }.map(String.init)
    }

    /// The text with every full name of an input person replaced by a marker: comments thank
    /// people by name, and a comment must not stop the run or publish the name.
    public func maskingNames(in text: String, marker: String) -> String {
        guard !names.isEmpty else { return text }
        var wordRanges: [Range<String.Index>] = []
        var start: String.Index?
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            let isWord = character.isLetter || character == "-"
            if isWord, start == nil { start = index }
            if !isWord, let begun = start {
                wordRanges.append(begun..<index)
                start = nil
            }
            index = text.index(after: index)
        }
        if let begun = start { wordRanges.append(begun..<text.endIndex) }
        let words = wordRanges.map { text[$0].lowercased() }
        var replacements: [Range<String.Index>] = []
        var position = 0
        while position < words.count {
            guard firstWords.contains(words[position]) else {
                position += 1
                continue
            }
            var matched = 0
            for length in stride(from: min(longestName, words.count - position), through: 2, by: -1) {
                if names.contains(words[position..<(position + length)].joined(separator: " ")) {
                    matched = length
                    break
                }
            }
            if matched > 0 {
                replacements.append(wordRanges[position].lowerBound..<wordRanges[position + matched - 1].upperBound)
                position += matched
            } else {
                position += 1
            }
        }
        var result = text
        for range in replacements.reversed() { result.replaceSubrange(range, with: marker) }
        return result
    }

    /// What the text holds that must not be published; empty when clean.
    public func findings(in text: String) -> [String] {
        var found = PersonalDataMask.findings(in: text)
        let words = PersonalDataGuard.words(text)
        var reported = Set<String>()
        if !names.isEmpty {
            for start in words.indices where firstWords.contains(words[start]) {
                for length in 2...max(2, longestName) where start + length <= words.count {
                    let candidate = words[start..<(start + length)].joined(separator: " ")
                    if names.contains(candidate), reported.insert(candidate).inserted {
                        found.append("the name of an input person")
                    }
                }
            }
        }
        return found
    }

    /// The text a workbook shows: its strings, sheet names and properties. Numbers are left out,
    /// since a rate's digits would look like a phone number.
    public static func workbookText(_ url: URL) throws -> String {
        let archive = try Archive(url: url, accessMode: .read)
        var text = ""
        for entry in archive where entry.path.hasSuffix(".xml") {
            var data = Data()
            _ = try archive.extract(entry) { data.append($0) }
            let xml = String(decoding: data, as: UTF8.self)
            let isProperties = entry.path.hasPrefix("docProps/")
            text += textElements(xml, all: isProperties) + "\n"
        }
        return text
    }

    /// The content of `<t>`, `<a:t>` and `<vt:lpstr>` elements (or of every element, for properties).
    static func textElements(_ xml: String, all: Bool) -> String {
        let pattern = all ? #">([^<]+)<"# : #"<(?:t|a:t|vt:lpstr)(?:\s[^>]*)?>([^<]*)</"#
        guard let expression = try? NSRegularExpression(pattern: pattern) else { return "" }
        let range = NSRange(xml.startIndex..., in: xml)
        return expression.matches(in: xml, range: range).compactMap { match in
            Range(match.range(at: 1), in: xml).map { unescape(String(xml[$0])) }
        }.joined(separator: "\n")
    }

    static func unescape(_ text: String) -> String {
        text.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&apos;", with: "'")
            .replacingOccurrences(of: "&amp;", with: "&")
    }

    /// The string values and keys of a JSON document: numbers cannot hold personal data.
    static func jsonStrings(_ value: JSONValue) -> [String] {
        switch value {
        case .string(let text): [text]
        case .array(let values): values.flatMap(jsonStrings)
        case .object(let pairs): pairs.flatMap { [$0.0] + jsonStrings($0.1) }
        default: []
        }
    }
}
