import Foundation
import Testing

@testable import Deltagande

/// One hand-worked fixture folder under `Fixtures/metrics/<case>/`, run through the whole pipeline
/// (`Ingest` → `Resolver` → `MetricsCalculator` → `MetricsJSON`) for one period. Every expected
/// figure in the suites comes from the case's `WORKING.md`, never from a run.
struct MetricsFixtureRun {
    let metrics: Metrics
    let json: MetricsJSONCursor

    init(_ name: String, period: Period = .all) throws {
        let folder = Fixtures.url("metrics/\(name)")
        let ingested = try Ingest.read(folder: folder)
        try #require(ingested.fileErrors.isEmpty, "fixture \(name) has unusable files: \(ingested.fileErrors)")
        let resolved = Resolver.resolve(ingested)
        metrics = MetricsCalculator.compute(resolved, period: period)
        json = MetricsJSONCursor(MetricsJSON.document(metrics))
    }

    /// The JSON object of one session, by id.
    func session(_ id: String) throws -> MetricsJSONCursor {
        try #require(json["sessions"].elements.first { $0["id"].string == id }, "no session \(id) in the report")
    }

    func area(_ name: String) throws -> MetricsJSONCursor {
        try #require(json["areas"].elements.first { $0["area"].string == name }, "no area \(name) in the report")
    }

    func phase(_ name: String) throws -> MetricsJSONCursor {
        try #require(json["phases"].elements.first { $0["phase"].string == name }, "no phase \(name) in the report")
    }

    var totals: MetricsJSONCursor { json["totals"] }

    /// Checks one file's row account: (public name, rows read, accepted, merged, rejected).
    func expectAccount(_ file: (String, Int, Int, Int, Int)) throws {
        let entry = try self.file(file.0)
        #expect(entry["rows_read"].int == file.1, "\(file.0)")
        #expect(entry["accepted"].int == file.2, "\(file.0)")
        #expect(entry["duplicates_merged"].int == file.3, "\(file.0)")
        #expect(entry["rejected"].int == file.4, "\(file.0)")
    }

    /// The data-quality entry of one input file, by its public name (R40).
    func file(_ path: String) throws -> MetricsJSONCursor {
        try #require(json["data_quality"]["files"].elements.first { $0["path"].string == path }, "no file \(path)")
    }
}

/// Read-only navigation through a `JSONValue`; a missing key gives an empty cursor whose values are nil.
struct MetricsJSONCursor {
    let value: JSONValue?

    init(_ value: JSONValue?) { self.value = value }

    subscript(_ key: String) -> MetricsJSONCursor {
        guard case .object(let pairs)? = value else { return MetricsJSONCursor(nil) }
        return MetricsJSONCursor(pairs.first { $0.0 == key }?.1)
    }

    var elements: [MetricsJSONCursor] {
        guard case .array(let values)? = value else { return [] }
        return values.map(MetricsJSONCursor.init)
    }

    var keys: [String] {
        guard case .object(let pairs)? = value else { return [] }
        return pairs.map(\.0)
    }

    var int: Int? {
        guard case .int(let number)? = value else { return nil }
        return number
    }

    /// A number, whether the JSON holds it as an integer or a fraction.
    var number: Double? {
        switch value {
        case .int(let number)?: Double(number)
        case .double(let number)?: number
        default: nil
        }
    }

    var string: String? {
        guard case .string(let text)? = value else { return nil }
        return text
    }

    var bool: Bool? {
        guard case .bool(let flag)? = value else { return nil }
        return flag
    }

    /// True only for an explicit JSON `null` (a missing key is not null).
    var isNull: Bool {
        if case .null? = value { return true }
        return false
    }

    /// A breakdown object (`{"business": 2, …}`) as a dictionary.
    var counts: [String: Int] {
        guard case .object(let pairs)? = value else { return [:] }
        var result: [String: Int] = [:]
        for (key, entry) in pairs { if case .int(let count) = entry { result[key] = count } }
        return result
    }
}

/// True when a rate or mean equals a hand-worked fraction.
func metricsClose(_ actual: Double?, _ expected: Double) -> Bool {
    guard let actual else { return false }
    return abs(actual - expected) < 1e-9
}
