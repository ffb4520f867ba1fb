import Testing

@testable import Deltagande

@Suite struct PersonalDataMaskTests {
    @Test(arguments: [
        ("Skriv till asa.lindqvist-oberg@ostersund.example!", "Skriv till [e-post]!"),
        ("Ring 070-123 45 67 i morgon", "Ring [telefon] i morgon"),
        ("Ring +46 70 123 45 67", "Ring [telefon]"),
        ("Ring 070-1234567", "Ring [telefon]"),
        // Ten bare digits have the identity-number layout (R47): masked as such.
        ("Ring 0701234567", "Ring [personnummer]"),
        ("Mitt pnr är 121212-1212", "Mitt pnr är [personnummer]"),
        ("19121212-1212 står på fakturan", "[personnummer] står på fakturan"),
        ("Orgnr 1212121212", "Orgnr [personnummer]"),
    ])
    func masksPersonalData(input: String, expected: String) {
        #expect(PersonalDataMask.maskComment(input) == expected)
    }

    @Test(arguments: [
        "Mötet 2026-09-21 var bra, 4 av 5",
        "Vi var 12 personer i 3 timmar",
        "-- inget --",
        "@Åre: vi ansluter via Teams",
    ])
    func leavesOrdinaryTextAlone(input: String) {
        #expect(PersonalDataMask.maskComment(input) == input)
    }

    @Test func englishMarkersInEnglishOutputs() {
        #expect(PersonalDataMask.maskComment("mail a@b.example", language: .english) == "mail [e-mail]")
    }
}

@Suite struct PersonalDataGuardTests {
    @Test func findsTheFullNameOfAnInputPerson() {
        let guardian = PersonalDataGuard(personNames: ["Åsa Lindqvist-Öberg", "Jönsson, Karin"])
        #expect(!guardian.findings(in: "Tack till åsa lindqvist-öberg för mötet").isEmpty)
        #expect(!guardian.findings(in: "Karin Jönsson deltog").isEmpty)
        #expect(guardian.findings(in: "Karin deltog, och Åsa").isEmpty)
    }

    @Test func findsAddressesAndNumbers() {
        let guardian = PersonalDataGuard(personNames: [])
        #expect(!guardian.findings(in: "kontakt: x@y.example").isEmpty)
        #expect(!guardian.findings(in: "tel 070-123 45 67").isEmpty)
        #expect(!guardian.findings(in: "nr 121212-1212").isEmpty)
        #expect(guardian.findings(in: "Period: 2026-08-18 – 2026-11-19, närvaro 73,3 %").isEmpty)
    }
}

@Suite struct NameMaskingTests {
    @Test func fullNamesOfInputPersonsAreMaskedInComments() {
        let guardian = PersonalDataGuard(personNames: ["Åsa Lindqvist-Öberg", "Jönsson, Karin"])
        #expect(
            guardian.maskingNames(in: "Tack Åsa Lindqvist-Öberg och karin jönsson!", marker: "[namn]")
                == "Tack [namn] och [namn]!")
        #expect(guardian.maskingNames(in: "Tack Åsa och Karin", marker: "[namn]") == "Tack Åsa och Karin")
    }
}

@Suite struct GuardFalsePositiveTests {
    @Test func largeFiguresInSwedishStyleAreNoPhoneNumbers() {
        let guardian = PersonalDataGuard(personNames: [])
        let style = NumberStyle(language: .swedish)
        let text = "Anmälningar \(style.integer(1_576_723)), deltaganden \(style.integer(12_345_678))"
        #expect(guardian.findings(in: text).isEmpty)
        #expect(!guardian.findings(in: "ring 1 576 723").isEmpty)
    }
}

@Suite struct CommentMaskingGapsTests {
    @Test(arguments: [
        ("ring 070\u{00A0}123\u{00A0}45\u{00A0}67", "ring [telefon]"),
        ("skriv till åsa@företag.example", "skriv till [e-post]"),
        ("björn.ek@x.example", "[e-post]"),
    ])
    func masksWhatPeopleActuallyType(input: String, expected: String) {
        #expect(PersonalDataMask.maskComment(input) == expected)
    }

    @Test func anAddressHoldingANameIsMaskedAsAnAddress() {
        let names = PersonalDataGuard(personNames: ["Åsa Lindqvist"])
        let masked = names.maskingNames(
            in: PersonalDataMask.maskComment("mejla åsa.lindqvist@ostersund.example eller Åsa Lindqvist"),
            marker: "[namn]")
        #expect(masked == "mejla [e-post] eller [namn]")
    }

    @Test func rejectionReasonsNeverCarryQuotedInput() {
        #expect(ReasonText.general("unknown session \"Möte \"Anna Svensson\"\"") == "unknown session …")
        #expect(
            ReasonText.general("unknown mode \"x\" (in_room, hybrid or remote)")
                == "unknown mode … (in_room, hybrid or remote)")
    }
}

@Suite struct GuardMessageTests {
    @Test func findingsNameTheKindButNeverTheText() {
        let found = PersonalDataGuard(personNames: []).findings(in: "a\nkontakt: anna@x.example\ntel 070-123 45 67\n")
        #expect(found.sorted() == ["e-mail address", "phone number"])
    }
}

@Suite struct GuardLineSplitTests {
    @Test func byteLinesFindWhatCharacterLinesFind() {
        var random = SplitMix64(seed: 223)
        // Line breaks of every kind beside and inside addresses and numbers.
        let pieces = [
            "\n", "\r\n", "\r", " ", "anna@example.se", "a@b", ".se", "070-123 45 67", "0701234567", "19800101-1234",
            "800101-1234", "12 345", "1", "2020-01-13", "Åre", "@", ".", ",", "–", "\u{00A0}", "Mer tid för frågor",
        ]
        var found = 0
        for _ in 0..<5_000 {
            let text = (0..<random.below(9)).map { _ in random.pick(pieces) }.joined()
            let findings = PersonalDataMask.findings(in: text)
            if !findings.isEmpty { found += 1 }
            #expect(findings == PersonalDataMask.findingsAsWritten(in: text), "\(text.debugDescription)")
        }
        #expect(found > 1_000)
    }
}
