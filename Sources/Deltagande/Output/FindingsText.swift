/// Plain sentences of the main findings, derived from the figures (issue 6): never canned, each
/// sentence appears only when its figures exist.
struct FindingsText {
    var metrics: Metrics
    var previous: Metrics?
    var language: Language
    var style: NumberStyle

    func t(_ swedish: String, _ english: String) -> String { language == .swedish ? swedish : english }

    func sentences() -> [String] {
        var result: [String] = []
        let n = style
        let active = metrics.areas.filter { $0.attended != nil }
        if let largest = active.max(by: { ($0.participants, $1.name) < ($1.participants, $0.name) }),
            let smallest = active.min(by: { ($0.participants, $1.name) < ($1.participants, $0.name) }),
            active.count >= 2
        {
            result.append(
                t(
                    "Flest deltagare hade \(largest.name) (\(n.persons(largest.participants))), färst \(smallest.name) (\(n.persons(smallest.participants))).",
                    "\(largest.name) had the most participants (\(n.persons(largest.participants))), \(smallest.name) the fewest (\(n.persons(smallest.participants)))."
                ))
        }
        let organisations = metrics.organisations
        if organisations.total > 0 {
            let civil = organisations.bySector.first { $0.key == Sector.civilSociety.rawValue }?.count ?? 0
            let share = Ratio.of(civil, organisations.total)
            result.append(
                t(
                    "Civilsamhället stod för \(n.percent(share)) av de deltagande organisationerna (\(n.integer(civil)) av \(n.integer(organisations.total))).",
                    "Civil society made up \(n.percent(share)) of participating organisations (\(n.integer(civil)) of \(n.integer(organisations.total)))."
                ))
            let missing = metrics.municipalitiesMissing
            if !missing.isEmpty {
                result.append(
                    t(
                        "\(n.integer(missing.count)) av länets 8 kommuner saknar deltagande organisation: \(missing.joined(separator: ", ")).",
                        "\(n.integer(missing.count)) of the county's 8 municipalities have no participating organisation: \(missing.joined(separator: ", "))."
                    ))
            }
        }
        let sessionsWithRoom = metrics.sessions.filter { $0.overCapacity == true }
        if !sessionsWithRoom.isEmpty {
            let switched = sessionsWithRoom.compactMap(\.switchedToRemote).reduce(0, +)
            result.append(
                t(
                    "\(n.integer(sessionsWithRoom.count)) möten var fullsatta i lokalen; \(n.persons(switched)) anmälda på plats deltog i stället via länk.",
                    "\(n.integer(sessionsWithRoom.count)) meetings were full in the room; \(n.persons(switched)) who registered for the room took part on the link instead."
                ))
        }
        let phases = metrics.phases.filter { $0.participants > 0 }
        if phases.count >= 2, let first = phases.first, let last = phases.last {
            let direction =
                last.participants > first.participants
                ? t("ökade", "rose")
                : last.participants < first.participants ? t("minskade", "fell") : t("var oförändrat", "was unchanged")
            result.append(
                t(
                    "Antalet deltagare \(direction) från \(n.persons(first.participants)) i \(first.name) till \(n.persons(last.participants)) i \(last.name).",
                    "Participants \(direction) from \(n.persons(first.participants)) in \(first.name) to \(n.persons(last.participants)) in \(last.name)."
                ))
        }
        if let previous {
            let now = metrics.totals.participants
            let before = previous.totals.participants
            result.append(
                t(
                    "Jämfört med föregående månad: \(n.persons(now)) deltagare mot \(n.persons(before)).",
                    "Compared with the previous month: \(n.persons(now)) participants against \(n.persons(before))."))
        }
        if result.isEmpty {
            result.append(
                t("Inga möten med närvarodata under perioden.", "No meetings with attendance data in the period."))
        }
        return result
    }
}
