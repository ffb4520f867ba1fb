import Foundation

/// Per-organisation participation, new and returning organisations (SPEC 4, R37).
enum OrganisationCalculator {
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
        // Swedish alphabetical order: Å, Ä and Ö come after Z. Most names compare by a byte key;
        // the others ask the locale-aware comparison, which is slow on tens of thousands of names.
        let keys = Dictionary(
            uniqueKeysWithValues: byArea.keys.map { ($0, SwedishOrder.key(data.organisations[$0].displayName)) })
        let attending = byArea.keys.sorted { lhs, rhs in
            let order = SwedishOrder.compare(
                data.organisations[lhs].displayName, keys[lhs] ?? nil, data.organisations[rhs].displayName,
                keys[rhs] ?? nil)
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

/// Swedish alphabetical order, case ignored, as `compare(_:options:range:locale:)` with `sv_SE` gives.
enum SwedishOrder {
    static let swedish = Locale(identifier: "sv_SE")

    static func compare(_ lhs: String, _ lhsKey: [UInt8]?, _ rhs: String, _ rhsKey: [UInt8]?) -> ComparisonResult {
        if let lhsKey, let rhsKey {
            if lhsKey == rhsKey { return .orderedSame }
            return lhsKey.lexicographicallyPrecedes(rhsKey) ? .orderedAscending : .orderedDescending
        }
        return localeCompare(lhs, rhs)
    }

    static func localeCompare(_ lhs: String, _ rhs: String) -> ComparisonResult {
        lhs.compare(rhs, options: [.caseInsensitive], range: nil, locale: swedish)
    }

    /// A byte key whose order is the Swedish order, for names of letters a–z (either case), digits
    /// and single spaces between words; nil for any other name. Names with Å, Ä or Ö are left to
    /// the locale: Foundation's comparison weighs them in ways a byte key does not follow.
    static func key(_ text: String) -> [UInt8]? {
        var key: [UInt8] = []
        key.reserveCapacity(text.utf8.count)
        var previousSpace = true
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x61...0x7A, 0x30...0x39: key.append(UInt8(scalar.value))
            case 0x41...0x5A: key.append(UInt8(scalar.value + 0x20))
            case 0x20:
                guard !previousSpace else { return nil }
                key.append(0x20)
            default: return nil
            }
            previousSpace = scalar.value == 0x20
        }
        return previousSpace && !key.isEmpty ? nil : key
    }
}
