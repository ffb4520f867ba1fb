import Foundation
import Testing

@testable import Deltagande

/// The real export layouts in `Fixtures/examples/` (copied byte for byte from the shared reference).
@Suite struct ExampleFileTests {
    static func read(_ name: String) throws -> RawTable {
        try TableReader.read(Fixtures.data("examples/" + name), file: name)
    }

    static func rows(_ table: RawTable) -> [[String]] { table.rows.map(\.cells) }
    static func lines(_ table: RawTable) -> [Int] { table.rows.map(\.line) }

    static let registrationRows: [[String]] = [
        [
            "Förnamn", "Efternamn", "E-post", "Organisation", "Organisationsnummer", "Kommunkod", "Kommun", "Telefon",
            "Deltagande", "Kostavvikelse", "Avgift (kr)", "Anmäld", "Kommentar",
        ],
        [
            "Åsa", "Lindqvist-Öberg", "asa.lindqvist-oberg@ostersund.example", "Östersunds kommun (fiktiv)",
            "212000-9994",
            "2380", "Östersund", "+46 70 000 00 01", "På plats", "Vegetarisk", "1\u{A0}250,50", "2024-02-20 14:03",
            "Vi kommer två personer.\nEn av oss använder rullstol.",
        ],
        [
            "Örjan", "Bäckström", "orjan.backstrom@krokom.example", "Fjällbygdens Ekonomiska Förening (fiktiv)",
            "769000-0125",
            "2309", "Krokom", "46700000002", "Digitalt", "", "0", "2024-02-21 08:15",
            "=HYPERLINK(\"https://phish.example/x\";\"Läs mer\")",
        ],
        [
            "Märta", "Ångström", "marta@fjallgarden.example", "Ångström Fjällgården (enskild firma, fiktiv)",
            "121212-1212",
            "2321", "Åre", "070-000 00 03", "På plats", "Gluten; laktos", "450,00", "2024-02-22 19:47", "-- inget --",
        ],
        [
            "Karin", "Jönsson", "karin.jonsson@are.example", "Besöksnäringen Jämtland AB (fiktiv)", "556677-8899",
            "2321", "Åre",
            "+46700000004", "Digitalt", "", "0", "2024-02-23 09:00", "@Åre: \"Vi\" ansluter via Teams",
        ],
        [
            "Leif", "Ström", "leif.strom@stockholm.example", "Testföreningen Ideell (fiktiv)", "802000-0454", "180",
            "Stockholm", "+46 8 000 00 05", "Digitalt", "", "0", "2024-02-24 10:10",
            "Kommunkod 0180 har tappat sin inledande nolla i Excel",
        ],
    ]

    @Test(arguments: [
        ("anmalningar_sv-SE_excel_cp1252_semikolon.csv", TextEncoding.windows1252),
        ("anmalningar_sv-SE_excel_utf8bom_semikolon.csv", .utf8BOM),
    ])
    func swedishExcelRegistrationsReadTheSameInEitherEncoding(_ name: String, _ encoding: TextEncoding) throws {
        let table = try Self.read(name)
        #expect(table.encoding == encoding)
        #expect(table.delimiter == ";")
        #expect(Self.rows(table) == Self.registrationRows)
        // The quoted comment spans lines 2–3, so the next record starts on line 4.
        #expect(Self.lines(table) == [1, 2, 4, 5, 6, 7])
    }

    @Test func googleFormsQuotesEveryFieldAndKeepsTheLineBreak() throws {
        let table = try Self.read("google_forms_Feedback_samradsmote.csv")
        #expect(table.encoding == .utf8)
        #expect(table.delimiter == ",")
        #expect(
            Self.rows(table) == [
                [
                    "Timestamp", "Email Address", "Vilken kommun representerar du?",
                    "Hur nöjd är du med mötet som helhet?",
                    "Vilka teman vill du fördjupa?", "Deltog du på plats eller digitalt?", "Övriga synpunkter",
                ],
                [
                    "2024/03/12 11:36:37 AM CET", "asa.lindqvist-oberg@ostersund.example", "Östersund", "5",
                    "Turism;Kompetensförsörjning", "På plats", "Bra dag!\nMer tid för frågor nästa gång.",
                ],
                [
                    "2024/03/12 11:41:02 AM CET", "orjan.backstrom@krokom.example", "Krokom", "3",
                    "Turism;Infrastruktur;Kompetensförsörjning", "Digitalt (Teams)",
                ],
            ])
        #expect(Self.lines(table) == [1, 2, 4])
    }

    @Test func municipalityCodesStayText() throws {
        let table = try Self.read("jamtlands_lan_kommunkoder.csv")
        #expect(table.encoding == .utf8)
        #expect(table.delimiter == ";")
        let expected = """
            lanskod;lan;kommunkod;kommun
            23;Jämtlands län;2303;Ragunda
            23;Jämtlands län;2305;Bräcke
            23;Jämtlands län;2309;Krokom
            23;Jämtlands län;2313;Strömsund
            23;Jämtlands län;2321;Åre
            23;Jämtlands län;2326;Berg
            23;Jämtlands län;2361;Härjedalen
            23;Jämtlands län;2380;Östersund
            """
        #expect(Self.rows(table) == expected.split(separator: "\n").map { $0.split(separator: ";").map(String.init) })
        #expect(Self.lines(table) == Array(1...9))
    }

    @Test func orgNumberCasesKeepInnerEmptyCells() throws {
        let table = try Self.read("orgnr_testfall.csv")
        #expect(table.encoding == .utf8)
        #expect(table.delimiter == ";")
        #expect(table.rows.count == 17)
        #expect(Self.lines(table) == Array(1...17))
        #expect(
            table.rows[0].cells == ["input", "expected_valid_luhn", "normalised_10", "group_digit", "kind", "note"])
        #expect(
            table.rows[11].cells == [
                "121212-1212", "true", "1212121212", "", "PERSONNUMMER (enskild firma) - personal data",
                "Skatteverket test identity 'Tolvan'",
            ])
        #expect(
            table.rows[14].cells == [
                "55667-78899", "true", "5566778899", "5", "aktiebolag",
                "digits valid but hyphen misplaced: accept after normalisation, or flag (policy)",
            ])
        #expect(table.rows[15].cells == ["556677-889", "false", "", "", "", "9 digits"])
        #expect(
            table.rows[16].cells == [
                "556677–8899", "true", "5566778899", "5", "aktiebolag",
                "EN DASH U+2013 instead of hyphen (Word/Outlook autocorrect)",
            ])
    }

    @Test func zoomReportHasTheMeetingBlockABlankLineAndTheParticipants() throws {
        let table = try Self.read("zoom_participants_84512345678_with_meeting_data.csv")
        #expect(table.encoding == .utf8BOM)
        #expect(table.delimiter == ",")
        #expect(
            Self.rows(table) == [
                ["Meeting ID", "Topic", "Start Time", "End Time", "User Email", "Duration (Minutes)", "Participants"],
                [
                    "84512345678", "Samrådsmöte besöksnäring", "03/12/2024 08:58:02 AM", "03/12/2024 11:31:40 AM",
                    "ingrid.fjallstrom@regionjh.example", "154", "5",
                ],
                [
                    "Name (Original Name)", "User Email", "Join Time", "Leave Time", "Duration (Minutes)", "Guest",
                    "Recording Consent",
                ],
                [
                    "Ingrid Fjällström", "ingrid.fjallstrom@regionjh.example", "03/12/2024 08:58:02 AM",
                    "03/12/2024 11:31:40 AM",
                    "154", "No",
                ],
                [
                    "Åsa L-Ö (Åsa Lindqvist-Öberg)", "asa.lindqvist-oberg@ostersund.example", "03/12/2024 09:01:13 AM",
                    "03/12/2024 11:30:02 AM", "149", "Yes", "Y",
                ],
                ["Örjan Bäckström", "", "03/12/2024 09:02:44 AM", "03/12/2024 09:14:45 AM", "13", "Yes", "Y"],
                ["Örjan Bäckström", "", "03/12/2024 09:20:15 AM", "03/12/2024 11:31:40 AM", "132", "Yes", "Y"],
                ["iPhone (Märta Ångström)", "", "03/12/2024 09:03:27 AM", "03/12/2024 09:32:26 AM", "29", "Yes", "Y"],
                [
                    "Jönsson, Karin", "karin.jonsson@are.example", "03/12/2024 10:00:00 AM", "03/12/2024 11:00:00 AM",
                    "60", "Yes",
                    "Y",
                ],
            ])
        #expect(Self.lines(table) == [1, 2, 4, 5, 6, 7, 8, 9, 10])
    }

    static let teams2020Rows: [[String]] = [
        ["Full Name", "User Action", "Timestamp"],
        ["Ingrid Fjällström", "Joined", "3/9/2021, 9:58:12 AM"],
        ["Lindqvist-Öberg, Åsa", "Joined before", "3/9/2021, 9:58:12 AM"],
        ["Örjan Bäckström", "Joined before", "3/9/2021, 9:58:12 AM"],
        ["Märta Ångström", "Joined", "3/9/2021, 10:01:40 AM"],
        ["Örjan Bäckström", "Left", "3/9/2021, 10:20:05 AM"],
        ["Pelle Nilsson (Guest)", "Joined", "3/9/2021, 10:02:31 AM"],
        ["Örjan Bäckström", "Joined", "3/9/2021, 10:24:59 AM"],
        ["Märta Ångström", "Left", "3/9/2021, 11:02:10 AM"],
    ]

    @Test func teams2020EventListIsATabTableEvenThoughCommasTie() throws {
        let table = try Self.read("teams_2020_meetingAttendanceList_en-US.csv")
        #expect(table.encoding == .utf16LE)
        #expect(table.delimiter == "\t")
        #expect(Self.rows(table) == Self.teams2020Rows)
        #expect(Self.lines(table) == Array(1...9))
    }

    @Test func teams2021SummaryReport() throws {
        let table = try Self.read("teams_2021_meetingAttendanceReport_en.csv")
        #expect(table.encoding == .utf16LE)
        #expect(table.delimiter == "\t")
        #expect(
            Self.rows(table) == [
                ["Meeting Summary"],
                ["Total Number of Participants", "5"],
                ["Meeting Title", "Samrådsmöte besöksnäring, Jämtland Härjedalen"],
                ["Meeting Start Time", "10/5/2021, 8:58:02 AM"],
                ["Meeting End Time", "10/5/2021, 11:31:40 AM"],
                ["Meeting Id", "3f2b8c1e-0d4a-4c55-9e1f-7a6b5c4d3e2f"],
                ["Full Name", "Join Time", "Leave Time", "Duration", "Email", "Role", "Participant ID (UPN)"],
                [
                    "Ingrid Fjällström", "10/5/2021, 8:58:02 AM", "10/5/2021, 11:31:40 AM", "2h 33m",
                    "ingrid.fjallstrom@regionjh.example", "Organizer", "ingrid.fjallstrom@regionjh.example",
                ],
                [
                    "Lindqvist-Öberg, Åsa", "10/5/2021, 9:01:13 AM", "10/5/2021, 11:30:02 AM", "2h 28m",
                    "asa.lindqvist-oberg@ostersund.example", "Presenter", "asa.lindqvist-oberg@ostersund.example",
                ],
                [
                    "Örjan Bäckström", "10/5/2021, 9:02:44 AM", "10/5/2021, 9:14:45 AM", "12m ",
                    "orjan.backstrom@krokom.example",
                    "Presenter", "orjan.backstrom@krokom.example",
                ],
                [
                    "Örjan Bäckström", "10/5/2021, 9:20:10 AM", "10/5/2021, 11:31:40 AM", "2h 11m",
                    "orjan.backstrom@krokom.example",
                    "Presenter", "orjan.backstrom@krokom.example",
                ],
                ["Pelle Nilsson (Guest)", "10/5/2021, 9:05:00 AM", "10/5/2021, 9:05:11 AM", "10s", "", "Attendee"],
                [
                    "Märta Ångström (External)", "10/5/2021, 9:03:27 AM", "10/5/2021, 9:32:26 AM", "28m 59s",
                    "marta@fjallgarden.example", "Attendee",
                    "marta_fjallgarden.example#EXT#@regionjh.onmicrosoft.example",
                ],
            ])
        #expect(Self.lines(table) == [1, 2, 3, 4, 5, 6, 8, 9, 10, 11, 12, 13, 14])
    }

    static let teams2023Rows: [[String]] = [
        ["1. Summary"],
        ["Meeting title", "Samrådsmöte besöksnäring – Jämtland Härjedalen"],
        ["Attended participants", "6"],
        ["Start time", "3/12/24, 8:58:02 AM"],
        ["End time", "3/12/24, 11:31:40 AM"],
        ["Meeting duration", "2h 33m 38s"],
        ["Average attendance time", "1h 41m 7s"],
        ["2. Participants"],
        ["Name", "First Join", "Last Leave", "In-Meeting Duration", "Email", "Participant ID (UPN)", "Role"],
        [
            "Ingrid Fjällström", "3/12/24, 8:58:02 AM", "3/12/24, 11:31:40 AM", "2h 33m 38s",
            "ingrid.fjallstrom@regionjh.example",
            "ingrid.fjallstrom@regionjh.example", "Organizer",
        ],
        [
            "Lindqvist-Öberg, Åsa", "3/12/24, 9:01:13 AM", "3/12/24, 11:30:02 AM", "2h 28m 49s",
            "asa.lindqvist-oberg@ostersund.example", "asa.lindqvist-oberg@ostersund.example", "Presenter",
        ],
        [
            "Örjan Bäckström", "3/12/24, 9:02:44 AM", "3/12/24, 11:31:40 AM", "2h 23m 26s",
            "orjan.backstrom@krokom.example",
            "orjan.backstrom@krokom.example", "Presenter",
        ],
        [
            "Märta Ångström (External)", "3/12/24, 9:03:27 AM", "3/12/24, 9:32:26 AM", "28m 59s",
            "marta@fjallgarden.example",
            "marta_fjallgarden.example#EXT#@regionjh.onmicrosoft.example", "Attendee",
        ],
        ["Pelle Nilsson (Unverified)", "3/12/24, 9:05:00 AM", "3/12/24, 9:05:11 AM", "11s", "", "", "Attendee"],
        [
            "Jönsson, Karin", "3/12/24, 10:00:00 AM", "3/12/24, 11:00:00 AM", "1h", "karin.jonsson@are.example",
            "karin.jonsson@are.example", "Attendee",
        ],
        ["3. In-Meeting Activities"],
        ["Name", "Join Time", "Leave Time", "Duration", "Email", "Role"],
        [
            "Ingrid Fjällström", "3/12/24, 8:58:02 AM", "3/12/24, 11:31:40 AM", "2h 33m 38s",
            "ingrid.fjallstrom@regionjh.example",
            "Organizer",
        ],
        [
            "Lindqvist-Öberg, Åsa", "3/12/24, 9:01:13 AM", "3/12/24, 11:30:02 AM", "2h 28m 49s",
            "asa.lindqvist-oberg@ostersund.example", "Presenter",
        ],
        [
            "Örjan Bäckström", "3/12/24, 9:02:44 AM", "3/12/24, 9:14:45 AM", "12m 1s", "orjan.backstrom@krokom.example",
            "Presenter",
        ],
        [
            "Örjan Bäckström", "3/12/24, 9:20:15 AM", "3/12/24, 11:31:40 AM", "2h 11m 25s",
            "orjan.backstrom@krokom.example", "Presenter",
        ],
        [
            "Märta Ångström (External)", "3/12/24, 9:03:27 AM", "3/12/24, 9:32:26 AM", "28m 59s",
            "marta@fjallgarden.example", "Attendee",
        ],
        ["Pelle Nilsson (Unverified)", "3/12/24, 9:05:00 AM", "3/12/24, 9:05:11 AM", "11s", "", "Attendee"],
        [
            "Jönsson, Karin", "3/12/24, 10:00:00 AM", "3/12/24, 11:00:00 AM", "1h", "karin.jonsson@are.example",
            "Attendee",
        ],
    ]
    static let teams2023Lines = [
        1, 2, 3, 4, 5, 6, 7, 9, 10, 11, 12, 13, 14, 15, 16, 18, 19, 20, 21, 22, 23, 24, 25, 26,
    ]

    @Test func teams2023NumberedReportWithCRLF() throws {
        let table = try Self.read("teams_2023_attendance_report_en-US.csv")
        #expect(table.encoding == .utf16LE)
        #expect(table.delimiter == "\t")
        #expect(Self.rows(table) == Self.teams2023Rows)
        #expect(Self.lines(table) == Self.teams2023Lines)
    }

    enum Variant: String, CaseIterable, Sendable {
        case bigEndianWithBOM, bigEndianWithoutBOM, littleEndianWithoutBOM, utf8WithBOM
    }

    /// The same report transcoded the ways analysts' copies differ: every variant gives identical rows.
    @Test(arguments: Variant.allCases)
    func teamsReportTranscodedReadsTheSame(_ variant: Variant) throws {
        let original = try Fixtures.data("examples/teams_2023_attendance_report_en-US.csv")
        let (text, _) = try TextDecoder.decode(original, file: "x")
        let units = Array(text.utf16)
        let bigEndian = units.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        let littleEndian = units.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let (bytes, encoding): ([UInt8], TextEncoding) =
            switch variant {
            case .bigEndianWithBOM: ([0xFE, 0xFF] + bigEndian, .utf16BE)
            case .bigEndianWithoutBOM: (bigEndian, .utf16BE)
            case .littleEndianWithoutBOM: (littleEndian, .utf16LE)
            case .utf8WithBOM: ([0xEF, 0xBB, 0xBF] + Array(text.utf8), .utf8BOM)
            }
        let table = try TableReader.read(Data(bytes), file: "x.csv")
        #expect(table.encoding == encoding)
        #expect(table.delimiter == "\t")
        #expect(Self.rows(table) == Self.teams2023Rows)
        #expect(Self.lines(table) == Self.teams2023Lines)
    }

    @Test func microsoftFormsWorkbookFirstSheetWithDatesAsText() throws {
        let table = try Self.read("msforms_Feedback_samradsmote.xlsx")
        #expect(table.encoding == nil)
        #expect(table.delimiter == nil)
        #expect(
            Self.rows(table) == [
                [
                    "ID", "Start time", "Completion time", "Email", "Name", "Last modified time",
                    "Vilken kommun representerar du?",
                    "Hur nöjd är du med mötet som helhet?", "Vilka teman vill du fördjupa?",
                    "Deltog du på plats eller digitalt?",
                    "Övriga synpunkter",
                ],
                [
                    "1", "2024-03-12 11:35:02", "2024-03-12 11:36:37", "asa.lindqvist-oberg@ostersund.example",
                    "Åsa Lindqvist-Öberg",
                    "", "Östersund", "5", "Turism;Kompetensförsörjning;", "På plats",
                    "Bra dag!\nMer tid för frågor nästa gång.",
                ],
                [
                    "2", "2024-03-12 11:35:42", "2024-03-12 11:40:42", "anonymous", "", "", "Åre", "4",
                    "Infrastruktur;",
                    "Digitalt (Teams)", "=HYPERLINK(\"http://x.example\";\"klicka\")",
                ],
                [
                    "3", "2024-03-12 11:36:03", "2024-03-12 11:38:08", "orjan.backstrom@krokom.example",
                    "Örjan Bäckström",
                    "2024-03-12 13:38:08", "Krokom", "3", "Turism;Infrastruktur;Kompetensförsörjning;",
                    "Digitalt (Teams)",
                ],
            ])
        #expect(Self.lines(table) == [1, 2, 3, 4])
    }

    /// R2: the kind of file is known from its bytes; the name plays no part.
    @Test func theFileNameDoesNotDecideTheFormat() throws {
        let xlsx = try Fixtures.data("examples/msforms_Feedback_samradsmote.xlsx")
        let csv = try Fixtures.data("examples/jamtlands_lan_kommunkoder.csv")
        #expect(try TableReader.read(xlsx, file: "forms.csv").encoding == nil)
        #expect(try TableReader.read(csv, file: "codes.xlsx").delimiter == ";")
    }
}
