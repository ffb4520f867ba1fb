import Foundation
import Testing

@testable import Deltagande

/// The summary of the shipped sample, compared with reviewed golden files (issue 6). After an
/// intended change, regenerate with `UPDATE_GOLDEN=1 swift test --filter GoldenSummaryTests`
/// and review the diff.
@Suite struct GoldenSummaryTests {
    static let sample = Fixtures.root.deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("input")

    static let resolved: Resolved? = try? Resolver.resolve(Ingest.read(folder: sample))

    func render(_ period: Period, _ language: Language) throws -> (text: String, json: JSONValue, metrics: Metrics) {
        let data = try #require(Self.resolved)
        let figures = MetricsCalculator.report(data, period: period)
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

    func compare(_ text: String, golden name: String) throws {
        let url = Fixtures.url("golden/\(name)")
        if ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] == "1" {
            try Data(text.utf8).write(to: url)
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        #expect(text == expected, "\(name) differs from its golden file")
    }

    static let cases: [(String, String, Language)] = [
        ("alla", "sammanfattning-alla.txt", .swedish),
        ("alla", "summary-alla.txt", .english),
        ("2026-10", "sammanfattning-2026-10.txt", .swedish),
        ("2026-10", "summary-2026-10.txt", .english),
    ]

    @Test(arguments: 0..<4)
    func sampleSummaryMatchesItsGoldenFile(index: Int) throws {
        let (label, name, language) = Self.cases[index]
        let period = label == "alla" ? Period.all : try #require(Period.month(label))
        let rendered = try render(period, language)
        try compare(rendered.text, golden: name)
        let names =
            rendered.metrics.sessions.map(\.session.label) + rendered.metrics.areas.map(\.name)
            + rendered.metrics.phases.map(\.name)
        let untraced = SummaryTrace.untraced(text: rendered.text, json: rendered.json, names: names, language: language)
        #expect(untraced.isEmpty, "numbers in \(name) not in the JSON: \(untraced)")
    }
}
