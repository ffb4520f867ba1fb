import Foundation
import Testing

@testable import Deltagande

/// Issue 7: a run killed at any moment leaves every report file either as the earlier run wrote
/// it or as the new run writes it whole; never half-written.
@Suite struct KillDuringWriteTests {
    static let binary = Fixtures.root.deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent(".build/debug/deltagande")

    func files(_ folder: URL) throws -> [String: Data] {
        var result: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) where !name.hasPrefix(".") {
            result[name] = try Data(contentsOf: folder.appendingPathComponent(name))
        }
        return result
    }

    @Test func killingTheProcessNeverLeavesAHalfWrittenReport() throws {
        try #require(FileManager.default.isExecutableFile(atPath: Self.binary.path), "swift test builds the CLI first")
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("deltagande-kill-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let input = root.appendingPathComponent("input")
        try SampleGenerator(persons: 4000, sessions: 40, seed: 3).write(to: input)
        let epoch = Date(timeIntervalSince1970: 1_795_000_000)

        // The earlier report, then what the changed input gives when nobody interrupts it.
        var options = ReportOptions(input: input, output: root.appendingPathComponent("reports"))
        options.fixedDate = epoch
        let folder = try ReportRun.run(options).folder
        let earlier = try files(folder)
        try Data("Möte;Helhetsbetyg\ns1;3\n".utf8).write(to: input.appendingPathComponent("feedback/extra.csv"))
        var fresh = options
        fresh.output = root.appendingPathComponent("fresh")
        let later = try files(try ReportRun.run(fresh).folder)
        #expect(earlier != later)

        // A debug run here takes about a second: the later kills land in computing and writing.
        for delay in [0.02, 0.3, 0.6, 0.75, 0.85, 0.9, 0.95, 1.0] {
            let process = Process()
            process.executableURL = Self.binary
            process.arguments = ["report", "--input", input.path, "--output", options.output.path]
            process.environment = ["SOURCE_DATE_EPOCH": "1795000000"]
            process.standardError = FileHandle.nullDevice
            try process.run()
            Thread.sleep(forTimeInterval: delay)
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            for (name, data) in try files(folder) {
                #expect(data == earlier[name] || data == later[name], "\(name) after a kill at \(delay) s")
            }
        }
        // The next run clears what the killed ones left and writes the new report whole.
        _ = try ReportRun.run(options)
        #expect(try files(folder) == later)
        let hidden = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.contains(".tmp-") }
        #expect(hidden.isEmpty)
    }
}
