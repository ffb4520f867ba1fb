import ArgumentParser
import Deltagande
import Foundation

/// `deltagande check`: what an analyst runs before reporting. Writes nothing; exits 1 when a file
/// cannot be used.
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check the input files and show how every row was read.")

    @Option(help: "Folder with sessions.csv and the exports.") var input = "input"
    @Option(help: "Reasons to show per file.") var reasons = 3

    func run() throws {
        let ingested: Ingested
        do {
            ingested = try Ingest.read(folder: URL(fileURLWithPath: input))
        } catch {
            Log.line("Error: \(error.description)")
            throw ExitCode(1)
        }
        print(CheckReport.render(Resolver.resolve(ingested), reasonsPerFile: reasons), terminator: "")
        if !ingested.fileErrors.isEmpty { throw ExitCode(1) }
    }
}
