import Foundation

/// Everything one report run needs to know; the CLI builds it from flags.
public struct ReportOptions: Sendable {
    public var input: URL
    /// The parent folder: the report goes to `<output>/<label>/`.
    public var output: URL
    public var period: Period = .all
    public var language: Language = .swedish
    public var suppression: Suppression = .none
    public var author = "Region Jämtland Härjedalen"
    /// From `SOURCE_DATE_EPOCH`: fixes every date the outputs show, so reruns are byte-identical.
    public var fixedDate: Date?
    /// Told the name of each stage as it starts, for a progress display.
    public var progress: (@Sendable (String) -> Void)?

    public init(input: URL, output: URL) {
        self.input = input
        self.output = output
    }
}

/// Why a report run stopped without publishing.
public enum ReportError: Error, Equatable, Sendable, CustomStringConvertible {
    /// R1: files that cannot be used; every one is listed.
    case unusableInput([String])
    case personalData([String])
    case output(String)

    public var description: String {
        switch self {
        case .unusableInput(let problems):
            "input cannot be used (\(problems.count) file\(problems.count == 1 ? "" : "s")); no report written:\n"
                + problems.map { "  " + $0 }.joined(separator: "\n")
        case .personalData(let findings):
            "personal data found in a council output; nothing published:\n"
                + findings.map { "  " + $0 }.joined(separator: "\n")
        case .output(let message): message
        }
    }
}

/// Time spent per stage, for `--timings` and `make bench`.
public struct StageTimings: Sendable {
    public var stages: [(name: String, seconds: Double)] = []
    /// The process's peak resident memory in bytes when each stage ended (same order as `stages`),
    /// which tells `make bench` in which stage the peak is reached.
    public var peakBytes: [Int] = []
    /// Processor time (user and system, all threads) each stage used: against its wall time, how
    /// well it keeps both cores busy.
    public var cpuSeconds: [Double] = []
    private var cpuSoFar = StageTimings.processorSeconds()

    mutating func measure<T>(_ name: String, _ work: () throws -> T) rethrows -> T {
        let start = DispatchTime.now().uptimeNanoseconds
        let result = try work()
        record(name, seconds: Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
        return result
    }

    mutating func record(_ name: String, seconds: Double) {
        stages.append((name, seconds))
        peakBytes.append(StageTimings.peakResidentBytes())
        let cpu = StageTimings.processorSeconds()
        cpuSeconds.append(cpu - cpuSoFar)
        cpuSoFar = cpu
    }

    static func processorSeconds() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        func seconds(_ time: timeval) -> Double { Double(time.tv_sec) + Double(time.tv_usec) / 1e6 }
        return seconds(usage.ru_utime) + seconds(usage.ru_stime)
    }

    static func peakResidentBytes() -> Int {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return usage.ru_maxrss * 1024  // kilobytes on Linux
    }
}
