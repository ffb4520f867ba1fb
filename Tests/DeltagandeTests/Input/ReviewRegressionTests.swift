import Foundation
import Testing

@testable import Deltagande

/// Cases a review found, kept so they stay fixed.
@Suite struct ReviewRegressionTests {
    func resolve(_ files: [String: String]) throws -> Resolved {
        let test = try TestInput(
            files: ["sessions.csv": "id,area,date,start,end,mode\ns1,Upplevelser,2026-08-18,10:00,11:00,remote\n"]
                .merging(files) { $1 }, examples: [:])
        defer { test.remove() }
        return Resolver.resolve(try Ingest.read(folder: test.input))
    }

    @Test func dayAndMonthOrderIsOnePerFileForRegistrations() throws {
        let resolved = try resolve([
            "registrations/g.csv": """
            Timestamp,Namn,E-post,Möte,Status
            "8/13/2026 10:00:00",Anna A,anna@x.example,s1,
            "9/5/2026 10:00:00",Anna A,anna@x.example,s1,avbokad

            """
        ])
        // 13 proves month first, so 9/5 is 5 September: the cancellation is the latest row.
        #expect(resolved.registrations[0].isEmpty)
    }

    @Test func aDialInsNumberNeverReachesTheDataQualityRows() throws {
        let report = """
            Full Name\tUser Action\tTimestamp
            Anna A\tJoined\t8/18/2026, 10:00:00 AM
            +46 70 123 45 67\tJoined\t8/18/2026, 10:01:00 AM
            +46 70 123 45 67\tLeft\t8/18/2026, 10:30:00 AM

            """
        let resolved = try resolve(["attendance/ev.csv": report])
        #expect(resolved.ledger.entries.contains { $0.outcome == "merged" })
        #expect(!resolved.ledger.entries.contains { $0.raw.contains("123 45 67") })
    }

    @Test func aPlaceholderOrganisationFallsBackToTheRegistration() throws {
        let resolved = try resolve([
            "registrations/r.csv": "Namn;E-post;Organisation;Möten\nBo Berg;bo@y.example;Bergs Skog AB;s1\n",
            "attendance/s1.csv": "Namn;E-post;Organisation\nBo Berg;bo@y.example;-\n",
        ])
        let attendance = try #require(resolved.attendance[0].values.first)
        let org = try #require(attendance.organisation)
        #expect(resolved.organisations[org].displayName == "Bergs Skog AB")
    }

    @Test func aDurationOfInfinityIsUnreadableNotACrash() {
        #expect(DurationText.seconds("inf") == nil)
        #expect(DurationText.seconds("1e300") == nil)
        #expect(DurationText.seconds("999999999999999999h") == nil)
        #expect(DurationText.seconds("99999999999:00:00") == nil)
        #expect(DurationText.seconds("12") == 720)
    }
}

@Suite struct ReviewRegressionFileTests {
    @Test func aThreeColumnSignInSheetWithTimesIsNoEventList() throws {
        let test = try TestInput(
            files: [
                "sessions.csv": "id,area,date,mode\ns1,Upplevelser,2026-08-18,in_room\n",
                "attendance/s1.csv":
                    "Namn;E-post;Tidpunkt\nAnna A;anna@x.example;2026-08-18 09:55\nBo B;bo@x.example;2026-08-18 09:58\n",
            ], examples: [:])
        defer { test.remove() }
        let ingested = try Ingest.read(folder: test.input)
        #expect(ingested.ledger.accounts.last?.layout == "sign-in")
        #expect(ingested.attendance.map(\.email) == ["anna@x.example", "bo@x.example"])
        #expect(ingested.attendance.allSatisfy { $0.mode == .inRoom })
    }

    @Test func aConfigSavedOnWindowsIsRead() throws {
        let test = try TestInput(
            files: ["sessions.csv": "id,area,date,mode\ns1,Upplevelser,2026-08-18,remote\n"], examples: [:])
        defer { test.remove() }
        let config =
            "\u{FEFF}[aliases.feedback]\r\nrating = [\"Hur nöjd är du?\"]\r\n\r\n[matching]\r\nwindow_minutes = 45\r\n"
        try Data(config.utf8).write(to: test.input.appendingPathComponent("deltagande.toml"))
        let ingested = try Ingest.read(folder: test.input)
        #expect(ingested.fileErrors.isEmpty)
        #expect(ingested.settings.windowMinutes == 45)
        #expect(ingested.settings.aliases[.feedback]?["rating"] == ["Hur nöjd är du?"])
    }

    @Test func aFileNameWrittenDecomposedIsOpened() throws {
        let test = try TestInput(
            files: ["sessions.csv": "id,area,date,mode\ns1,Upplevelser,2026-08-18,remote\n"], examples: [:])
        defer { test.remove() }
        let decomposed = "Mo\u{0308}te.csv".decomposedStringWithCanonicalMapping
        try Data("Namn;E-post;Möten\nA A;a@x.example;s1\n".utf8)
            .write(to: test.input.appendingPathComponent("registrations").appendingPathComponent(decomposed))
        let ingested = try Ingest.read(folder: test.input)
        #expect(ingested.fileErrors.isEmpty)
        #expect(ingested.registrations.count == 1)
        #expect(ingested.files.contains { $0.path == "registrations/Möte.csv" })
    }
}

@Suite struct ReviewRegressionRowTests {
    func ingest(_ files: [String: String]) throws -> Ingested {
        let test = try TestInput(
            files: ["sessions.csv": "id,area,date,start,end,mode\ns1,Upplevelser,2026-08-18,10:00,11:00,remote\n"]
                .merging(files) { $1 }, examples: [:])
        defer { test.remove() }
        return try Ingest.read(folder: test.input)
    }

    @Test func everyUnknownPairOfARowGetsItsOwnLine() throws {
        let ingested = try ingest(["registrations/r.csv": "Namn;E-post;Möten\nAnna A;anna@x.example;\"x1;x2\"\n"])
        let reasons = ingested.ledger.entries.map(\.reason)
        #expect(reasons.contains("unknown session \"x1\""))
        #expect(reasons.contains("unknown session \"x2\""))
        #expect(ingested.ledger.accounts.last?.rejected == 1)
    }

    @Test func aCorrectedSessionRowAfterARejectedOneIsKept() throws {
        let ingested = try ingest([
            "sessions.csv": "id,area,date,mode\ns1,Upplevelser,2026-18-08,hybrid\ns1,Upplevelser,2026-08-18,hybrid\n"
        ])
        #expect(ingested.programme.sessions.map(\.id) == ["s1"])
    }

    @Test func theNewPortalsHostIsAHostEvenWithAnAddress() throws {
        let report = """
            Topic,ID,Host,Duration (minutes),Start time,End time,Participants
            Möte två,845 1234 5678,Eva Värd,60,08/18/2026 10:00:00 AM,08/18/2026 11:00:00 AM,2

            Name (original name),Email,Join time,Leave time,Duration (minutes),Guest,In waiting room
            Eva Värd,eva@region.example,08/18/2026 10:00:00 AM,08/18/2026 11:00:00 AM,60,No,No
            Nils Holm,nils@hus.example,08/18/2026 10:05:00 AM,08/18/2026 11:00:00 AM,55,Yes,No

            """
        let ingested = try ingest(["attendance/zoom.csv": report])
        #expect(ingested.attendance.map(\.isHost) == [true, false])
    }
}
