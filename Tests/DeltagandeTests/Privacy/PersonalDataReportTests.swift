import Foundation
import Testing

@testable import Deltagande

/// Issue 8: inputs full of personal data give council outputs without any of it.
@Suite struct PersonalDataReportTests {
    @Test func anOrganisationNamedAfterAPersonIsShownMasked() throws {
        let registrations = """
            Namn;E-post;Organisation;Möten
            Anna Svensson;anna@konsult.example;Anna Svensson Konsult;samrad-2024
            Bo Ek;bo@snickeri.example;Snickeriet 556677-8899;samrad-2024

            """
        let signIn = "Namn;E-post\nAnna Svensson;anna@konsult.example\nBo Ek;bo@snickeri.example\n"
        let test = try TestInput(
            files: [
                "sessions.csv": TestInput.sessions, "registrations/a.csv": registrations,
                "attendance/samrad-2024.csv": signIn,
            ], examples: [:])
        defer { test.remove() }
        let result = try ReportRun.run(test.options())
        let json = try String(contentsOf: result.files[2], encoding: .utf8)
        #expect(json.contains("\"[namn] Konsult\""))
        #expect(!json.contains("Anna Svensson"))
        #expect(!json.contains("556677-8899"))
    }

    @Test func theFinalGuardStopsARunThatWouldPublishANameAndSaysOnlyWhatKind() throws {
        // A session label written with a registrant's name reaches the outputs unmasked: only the
        // guard stands in the way.
        let sessions = "id,label,area,date,mode\nm1,Möte hos Anna Svensson,Upplevelser,2026-09-01,remote\n"
        let registrations = "Namn;E-post;Möten\nAnna Svensson;anna@konsult.example;m1\n"
        let test = try TestInput(
            files: ["sessions.csv": sessions, "registrations/a.csv": registrations], examples: [:])
        defer { test.remove() }
        do {
            _ = try ReportRun.run(test.options())
            Issue.record("the run published a person's name")
        } catch let error as ReportError {
            #expect(error.description.contains("the name of an input person"))
            #expect(!error.description.contains("Anna"))
        }
        let folder = test.output.appendingPathComponent("alla")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        #expect(!names.contains { $0.hasSuffix(".xlsx") || $0.hasSuffix(".json") || $0.hasSuffix(".txt") })
    }

    @Test func personalNumbersInOrgNumberFieldsAndCommentsNeverAppear() throws {
        let registrations = """
            Namn;E-post;Organisation;Organisationsnummer;Möten
            Per Persson;per@firma.example;Per Perssons Snickeri;19121212-1212;samrad-2024
            Eva Ek;eva@ek.example;Ek & Söner;121212-1212;samrad-2024

            """
        let feedback = "Möte;Kommentar\nsamrad-2024;Mitt personnummer 121212-1212 och tel +46 70 123 45 67\n"
        let test = try TestInput(
            files: [
                "sessions.csv": TestInput.sessions, "registrations/a.csv": registrations, "feedback/f.csv": feedback,
                "attendance/samrad-2024.csv": "Namn;E-post\nPer Persson;per@firma.example\nEva Ek;eva@ek.example\n",
            ], examples: [:])
        defer { test.remove() }
        let result = try ReportRun.run(test.options())
        let outputs = [
            try PersonalDataGuard.workbookText(result.files[0]),
            try String(contentsOf: result.files[1], encoding: .utf8),
            try String(contentsOf: result.files[2], encoding: .utf8),
        ]
        for output in outputs {
            for forbidden in [
                "121212", "1212-1212", "Per Perssons", "Persson", "Eva Ek", "Ek & Söner", "123 45 67", "@",
            ] {
                #expect(!output.contains(forbidden), "\(forbidden) reached an output")
            }
        }
        // Both rows name the same personal number: one sole trader, shown by its neutral name.
        #expect(outputs[2].contains("\"Enskild firma 1\""))
        #expect(!outputs[2].contains("Enskild firma 2"))
    }

    @Test func suppressionHidesSmallCountsOfPersons() throws {
        let test = try ReportRunTests.fullInput()
        defer { test.remove() }
        var options = test.options()
        options.suppression = Suppression(threshold: 5)
        let result = try ReportRun.run(options)
        let json = try String(contentsOf: result.files[2], encoding: .utf8)
        #expect(json.contains("\"registered\": \"<5\""))
        // Rates and means over a hidden count would give it away: they are left out.
        let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        let sessions = try #require(object?["sessions"] as? [[String: Any]])
        for session in sessions where session["registered"] as? String == "<5" {
            #expect(session["turnout_rate"] is NSNull, "\(session["id"] ?? "")")
        }
        for session in sessions {
            let feedback = try #require(session["feedback"] as? [String: Any])
            if feedback["responses"] as? String == "<5" {
                #expect(feedback["rating_mean"] is NSNull)
                #expect(feedback["nps"] is NSNull)
            }
        }
        let workbook = try OpenpyxlReader.read(result.files[0])
        let cells = workbook.sheets.flatMap(\.cells).compactMap(\.text)
        #expect(cells.contains("<5"))
    }
}
