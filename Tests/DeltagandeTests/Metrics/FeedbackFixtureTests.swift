import Foundation
import Testing

@testable import Deltagande

/// `Fixtures/metrics/feedback`: feedback figures of sessions, areas, phases and the totals, and
/// area-level responses placed in a period by their date (R26). Expected values: `WORKING.md`.
@Suite struct FeedbackFixtureTests {
    static let name = "feedback"
    static let jsv = "Jord, skog och vatten"

    /// The hand-worked figures of one `feedback` object; nil rates and means must be JSON null.
    struct Expected {
        var responses: Int
        var rate: Double?
        var mean: Double?
        var distribution: [Int]
        var comments: Int
        var nps: Double?
    }

    static func check(_ feedback: MetricsJSONCursor, _ expected: Expected, _ label: String) {
        #expect(feedback["responses"].int == expected.responses, "\(label) responses")
        if let rate = expected.rate {
            #expect(metricsClose(feedback["response_rate"].number, rate), "\(label) response_rate")
        } else {
            #expect(feedback["response_rate"].isNull, "\(label) response_rate should be null")
        }
        if let mean = expected.mean {
            #expect(metricsClose(feedback["rating_mean"].number, mean), "\(label) rating_mean")
        } else {
            #expect(feedback["rating_mean"].isNull, "\(label) rating_mean should be null")
        }
        let buckets = feedback["rating_distribution"].counts
        #expect(
            (1...5).map { buckets[String($0)] } == expected.distribution.map { Optional($0) }, "\(label) distribution")
        #expect(feedback["comments"].int == expected.comments, "\(label) comments")
        if let nps = expected.nps {
            #expect(metricsClose(feedback["nps"].number, nps), "\(label) nps")
        } else {
            #expect(feedback["nps"].isNull, "\(label) nps should be null")
        }
    }

    static let f1 = Expected(
        responses: 6, rate: 0.75, mean: 3.2, distribution: [1, 0, 2, 0, 2], comments: 3, nps: 100.0 / 6.0)

    @Test func sessionFeedbackRoundsHalfUpAndGivesNPSInPoints() throws {
        let run = try MetricsFixtureRun(Self.name)
        Self.check(try run.session("F1")["feedback"], Self.f1, "F1")
        Self.check(
            try run.session("F2")["feedback"],
            Expected(responses: 1, rate: nil, mean: 4, distribution: [0, 0, 0, 1, 0], comments: 1, nps: nil), "F2")
        Self.check(
            try run.session("F3")["feedback"],
            Expected(responses: 3, rate: 1.5, mean: 4, distribution: [0, 0, 1, 0, 1], comments: 2, nps: nil), "F3")
    }

    @Test func areasAndTotalsIncludeAreaLevelResponsesInTheAllSessionsReport() throws {
        let run = try MetricsFixtureRun(Self.name)
        Self.check(
            try run.area("Upplevelser")["feedback"],
            Expected(
                responses: 9, rate: 9.0 / 8.0, mean: 27.0 / 8.0, distribution: [1, 0, 3, 2, 2], comments: 5,
                nps: 100.0 / 6.0),
            "Upplevelser")
        Self.check(
            try run.area(Self.jsv)["feedback"],
            Expected(responses: 4, rate: 2, mean: 4, distribution: [0, 0, 1, 0, 1], comments: 2, nps: 100), Self.jsv)
        Self.check(
            run.totals["feedback"],
            Expected(
                responses: 13, rate: 1.3, mean: 3.5, distribution: [1, 0, 4, 2, 3], comments: 7, nps: 200.0 / 7.0),
            "totals")
    }

    @Test func phasesCountOnlyTheirSessionsFeedback() throws {
        let run = try MetricsFixtureRun(Self.name)
        Self.check(try run.phase("Vision")["feedback"], Self.f1, "Vision")
        Self.check(
            try run.phase("Mobilisering")["feedback"],
            Expected(responses: 4, rate: 2, mean: 4, distribution: [0, 0, 1, 1, 1], comments: 3, nps: nil),
            "Mobilisering")
    }

    @Test func areaLevelResponsesFallInAMonthBySubmittedDate() throws {
        let run = try MetricsFixtureRun(Self.name, period: try #require(Period.month("2026-10")))
        Self.check(
            try run.area("Upplevelser")["feedback"],
            Expected(responses: 2, rate: nil, mean: 3.5, distribution: [0, 0, 1, 1, 0], comments: 2, nps: nil),
            "Upplevelser")
        Self.check(
            try run.area(Self.jsv)["feedback"],
            Expected(responses: 3, rate: 1.5, mean: 4, distribution: [0, 0, 1, 0, 1], comments: 2, nps: nil), Self.jsv)
        Self.check(
            run.totals["feedback"],
            Expected(responses: 5, rate: 2.5, mean: 3.75, distribution: [0, 0, 2, 1, 1], comments: 4, nps: nil),
            "totals")
    }

    @Test func areaWithoutSessionsInTheMonthStillShowsItsDatedAreaResponses() throws {
        let run = try MetricsFixtureRun(Self.name, period: try #require(Period.month("2026-09")))
        Self.check(try run.area("Upplevelser")["feedback"], Self.f1, "Upplevelser")
        let jsv = try run.area(Self.jsv)
        #expect(jsv["sessions"].int == 0)
        Self.check(
            jsv["feedback"],
            Expected(responses: 1, rate: nil, mean: nil, distribution: [0, 0, 0, 0, 0], comments: 0, nps: 100),
            Self.jsv)
        let totals = run.totals["feedback"]
        #expect(totals["responses"].int == 7)
        #expect(metricsClose(totals["response_rate"].number, 7.0 / 8.0))
        #expect(metricsClose(totals["nps"].number, 200.0 / 7.0))
    }

    @Test(arguments: [
        ("sessions.csv", 3, 3, 0, 0),
        ("attendance/1.csv", 8, 8, 0, 0),
        ("attendance/2.csv", 2, 2, 0, 0),
        ("feedback/1.csv", 4, 3, 0, 1),
        ("feedback/2.csv", 15, 10, 0, 5),
    ])
    func everyRowOfEveryFileIsAccountedFor(file: (String, Int, Int, Int, Int)) throws {
        try MetricsFixtureRun(Self.name).expectAccount(file)
    }

    // WORKING.md sits beside the inputs: listed as skipped, like anything unexpected (R2).
    @Test func dataQualityListsEveryInputFile() throws {
        let files = try MetricsFixtureRun(Self.name).json["data_quality"]["files"].elements
        #expect(
            files.compactMap { $0["path"].string } == [
                "sessions.csv", "1.md", "attendance/1.csv", "attendance/2.csv", "feedback/1.csv", "feedback/2.csv",
            ])
    }
}

/// A run masks the period's comments before people are matched (issue 9); they must be the
/// comments the figures list, in the same order, or the workbook would show other rows' texts.
@Suite struct CommentsAheadOfTimeTests {
    @Test(arguments: ["alla", "2026-10", "2026-09"])
    func theCommentsFoundFromTheRowsAreTheMetricsComments(_ label: String) throws {
        let period = label == "alla" ? Period.all : try #require(Period.month(label))
        let ingested = try Ingest.read(folder: Fixtures.url("metrics/feedback"))
        let ahead = MetricsCalculator.comments(ingested.feedback, programme: ingested.programme, period: period)
        let metrics = MetricsCalculator.compute(Resolver.resolve(ingested), period: period)
        #expect(!ahead.isEmpty || label != "alla")
        #expect(ahead == metrics.comments)
    }

    @Test func theWorkbookShowsTheMaskedTextsItIsGiven() throws {
        let ingested = try Ingest.read(folder: Fixtures.url("metrics/feedback"))
        let metrics = MetricsCalculator.compute(Resolver.resolve(ingested), period: .all)
        let guardian = PersonalDataGuard(names: ingested.rows.names.values)
        let masked = WorkbookBuilder.maskedComments(metrics.comments.map(\.text), names: guardian, language: .swedish)
        func feedbackTexts(_ builder: WorkbookBuilder) -> [String] {
            builder.build().sheets[4].mergedRanges.map(\.text)
        }
        let generated = CalendarDate(dayNumber: 20_000)
        let plain = WorkbookBuilder(
            metrics: metrics, generated: generated, created: Date(timeIntervalSince1970: 0), language: .swedish,
            names: guardian)
        var given = plain
        given.maskedComments = masked.map { "given: " + $0 }
        let texts = feedbackTexts(plain)
        #expect(texts.suffix(masked.count) == masked[...])
        #expect(feedbackTexts(given).suffix(masked.count) == masked.map { "given: " + $0 }[...])
    }

    @Test func repeatedCommentsAreMaskedLikeEachOneAlone() {
        let guardian = PersonalDataGuard(names: ["Anna Svensson"])
        let comments = [
            "Ring mig på 070-123 45 67", "Bra", "Tack Anna Svensson!", "Ring mig på 070-123 45 67", "Bra", "",
            "Bra\u{00A0}", "Tack Anna Svensson!", "Skriv till anna@example.se",
        ]
        let one = { (text: String) in
            WorkbookBuilder.maskedComments([text], names: guardian, language: .swedish)[0]
        }
        let masked = WorkbookBuilder.maskedComments(comments, names: guardian, language: .swedish)
        #expect(masked == comments.map(one))
        #expect(masked[0] == "Ring mig på [telefon]" && masked[3] == masked[0])
        #expect(masked[2] == "Tack [namn]!" && masked[6] == "Bra\u{00A0}")
    }
}
