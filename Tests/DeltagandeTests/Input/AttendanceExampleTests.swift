import Foundation
import Testing

@testable import Deltagande

/// The real Teams and Zoom layouts in `Fixtures/examples`, read into attendance rows (SPEC 2.4).
@Suite struct AttendanceExampleTests {
    /// Reads one example as the only attendance file next to the test programme.
    func read(_ example: String) throws -> (Ingested, [AttendanceRow]) {
        let test = try TestInput(
            files: ["sessions.csv": TestInput.sessions], examples: ["attendance/report.csv": example])
        defer { test.remove() }
        let ingested = try Ingest.read(folder: test.input)
        return (ingested, ingested.attendance)
    }

    func index(_ ingested: Ingested, _ id: String) -> Int? {
        ingested.programme.sessions.firstIndex { $0.id == id }
    }

    @Test func numberedReportUsesSectionTwoAndMatchesByTitle() throws {
        let (ingested, rows) = try read("teams_2023_attendance_report_en-US.csv")
        #expect(ingested.ledger.accounts.last?.layout == "teams-numbered")
        #expect(ingested.ledger.accounts.last?.encoding == .utf16LE)
        #expect(rows.count == 6)
        #expect(rows.allSatisfy { $0.session == index(ingested, "samrad-2024") })
        #expect(rows.map(\.isHost) == [true, false, false, false, false, false])
        #expect(
            rows.map(\.name) == [
                "Ingrid Fjällström", "Lindqvist-Öberg, Åsa", "Örjan Bäckström", "Märta Ångström", "Pelle Nilsson",
                "Jönsson, Karin",
            ])
        #expect(rows.map(\.seconds) == [9218, 8929, 8606, 1739, 11, 3600])
        #expect(rows[3].email == "marta@fjallgarden.example")
        #expect(rows[4].email == nil)
        #expect(rows[1].join?.description == "2024-03-12 09:01:13")
        #expect(rows.allSatisfy { $0.mode == .remote })
    }

    @Test func meetingSummaryKeepsEveryIntervalForLaterMerging() throws {
        let (ingested, rows) = try read("teams_2021_meetingAttendanceReport_en.csv")
        #expect(ingested.ledger.accounts.last?.layout == "teams-meeting-summary")
        #expect(rows.count == 6)
        #expect(rows.allSatisfy { $0.session == index(ingested, "samrad-2021") })
        #expect(rows.map(\.seconds) == [9180, 8880, 720, 7860, 10, 1739])
        #expect(rows.filter { $0.email == "orjan.backstrom@krokom.example" }.count == 2)
        #expect(rows[0].isHost)
    }

    @Test func eventListIsMatchedByStartTimeAndSumsIntervals() throws {
        let (ingested, rows) = try read("teams_2020_meetingAttendanceList_en-US.csv")
        #expect(ingested.ledger.accounts.last?.layout == "teams-event-list")
        // Eight events, five people: the later events of a person are merged into the first.
        let account = try #require(ingested.ledger.accounts.last)
        #expect(account.rowsRead == 8)
        #expect(account.merged == 3)
        #expect(rows.count == 5)
        #expect(rows.allSatisfy { $0.session == index(ingested, "event-2021") })
        let seconds = Dictionary(uniqueKeysWithValues: rows.map { ($0.name ?? "", $0.seconds) })
        #expect(seconds["Ingrid Fjällström"] == 3838)
        #expect(seconds["Örjan Bäckström"] == 1313 + 2231)
        #expect(seconds["Märta Ångström"] == 3630)
        #expect(seconds["Pelle Nilsson"] == 3579)
    }

    @Test func zoomReportFindsItsHostAndMatchesByTime() throws {
        let (ingested, rows) = try read("zoom_participants_84512345678_with_meeting_data.csv")
        #expect(ingested.ledger.accounts.last?.layout == "zoom")
        #expect(ingested.ledger.accounts.last?.encoding == .utf8BOM)
        #expect(rows.count == 6)
        #expect(rows.allSatisfy { $0.session == index(ingested, "samrad-2024") })
        #expect(rows.map(\.isHost) == [true, false, false, false, false, false])
        #expect(rows.map(\.seconds) == [154 * 60, 149 * 60, 13 * 60, 132 * 60, 29 * 60, 60 * 60])
        #expect(rows[4].name == "iPhone (Märta Ångström)")
    }

    @Test func utf16BigEndianReadsTheSame() throws {
        let original = try Fixtures.data("examples/teams_2023_attendance_report_en-US.csv")
        let text = try #require(String(data: original, encoding: .utf16))
        var bigEndian = Data([0xFE, 0xFF])
        bigEndian.append(try #require(text.data(using: .utf16BigEndian)))
        let test = try TestInput(files: ["sessions.csv": TestInput.sessions], examples: [:])
        defer { test.remove() }
        try bigEndian.write(to: test.input.appendingPathComponent("attendance/be.csv"))
        let ingested = try Ingest.read(folder: test.input)
        #expect(ingested.ledger.accounts.last?.encoding == .utf16BE)
        #expect(ingested.attendance.map(\.seconds) == [9218, 8929, 8606, 1739, 11, 3600])
    }

    @Test func excelResavedReportIsStillAReport() throws {
        let original = try Fixtures.data("examples/teams_2023_attendance_report_en-US.csv")
        let text = try #require(String(data: original, encoding: .utf16))
        // Excel re-saves as UTF-8 with BOM, semicolons and quoted time stamps.
        let resaved = text.split(separator: "\r\n", omittingEmptySubsequences: false).map { line in
            line.split(separator: "\t", omittingEmptySubsequences: false).map { cell in
                cell.contains(",") ? "\"\(cell)\"" : String(cell)
            }.joined(separator: ";")
        }.joined(separator: "\r\n")
        let test = try TestInput(files: ["sessions.csv": TestInput.sessions], examples: [:])
        defer { test.remove() }
        try (Data([0xEF, 0xBB, 0xBF]) + Data(resaved.utf8)).write(
            to: test.input.appendingPathComponent("attendance/resaved.csv"))
        let ingested = try Ingest.read(folder: test.input)
        #expect(ingested.ledger.accounts.last?.layout == "teams-numbered")
        #expect(ingested.ledger.accounts.last?.delimiter == ";")
        #expect(ingested.attendance.count == 6)
    }

    @Test func aReportMatchingNoSessionRejectsItsRowsNotTheRun() throws {
        let test = try TestInput(
            files: ["sessions.csv": "id,area,date,mode\nx,Upplevelser,2030-01-01,remote\n"],
            examples: ["attendance/report.csv": "teams_2023_attendance_report_en-US.csv"])
        defer { test.remove() }
        let ingested = try Ingest.read(folder: test.input)
        #expect(ingested.attendance.isEmpty)
        #expect(ingested.fileErrors.isEmpty)
        let account = try #require(ingested.ledger.accounts.last)
        #expect(account.rejected == 6)
        #expect(ingested.ledger.entries.contains { $0.reason == "report matches no session" })
    }
}
