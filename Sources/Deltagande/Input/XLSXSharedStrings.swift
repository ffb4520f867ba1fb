import Foundation

/// The shared string table (`xl/sharedStrings.xml`): cells of type `s` hold an index into it.
enum XLSXSharedStrings {
    static func read(_ data: Data, part: String, file: String) throws(FileReadError) -> [String] {
        var handler = Handler()
        try XMLEvents.parse(data, into: &handler, part: part, file: file)
        return handler.strings
    }

    private struct Handler: XMLEventHandler {
        var strings: [String] = []
        var text = XLSXRichText()

        mutating func start(_ name: String, _ attributes: [String: String]) {
            if name == "si" { text = XLSXRichText() }
            text.start(name)
        }

        mutating func end(_ name: String) {
            text.end(name)
            if name == "si" { strings.append(text.value) }
        }

        mutating func text(_ string: String) {
            text.text(string)
        }
    }
}

/// Collects the text of a string item (`<si>` or an inline `<is>`): a plain `<t>`, or the `<t>` of
/// each rich-text run `<r>`, but never the phonetic guide runs `<rPh>` (East Asian readings that
/// Excel does not show in the cell).
struct XLSXRichText {
    private var raw = ""
    private var inText = false
    private var phoneticDepth = 0

    var value: String { XLSXCellText.unescape(raw) }

    mutating func start(_ name: String) {
        switch name {
        case "rPh": phoneticDepth += 1
        case "t": inText = phoneticDepth == 0
        default: break
        }
    }

    mutating func end(_ name: String) {
        switch name {
        case "rPh": phoneticDepth = max(0, phoneticDepth - 1)
        case "t": inText = false
        default: break
        }
    }

    mutating func text(_ string: String) {
        if inText { raw += string }
    }
}
