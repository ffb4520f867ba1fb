import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// What an `.xlsx` part parser reacts to. Names are local names (`x:row` → `row`): some generators
/// prefix the SpreadsheetML namespace, and nothing we read depends on the prefix.
protocol XMLEventHandler {
    mutating func start(_ name: String, _ attributes: [String: String])
    mutating func end(_ name: String)
    mutating func text(_ text: String)
}

/// Runs Foundation's SAX `XMLParser` over one part and feeds a value-type handler, so each part's
/// logic is a small struct instead of an `NSObject` subclass.
enum XMLEvents {
    /// Parses `data` into `handler`; a part that is not well-formed XML is a `FileReadError`.
    ///
    /// Foundation's parser on Linux runs libxml2 in recovery mode, so it may accept unbalanced XML and
    /// it force-unwraps names that are not UTF-8. Hence the checks around it: the bytes must be UTF-8
    /// (UTF-16 parts are transcoded first), every element must close, and any error libxml2 reported
    /// while recovering still fails the part.
    static func parse<Handler: XMLEventHandler>(
        _ data: Data, into handler: inout Handler, part: String, file: String
    ) throws(FileReadError) {
        func malformed(_ detail: String) -> FileReadError {
            FileReadError(file: file, message: "not a readable .xlsx: \(part) is not well-formed XML (\(detail))")
        }
        guard let utf8 = utf8Document(data) else { throw malformed("not UTF-8 text") }
        let parser = XMLParser(data: utf8)
        parser.shouldProcessNamespaces = false
        parser.shouldReportNamespacePrefixes = false
        parser.shouldResolveExternalEntities = false
        let delegate = Delegate(handler)
        parser.delegate = delegate
        let ok = parser.parse()
        handler = delegate.handler
        if !ok || parser.parserError != nil {
            let reason = parser.parserError.map { $0.localizedDescription } ?? "parser failed"
            throw malformed("line \(parser.lineNumber): \(reason)")
        }
        if !delegate.sawElement { throw malformed("no elements") }
        if delegate.depth != 0 { throw malformed("it ends before its elements close") }
    }

    /// The part as UTF-8 bytes, or nil when it is neither UTF-8 nor BOM-marked UTF-16.
    private static func utf8Document(_ data: Data) -> Data? {
        let bytes = [UInt8](data)
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            let order: UTF16Text.Endianness = bytes[0] == 0xFF ? .little : .big
            guard var text = try? UTF16Text.decode(bytes, from: 2, order, file: "") else { return nil }
            // The declaration would still say UTF-16 about what are now UTF-8 bytes.
            if text.hasPrefix("<?xml"), let end = text.range(of: "?>") {
                text.removeSubrange(text.startIndex..<end.upperBound)
            }
            return Data(text.utf8)
        }
        return String(validating: bytes, as: UTF8.self) == nil ? nil : data
    }

    static func localName(_ qualified: String) -> String {
        guard let colon = qualified.lastIndex(of: ":") else { return qualified }
        return String(qualified[qualified.index(after: colon)...])
    }

    private final class Delegate<Handler: XMLEventHandler>: NSObject, XMLParserDelegate {
        var handler: Handler
        /// Open elements, to catch a document cut off mid-way, which recovery mode lets through.
        var depth = 0
        var sawElement = false

        init(_ handler: Handler) {
            self.handler = handler
        }

        func parser(
            _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
            qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]
        ) {
            var attributes: [String: String] = [:]
            for (key, value) in attributeDict where !key.hasPrefix("xmlns") {
                attributes[XMLEvents.localName(key)] = value
            }
            depth += 1
            sawElement = true
            handler.start(XMLEvents.localName(elementName), attributes)
        }

        func parser(
            _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?
        ) {
            depth -= 1
            handler.end(XMLEvents.localName(elementName))
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            handler.text(string)
        }

        /// Whitespace-only text such as `<t xml:space="preserve"> </t>` may arrive here instead.
        func parser(_ parser: XMLParser, foundIgnorableWhitespace whitespaceString: String) {
            handler.text(whitespaceString)
        }

        func parser(_ parser: XMLParser, foundCDATA block: Data) {
            handler.text(String(decoding: block, as: UTF8.self))
        }
    }
}
