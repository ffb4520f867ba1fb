import ArgumentParser
import Deltagande
import Foundation

@main
struct DeltagandeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "deltagande",
        abstract: "Participation figures for the smart specialisation process of Region Jämtland Härjedalen.",
        subcommands: [Report.self, Check.self, Sample.self],
        defaultSubcommand: Report.self)
}
