/// Computes every figure of one report from resolved records (SPEC 4). No I/O, no clock.
public enum MetricsCalculator {
    public static func compute(_ data: Resolved, period: Period) -> Metrics {
        let sessions = data.programme.sessions
        let inPeriod = sessions.indices.filter { period.contains(sessions[$0].date) }
        let areaRows = areaFeedback(data.feedback, period: period)
        // The session and group figures and the organisation and continuity figures are
        // independent: one core each (they take about as long on a national roll-up).
        let ((figures, (areas, phases, totals)), (organisations, continuity, comments, dataQuality)) = Concurrently.run(
            {
                // Feedback grouped once by session: groups look their sessions' rows up instead of scanning.
                var feedbackBySession = Array(repeating: [FeedbackRow](), count: sessions.count)
                for row in data.feedback {
                    if let session = row.session { feedbackBySession[session].append(row) }
                }
                var figures: [Int: SessionFigures] = [:]
                for index in inPeriod {
                    var session = SessionCalculator.figures(index, data)
                    session.feedback = FeedbackCalculator.figures(
                        rows: feedbackBySession[index], attendances: session.attended)
                    figures[index] = session
                }
                let calculator = GroupCalculator(data: data, figures: figures, feedbackBySession: feedbackBySession)
                // Each session's area and phase folded once, not once per group asking (a national
                // roll-up has thousands of sessions, and folding goes through Foundation).
                let areaKeys: [String?] = inPeriod.map { Programme.areaKey(sessions[$0].area) }
                let phaseKeys = inPeriod.map { sessions[$0].phase.map(Programme.areaKey) }
                func sessionsKeyed(_ keys: [String?], _ key: String) -> [Int] {
                    inPeriod.indices.filter { keys[$0] == key }.map { inPeriod[$0] }
                }
                return (
                    figures,
                    (
                        data.programme.areas.map { area in
                            calculator.group(
                                area, sessions: sessionsKeyed(areaKeys, Programme.areaKey(area)),
                                areaFeedback: areaRows.filter { $0.area == area })
                        },
                        data.programme.phases.map { phase in
                            calculator.group(
                                phase, sessions: sessionsKeyed(phaseKeys, Programme.areaKey(phase)), areaFeedback: [])
                        },
                        calculator.group("totals", sessions: inPeriod, areaFeedback: areaRows)
                    )
                )
            },
            {
                (
                    OrganisationCalculator.summary(data, period: period, inPeriod: inPeriod),
                    ContinuityCalculator.steps(data, period: period),
                    // Here rather than after both: a national roll-up has 100,000 comments.
                    Self.comments(data.feedback, programme: data.programme, period: period),
                    // This side finishes first.
                    DataQualityCalculator.summary(data)
                )
            })
        let dates = inPeriod.map { sessions[$0].date }
        let present = Set(organisations.list.map(\.municipality))
        return Metrics(
            period: period,
            sessionDates: dates.min().flatMap { first in dates.max().map { (first, $0) } },
            totals: totals, areas: areas, phases: phases,
            sessions: inPeriod.compactMap { figures[$0] },
            organisations: organisations,
            continuity: continuity,
            dataQuality: dataQuality,
            municipalitiesMissing: Municipality.county.filter { !present.contains($0) }.map(\.rawValue),
            comments: comments)
    }

    /// Area-level feedback rows of the period: by their time stamp; without one, only in "alla" (R26).
    static func areaFeedback(_ feedback: [FeedbackRow], period: Period) -> [FeedbackRow] {
        feedback.filter { row in
            guard row.session == nil, row.area != nil else { return false }
            guard period.from != nil || period.to != nil else { return true }
            return row.submitted.map { period.contains($0.date) } ?? false
        }
    }

    /// The period's comments, unmasked, in the order the workbook lists them: its sessions' rows
    /// in file order, then its area-level rows. Needs no resolved identity, so a run can mask
    /// them while people are still being matched.
    public static func comments(_ feedback: [FeedbackRow], programme: Programme, period: Period) -> [FeedbackComment] {
        let sessions = programme.sessions
        let periodSessions = Set(sessions.indices.filter { period.contains(sessions[$0].date) })
        return
            (feedback.filter { $0.session.map(periodSessions.contains) ?? false }
            + areaFeedback(feedback, period: period))
            .compactMap { row -> FeedbackComment? in
                guard let text = row.comment else { return nil }
                let session = row.session.map { sessions[$0] }
                return FeedbackComment(
                    area: session?.area ?? row.area ?? "", session: session?.label, rating: row.rating,
                    text: text)
            }
    }
}
