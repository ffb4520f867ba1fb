import Foundation

/// Per-organisation participation, new and returning organisations (SPEC 4, R37).
enum OrganisationCalculator {
    static let swedish = Locale(identifier: "sv_SE")

    static func summary(_ data: Resolved, period: Period, inPeriod: [Int]) -> OrganisationSummary {
        let sessions = data.programme.sessions
        var byArea: [Int: [String: Int]] = [:]
        var registrations: [Int: Int] = [:]
        for index in inPeriod {
            let area = Programme.areaKey(sessions[index].area)
            for attendance in data.attendance[index].values {
                guard let org = attendance.organisation else { continue }
                byArea[org, default: [:]][area, default: 0] += 1
            }
            for registration in data.registrations[index].values {
                if let org = registration.organisation { registrations[org, default: 0] += 1 }
            }
        }
        var attendedBefore = Set<Int>()
        if period.from != nil {
            for index in sessions.indices where period.isBefore(sessions[index].date) {
                for attendance in data.attendance[index].values {
                    if let org = attendance.organisation { attendedBefore.insert(org) }
                }
            }
        }
        var summary = OrganisationSummary()
        let attending = byArea.keys.sorted { lhs, rhs in
            let a = data.organisations[lhs].displayName
            let b = data.organisations[rhs].displayName
            // Swedish alphabetical order: Å, Ä and Ö come after Z.
            let order = a.compare(b, options: [.caseInsensitive], range: nil, locale: OrganisationCalculator.swedish)
            return order == .orderedAscending || (order == .orderedSame && lhs < rhs)
        }
        for org in attending {
            let organisation = data.organisations[org]
            let counts = byArea[org] ?? [:]
            let perArea = data.programme.areas.map { (area: $0, count: counts[Programme.areaKey($0)] ?? 0) }
            let reached = perArea.filter { $0.count > 0 }.count
            let returning = attendedBefore.contains(org)
            summary.list.append(
                OrganisationFigures(
                    name: organisation.displayName, sector: organisation.sector,
                    municipality: organisation.municipality,
                    attendancesByArea: perArea, areasReached: reached, multiArea: reached >= 2, isNew: !returning,
                    isReturning: returning, registrations: registrations[org] ?? 0))
        }
        summary.total = summary.list.count
        summary.bySector = Breakdowns.sectors(summary.list.map(\.sector))
        summary.byMunicipality = Breakdowns.municipalities(summary.list.map(\.municipality))
        summary.multiArea = summary.list.filter(\.multiArea).count
        summary.new = summary.list.filter(\.isNew).count
        summary.returning = summary.list.filter(\.isReturning).count
        return summary
    }
}

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

/// The account of every file, whatever the period (R38).
enum DataQualityCalculator {
    static func summary(_ data: Resolved) -> DataQualitySummary {
        var summary = DataQualitySummary()
        for (index, file) in data.files.enumerated() {
            let account = data.ledger.accounts[index]
            summary.files.append(
                DataQualitySummary.File(
                    path: file.publicName, kind: file.kind, layout: account.layout, encoding: account.encoding,
                    delimiter: account.delimiter, account: account))
            summary.rowsRead += account.rowsRead
            summary.accepted += account.accepted
            summary.duplicatesMerged += account.merged
            summary.rejected += account.rejected
        }
        var reasons: [String: Int] = [:]
        for entry in data.ledger.entries where entry.outcome == "rejected" {
            reasons[ReasonText.general(entry.reason), default: 0] += 1
        }
        summary.commonReasons = reasons.map { (reason: $0.key, count: $0.value) }
            .sorted { $0.count != $1.count ? $0.count > $1.count : $0.reason < $1.reason }
        return summary
    }
}

/// Reasons without their quoted specifics, so that like reasons count together and no input text
/// reaches a council output.
enum ReasonText {
    static func general(_ reason: String) -> String {
        // Everything from the first quote on is input text: cut it, whatever quotes it holds.
        var result = reason
        if let quote = result.firstIndex(of: "\"") {
            let rest = result[result.index(after: quote)...]
            let tail = rest.lastIndex(of: "\"").map { String(rest[rest.index(after: $0)...]) } ?? ""
            result = String(result[..<quote]) + "…" + (tail.contains("\"") ? "" : tail)
        }
        if let colon = result.range(of: ": ") {
            return String(result[..<colon.lowerBound])
        }
        return result.trimmingCharacters(in: .whitespaces)
    }
}
