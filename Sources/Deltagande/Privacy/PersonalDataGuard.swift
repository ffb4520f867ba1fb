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
        self.init(names: personNames)
    }

    /// From any list of names (repeats do no harm).
    init<Names: Sequence<String>>(names personNames: Names) {
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
        var words: [String] = []
        forEachWord(in: text) { words.append($0) }
        return words
    }

    /// Lower-cased runs of letters and hyphens, the rule as written for any text.
    static func wordsAsWritten(_ text: String) -> [String] {
        text.lowercased().split { !$0.isLetter && $0 != "-" }.map(String.init)
    }

    /// Lower-case Latin-1 letters (upper case is mapped down first): a–z, ª µ º, ß–ö, ø–ÿ.
    private static func isLatin1Letter(_ value: UInt32) -> Bool {
        switch value {
        case 0x61...0x7A, 0xAA, 0xB5, 0xBA, 0xDF...0xF6, 0xF8...0xFF: true
        default: false
        }
    }

    /// The text with every full name of an input person replaced by a marker: comments thank
    /// people by name, and a comment must not stop the run or publish the name.
    public func maskingNames(in text: String, marker: String) -> String {
        guard !names.isEmpty else { return text }
        let wordRanges = PersonalDataGuard.wordRanges(in: text)
        let words = wordRanges.map { TextKey.lowercased(text[$0]) }
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

    /// Where the text's words are: runs of letters and hyphens. Latin-1 text, where every scalar
    /// is a character (nothing below U+0300 combines) and letters are known without Unicode
    /// tables, is read byte by byte; other text the way `wordRangesAsWritten` does.
    static func wordRanges(in text: String) -> [Range<String.Index>] {
        guard TextKey.isLatin1(text) else { return wordRangesAsWritten(in: text) }
        var ranges: [Range<String.Index>] = []
        forEachLatin1WordRange(in: text) { ranges.append($0) }
        return ranges
    }

    /// The word ranges of Latin-1 text, one by one (a workbook's text has millions of words).
    private static func forEachLatin1WordRange(in text: String, _ body: (Range<String.Index>) -> Void) {
        var start: String.Index?
        let utf8 = text.utf8
        var index = utf8.startIndex
        while index < utf8.endIndex {
            var next = utf8.index(after: index)
            var value = UInt32(utf8[index])
            if value >= 0xC0 {
                value = (value & 0x1F) << 6 | UInt32(utf8[next] & 0x3F)
                next = utf8.index(after: next)
            }
            if TextKey.isLatin1Upper(value) { value += 0x20 }
            let isWord = value == 0x2D || isLatin1Letter(value)
            if isWord, start == nil { start = index }
            if !isWord, let begun = start {
                body(begun..<index)
                start = nil
            }
            index = next
        }
        if let begun = start { body(begun..<text.endIndex) }
    }

    /// The rule as written: characters that are letters or hyphens, for any text.
    static func wordRangesAsWritten(in text: String) -> [Range<String.Index>] {
        var ranges: [Range<String.Index>] = []
        var start: String.Index?
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            let isWord = character.isLetter || character == "-"
            if isWord, start == nil { start = index }
            if !isWord, let begun = start {
                ranges.append(begun..<index)
                start = nil
            }
            index = text.index(after: index)
        }
        if let begun = start { ranges.append(begun..<text.endIndex) }
        return ranges
    }

    /// What the text holds that must not be published; empty when clean.
    public func findings(in text: String) -> [String] {
        let found = PersonalDataMask.findings(in: text)
        guard !names.isEmpty else { return found }
        // Each name once, however often it appears.
        return found + Array(repeating: Self.nameFinding, count: namesFound(in: text, edges: 0).found.count)
    }

    /// `findings(in:)` for a text too long for one core (a large workbook's text): split after
    /// line ends into parts of about `partBytes`, each checked on a core of its own. A name may run
    /// across a split: the words on either side of each split are checked together as well.
    /// Lines never cross a split, so the other kinds of finding are each part's together.
    public func findingsOnEveryCore(in text: String, partBytes: Int = 1 << 20) -> [String] {
        let parts = Self.parts(of: text, bytes: max(partBytes, 1))
        guard parts.count > 1 else { return findings(in: text) }
        let longest = max(2, longestName)
        let checked = ParallelMap.map(parts) { part in
            (kinds: PersonalDataMask.findings(in: part), names: namesFound(in: part, edges: longest - 1))
        }
        var kinds = Set<String>()
        var found = Set<String>()
        for part in checked {
            kinds.formUnion(part.kinds)
            found.formUnion(part.names.found)
        }
        // A name across splits is checked at the first it crosses: its words before that split are
        // the last of one part, those after it the first after the split, which may reach past
        // parts too short to hold them.
        let edges = longest - 1
        var head: [String] = []
        for index in checked.indices.reversed() {
            let part = checked[index].names
            if index + 1 < checked.count {
                found.formUnion(namesFound(inWords: part.last + head, longest: longest))
            }
            head = Array((part.isWhole ? part.first + head : part.first).prefix(edges))
        }
        // In the order and number `findings(in:)` gives.
        return PersonalDataMask.findingKinds.filter(kinds.contains)
            + Array(repeating: Self.nameFinding, count: found.count)
    }

    static let nameFinding = "the name of an input person"

    /// The text cut after a line end once each part has `bytes` bytes or more.
    static func parts(of text: String, bytes: Int) -> [String] {
        var text = text
        return text.withUTF8 { buffer in
            var parts: [String] = []
            var start = 0
            var index = bytes
            while index < buffer.count {
                if buffer[index] == 0x0A {
                    parts.append(String(decoding: UnsafeBufferPointer(rebasing: buffer[start...index]), as: UTF8.self))
                    start = index + 1
                    index = start + bytes
                } else {
                    index += 1
                }
            }
            if start < buffer.count || parts.isEmpty {
                parts.append(String(decoding: UnsafeBufferPointer(rebasing: buffer[start...]), as: UTF8.self))
            }
            return parts
        }
    }

    /// The names in a text, its first and last `edges` words, and whether those are all its words.
    /// The words pass through a window as long as the longest name, instead of being held all at
    /// once: a large workbook's text has millions of them.
    private func namesFound(in text: String, edges: Int) -> (
        found: Set<String>, first: [String], last: [String], isWhole: Bool
    ) {
        guard !names.isEmpty else { return ([], [], [], false) }
        var first: [String] = []
        var last: [String] = []
        var count = 0
        var words: [String] = []
        words.reserveCapacity(max(2, longestName) + 1)
        var found = Set<String>()
        let longest = max(2, longestName)
        PersonalDataGuard.forEachWord(in: text) { word in
            count += 1
            if first.count < edges { first.append(word) }
            last.append(word)
            if last.count > edges { last.removeFirst() }
            words.append(word)
            if words.count > longest {
                found.formUnion(namesStarting(words, longest: longest))
                words.removeFirst()
            }
        }
        while !words.isEmpty {
            found.formUnion(namesStarting(words, longest: longest))
            words.removeFirst()
        }
        return (found, first, last, count <= edges)
    }

    /// Every name among the windows of `words`.
    private func namesFound(inWords words: [String], longest: Int) -> Set<String> {
        var found = Set<String>()
        for start in words.indices {
            found.formUnion(namesStarting(Array(words[start...]), longest: longest))
        }
        return found
    }

    /// The names the first words of `window` spell, two words long up to `longest`.
    private func namesStarting(_ window: [String], longest: Int) -> [String] {
        guard let first = window.first, firstWords.contains(first) else { return [] }
        return (2...longest).compactMap { length in
            guard length <= window.count else { return nil }
            let candidate = window[0..<length].joined(separator: " ")
            return names.contains(candidate) ? candidate : nil
        }
    }

    /// The rule as first written, with every word of the text in one array.
    func findingsAsWritten(in text: String) -> [String] {
        var found = PersonalDataMask.findings(in: text)
        let words = PersonalDataGuard.wordsAsWritten(text)
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

    /// The words of `words(_:)`, one at a time. Text entirely in Latin-1, where every character
    /// is one scalar and letters and lower case are known without Unicode tables, is split on
    /// its scalars; other text the way `wordsAsWritten` does.
    static func forEachWord(in text: String, _ body: (String) -> Void) {
        if TextKey.isLatin1(text) {
            forEachLatin1WordRange(in: text) { body(TextKey.lowercased(text[$0])) }
            return
        }
        var current = ""
        for character in text.lowercased() {
            if character.isLetter || character == "-" {
                current.append(character)
            } else if !current.isEmpty {
                body(current)
                current = ""
            }
        }
        if !current.isEmpty { body(current) }
    }

    /// The text a workbook shows: its strings, sheet names and properties. Numbers are left out,
    /// since a rate's digits would look like a phone number.
    public static func workbookText(_ url: URL) throws -> String {
        let paths = try Archive(url: url, accessMode: .read).filter { $0.path.hasSuffix(".xml") }.map(\.path)
        // Parts are inflated and scanned on every core (a large run's sheets are tens of megabytes
        // of XML), each through an archive of its own, and joined in the archive's order.
        let parts = ParallelMap.map(paths) { path in
            Result { () throws -> String in
                let archive = try Archive(url: url, accessMode: .read)
                guard let entry = archive[path] else { throw CocoaError(.fileReadCorruptFile) }
                // Sized at once and scanned as bytes: a large workbook's shared strings are tens of
                // megabytes, and growing the buffer and copying it into a string set the run's peak.
                var data = Data(capacity: Int(clamping: entry.uncompressedSize))
                // No checksum: this run wrote the file a moment ago; the text is what is checked.
                _ = try archive.extract(entry, skipCRC32: true) { data.append($0) }
                return data.withUnsafeBytes {
                    textElements(bytes: $0.bindMemory(to: UInt8.self), all: path.hasPrefix("docProps/"))
                }
            }
        }
        var text = ""
        for part in parts { text += try part.get() + "\n" }
        return text
    }

    /// The content of `<t>`, `<a:t>` and `<vt:lpstr>` elements (or of every element, for properties),
    /// found by scanning the bytes: the workbook's XML is megabytes on a large run.
    static func textElements(_ xml: String, all: Bool) -> String {
        var xml = xml
        return xml.withUTF8 { textElements(bytes: $0, all: all) }
    }

    /// `textElements` of UTF-8 bytes. Each element's text is decoded on its own, which repairs
    /// invalid bytes as decoding the whole would: `<` and `>` end every invalid sequence.
    static func textElements(bytes: UnsafeBufferPointer<UInt8>, all: Bool) -> String {
        var found: [String] = []
        let count = bytes.count
        let open = UInt8(ascii: "<")
        let close = UInt8(ascii: ">")
        func text(_ start: Int, _ end: Int) -> String {
            unescape(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self))
        }
        var index = 0
        while index < count {
            if all {
                // `>text<` with at least one character between.
                guard bytes[index] == close else {
                    index += 1
                    continue
                }
                var end = index + 1
                while end < count && bytes[end] != open { end += 1 }
                if end < count && end > index + 1 { found.append(text(index + 1, end)) }
                index = end < count ? end + 1 : end
                continue
            }
            guard bytes[index] == open else {
                index += 1
                continue
            }
            // The element's name runs to white space, `>` or `/`.
            var nameEnd = index + 1
            while nameEnd < count, !isNameEnd(bytes[nameEnd]) { nameEnd += 1 }
            let name = UnsafeBufferPointer(rebasing: bytes[(index + 1)..<nameEnd])
            guard nameEnd < count, textElementNames.contains(where: { $0.elementsEqual(name) }),
                bytes[nameEnd] == close || isSpace(bytes[nameEnd])
            else {
                index += 1
                continue
            }
            var contentStart = nameEnd
            while contentStart < count && bytes[contentStart] != close { contentStart += 1 }
            guard contentStart < count else { break }
            contentStart += 1
            var end = contentStart
            while end < count && bytes[end] != open { end += 1 }
            if end + 1 < count && bytes[end + 1] == UInt8(ascii: "/") {
                found.append(text(contentStart, end))
                index = end + 2
            } else {
                index += 1
            }
        }
        return found.joined(separator: "\n")
    }

    private static let textElementNames: [[UInt8]] = [Array("t".utf8), Array("a:t".utf8), Array("vt:lpstr".utf8)]

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C || byte == 0x0B
    }

    private static func isNameEnd(_ byte: UInt8) -> Bool {
        isSpace(byte) || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "/")
    }

    /// The regular-expression form of `textElements`, the rule as first written.
    static func textElementsAsWritten(_ xml: String, all: Bool) -> String {
        let pattern = all ? #">([^<]+)<"# : #"<(?:t|a:t|vt:lpstr)(?:\s[^>]*)?>([^<]*)</"#
        guard let expression = try? NSRegularExpression(pattern: pattern) else { return "" }
        let range = NSRange(xml.startIndex..., in: xml)
        return expression.matches(in: xml, range: range).compactMap { match in
            Range(match.range(at: 1), in: xml).map { unescape(String(xml[$0])) }
        }.joined(separator: "\n")
    }

    static func unescape(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "&")) else { return text }
        return text.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
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
