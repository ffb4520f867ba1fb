import ArgumentParser
import Deltagande
import Foundation

/// `deltagande report`: reads `--input`, writes `<output>/<label>/`.
struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write the workbook, summary, metrics JSON and data-quality CSV for a period.")

    @Option(help: "Folder with sessions.csv and the exports.") var input = "input"
    @Option(help: "Folder the report folder is written into.") var output = "reports"
    @Option(help: "A month, YYYY-MM, or 'previous' for the previous calendar month.") var month: String?
    @Option(help: "First day, YYYY-MM-DD.") var from: String?
    @Option(help: "Last day, YYYY-MM-DD.") var to: String?
    @Option(help: "Output language: sv or en.") var language = "sv"
    @Option(name: .customLong("suppress-below"), help: "Show counts of persons from 1 to N-1 as <N.") var suppressBelow:
        Int?
    @Option(help: "Author in the workbook's properties.") var author = "Region Jämtland Härjedalen"
    @Flag(help: "Print time per stage on stderr.") var timings = false

    func validate() throws {
        if month != nil && (from != nil || to != nil) {
            throw ValidationError("--month cannot be combined with --from/--to")
        }
        if Language(rawValue: language) == nil { throw ValidationError("--language must be sv or en") }
        if let suppressBelow, suppressBelow < 2 { throw ValidationError("--suppress-below must be 2 or more") }
        _ = try period()
    }

    func period() throws -> Period {
        if let month {
            let text = month == "previous" ? PeriodText.previousMonth(of: Date()) : month
            guard let period = Period.month(text) else {
                throw ValidationError("--month must be YYYY-MM or previous, not \(month)")
            }
            return period
        }
        if from != nil || to != nil {
            let first = try from.map { text in
                guard let date = CalendarDate(iso: text) else { throw ValidationError("--from must be YYYY-MM-DD") }
                return date
            }
            let last = try to.map { text in
                guard let date = CalendarDate(iso: text) else { throw ValidationError("--to must be YYYY-MM-DD") }
                return date
            }
            if let first, let last, last < first { throw ValidationError("--to is before --from") }
            return Period.range(from: first, to: last)
        }
        return .all
    }

    func run() throws {
        var options = ReportOptions(input: URL(fileURLWithPath: input), output: URL(fileURLWithPath: output))
        options.period = try period()
        options.language = Language(rawValue: language) ?? .swedish
        options.suppression = suppressBelow.map(Suppression.init(threshold:)) ?? .none
        options.author = author
        options.fixedDate = PeriodText.sourceDateEpoch()
        let progress = ProgressDisplay()
        options.progress = { progress.update($0) }
        do {
            let result = try ReportRun.run(options)
            progress.finish()
            let quality = result.metrics.dataQuality
            Log.line(
                "deltagande: wrote \(result.folder.path)/ (\(quality.rowsRead) rows read, \(quality.accepted) accepted, \(quality.duplicatesMerged) merged, \(quality.rejected) rejected)"
            )
            if timings {
                let timings = result.timings
                for index in timings.stages.indices {
                    Log.line(
                        String(
                            format: "timing %@ %.3f s (processor %.3f s, peak memory so far %d MiB)",
                            timings.stages[index].name, timings.stages[index].seconds, timings.cpuSeconds[index],
                            timings.peakBytes[index] / 1_048_576))
                }
            }
        } catch let error as ReportError {
            progress.finish()
            Log.line("Error: \(error.description)")
            throw ExitCode(1)
        } catch let error as FileReadError {
            progress.finish()
            Log.line("Error: \(error.description)")
            throw ExitCode(1)
        } catch {
            progress.finish()
            Log.line("Error: \(error)")
            throw ExitCode(1)
        }
    }
}

/// Messages go to stderr so cron mails only what matters and stdout stays free for data.
enum Log {
    static func line(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }
}

enum PeriodText {
    static func previousMonth(of date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone.current
        let parts = calendar.dateComponents([.year, .month], from: date)
        let year = parts.year ?? 1970
        let month = parts.month ?? 1
        return month == 1 ? String(format: "%04d-12", year - 1) : String(format: "%04d-%02d", year, month - 1)
    }

    static func sourceDateEpoch() -> Date? {
        guard let text = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"], let seconds = Double(text) else {
            return nil
        }
        return Date(timeIntervalSince1970: seconds)
    }
}
