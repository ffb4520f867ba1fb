/// Figures of a group of sessions: an area, a phase or the totals (SPEC 4, R33–R35, R43).
/// Distinct counts are taken over the group's persons and organisations; sums are sums.
struct GroupCalculator {
    var data: Resolved
    var figures: [Int: SessionFigures]
    var feedbackBySession: [[FeedbackRow]]
    /// Person number → position of their gender in `Gender.allCases`, as an array: the breakdowns
    /// look up every person of every group.
    let genderOfPerson: [UInt8]
    private static let genders = Gender.allCases

    init(data: Resolved, figures: [Int: SessionFigures], feedbackBySession: [[FeedbackRow]]) {
        self.data = data
        self.figures = figures
        self.feedbackBySession = feedbackBySession
        let unknown = UInt8(GroupCalculator.genders.firstIndex(of: .unknown) ?? 0)
        var genders = Array(repeating: unknown, count: data.personCount)
        for (person, gender) in data.gender.enumerated() where person < genders.count {
            if let gender { genders[person] = UInt8(GroupCalculator.genders.firstIndex(of: gender) ?? Int(unknown)) }
        }
        self.genderOfPerson = genders
    }

    func group(_ name: String, sessions: [Int], areaFeedback: [FeedbackRow]) -> GroupFigures {
        var group = GroupFigures(name: name)
        group.sessions = sessions.count
        let withData = sessions.filter { data.hasAttendanceData[$0] }
        group.sessionsWithAttendanceData = withData.count
        for index in sessions {
            guard let session = figures[index] else { continue }
            group.registered += session.registered
            group.registeredInRoom += session.registeredInRoom
            group.registeredRemote += session.registeredRemote
            group.registeredModeUnknown += session.registeredModeUnknown
        }
        // Distinct counts through flags by number: a group's sessions hold up to a million entries.
        var registeredPersons = DistinctNumbers(limit: data.personCount)
        var registeredOrganisations = DistinctNumbers(limit: data.organisations.count)
        for index in sessions {
            for (person, registration) in data.registrations[index] {
                registeredPersons.insert(person)
                if let org = registration.organisation { registeredOrganisations.insert(org) }
            }
        }
        group.registeredPersons = registeredPersons.count
        group.registeredOrganisations = registeredOrganisations.count
        group.registeredPersonsByGender = genderBreakdown(registeredPersons.members)

        if !withData.isEmpty {
            var attendedRegistered = 0
            var inRoomAttended = 0
            var capacity = 0
            var substantive: Int?
            var minutes: [Double] = []
            group.attended = 0
            group.attendedInRoom = 0
            group.attendedRemote = 0
            group.hosts = 0
            group.walkIns = 0
            group.noShows = 0
            group.switchedToRemote = 0
            var registeredWithData = 0
            for index in withData {
                guard let session = figures[index] else { continue }
                group.attended? += session.attended ?? 0
                group.attendedInRoom? += session.attendedInRoom ?? 0
                group.attendedRemote? += session.attendedRemote ?? 0
                group.hosts? += session.hosts ?? 0
                group.walkIns? += session.walkIns ?? 0
                group.noShows? += session.noShows ?? 0
                group.switchedToRemote? += session.switchedToRemote ?? 0
                attendedRegistered += session.attendedRegistered ?? 0
                registeredWithData += session.registered
                if let cap = session.session.capacity, cap > 0 {
                    capacity += cap
                    inRoomAttended += session.attendedInRoom ?? 0
                }
                if let count = session.substantiveRemote { substantive = (substantive ?? 0) + count }
                minutes += SessionCalculator.remoteMinutes(data.attendance[index])
            }
            group.turnoutRate = Ratio.of(attendedRegistered, registeredWithData)
            group.roomFill = Ratio.of(inRoomAttended, capacity)
            group.medianRemoteMinutes = Ratio.median(minutes)
            group.substantiveRemote = substantive
        }

        var participants = DistinctNumbers(limit: data.personCount)
        // Attendances by organisation number: the totals group counts every attendance of a run.
        var attendancesByOrganisation = CountedNumbers(limit: data.organisations.count)
        var attendancesWithOrganisation = 0
        for index in withData {
            for (person, attendance) in data.attendance[index] {
                participants.insert(person)
                if let org = attendance.organisation {
                    attendancesByOrganisation.add(org)
                    attendancesWithOrganisation += 1
                }
            }
        }
        group.participants = participants.count
        group.personsByGender = genderBreakdown(participants.members)
        let organisations = attendancesByOrganisation.members
        group.organisations = organisations.count
        group.organisationsBySector = Breakdowns.sectors(organisations.map { data.organisations[$0].sector })
        group.organisationsByMunicipality = Breakdowns.municipalities(
            organisations.map { data.organisations[$0].municipality })
        group.helixCoverage =
            Sector.helix.filter { sector in organisations.contains { data.organisations[$0].sector == sector } }.count
        group.municipalitiesReached =
            Municipality.county.filter { place in
                organisations.contains { data.organisations[$0].municipality == place }
            }.count
        let top = attendancesByOrganisation.counts.sorted(by: >).prefix(10).reduce(0, +)
        group.top10Share = withData.isEmpty ? nil : Ratio.of(top, attendancesWithOrganisation)
        group.feedback = FeedbackCalculator.figures(
            rows: sessions.map { feedbackBySession[$0] } + [areaFeedback],
            attendances: group.attended)
        return group
    }

    func genderBreakdown(_ persons: [Int]) -> Breakdown {
        var counts = Array(repeating: 0, count: GroupCalculator.genders.count)
        // Every person is numbered below `personCount`; one beyond would have no registration.
        let unknown = GroupCalculator.genders.firstIndex(of: .unknown) ?? 0
        for person in persons {
            counts[person < genderOfPerson.count ? Int(genderOfPerson[person]) : unknown] += 1
        }
        return GroupCalculator.genders.enumerated().map { (key: $1.rawValue, count: counts[$0]) }
    }
}

/// Breakdowns in a fixed key order, zeros included, so every report has the same keys.
enum Breakdowns {
    static func sectors(_ values: [Sector]) -> Breakdown {
        var counts: [Sector: Int] = [:]
        for value in values { counts[value, default: 0] += 1 }
        return Sector.allCases.map { (key: $0.rawValue, count: counts[$0] ?? 0) }
    }

    static func municipalities(_ values: [Municipality]) -> Breakdown {
        var counts: [Municipality: Int] = [:]
        for value in values { counts[value, default: 0] += 1 }
        return Municipality.allCases.map { (key: $0.rawValue, count: counts[$0] ?? 0) }
    }
}

/// A set of small non-negative integers (person and organisation numbers) kept as flags.
struct DistinctNumbers {
    private var seen: [Bool]
    private(set) var members: [Int] = []

    init(limit: Int) { seen = Array(repeating: false, count: limit) }

    var count: Int { members.count }

    mutating func insert(_ number: Int) {
        // A number beyond the limit would be a resolver bug; grow rather than trap.
        if number >= seen.count { seen += Array(repeating: false, count: number - seen.count + 1) }
        if !seen[number] {
            seen[number] = true
            members.append(number)
        }
    }
}

/// Small non-negative integers (organisation numbers) with how often each was added, in the
/// order first added.
struct CountedNumbers {
    private var countOf: [Int]
    private(set) var members: [Int] = []

    init(limit: Int) { countOf = Array(repeating: 0, count: limit) }

    /// Each member's count, in the order of `members`.
    var counts: [Int] { members.map { countOf[$0] } }

    mutating func add(_ number: Int) {
        // A number beyond the limit would be a resolver bug; grow rather than trap.
        if number >= countOf.count { countOf += Array(repeating: 0, count: number - countOf.count + 1) }
        if countOf[number] == 0 { members.append(number) }
        countOf[number] += 1
    }
}
