import ArgumentParser
import Deltagande
import Foundation

/// `deltagande sample`: synthetic input in the real export shapes, for benchmarks and trials.
struct Sample: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Write deterministic synthetic input of a given size.")

    @Option(help: "Number of persons.") var persons = 2_000
    @Option(help: "Number of sessions.") var sessions = 40
    @Option(help: "Seed: the same seed gives the same files.") var seed: UInt64 = 1
    @Option(help: "Folder to write the input into.") var output: String

    func validate() throws {
        if persons < 1 || sessions < 1 { throw ValidationError("--persons and --sessions must be at least 1") }
    }

    func run() throws {
        let count = try SampleGenerator(persons: persons, sessions: sessions, seed: seed).write(
            to: URL(fileURLWithPath: output))
        Log.line("deltagande: wrote \(count) files into \(output)")
    }
}
