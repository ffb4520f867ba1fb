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
    static func parse<Handler: XMLEventHandler>(
        _ data: Data, into handler: inout Handler, part: String, file: String
    ) throws(FileReadError) {
        let parser = XMLParser(data: data)
        parser.shouldProcessNamespaces = false
        parser.shouldReportNamespacePrefixes = false
        parser.shouldResolveExternalEntities = false
        let delegate = Delegate(handler)
        parser.delegate = delegate
        let ok = parser.parse()
        handler = delegate.handler
        if !ok {
            let reason = parser.parserError.map { " (\($0.localizedDescription))" } ?? ""
            throw FileReadError(
                file: file, message: "not a readable .xlsx: \(part) is not well-formed XML at line \(parser.lineNumber)\(reason)")
        }
    }

    static func localName(_ qualified: String) -> String {
        guard let colon = qualified.lastIndex(of: ":") else { return qualified }
        return String(qualified[qualified.index(after: colon)...])
    }

    private final class Delegate<Handler: XMLEventHandler>: NSObject, XMLParserDelegate {
        var handler: Handler

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
            handler.start(XMLEvents.localName(elementName), attributes)
        }

        func parser(
            _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?
        ) {
            handler.end(XMLEvents.localName(elementName))
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            handler.text(string)
        }

        /// Whitespace-only text such as `<t xml:space="preserve"> </t>` may arrive here instead.
        func parser(_ parser: XMLParser, foundIgnorableWhitespace whitespaceString: String) {
            handler.text(whitespaceString)
        }

        func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
            handler.text(String(decoding: CDATABlock, as: UTF8.self))
        }
    }
}
