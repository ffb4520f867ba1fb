import Foundation
import Testing

@testable import Deltagande

/// Bad input gets a clear `file:line` message and never takes good rows with it (issue 3).
@Suite struct BadInputTests {
    func ingest(_ files: [String: String], binary: [String: Data] = [:]) throws -> Ingested {
        let test = try TestInput(files: ["sessions.csv": TestInput.sessions].merging(files) { $1 }, examples: [:])
        defer { test.remove() }
        for (path, data) in binary { try data.write(to: test.input.appendingPathComponent(path)) }
        return try Ingest.read(folder: test.input)
    }

    func reasons(_ ingested: Ingested) -> [String] {
        ingested.ledger.entries.map { entry in
            "\(ingested.files[entry.file].path):\(entry.line.map(String.init) ?? "-"): \(entry.reason)"
        }
    }

    @Test func raggedRowsUnknownSessionsAndBadAddressesAreRejectedOneByOne() throws {
        let ingested = try ingest([
            "registrations/a.csv": """
            Namn;E-post;Möten
            Anna Andersson;anna@a.example;samrad-2024
            Bo Berg;bo@@b.example;samrad-2024
            Cilla Ceder;cilla@c.example;Okänt möte;extra;celler
            Dan Dahl;dan@d.example;Okänt möte
            Eva Ek;eva@e.example;samrad-2024;;
            Fia Fors;fia@f.example;"samrad-2024;Okänt möte"

            """
        ])
        #expect(ingested.registrations.map(\.email) == ["anna@a.example", "eva@e.example", "fia@f.example"])
        let found = reasons(ingested)
        #expect(found.contains("registrations/a.csv:3: invalid e-mail address"))
        #expect(found.contains("registrations/a.csv:4: more cells than the header"))
        #expect(found.contains("registrations/a.csv:5: unknown session \"Okänt möte\""))
        // The unknown pair is rejected, the row's good pair kept (SPEC 2.3).
        #expect(found.contains("registrations/a.csv:7: unknown session \"Okänt möte\""))
        let account = try #require(ingested.ledger.accounts.last)
        #expect(account.rowsRead == 6)
        #expect(account.rejected == 3)
    }

    @Test func ratingsOutOfRangeAndEmptyResponsesAreRejected() throws {
        let ingested = try ingest([
            "feedback/f.csv": """
            Möte;Betyg;Rekommendera;Kommentar
            samrad-2024;6;;
            samrad-2024;0;;bra
            samrad-2024;4,5;11;
            samrad-2024;;;
            samrad-2024;;;bara en kommentar
            samrad-2024;fem;;
            okänt;4;;

            """
        ])
        let found = reasons(ingested)
        #expect(found.contains("feedback/f.csv:2: rating outside 1–5: 6"))
        #expect(found.contains("feedback/f.csv:3: rating outside 1–5: 0"))
        #expect(found.contains("feedback/f.csv:4: recommend outside 0–10: 11"))
        #expect(found.contains("feedback/f.csv:5: no rating, recommendation or comment"))
        #expect(found.contains("feedback/f.csv:7: rating is not a number: \"fem\""))
        #expect(found.contains("feedback/f.csv:8: unknown session \"okänt\""))
        #expect(ingested.feedback.map(\.comment) == ["bara en kommentar"])
    }

    @Test func aBinaryFileIsAFileErrorAndTheOthersAreStillRead() throws {
        let png = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52])
        let ingested = try ingest(
            ["registrations/b.csv": "Namn;E-post;Möten\nAnna;anna@a.example;samrad-2024\n"],
            binary: ["registrations/a.csv": png])
        #expect(ingested.fileErrors.count == 1)
        #expect(ingested.fileErrors.first?.hasPrefix("registrations/a.csv: ") == true)
        #expect(ingested.registrations.count == 1)
    }

    @Test func aMissingColumnNamesTheAliasesAccepted() throws {
        let ingested = try ingest(["registrations/a.csv": "Namn;Möten\nAnna;samrad-2024\n"])
        let error = try #require(ingested.fileErrors.first)
        #expect(error.contains("required column missing: email"))
        #expect(error.contains("\"e-postadress\""))
    }

    @Test func textThatIsReallyWindows1252IsNotMistakenForUTF8() throws {
        let bytes = try #require(
            "Namn;E-post;Möten\nÖrjan Åberg;orjan@a.example;samrad-2024\n".data(using: .windowsCP1252))
        let ingested = try ingest([:], binary: ["registrations/a.csv": bytes])
        #expect(ingested.registrations.first?.name == "Örjan Åberg")
        #expect(ingested.ledger.accounts.last?.encoding == .windows1252)
    }

    @Test func hiddenAndUnsupportedFilesAreListedAsSkipped() throws {
        let ingested = try ingest([
            "registrations/.~lock.a.csv#": "x", "registrations/notes.docx": "x",
            "registrations/a.csv": "Namn;E-post;Möten\nAnna;anna@a.example;samrad-2024\n",
        ])
        let skipped = ingested.files.filter { $0.kind == .skipped }.map(\.path)
        #expect(skipped == ["registrations/.~lock.a.csv#", "registrations/notes.docx"])
        #expect(ingested.files.first { $0.path == "registrations/a.csv" }?.publicName == "registrations/2.csv")
    }

    @Test func anInvalidConfigFailsNamingTheLine() throws {
        let ingested = try ingest(["deltagande.toml": "[aliases.feedback]\nbetyg = [\"Hur nöjd?\"]\n"])
        #expect(ingested.fileErrors.first?.contains("deltagande.toml:2") == true)
        #expect(ingested.fileErrors.first?.contains("unknown field \"betyg\"") == true)
    }

    @Test func invalidSessionRowsAreRejectedAndTheirReferencesBecomeUnknown() throws {
        let ingested = try ingest([
            "sessions.csv": """
            id,area,date,mode
            a,Upplevelser,2026-09-21,hybrid
            a,Upplevelser,2026-09-22,hybrid
            b,Upplevelser,21/9,remote
            c,Upplevelser,2026-09-23,på distans

            """,
            "registrations/r.csv": "Namn;E-post;Möten\nAnna;anna@a.example;b\n",
        ])
        #expect(ingested.programme.sessions.map(\.id) == ["a"])
        let found = reasons(ingested)
        #expect(found.contains("sessions.csv:3: duplicate session id \"a\""))
        #expect(found.contains { $0.hasPrefix("sessions.csv:4: date is not YYYY-MM-DD") })
        #expect(found.contains { $0.hasPrefix("sessions.csv:5: unknown mode") })
        #expect(found.contains("registrations/r.csv:2: unknown session \"b\""))
    }
}
