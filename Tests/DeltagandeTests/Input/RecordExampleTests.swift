import Foundation
import Testing

@testable import Deltagande

/// Registration, feedback and reference examples read into typed records (SPEC 2.3, 2.5, 3).
@Suite struct RecordExampleTests {
    /// The Swedish Excel example with a `Möten` column in front, as a form with a meeting question gives it.
    func registrationsWithSessions(encoding: String.Encoding) throws -> Data {
        let original = try Fixtures.data("examples/anmalningar_sv-SE_excel_cp1252_semikolon.csv")
        let text = try #require(String(data: original, encoding: .windowsCP1252))
        // Records end in CRLF; the comment's own line break is a lone LF inside quotes.
        let records = text.components(separatedBy: "\r\n")
        let withSessions = records.enumerated().map { index, record in
            record.isEmpty ? record : (index == 0 ? "Möten;" : "samrad-2024;") + record
        }.joined(separator: "\r\n")
        return try #require(withSessions.data(using: encoding))
    }

    @Test func theExcelExampleWithoutAMeetingColumnNamesTheAliasesAccepted() throws {
        let test = try TestInput(
            files: ["sessions.csv": TestInput.sessions],
            examples: ["registrations/excel.csv": "anmalningar_sv-SE_excel_cp1252_semikolon.csv"])
        defer { test.remove() }
        let ingested = try Ingest.read(folder: test.input)
        let error = try #require(ingested.fileErrors.first)
        #expect(error.hasPrefix("registrations/excel.csv: required column missing: sessions"))
        #expect(error.contains("\"vilka möten\""))
    }

    @Test(arguments: [String.Encoding.windowsCP1252, .utf8])
    func swedishExcelRegistrationsBecomeRecords(encoding: String.Encoding) throws {
        let test = try TestInput(files: ["sessions.csv": TestInput.sessions], examples: [:])
        defer { test.remove() }
        try registrationsWithSessions(encoding: encoding).write(
            to: test.input.appendingPathComponent("registrations/excel.csv"))
        let ingested = try Ingest.read(folder: test.input)
        let rows = ingested.registrations
        #expect(rows.map(\.row.line) == [2, 4, 5, 6, 7])
        #expect(
            rows.map(\.email) == [
                "asa.lindqvist-oberg@ostersund.example", "orjan.backstrom@krokom.example", "marta@fjallgarden.example",
                "karin.jonsson@are.example", "leif.strom@stockholm.example",
            ])
        #expect(
            rows.map(\.name) == [
                "Åsa Lindqvist-Öberg", "Örjan Bäckström", "Märta Ångström", "Karin Jönsson", "Leif Ström",
            ])
        #expect(rows.map(\.mode) == [.inRoom, .remote, .inRoom, .remote, .remote])
        #expect(
            rows.map(\.organisation.number) == [
                .organisation("2120009994"), .organisation("7690000125"), .personal("1212121212"),
                .organisation("5566778899"), .organisation("8020000454"),
            ])
        #expect(
            rows.map { $0.organisation.municipality.flatMap(Municipality.fromCell) } == [
                .ostersund, .krokom, .are, .are, .other,
            ])
        #expect(rows.allSatisfy { $0.sessions == [0] && !$0.cancelled })
        #expect(ingested.ledger.accounts.last?.encoding == (encoding == .utf8 ? .utf8 : .windows1252))
    }

    static let feedbackConfig = """
        [aliases.feedback]
        rating = ["Hur nöjd är du med mötet som helhet?"]
        comment = ["Övriga synpunkter"]

        """

    @Test func microsoftFormsFeedbackNamedAfterItsSession() throws {
        let test = try TestInput(
            files: ["sessions.csv": TestInput.sessions, "deltagande.toml": Self.feedbackConfig],
            examples: ["feedback/samrad-2024.xlsx": "msforms_Feedback_samradsmote.xlsx"])
        defer { test.remove() }
        let ingested = try Ingest.read(folder: test.input)
        #expect(ingested.fileErrors.isEmpty)
        let rows = ingested.feedback
        #expect(rows.map(\.row.line) == [2, 3, 4])
        #expect(rows.map(\.rating) == [5, 4, 3])
        #expect(
            rows.map(\.comment) == [
                "Bra dag!\nMer tid för frågor nästa gång.", "=HYPERLINK(\"http://x.example\";\"klicka\")", nil,
            ])
        #expect(rows.allSatisfy { $0.session == 0 })
        #expect(rows.first?.submitted?.description == "2024-03-12 11:36:37")
    }

    @Test func googleFormsFeedbackNamedAfterItsSession() throws {
        let test = try TestInput(
            files: ["sessions.csv": TestInput.sessions, "deltagande.toml": Self.feedbackConfig],
            examples: ["feedback/samrad-2024.csv": "google_forms_Feedback_samradsmote.csv"])
        defer { test.remove() }
        let ingested = try Ingest.read(folder: test.input)
        let rows = ingested.feedback
        #expect(rows.map(\.rating) == [5, 3])
        #expect(rows.map(\.comment) == ["Bra dag!\nMer tid för frågor nästa gång.", nil])
        #expect(rows.first?.submitted?.description == "2024-03-12 11:36:37")
    }

    @Test func feedbackWithoutSessionOrAreaIsAFileError() throws {
        let test = try TestInput(
            files: ["sessions.csv": TestInput.sessions],
            examples: ["feedback/enkat.csv": "google_forms_Feedback_samradsmote.csv"])
        defer { test.remove() }
        let ingested = try Ingest.read(folder: test.input)
        #expect(ingested.fileErrors.first?.contains("required column missing: session or area") == true)
    }

    @Test func everyOrganisationNumberTestCase() throws {
        let table = try TableReader.read(Fixtures.data("examples/orgnr_testfall.csv"), file: "orgnr_testfall.csv")
        for row in table.rows.dropFirst() {
            let cells = row.cells + Array(repeating: "", count: max(0, 6 - row.cells.count))
            let parsed = OrgNumber.parse(cells[0])
            let expected = cells[2]
            if cells[4].hasPrefix("PERSONNUMMER") {
                #expect(parsed == .personal(expected), "\(cells[0])")
            } else if cells[1] == "true" {
                #expect(parsed == .organisation(expected), "\(cells[0])")
            } else {
                #expect(parsed == .invalid, "\(cells[0])")
            }
        }
    }

    @Test func everyMunicipalityCodeAndName() throws {
        let table = try TableReader.read(
            Fixtures.data("examples/jamtlands_lan_kommunkoder.csv"), file: "kommunkoder.csv")
        #expect(table.rows.count == 9)
        for row in table.rows.dropFirst() {
            let byCode = Municipality.fromCell(row.cells[2])
            #expect(byCode?.code == row.cells[2])
            #expect(Municipality.fromCell(row.cells[3]) == byCode)
            #expect(Municipality.fromCell(row.cells[3] + " kommun") == byCode)
        }
        #expect(Municipality.fromCell("Östersunds kommun") == .ostersund)
        #expect(Municipality.fromCell("Stockholm") == .other)
        #expect(Municipality.fromCell(" ") == nil)
    }
}
