/// The figures one report shows: its period's, and for a calendar month also the month before
/// and the process from its start to the month's end, which the summary compares with.
public struct ReportFigures: Sendable {
    public var metrics: Metrics
    public var previous: Metrics?
    public var toDate: Metrics?

    public init(metrics: Metrics, previous: Metrics? = nil, toDate: Metrics? = nil) {
        self.metrics = metrics
        self.previous = previous
        self.toDate = toDate
    }
}

extension MetricsCalculator {
    public static func report(_ data: Resolved, period: Period) -> ReportFigures {
        guard let previousPeriod = period.previousMonth else {
            return ReportFigures(metrics: compute(data, period: period))
        }
        // The comparison periods are computed beside the report's own.
        let (metrics, (previous, toDate)) = Concurrently.run(
            { compute(data, period: period) },
            {
                (
                    compute(data, period: previousPeriod),
                    compute(data, period: Period(label: "hittills", from: nil, to: period.to))
                )
            })
        return ReportFigures(metrics: metrics, previous: previous, toDate: toDate)
    }
}
