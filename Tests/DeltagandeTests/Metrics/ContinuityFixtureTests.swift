import Foundation
import Testing

@testable import Deltagande

/// `Fixtures/metrics/continuity`: phase order, continuity between consecutive phases for any
/// period, and new / returning / multi-area organisations. Expected values: the case's `WORKING.md`.
@Suite struct ContinuityFixtureTests {
    static let name = "continuity"

    struct Step: Equatable, CustomStringConvertible {
        var from: String
        var to: String
        var organisations: Int
        var retained: Int
        var description: String { "\(from) → \(to): \(retained) of \(organisations)" }
    }

    static func steps(_ run: MetricsFixtureRun) -> [Step] {
        run.json["continuity"].elements.map { step in
            Step(
                from: step["from"].string ?? "?", to: step["to"].string ?? "?",
                organisations: step["organisations"].int ?? -1,
                retained: step["retained"].int ?? -1)
        }
    }

    static func date(_ text: String) throws -> CalendarDate { try #require(CalendarDate(iso: text)) }

    @Test func phasesAreOrderedByTheirEarliestSessionAndShownAsFirstWritten() throws {
        let run = try MetricsFixtureRun(Self.name)
        #expect(
            run.json["phases"].elements.compactMap { $0["phase"].string } == [
                "Dialog", "Vision", "Mobilisering", "Handlingsplan",
            ])
        #expect(run.json["areas"].elements.compactMap { $0["area"].string } == ["Upplevelser", "Hållbar energi"])
        #expect(try run.phase("Dialog")["sessions"].int == 2)  // C2 and C5 ("DIALOG")
    }

    @Test func sessionWithoutAPhaseBelongsToNoPhase() throws {
        let run = try MetricsFixtureRun(Self.name)
        let phaseSessions = run.json["phases"].elements.compactMap { $0["sessions"].int }
        #expect(phaseSessions == [2, 2, 1, 1])  // C7 is in none of them
        #expect(try run.session("C7")["phase"].isNull)
    }

    @Test func continuityOverAllSessionsLinksEveryConsecutivePair() throws {
        #expect(
            Self.steps(try MetricsFixtureRun(Self.name)) == [
                Step(from: "Dialog", to: "Vision", organisations: 4, retained: 3),
                Step(from: "Vision", to: "Mobilisering", organisations: 5, retained: 3),
                Step(from: "Mobilisering", to: "Handlingsplan", organisations: 4, retained: 0),
            ])
    }

    @Test func continuityStopsAtThePeriodsEnd() throws {
        let september = try MetricsFixtureRun(Self.name, period: try #require(Period.month("2026-09")))
        #expect(Self.steps(september) == [Step(from: "Dialog", to: "Vision", organisations: 4, retained: 2)])
        let october = try MetricsFixtureRun(Self.name, period: try #require(Period.month("2026-10")))
        #expect(
            Self.steps(october) == [
                Step(from: "Dialog", to: "Vision", organisations: 4, retained: 3),
                Step(from: "Vision", to: "Mobilisering", organisations: 5, retained: 3),
            ])
        let range = try MetricsFixtureRun(
            Self.name, period: .range(from: try Self.date("2026-08-19"), to: try Self.date("2026-10-15")))
        #expect(
            Self.steps(range) == [
                Step(from: "Dialog", to: "Vision", organisations: 4, retained: 2),
                Step(from: "Vision", to: "Mobilisering", organisations: 3, retained: 1),
            ])
    }

    @Test func organisationsOverAllSessionsAreAllNew() throws {
        let organisations = try MetricsFixtureRun(Self.name).json["organisations"]
        #expect(organisations["total"].int == 8)
        #expect(organisations["new"].int == 8)
        #expect(organisations["returning"].int == 0)
        #expect(organisations["multi_area"].int == 3)
        let list = organisations["list"].elements
        let alfa = try #require(list.first { $0["name"].string == "Alfa AB" })
        #expect(alfa["attendances_by_area"].counts == ["Upplevelser": 2, "Hållbar energi": 1])
        #expect(alfa["areas_reached"].int == 2)
        let beta = try #require(list.first { $0["name"].string == "Beta Konsult" })
        #expect(beta["attendances_by_area"].counts == ["Upplevelser": 2, "Hållbar energi": 1])
        let eta = try #require(list.first { $0["name"].string == "Eta Event" })
        #expect(eta["multi_area"].bool == false)
    }

    @Test(arguments: [
        ("2026-09", 4, 2, 2, 0),
        ("2026-10", 4, 2, 2, 2),
        ("2026-11", 0, 0, 0, 0),
    ])
    func organisationsAreNewOrReturningRelativeToTheMonth(month: (String, Int, Int, Int, Int)) throws {
        let run = try MetricsFixtureRun(Self.name, period: try #require(Period.month(month.0)))
        let organisations = run.json["organisations"]
        #expect(organisations["total"].int == month.1)
        #expect(organisations["new"].int == month.2)
        #expect(organisations["returning"].int == month.3)
        #expect(organisations["multi_area"].int == month.4)
    }

    @Test func organisationsAreNewOrReturningRelativeToARange() throws {
        let run = try MetricsFixtureRun(
            Self.name, period: .range(from: try Self.date("2026-08-19"), to: try Self.date("2026-10-15")))
        let organisations = run.json["organisations"]
        #expect(organisations["total"].int == 8)
        #expect(organisations["returning"].int == 2)  // Alfa and Beta attended C2 on 08-18
        #expect(organisations["new"].int == 6)
        #expect(organisations["multi_area"].int == 1)  // Alfa: C3 and C1
    }

    @Test func distinctOrganisationsPerAreaPhaseAndTotal() throws {
        let run = try MetricsFixtureRun(Self.name)
        #expect(try run.area("Upplevelser")["organisations"].int == 5)
        #expect(try run.area("Upplevelser")["sessions"].int == 4)
        #expect(try run.area("Upplevelser")["sessions_with_attendance_data"].int == 3)
        #expect(try run.area("Hållbar energi")["organisations"].int == 6)
        #expect(run.totals["organisations"].int == 8)
        #expect(run.totals["sessions"].int == 7)
        #expect(try run.phase("Dialog")["organisations"].int == 4)
        #expect(try run.phase("Vision")["organisations"].int == 5)
        #expect(try run.phase("Mobilisering")["organisations"].int == 4)
        let plan = try run.phase("Handlingsplan")
        #expect(plan["sessions"].int == 1)
        #expect(plan["sessions_with_attendance_data"].int == 0)
        #expect(plan["organisations"].int == 0)
        #expect(plan["attended"].isNull)
        #expect(plan["turnout_rate"].isNull)
    }

    @Test func sessionWithCapacityButNoDataOrRegistrations() throws {
        let c6 = try MetricsFixtureRun(Self.name).session("C6")
        #expect(c6["registered"].int == 0)
        #expect(c6["over_capacity"].bool == false)
        #expect(c6["attended"].isNull)
        #expect(c6["room_fill"].isNull)
        #expect(c6["turnout_rate"].isNull)
    }

    @Test(arguments: [
        ("sessions.csv", 7, 7, 0, 0),
        ("attendance/1.csv", 14, 14, 0, 0),
    ])
    func everyRowOfEveryFileIsAccountedFor(file: (String, Int, Int, Int, Int)) throws {
        try MetricsFixtureRun(Self.name).expectAccount(file)
    }

    // WORKING.md sits beside the inputs: listed as skipped, like anything unexpected (R2).
    @Test func dataQualityListsEveryInputFile() throws {
        let files = try MetricsFixtureRun(Self.name).json["data_quality"]["files"].elements
        #expect(files.compactMap { $0["path"].string } == ["sessions.csv", "1.md", "attendance/1.csv"])
    }
}
