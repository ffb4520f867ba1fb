import Foundation
import Testing

@testable import Deltagande

@Suite struct SummaryTextTests {
    func render(_ language: Language, period: Period = .all) throws -> (text: String, json: JSONValue, metrics: Metrics)
    {
        let test = try ReportRunTests.fullInput()
        defer { test.remove() }
        let ingested = try Ingest.read(folder: test.input)
        let resolved = Resolver.resolve(ingested)
        let figures = MetricsCalculator.report(resolved, period: period)
        let (metrics, previous, toDate) = (figures.metrics, figures.previous, figures.toDate)
        let text = SummaryText(
            metrics: metrics, previous: previous, toDate: toDate,
            generated: CalendarDate(year: 2026, month: 11, day: 24)!,
            language: language
        ).render()
        // The JSON exactly as a run writes it, comparison included.
        let json = MetricsJSON.document(metrics, previous: previous, toDate: toDate)
        return (text, json, metrics)
    }

    func names(_ metrics: Metrics) -> [String] {
        metrics.sessions.map(\.session.label) + metrics.areas.map(\.name) + metrics.phases.map(\.name)
            + metrics.continuity.flatMap { [$0.from, $0.to] }
    }

    @Test(arguments: [Language.swedish, .english])
    func everyNumberInTheTextIsInTheJSON(language: Language) throws {
        let rendered = try render(language)
        let untraced = SummaryTrace.untraced(
            text: rendered.text, json: rendered.json, names: names(rendered.metrics), language: language)
        #expect(untraced.isEmpty, "numbers not in the JSON: \(untraced)")
    }

    @Test func theTraceCheckFlagsANumberTheJSONDoesNotHave() throws {
        let rendered = try render(.swedish)
        let tampered = rendered.text + "\nDeltagare: 98\u{00A0}765\n"
        let untraced = SummaryTrace.untraced(
            text: tampered, json: rendered.json, names: names(rendered.metrics), language: .swedish)
        #expect(untraced == ["98\u{00A0}765"])
    }

    @Test func aMonthComparesWithThePreviousMonthAndTheProcessToDate() throws {
        let period = try #require(Period.month("2024-03"))
        let rendered = try render(.swedish, period: period)
        #expect(rendered.text.contains("Jämförelse"))
        #expect(rendered.text.contains("Föreg. månad"))
        let untraced = SummaryTrace.untraced(
            text: rendered.text, json: rendered.json, names: names(rendered.metrics), language: .swedish)
        #expect(untraced.isEmpty, "numbers not in the JSON: \(untraced)")
    }

    @Test(arguments: [Language.swedish, .english])
    func linesAreAtMostOneHundredColumns(language: Language) throws {
        let rendered = try render(language)
        for line in rendered.text.split(separator: "\n") {
            #expect(line.count <= 100, "\(line)")
        }
    }

    @Test func swedishNumbersUseDecimalCommaAndADashForNoValue() throws {
        let style = NumberStyle(language: .swedish)
        #expect(style.integer(1250) == "1\u{00A0}250")
        #expect(style.percent(0.7333) == "73,3 %")
        #expect(style.percent(nil) == "–")
        #expect(style.decimal(4.25, digits: 1) == "4,3" || style.decimal(4.25, digits: 1) == "4,2")
        let english = NumberStyle(language: .english)
        #expect(english.integer(1250) == "1,250")
        #expect(english.percent(0.7333) == "73.3%")
    }
}
