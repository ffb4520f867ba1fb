import Foundation
import Testing

@testable import Deltagande

/// Issue 9: the workbook's text is checked in parts on every core with the findings of one pass.
@Suite struct GuardOnEveryCoreTests {
    static let guardian = PersonalDataGuard(personNames: [
        "Anna Svensson", "Karin Lindqvist-Öberg", "Per Olof Bäck", "Åsa Ek", "Mats Ek Nord",
    ])

    @Test func partsGiveTheFindingsOfOnePass() {
        var random = SplitMix64(seed: 41)
        // Names split by line ends and spaces, short parts, numbers and addresses.
        let pieces = [
            "anna", "Svensson", "Karin", "Lindqvist-Öberg", "per", "olof", "Bäck", "Åsa", "EK", "Mats", "nord", "möte",
            " ", " ", "\n", "\n", "\r\n", ", ", "a@b.se", "070-123 45 67", "19121212-1212", "1 576 723", "é", "ß",
        ]
        for _ in 0..<4_000 {
            let text = (0..<random.below(30)).map { _ in random.pick(pieces) }.joined()
            let expected = Self.guardian.findings(in: text)
            for partBytes in [1, 3, 8, 1 << 20] {
                #expect(
                    Self.guardian.findingsOnEveryCore(in: text, partBytes: partBytes) == expected,
                    "\(text.debugDescription) in parts of \(partBytes)")
            }
        }
    }

    @Test func aNameAcrossManyShortPartsIsFound() {
        // One word a line: with parts of one byte every line is a part of its own.
        let text = "x\nper\nolof\nbäck\ny\n"
        #expect(Self.guardian.findings(in: text) == ["the name of an input person"])
        #expect(Self.guardian.findingsOnEveryCore(in: text, partBytes: 1) == ["the name of an input person"])
    }

    @Test func partsEndAfterLineEndsAndKeepEveryByte() {
        let text = "ett\ntvå tre\n\nfyra"
        for bytes in 1...20 {
            let parts = PersonalDataGuard.parts(of: text, bytes: bytes)
            #expect(parts.joined() == text)
            #expect(parts.dropLast().allSatisfy { $0.hasSuffix("\n") })
        }
        #expect(PersonalDataGuard.parts(of: "", bytes: 4) == [""])
    }
}
