import Foundation
import Testing

@testable import Deltagande

/// Reports in other UI languages and Zoom's other layouts are found by shape (SPEC 2.4, R17–R21).
@Suite struct ReportLanguageTests {
    func ingest(_ name: String, _ text: String, utf16: Bool = true) throws -> Ingested {
        let test = try TestInput(files: ["sessions.csv": TestInput.sessions], examples: [:])
        defer { test.remove() }
        var data = Data()
        if utf16 {
            data = Data([0xFF, 0xFE])
            data.append(text.data(using: .utf16LittleEndian) ?? Data())
        } else {
            data = Data(text.utf8)
        }
        try data.write(to: test.input.appendingPathComponent("attendance/\(name)"))
        return try Ingest.read(folder: test.input)
    }

    @Test func frenchMeetingSummaryWithDayFirstDatesAndSpacedDurations() throws {
        let report = [
            "Résumé de la réunion",
            "Nombre total de participants\t3",
            "Titre de la réunion\tRéunion Teams",
            "Heure de début de la réunion\t12/03/2024 à 08:58:02",
            "Heure de fin de la réunion\t12/03/2024 à 11:31:40",
            "",
            "Nom complet\tHeure d'arrivée\tHeure de départ\tDurée\tE-mail\tRôle",
            "Ingrid Fjällström\t12/03/2024 à 08:58:02\t12/03/2024 à 11:31:40\t2 h 33 min\tingrid@regionjh.example\tOrganisateur",
            "Åsa Lindqvist-Öberg (Invité)\t12/03/2024 à 09:01:13\t12/03/2024 à 10:06:16\t1 h 5 min 3 s\tasa@ostersund.example\tParticipant",
            "Karin Jönsson\t13/03/2024 à 00:10:00\t13/03/2024 à 00:20:00\t10 min\tkarin@are.example\tParticipant",
        ].joined(separator: "\n")
        let ingested = try ingest("rapport.csv", report)
        #expect(ingested.ledger.accounts.last?.layout == "teams-meeting-summary")
        let rows = ingested.attendance
        // The title matches nothing, so the start time decides: 12 March by the day-first order
        // that "13/03" proves.
        #expect(rows.count == 3)
        #expect(rows.allSatisfy { $0.session == 0 })
        #expect(rows.map(\.isHost) == [true, false, false])
        #expect(rows.map(\.seconds) == [9180, 3903, 600])
        #expect(rows[1].name == "Åsa Lindqvist-Öberg")
    }

    @Test func zoomNewPortalWithHostByName() throws {
        let report = """
            Topic,ID,Host,Duration (minutes),Start time,End time,Participants
            Handlingsplan energi,845 1234 5678,Ingrid Fjällström,180,04/02/2024 09:00:00 AM,04/02/2024 12:00:00 PM,3

            Name (original name),Email,Join time,Leave time,Duration (minutes),Guest,In waiting room
            Ingrid Fjällström,,04/02/2024 08:55:00 AM,04/02/2024 12:00:00 PM,185,No,No
            Nils Holm,nils@hus.example,04/02/2024 09:00:00 AM,04/02/2024 11:00:00 AM,120,Yes,No
            +46 70 123 45 67,,04/02/2024 09:10:00 AM,04/02/2024 09:40:00 AM,30,Yes,No

            """
        let ingested = try ingest("zoom.csv", report, utf16: false)
        #expect(ingested.ledger.accounts.last?.layout == "zoom")
        let rows = ingested.attendance
        #expect(rows.count == 3)
        #expect(rows.allSatisfy { ingested.programme.sessions[$0.session].id == "hp-energi" })
        #expect(rows.map(\.isHost) == [true, false, false])
        #expect(rows[2].dialIn == "46701234567")
        #expect(rows[2].name == nil)
        #expect(rows.map(\.seconds) == [185 * 60, 120 * 60, 30 * 60])
    }

    @Test func zoomUniqueUsersLayout() throws {
        let report = """
            Meeting ID,Topic,Start Time,End Time,User Email,Duration (Minutes),Participants,
            84512345678,Handlingsplan energi,04/02/2024 09:00:00 AM,04/02/2024 12:00:00 PM,ingrid@regionjh.example,180,2,

            Name (Original Name),User Email,Total Duration (Minutes),Guest
            Ingrid Fjällström,ingrid@regionjh.example,180,No
            Nils Holm,nils@hus.example,145,Yes

            """
        let ingested = try ingest("zoom.csv", report, utf16: false)
        let rows = ingested.attendance
        #expect(ingested.ledger.accounts.last?.layout == "zoom")
        #expect(rows.map(\.seconds) == [180 * 60, 145 * 60])
        #expect(rows.map(\.isHost) == [true, false])
        #expect(rows.allSatisfy { ingested.programme.sessions[$0.session].id == "hp-energi" })
    }
}

@Suite struct TimestampTextTests {
    @Test(arguments: [
        ("3/12/24, 9:01:13 AM", "2024-03-12 09:01:13"),
        ("13/04/2021 à 09:01:31", "2021-04-13 09:01:31"),
        ("2024/03/12 11:36:37 AM CET", "2024-03-12 11:36:37"),
        ("12.11.2020, 12:27:24", "2020-12-11 12:27:24"),
        ("11/22/22, 11:30:16\u{202F}PM", "2022-11-22 23:30:16"),
        ("2024-02-20 14:03", "2024-02-20 14:03:00"),
    ])
    func readsTheStampsTeamsAndExcelWrite(text: String, expected: String) throws {
        let stamp = try #require(TimestampText(text))
        #expect(stamp.resolved(stamp.provenOrder ?? .monthFirst)?.description == expected)
    }

    @Test func aTitleWithADateIsNoTimeStamp() {
        #expect(TimestampText("Dialog: Jord, skog och vatten 2020-01-07") == nil)
        #expect(TimestampText("4") == nil)
    }
}

/// The fast paths give what the plain definitions give (issue 9).
@Suite struct TextKeyFastPathTests {
    /// The plain definition: split on Unicode white space, join with one space.
    static func reference(_ text: String) -> String {
        text.unicodeScalars.split(whereSeparator: { $0.properties.isWhitespace })
            .map { String(String.UnicodeScalarView($0)) }.joined(separator: " ")
    }

    @Test func collapsedMatchesThePlainDefinitionOnRandomText() {
        var random = SplitMix64(seed: 7)
        let alphabet: [Character] = [
            "a", "Ö", " ", " ", "\t", "\n", "\u{00A0}", "\u{202F}", "x", "é", "\r\n", "-", "\u{2003}",
        ]
        for _ in 0..<5000 {
            let length = random.below(12)
            let text = String((0..<length).map { _ in random.pick(alphabet) })
            #expect(TextKey.collapsed(text) == Self.reference(text), "\(text.debugDescription)")
        }
    }
}

@Suite struct NumberLengthFastPathTests {
    @Test func measuredLengthEqualsTheFormattedText() {
        var random = SplitMix64(seed: 11)
        for _ in 0..<5000 {
            let integer = Int(truncatingIfNeeded: random.next() >> UInt64(random.below(64)))
            let value = Double(Int(random.next() % 2_000_000) - 1_000_000) / Double(1 + random.below(1000))
            for cell in [CellValue.integer(integer), .integer(-integer), .number(value), .percent(value / 100)] {
                #expect(ColumnWidths.numberLength(cell) == ColumnWidths.displayText(of: cell)?.count, "\(cell)")
            }
        }
    }
}

@Suite struct NFCFastPathTests {
    @Test func textTheFastPathKeepsIsAlreadyNFC() {
        var random = SplitMix64(seed: 5)
        let alphabet: [Unicode.Scalar] = [
            "a", "Ö", "å", "\u{00E9}", "–", "’", "€", "\u{0301}", "\u{212B}", "\u{00A0}", "A", "\u{030A}", "\u{1E9E}",
        ]
        for _ in 0..<3000 {
            var scalars = String.UnicodeScalarView()
            for _ in 0..<random.below(10) { scalars.append(random.pick(alphabet)) }
            let text = String(scalars)
            #expect(TextDecoder.normalised(text) == text.precomposedStringWithCanonicalMapping)
            #expect(
                Array(TextDecoder.normalised(text).unicodeScalars)
                    == Array(text.precomposedStringWithCanonicalMapping.unicodeScalars))
        }
    }
}

@Suite struct EmailFastPathTests {
    @Test func theASCIIPathAgreesWithTheRulesAsWritten() {
        var random = SplitMix64(seed: 3)
        let alphabet: [Character] = ["a", "B", "@", ".", " ", "x", "-", "_", "Ö", "\t", "1"]
        for _ in 0..<20_000 {
            let text = String((0..<random.below(9)).map { _ in random.pick(alphabet) })
            #expect(EmailAddress.normalised(text) == EmailAddress.normalisedGeneral(text), "\(text.debugDescription)")
        }
        #expect(EmailAddress.normalised("Asa.L@Ostersund.Example") == "asa.l@ostersund.example")
        #expect(EmailAddress.normalised("a@.b.c") == nil)
    }

    @Test func windows1252DecodingMatchesTheTable() {
        let bytes = (0...255).map(UInt8.init).filter { Windows1252.scalar($0) != nil }
        let expected = String(String.UnicodeScalarView(bytes.compactMap(Windows1252.scalar)))
        #expect(Windows1252.decode(bytes) == expected)
    }
}
