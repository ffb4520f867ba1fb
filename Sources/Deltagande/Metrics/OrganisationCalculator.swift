import Foundation

/// Per-organisation participation, new and returning organisations (SPEC 4, R37).
enum OrganisationCalculator {
    static func summary(_ data: Resolved, period: Period, inPeriod: [Int]) -> OrganisationSummary {
        let sessions = data.programme.sessions
        // Areas by the number of their key, not by the key: a string-keyed table per organisation
        // was most of this calculation on a national roll-up.
        var areaKeys: [String] = []
        func keyNumber(_ key: String) -> Int {
            if let known = areaKeys.firstIndex(of: key) { return known }
            areaKeys.append(key)
            return areaKeys.count - 1
        }
        let programmeAreaKeys = data.programme.areas.map { keyNumber(Programme.areaKey($0)) }
        let sessionAreas = inPeriod.map { keyNumber(Programme.areaKey(sessions[$0].area)) }
        // Attendances by organisation and area in one flat table, registrations by organisation:
        // a national roll-up's attendances each touched a dictionary here.
        let organisationCount = data.organisations.count
        var attendancesByArea = [Int32](repeating: 0, count: organisationCount * areaKeys.count)
        var attendingOrganisations = CountedNumbers(limit: organisationCount)
        var registrations = [Int](repeating: 0, count: organisationCount)
        for (index, area) in zip(inPeriod, sessionAreas) {
            for attendance in data.attendance[index].values {
                guard let org = attendance.organisation else { continue }
                attendingOrganisations.add(org)
                attendancesByArea[org * areaKeys.count + area] += 1
            }
            for registration in data.registrations[index].values {
                if let org = registration.organisation { registrations[org] += 1 }
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
        // Swedish alphabetical order: Å, Ä and Ö come after Z. Most names compare by a byte key;
        // the others ask the locale-aware comparison, which is slow on tens of thousands of names.
        // Keys by position (a dictionary look-up per comparison showed), most comparisons settled
        // by the keys' leading letters before the locale is asked.
        let unsorted = attendingOrganisations.members
        let keys = unsorted.map { SwedishOrder.SortKey(data.organisations[$0].displayName) }
        let attending = unsorted.indices.sorted { lhsPlace, rhsPlace in
            let (lhs, rhs) = (unsorted[lhsPlace], unsorted[rhsPlace])
            let order = SwedishOrder.compare(
                data.organisations[lhs].displayName, keys[lhsPlace], data.organisations[rhs].displayName,
                keys[rhsPlace])
            return order == .orderedAscending || (order == .orderedSame && lhs < rhs)
        }.map { unsorted[$0] }
        for org in attending {
            let organisation = data.organisations[org]
            let counts = attendancesByArea[(org * areaKeys.count)..<((org + 1) * areaKeys.count)].map { Int($0) }
            let perArea = zip(data.programme.areas, programmeAreaKeys).map { (area: $0, count: counts[$1]) }
            let reached = perArea.filter { $0.count > 0 }.count
            let returning = attendedBefore.contains(org)
            summary.list.append(
                OrganisationFigures(
                    name: organisation.displayName, sector: organisation.sector,
                    municipality: organisation.municipality,
                    attendancesByArea: perArea, areasReached: reached, multiArea: reached >= 2, isNew: !returning,
                    isReturning: returning, registrations: registrations[org]))
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
