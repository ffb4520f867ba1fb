/// Organisations carried from one phase to the next (SPEC 4, R37): every phase with a session on
/// or before the period's end, all attendance up to that day.
enum ContinuityCalculator {
    static func steps(_ data: Resolved, period: Period) -> [ContinuityStep] {
        let sessions = data.programme.sessions
        let end = period.to
        func attending(_ phase: String) -> Set<Int> {
            var result = Set<Int>()
            for index in sessions.indices where sessions[index].phase.map(Programme.areaKey) == Programme.areaKey(phase)
            {
                if let end, sessions[index].date > end { continue }
                for attendance in data.attendance[index].values {
                    if let org = attendance.organisation { result.insert(org) }
                }
            }
            return result
        }
        let phases = data.programme.phases.filter { phase in
            sessions.contains { session in
                session.phase.map(Programme.areaKey) == Programme.areaKey(phase)
                    && (end.map { session.date <= $0 } ?? true)
            }
        }
        guard phases.count >= 2 else { return [] }
        return zip(phases, phases.dropFirst()).map { from, to in
            let before = attending(from)
            let retained = before.intersection(attending(to)).count
            return ContinuityStep(
                from: from, to: to, organisations: before.count, retained: retained,
                rate: Ratio.of(retained, before.count))
        }
    }
}
