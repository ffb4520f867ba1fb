import Foundation
import Testing

@testable import Deltagande

/// Issue 7: outputs appear whole or not at all, and a failed run leaves the earlier report intact.
@Suite struct AtomicPublishTests {
    func contents(_ folder: URL) throws -> [String: Data] {
        var result: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path)
        where !name.hasPrefix(".deltagande.lock") {
            result[name] = try Data(contentsOf: folder.appendingPathComponent(name))
        }
        return result
    }

    @Test func unusableInputLeavesTheEarlierReportIntact() throws {
        let test = try ReportRunTests.fullInput()
        defer { test.remove() }
        let first = try ReportRun.run(test.options())
        let before = try contents(first.folder)
        // A registration export without its session column is a file-level error (R1).
        try Data("Namn;E-post\nA B;a@b.example\n".utf8).write(
            to: test.input.appendingPathComponent("registrations/trasig.csv"))
        #expect(throws: ReportError.self) { try ReportRun.run(test.options()) }
        #expect(try contents(first.folder) == before)
    }

    @Test func aWriteFailureLeavesNoPartialFileAndTheEarlierReport() throws {
        let test = try ReportRunTests.fullInput()
        defer { test.remove() }
        let first = try ReportRun.run(test.options())
        let before = try contents(first.folder)
        // A folder where the JSON's temporary file must go makes that write fail after the
        // workbook and the summary were already staged.
        let json = first.folder.appendingPathComponent("metrics-alla.json")
        let blocker = AtomicFile.temporaryURL(for: json)
        try FileManager.default.createDirectory(at: blocker, withIntermediateDirectories: false)
        defer { try? FileManager.default.removeItem(at: blocker) }
        // A changed input, so that a published file would differ from the earlier one.
        try Data("Möte;Helhetsbetyg\nsamrad-2024;2\n".utf8).write(
            to: test.input.appendingPathComponent("feedback/mer.csv"))
        #expect(throws: ReportError.self) { try ReportRun.run(test.options()) }
        try FileManager.default.removeItem(at: blocker)
        #expect(try contents(first.folder) == before)
    }

    /// The texts are staged while the workbook is written, before the final guard has looked at
    /// the workbook: a run the guard stops leaves none of them behind, and the earlier report as it was.
    @Test func aRunTheGuardStopsLeavesNoStagedFile() throws {
        let test = try ReportRunTests.fullInput()
        defer { test.remove() }
        let first = try ReportRun.run(test.options())
        let before = try contents(first.folder)
        // A session title naming a registered person reaches the workbook unmasked: the guard stops it.
        try Data(
            TestInput.sessions.replacingOccurrences(of: "Handlingsplan energi,", with: "Möte med Karin Jönsson,").utf8
        ).write(to: test.input.appendingPathComponent("sessions.csv"))
        #expect {
            try ReportRun.run(test.options())
        } throws: { error in
            guard case ReportError.personalData = error else { return false }
            return true
        }
        #expect(try contents(first.folder) == before)
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: first.folder.path).allSatisfy { !$0.contains(".tmp-") })
    }

    @Test func aSecondRunWaitsForNoOneAndFailsWhileTheFolderIsLocked() throws {
        let test = try ReportRunTests.fullInput()
        defer { test.remove() }
        let first = try ReportRun.run(test.options())
        let before = try contents(first.folder)
        let lock = try OutputLock(folder: first.folder)
        #expect(throws: OutputError.self) { try ReportRun.run(test.options()) }
        withExtendedLifetime(lock) {}
        #expect(try contents(first.folder) == before)
    }

    @Test func concurrentRunsLeaveOneWholeReport() async throws {
        let test = try ReportRunTests.fullInput()
        defer { test.remove() }
        let options = test.options()
        let outcomes = await withTaskGroup(of: Bool.self) { group in
            for _ in 0..<4 {
                group.addTask { (try? ReportRun.run(options)) != nil }
            }
            return await group.reduce(into: [Bool]()) { $0.append($1) }
        }
        #expect(outcomes.contains(true))
        let reference = try TestInput(files: [
            "sessions.csv": TestInput.sessions,
            "registrations/anmalningar.csv": TestInput.registrations,
            "feedback/enkat.csv": TestInput.feedback,
        ])
        defer { reference.remove() }
        let expected = try contents(try ReportRun.run(reference.options()).folder)
        let folder = test.output.appendingPathComponent("alla")
        #expect(try contents(folder) == expected)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).allSatisfy { !$0.contains(".tmp-") })
    }

    @Test func aKilledRunsTemporaryFilesAreClearedByTheNextRun() throws {
        let test = try ReportRunTests.fullInput()
        defer { test.remove() }
        let first = try ReportRun.run(test.options())
        // What a run killed between staging and renaming leaves behind.
        let leftover = first.folder.appendingPathComponent(".metrics-alla.json.tmp-99999")
        try Data("{".utf8).write(to: leftover)
        _ = try ReportRun.run(test.options())
        #expect(!FileManager.default.fileExists(atPath: leftover.path))
    }

    @Test func aFailedFirstRunLeavesNoEmptyReportFolder() throws {
        let sessions = "id,label,area,date,mode\nm1,Möte hos Anna Svensson,Upplevelser,2026-09-01,remote\n"
        let registrations = "Namn;E-post;Möten\nAnna Svensson;anna@konsult.example;m1\n"
        let test = try TestInput(
            files: ["sessions.csv": sessions, "registrations/a.csv": registrations], examples: [:])
        defer { test.remove() }
        #expect(throws: ReportError.self) { try ReportRun.run(test.options()) }
        #expect(!FileManager.default.fileExists(atPath: test.output.appendingPathComponent("alla").path))
    }

    @Test func aMonthWithoutSessionsGivesAValidEmptyReport() throws {
        let test = try ReportRunTests.fullInput()
        defer { test.remove() }
        let period = try #require(Period.month("2025-07"))
        let result = try ReportRun.run(test.options(period: period))
        #expect(result.folder.lastPathComponent == "2025-07")
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: result.files[2])) as? [String: Any]
        let totals = try #require(json?["totals"] as? [String: Any])
        #expect(totals["sessions"] as? Int == 0)
        #expect(totals["attended"] is NSNull)
        // Every area of the programme is listed, with zeros (R11, R43).
        #expect((json?["areas"] as? [Any])?.count == 3)
        let workbook = try OpenpyxlReader.read(result.files[0])
        #expect(workbook.sheets.count == 7)
    }

    @Test func aRerunOfAMonthReplacesItsReportByteForByte() throws {
        let test = try ReportRunTests.fullInput()
        defer { test.remove() }
        let period = try #require(Period.month("2024-03"))
        let first = try ReportRun.run(test.options(period: period))
        let before = try contents(first.folder)
        let second = try ReportRun.run(test.options(period: period))
        #expect(try contents(second.folder) == before)
    }
}
