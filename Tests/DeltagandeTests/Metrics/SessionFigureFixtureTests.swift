import Foundation
import Testing

@testable import Deltagande

/// `Fixtures/metrics/session-figures`: every per-session figure of SPEC §4, with the area and
/// phase sums built from them. Expected values: the case's `WORKING.md`.
@Suite struct SessionFigureFixtureTests {
    static let name = "session-figures"

    @Test func hybridSessionSplitsRegistrationsByModeAndEmptyModeIsUnknown() throws {
        let s1 = try MetricsFixtureRun(Self.name).session("S1")
        // anna, david, eva, gun in_room; bo, ivar remote; cecilia's empty mode in a hybrid session.
        #expect(s1["registered"].int == 7)
        #expect(s1["registered_in_room"].int == 4)
        #expect(s1["registered_remote"].int == 2)
        #expect(s1["registered_mode_unknown"].int == 1)
    }

    @Test func emptyModeTakesTheSessionsOwnModeOutsideHybridSessions() throws {
        let run = try MetricsFixtureRun(Self.name)
        let s2 = try run.session("S2")
        #expect(s2["registered"].int == 2)
        #expect(s2["registered_in_room"].int == 1)  // anna, empty mode, in_room session
        #expect(s2["registered_remote"].int == 1)  // nora said "Via länk"
        #expect(s2["registered_mode_unknown"].int == 0)
        let s3 = try run.session("S3")
        #expect(s3["registered"].int == 3)  // bo, cecilia (by label), rut (pair beside an unknown session)
        #expect(s3["registered_remote"].int == 3)
        #expect(s3["registered_in_room"].int == 0)
        #expect(s3["registered_mode_unknown"].int == 0)
    }

    @Test func hostIsCountedOnlyAsHostAndHerRegistrationIsRemoved() throws {
        let s1 = try MetricsFixtureRun(Self.name).session("S1")
        #expect(s1["hosts"].int == 1)
        // helena registered "Via länk": without R44 registered_remote would be 3 and no_shows 3.
        #expect(s1["registered_remote"].int == 2)
        #expect(s1["attended_remote"].int == 3)
    }

    @Test func attendanceFiguresOfTheHybridSession() throws {
        let s1 = try MetricsFixtureRun(Self.name).session("S1")
        #expect(s1["has_attendance_data"].bool == true)
        #expect(s1["attended"].int == 7)
        #expect(s1["attended_in_room"].int == 4)
        #expect(s1["attended_remote"].int == 3)
        #expect(s1["walk_ins"].int == 2)  // kalle, lisa
        #expect(s1["no_shows"].int == 2)  // eva (absent), ivar
        #expect(metricsClose(s1["turnout_rate"].number, 5.0 / 7.0))
        #expect(s1["capacity"].int == 3)
        #expect(metricsClose(s1["room_fill"].number, 4.0 / 3.0))
        #expect(s1["over_capacity"].bool == true)
        #expect(s1["switched_to_remote"].int == 1)  // david
    }

    @Test func remoteMinutesOfRepeatedRowsAddUpAndDecideSubstantiveAttendance() throws {
        let s1 = try MetricsFixtureRun(Self.name).session("S1")
        // bo 100, david 50, lisa 30 + 40 (restarted meeting); gun's 10 min are in_room.
        #expect(metricsClose(s1["median_remote_minutes"].number, 70))
        #expect(s1["substantive_remote"].int == 2)  // ≥ 60 of 120 planned minutes: bo, lisa
    }

    @Test func inRoomSessionWithoutCapacityHasNullFillAndOverCapacity() throws {
        let s2 = try MetricsFixtureRun(Self.name).session("S2")
        #expect(s2["attended"].int == 3)
        #expect(s2["attended_in_room"].int == 2)
        #expect(s2["attended_remote"].int == 1)
        #expect(s2["hosts"].int == 0)
        #expect(s2["walk_ins"].int == 1)
        #expect(s2["no_shows"].int == 0)
        #expect(metricsClose(s2["turnout_rate"].number, 1))
        #expect(s2["capacity"].isNull)
        #expect(s2["room_fill"].isNull)
        #expect(s2["over_capacity"].isNull)
        #expect(s2["switched_to_remote"].int == 0)
        #expect(metricsClose(s2["median_remote_minutes"].number, 75))  // nora 45 + 30
        #expect(s2["substantive_remote"].int == 1)
    }

    @Test func sessionWithoutAttendanceDataHasNullAttendanceFigures() throws {
        let s3 = try MetricsFixtureRun(Self.name).session("S3")
        #expect(s3["has_attendance_data"].bool == false)
        for key in [
            "attended", "attended_in_room", "attended_remote", "hosts", "walk_ins", "no_shows", "turnout_rate",
            "room_fill", "switched_to_remote", "median_remote_minutes", "substantive_remote", "over_capacity",
        ] {
            #expect(s3[key].isNull, "S3 \(key) should be null")
        }
        #expect(s3["registered"].int == 3)
    }

    @Test func zeroDenominatorsGiveNull() throws {
        let s4 = try MetricsFixtureRun(Self.name).session("S4")
        #expect(s4["registered"].int == 0)
        #expect(s4["attended"].int == 1)
        #expect(s4["walk_ins"].int == 1)
        #expect(s4["no_shows"].int == 0)
        #expect(s4["turnout_rate"].isNull)  // 0 registered
        #expect(s4["capacity"].int == 0)
        #expect(s4["room_fill"].isNull)  // capacity 0 (R36)
        #expect(s4["over_capacity"].bool == false)  // 0 > 0
        #expect(s4["median_remote_minutes"].isNull)
        #expect(s4["substantive_remote"].int == 0)
    }

    @Test func rejectedSessionRowIsNotInTheReport() throws {
        let run = try MetricsFixtureRun(Self.name)
        #expect(run.json["sessions"].elements.compactMap { $0["id"].string } == ["S1", "S2", "S3", "S4"])
    }

    @Test func areaSumsSessionsAndLeavesSessionsWithoutDataOutOfTurnout() throws {
        let run = try MetricsFixtureRun(Self.name)
        for group in [try run.area("Hållbar energi"), run.totals] {
            #expect(group["sessions"].int == 4)
            #expect(group["sessions_with_attendance_data"].int == 3)
            #expect(group["registered"].int == 12)
            #expect(group["registered_in_room"].int == 5)
            #expect(group["registered_remote"].int == 6)
            #expect(group["registered_mode_unknown"].int == 1)
            #expect(group["attended"].int == 11)
            #expect(group["attended_in_room"].int == 7)
            #expect(group["attended_remote"].int == 4)
            #expect(group["hosts"].int == 1)
            #expect(group["walk_ins"].int == 4)
            #expect(group["no_shows"].int == 2)
            #expect(group["switched_to_remote"].int == 1)
            #expect(metricsClose(group["turnout_rate"].number, 7.0 / 9.0))
            #expect(metricsClose(group["room_fill"].number, 4.0 / 3.0))
            #expect(metricsClose(group["median_remote_minutes"].number, 72.5))
            #expect(group["substantive_remote"].int == 3)
            #expect(group["registered_persons"].int == 9)
            #expect(group["participants"].int == 9)
        }
    }

    @Test func phasesSumOnlyTheirOwnSessions() throws {
        let run = try MetricsFixtureRun(Self.name)
        #expect(run.json["phases"].elements.compactMap { $0["phase"].string } == ["Vision", "Mobilisering"])
        let vision = try run.phase("Vision")
        #expect(vision["sessions"].int == 2)
        #expect(vision["registered"].int == 9)
        #expect(vision["registered_in_room"].int == 5)
        #expect(vision["registered_remote"].int == 3)
        #expect(vision["registered_mode_unknown"].int == 1)
        #expect(vision["attended"].int == 10)
        #expect(vision["attended_in_room"].int == 6)
        #expect(vision["attended_remote"].int == 4)
        #expect(vision["walk_ins"].int == 3)
        #expect(vision["no_shows"].int == 2)
        #expect(metricsClose(vision["turnout_rate"].number, 7.0 / 9.0))
        #expect(metricsClose(vision["median_remote_minutes"].number, 72.5))
        #expect(vision["substantive_remote"].int == 3)
        #expect(vision["registered_persons"].int == 8)
        #expect(vision["participants"].int == 9)

        let mobilisation = try run.phase("Mobilisering")
        #expect(mobilisation["sessions"].int == 2)
        #expect(mobilisation["sessions_with_attendance_data"].int == 1)
        #expect(mobilisation["registered"].int == 3)
        #expect(mobilisation["registered_remote"].int == 3)
        #expect(mobilisation["attended"].int == 1)
        #expect(mobilisation["attended_in_room"].int == 1)
        #expect(mobilisation["attended_remote"].int == 0)
        #expect(mobilisation["walk_ins"].int == 1)
        #expect(mobilisation["no_shows"].int == 0)
        #expect(mobilisation["turnout_rate"].isNull)  // S3 has no data, S4 has 0 registered
        #expect(mobilisation["median_remote_minutes"].isNull)
        #expect(mobilisation["substantive_remote"].int == 0)
        #expect(mobilisation["room_fill"].isNull)
        #expect(mobilisation["registered_persons"].int == 3)
        #expect(mobilisation["participants"].int == 1)
    }

    @Test func monthPeriodSelectsSessionsByDateAndEmptyPhaseHasZerosAndNulls() throws {
        let run = try MetricsFixtureRun(Self.name, period: try #require(Period.month("2026-10")))
        #expect(run.json["sessions"].elements.compactMap { $0["id"].string } == ["S3", "S4"])
        let area = try run.area("Hållbar energi")
        #expect(area["sessions"].int == 2)
        #expect(area["registered"].int == 3)
        #expect(area["attended"].int == 1)
        #expect(area["turnout_rate"].isNull)
        #expect(area["participants"].int == 1)
        // Vision has no session in October but is still listed (R11, R43).
        let vision = try run.phase("Vision")
        #expect(vision["sessions"].int == 0)
        #expect(vision["sessions_with_attendance_data"].int == 0)
        #expect(vision["registered"].int == 0)
        #expect(vision["registered_persons"].int == 0)
        #expect(vision["participants"].int == 0)
        for key in [
            "attended", "attended_in_room", "attended_remote", "hosts", "walk_ins", "no_shows", "switched_to_remote",
            "turnout_rate", "room_fill", "median_remote_minutes", "substantive_remote", "top10_share",
        ] {
            #expect(vision[key].isNull, "Vision \(key) should be null in October")
        }
    }

    @Test(arguments: [
        ("sessions.csv", 5, 4, 0, 1),
        ("registrations/1.csv", 18, 12, 4, 2),
        ("attendance/1.csv", 5, 5, 0, 0),
        ("attendance/2.csv", 7, 5, 1, 1),
        ("attendance/3.txt", 5, 4, 1, 0),
        ("attendance/4.txt", 1, 0, 1, 0),
    ])
    func everyRowOfEveryFileIsAccountedFor(file: (String, Int, Int, Int, Int)) throws {
        try MetricsFixtureRun(Self.name).expectAccount(file)
    }

    @Test func dataQualityTotalsBalanceWhateverThePeriod() throws {
        for period in [Period.all, try #require(Period.month("2026-10"))] {
            let quality = try MetricsFixtureRun(Self.name, period: period).json["data_quality"]
            #expect(quality["rows_read"].int == 41)
            #expect(quality["accepted"].int == 30)
            #expect(quality["duplicates_merged"].int == 7)
            #expect(quality["rejected"].int == 4)
        }
    }

    @Test func reportsAndSignInSheetsAreReadAsTheirLayouts() throws {
        let run = try MetricsFixtureRun(Self.name)
        for path in ["attendance/3.txt", "attendance/4.txt"] {
            let file = try run.file(path)
            #expect(file["layout"].string == "teams-numbered")
            #expect(file["encoding"].string == "utf-8")
            #expect(file["delimiter"].string == "\t")
        }
        #expect(try run.file("attendance/1.csv")["layout"].string == "sign-in")
        #expect(try run.file("attendance/2.csv")["layout"].string == "sign-in")
    }

    // WORKING.md sits beside the inputs: listed as skipped, like anything unexpected (R2).
    @Test func dataQualityListsEveryInputFile() throws {
        let files = try MetricsFixtureRun(Self.name).json["data_quality"]["files"].elements
        #expect(
            files.compactMap { $0["path"].string } == [
                "sessions.csv", "1.md", "registrations/1.csv", "attendance/1.csv", "attendance/2.csv",
                "attendance/3.txt",
                "attendance/4.txt",
            ])
    }
}
