import Foundation
import Testing

@testable import Deltagande

@Suite struct ReportRunTests {
    static func fullInput() throws -> TestInput {
        try TestInput(files: [
            "sessions.csv": TestInput.sessions,
            "registrations/anmalningar.csv": TestInput.registrations,
            "feedback/enkat.csv": TestInput.feedback,
        ])
    }

    @Test func writesTheFourOutputsIntoTheLabelFolder() throws {
        let test = try Self.fullInput()
        defer { test.remove() }
        let result = try ReportRun.run(test.options())
        let names = result.files.map(\.lastPathComponent)
        #expect(
            names == ["deltagande-alla.xlsx", "sammanfattning-alla.txt", "metrics-alla.json", "datakvalitet-alla.csv"])
        for url in result.files {
            #expect(FileManager.default.fileExists(atPath: url.path))
        }
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: result.folder.path).filter {
            $0.contains(".tmp-")
        }
        #expect(leftovers.isEmpty)
    }

    @Test func everyRowIsAccountedForInTheJSON() throws {
        let test = try Self.fullInput()
        defer { test.remove() }
        let result = try ReportRun.run(test.options())
        let quality = result.metrics.dataQuality
        #expect(quality.rowsRead == quality.accepted + quality.duplicatesMerged + quality.rejected)
        for file in quality.files {
            #expect(file.account.balances, "\(file.path)")
        }
        // Registrations: 7 rows; the invalid e-mail and the unknown-session-only row are rejected,
        // Karin's first row is superseded by her cancellation.
        let registrations = try #require(quality.files.first { $0.kind == .registrations })
        #expect(registrations.account.rowsRead == 7)
        #expect(registrations.account.rejected == 2)
        #expect(registrations.account.merged == 1)
        #expect(registrations.account.accepted == 4)
        let feedback = try #require(quality.files.first { $0.kind == .feedback })
        #expect(feedback.account.rejected == 1)
    }

    @Test func councilOutputsHoldNoPersonalData() throws {
        let test = try Self.fullInput()
        defer { test.remove() }
        let result = try ReportRun.run(test.options())
        let text = try String(contentsOf: result.files[1], encoding: .utf8)
        let json = try String(contentsOf: result.files[2], encoding: .utf8)
        let workbook = try PersonalDataGuard.workbookText(result.files[0])
        for output in [text, json, workbook] {
            for forbidden in [
                "@ostersund.example", "@krokom.example", "Lindqvist", "Bäckström", "Engström", "Jönsson", "Karin",
                "121212", "070-123", "Fjällgården",
            ] {
                #expect(!output.contains(forbidden), "\(forbidden) reached an output")
            }
        }
        // The sole trader appears only under its neutral name (R31).
        #expect(json.contains("Enskild firma 1"))
        #expect(workbook.contains("[telefon]"))
        #expect(workbook.contains("[e-post]"))
    }

    @Test func theDataQualityFileIsOwnerOnly() throws {
        let test = try Self.fullInput()
        defer { test.remove() }
        let result = try ReportRun.run(test.options())
        let attributes = try FileManager.default.attributesOfItem(atPath: result.files[3].path)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
        let csv = try String(contentsOf: result.files[3], encoding: .utf8)
        #expect(csv.contains("registrations/anmalningar.csv;8;rejected;invalid e-mail address"))
    }

    @Test func sameInputGivesByteIdenticalFiles() throws {
        let test = try Self.fullInput()
        defer { test.remove() }
        let first = try ReportRun.run(test.options())
        let firstBytes = try first.files.map { try Data(contentsOf: $0) }
        let second = try ReportRun.run(test.options())
        let secondBytes = try second.files.map { try Data(contentsOf: $0) }
        #expect(firstBytes == secondBytes)
    }

    @Test func englishNamesTheSummaryFile() throws {
        let test = try Self.fullInput()
        defer { test.remove() }
        let result = try ReportRun.run(test.options(language: .english))
        #expect(result.files[1].lastPathComponent == "summary-alla.txt")
        let text = try String(contentsOf: result.files[1], encoding: .utf8)
        #expect(text.contains("Key figures"))
    }
}
