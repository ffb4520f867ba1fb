/// Swedish organisation numbers and the personal identity numbers sole traders use in their place
/// (SPEC 3, R30).
public enum OrgNumber: Sendable, Equatable, Hashable {
    /// A valid organisation number: ten digits, Luhn check digit, third digit ≥ 2.
    case organisation(String)
    /// A personal identity number (sole trader): personal data, never written out.
    case personal(String)
    /// Something was typed but it is neither.
    case invalid

    /// Reads an org-number cell; `nil` when the cell is empty.
    public static func parse(_ raw: String) -> OrgNumber? {
        if let fast = parseASCII(raw) { return fast }
        return parseAsWritten(raw)
    }

    /// The same rules on ASCII bytes, for cells without letters: `.some(nil)` for an empty cell, nil
    /// when the general path must decide (letters, which may be a VAT form's `SE`; anything not ASCII).
    static func parseASCII(_ raw: String) -> OrgNumber?? {
        var digits: [Int] = []
        digits.reserveCapacity(12)
        var other = false
        for byte in raw.utf8 {
            switch byte {
            case 0x30...0x39: digits.append(Int(byte) - 48)
            case 0x09...0x0D, 0x20, UInt8(ascii: "-"): continue
            case 0x41...0x5A, 0x61...0x7A, 0x80...: return nil
            default: other = true
            }
        }
        if other { return .some(.invalid) }
        if digits.isEmpty { return .some(nil) }
        return .some(fromDigits(digits))
    }

    /// The rules as written, for any text.
    static func parseAsWritten(_ raw: String) -> OrgNumber? {
        var text = raw.uppercased().filter { !$0.isWhitespace && $0 != "-" && $0 != "–" && $0 != "—" }
        if text.isEmpty { return nil }
        // VAT form SE5566778899 01 (R30).
        if text.hasPrefix("SE"), text.hasSuffix("01"), text.count == 14 {
            text = String(text.dropFirst(2).dropLast(2))
        }
        guard text.allSatisfy(\.isASCII), text.allSatisfy(\.isNumber) else { return .invalid }
        return fromDigits(Array(text.utf8).map { Int($0) - 48 })
    }

    /// Ten digits, or twelve with a century (16 is the organisation-number prefix, 19/20 a birth year).
    static func fromDigits(_ digits: [Int]) -> OrgNumber {
        var ten: [Int]
        var twelveDigitPersonal = false
        switch digits.count {
        case 10: ten = digits
        case 12 where digits[0] == 1 && digits[1] == 6: ten = Array(digits.dropFirst(2))
        case 12 where (digits[0] == 1 && digits[1] == 9) || (digits[0] == 2 && digits[1] == 0):
            ten = Array(digits.dropFirst(2))
            twelveDigitPersonal = true
        default: return .invalid
        }
        let string = String(decoding: ten.map { UInt8($0 + 48) }, as: UTF8.self)
        if twelveDigitPersonal || ten[2] < 2 {
            return .personal(string)
        }
        return luhnValid(ten) ? .organisation(string) : .invalid
    }

    /// The Luhn check over the first nine digits gives the tenth.
    static func luhnValid(_ digits: [Int]) -> Bool {
        guard digits.count == 10 else { return false }
        var sum = 0
        for (index, digit) in digits.enumerated() {
            var value = index % 2 == 0 ? digit * 2 : digit
            if value > 9 { value -= 9 }
            sum += value
        }
        return sum % 10 == 0
    }
}
