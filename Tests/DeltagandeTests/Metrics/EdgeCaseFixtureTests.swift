import Foundation
import Testing

@testable import Deltagande

/// `Fixtures/metrics/edge-cases`: a cancelled registrant who attends, `Last, First` name matching,
/// a dial-in, a sole trader, a report that matches no session and a report holding only its host.
/// Expected values: the case's `WORKING.md`.
@Suite struct EdgeCaseFixtureTests {
    static let name = "edge-cases"

    @Test func cancelledRegistrantWhoAttendsIsAWalkIn() throws {
        let e1 = try MetricsFixtureRun(Self.name).session("E1")
        #expect(e1["registered"].int == 2)
        #expect(e1["registered_remote"].int == 2)
        #expect(e1["attended"].int == 4)
        #expect(e1["attended_remote"].int == 4)
        #expect(e1["attended_in_room"].int == 0)
        #expect(e1["hosts"].int == 1)
        #expect(e1["walk_ins"].int == 2)  // ulla (cancelled) and the dial-in
        #expect(e1["no_shows"].int == 0)  // vera matched by "Vik, Vera"
        #expect(metricsClose(e1["turnout_rate"].number, 1))
    }

    @Test func sessionWithoutTimesHasAMedianButNoSubstantiveCount() throws {
        let e1 = try MetricsFixtureRun(Self.name).session("E1")
        #expect(metricsClose(e1["median_remote_minutes"].number, 37.5))
        #expect(e1["substantive_remote"].isNull)
        #expect(e1["room_fill"].isNull)
        #expect(e1["over_capacity"].isNull)
    }

    @Test func hostOfARejectedReportKeepsHerRegistration() throws {
        let e2 = try MetricsFixtureRun(Self.name).session("E2")
        #expect(e2["has_attendance_data"].bool == false)
        #expect(e2["registered"].int == 1)
        #expect(e2["registered_in_room"].int == 1)
        #expect(e2["over_capacity"].bool == false)
        #expect(e2["attended"].isNull)
        #expect(e2["no_shows"].isNull)
        #expect(e2["turnout_rate"].isNull)
    }

    @Test func reportWithOnlyItsHostGivesAttendanceDataWithNobodyAttending() throws {
        let e3 = try MetricsFixtureRun(Self.name).session("E3")
        #expect(e3["has_attendance_data"].bool == true)
        #expect(e3["registered"].int == 1)
        #expect(e3["attended"].int == 0)
        #expect(e3["hosts"].int == 1)
        #expect(e3["walk_ins"].int == 0)
        #expect(e3["no_shows"].int == 1)
        #expect(metricsClose(e3["turnout_rate"].number, 0))
        #expect(e3["median_remote_minutes"].isNull)
        #expect(e3["substantive_remote"].int == 0)
        #expect(e3["feedback"]["response_rate"].isNull)
    }

    @Test func areaSumsHostsAndPoolsTurnoutOverSessionsWithData() throws {
        let run = try MetricsFixtureRun(Self.name)
        for group in [try run.area("Digitala lösningar"), run.totals] {
            #expect(group["sessions"].int == 3)
            #expect(group["sessions_with_attendance_data"].int == 2)
            #expect(group["registered"].int == 4)
            #expect(group["registered_in_room"].int == 1)
            #expect(group["registered_remote"].int == 3)
            #expect(group["attended"].int == 4)
            #expect(group["hosts"].int == 2)
            #expect(group["walk_ins"].int == 2)
            #expect(group["no_shows"].int == 1)
            #expect(metricsClose(group["turnout_rate"].number, 2.0 / 3.0))
            #expect(metricsClose(group["median_remote_minutes"].number, 37.5))
            #expect(group["substantive_remote"].int == 0)
            #expect(group["registered_persons"].int == 4)
            #expect(group["participants"].int == 4)
            #expect(group["organisations"].int == 3)
            #expect(group["registered_organisations"].int == 4)
            #expect(group["organisations_by_sector"]["business"].int == 2)
            #expect(group["organisations_by_sector"]["unknown"].int == 1)
            #expect(metricsClose(group["top10_share"].number, 1))
        }
    }

    @Test func attendanceOrganisationFallsBackToTheLatestRegistrationOfAnyStatus() throws {
        let list = try MetricsFixtureRun(Self.name).json["organisations"]["list"].elements
        #expect(list.compactMap { $0["name"].string }.sorted() == ["Enskild firma 1", "Ullas Nya Firma", "Vera AB"])
        let soleTrader = try #require(list.first { $0["name"].string == "Enskild firma 1" })
        #expect(soleTrader["sector"].string == "business")
    }

    @Test func soleTradersAndDialInsLeaveNoTraceInTheJSON() throws {
        let text = MetricsJSON.document(try MetricsFixtureRun(Self.name).metrics).serialised()
        for secret in ["Wilmas Hantverk", "1212121212", "121212-1212", "46701234567", "70 123 45 67"] {
            #expect(!text.contains(secret), "the JSON contains \(secret)")
        }
    }

    @Test(arguments: [
        ("sessions.csv", 3, 3, 0, 0),
        ("registrations/1.csv", 6, 5, 1, 0),
        ("attendance/1.txt", 5, 5, 0, 0),
        ("attendance/2.txt", 2, 0, 0, 2),
        ("attendance/3.txt", 1, 1, 0, 0),
    ])
    func everyRowOfEveryFileIsAccountedFor(file: (String, Int, Int, Int, Int)) throws {
        try MetricsFixtureRun(Self.name).expectAccount(file)
    }

    // WORKING.md sits beside the inputs: listed as skipped, like anything unexpected (R2).
    @Test func dataQualityListsEveryInputFile() throws {
        let files = try MetricsFixtureRun(Self.name).json["data_quality"]["files"].elements
        #expect(
            files.compactMap { $0["path"].string } == [
                "sessions.csv", "1.md", "registrations/1.csv", "attendance/1.txt", "attendance/2.txt",
                "attendance/3.txt",
            ])
    }
}
