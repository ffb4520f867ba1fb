/// A JSON value whose objects keep their key order, so reports read in a stable, logical order.
public indirect enum JSONValue: Sendable, Equatable {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case array([JSONValue])
    case object([(String, JSONValue)])

    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        lhs.serialised() == rhs.serialised()
    }

    static func optional(_ value: Int?) -> JSONValue { value.map(JSONValue.int) ?? .null }
    static func optional(_ value: Double?) -> JSONValue {
        guard let value, value.isFinite else { return .null }
        return .double(value)
    }
    static func optional(_ value: Bool?) -> JSONValue { value.map(JSONValue.bool) ?? .null }
    static func optional(_ value: String?) -> JSONValue { value.map(JSONValue.string) ?? .null }

    /// Pretty-printed with two-space indents and a final newline.
    public func serialised() -> String { String(decoding: serialisedBytes(), as: UTF8.self) }

    /// `serialised()` as UTF-8 bytes, written byte by byte into one buffer: a large run's JSON is
    /// megabytes, and building it from small strings (an indent string per line, a scalar at a
    /// time) took a fifth of the workbook write beside it (issue 9).
    public func serialisedBytes() -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(1 << 16)
        write(to: &output, indent: 0)
        output.append(0x0A)
        return output
    }

    private func write(to output: inout [UInt8], indent: Int) {
        func spaces(_ count: Int) { output.append(contentsOf: repeatElement(0x20, count: count)) }
        switch self {
        case .null: output.append(contentsOf: "null".utf8)
        case .bool(let value): output.append(contentsOf: (value ? "true" : "false").utf8)
        case .int(let value): output.append(contentsOf: String(value).utf8)
        case .double(let value): output.append(contentsOf: JSONValue.number(value).utf8)
        case .string(let value): JSONValue.escape(value, into: &output)
        case .array(let values):
            if values.isEmpty { return output.append(contentsOf: "[]".utf8) }
            output.append(contentsOf: "[\n".utf8)
            for (index, value) in values.enumerated() {
                spaces(indent + 2)
                value.write(to: &output, indent: indent + 2)
                if index < values.count - 1 { output.append(UInt8(ascii: ",")) }
                output.append(0x0A)
            }
            spaces(indent)
            output.append(UInt8(ascii: "]"))
        case .object(let pairs):
            if pairs.isEmpty { return output.append(contentsOf: "{}".utf8) }
            output.append(contentsOf: "{\n".utf8)
            for (index, (key, value)) in pairs.enumerated() {
                spaces(indent + 2)
                JSONValue.escape(key, into: &output)
                output.append(contentsOf: ": ".utf8)
                value.write(to: &output, indent: indent + 2)
                if index < pairs.count - 1 { output.append(UInt8(ascii: ",")) }
                output.append(0x0A)
            }
            spaces(indent)
            output.append(UInt8(ascii: "}"))
        }
    }

    /// Rounded to 10 decimals: enough for any rate, and free of binary noise like 0.30000000000000004.
    static func number(_ value: Double) -> String {
        let rounded = (value * 1e10).rounded() / 1e10
        return rounded == rounded.rounded() && abs(rounded) < 1e15 ? String(Int(rounded)) : String(rounded)
    }

    /// The string quoted and escaped by its UTF-8 bytes: every byte escaped is ASCII, and the bytes
    /// of other scalars (0x80 and up) are copied as they are.
    static func escape(_ text: String, into output: inout [UInt8]) {
        let hex = Array("0123456789abcdef".utf8)
        output.append(UInt8(ascii: "\""))
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): output.append(contentsOf: "\\\"".utf8)
            case UInt8(ascii: "\\"): output.append(contentsOf: "\\\\".utf8)
            case 0x0A: output.append(contentsOf: "\\n".utf8)
            case 0x0D: output.append(contentsOf: "\\r".utf8)
            case 0x09: output.append(contentsOf: "\\t".utf8)
            case 0..<0x20:
                output.append(contentsOf: "\\u00".utf8)
                output.append(hex[Int(byte >> 4)])
                output.append(hex[Int(byte & 0xF)])
            default: output.append(byte)
            }
        }
        output.append(UInt8(ascii: "\""))
    }

    /// The serialisation as first written, a string at a time.
    func serialisedAsWritten() -> String {
        var output = ""
        writeAsWritten(to: &output, indent: 0)
        output += "\n"
        return output
    }

    private func writeAsWritten(to output: inout String, indent: Int) {
        switch self {
        case .null: output += "null"
        case .bool(let value): output += value ? "true" : "false"
        case .int(let value): output += String(value)
        case .double(let value):
            let rounded = (value * 1e10).rounded() / 1e10
            output += rounded == rounded.rounded() && abs(rounded) < 1e15 ? String(Int(rounded)) : String(rounded)
        case .string(let value): JSONValue.escapeAsWritten(value, into: &output)
        case .array(let values):
            if values.isEmpty { output += "[]"; return }
            output += "[\n"
            for (index, value) in values.enumerated() {
                output += String(repeating: " ", count: indent + 2)
                value.writeAsWritten(to: &output, indent: indent + 2)
                output += index < values.count - 1 ? ",\n" : "\n"
            }
            output += String(repeating: " ", count: indent) + "]"
        case .object(let pairs):
            if pairs.isEmpty { output += "{}"; return }
            output += "{\n"
            for (index, (key, value)) in pairs.enumerated() {
                output += String(repeating: " ", count: indent + 2)
                JSONValue.escapeAsWritten(key, into: &output)
                output += ": "
                value.writeAsWritten(to: &output, indent: indent + 2)
                output += index < pairs.count - 1 ? ",\n" : "\n"
            }
            output += String(repeating: " ", count: indent) + "}"
        }
    }

    static func escapeAsWritten(_ text: String, into output: inout String) {
        output += "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            case let s where s.value < 0x20:
                output +=
                    "\\u" + String(repeating: "0", count: 4 - String(s.value, radix: 16).count)
                    + String(s.value, radix: 16)
            default: output.unicodeScalars.append(scalar)
            }
        }
        output += "\""
    }
}
