/// Resolves people and organisations, applies "latest wins" and merges attendance rows,
/// finishing the row account (SPEC 2.3, 2.4, 3, R13–R25, R44).
public enum Resolver {
    public static func resolve(_ input: Ingested) -> Resolved {
        var ledger = input.ledger
        let sessionCount = input.programme.sessions.count
        var people = Interner()

        // Organisations: every row that was not rejected votes (R29), registrations first (R46).
        var organisations = OrganisationResolver(register: input.register)
        // Few distinct mentions recur on many rows: each is resolved once and rows keep its number.
        var mentions = MentionTable()
        // Meanwhile the other core gathers every personal name (for the final guard) and the
        // registrations' name keys (for matching report rows by name).
        let ((registrationMentions, attendanceMentions), (names, registrationNameKeys)) = Concurrently.run(
            {
                (
                    input.registrations.map { row in
                        mentions.id(row.organisation, email: row.email, organisations: organisations)
                    },
                    // Report rows carry no organisation; sign-in rows do, or vote for the register
                    // entry their e-mail domain names.
                    input.attendance.map { row in
                        row.source == .signIn || !row.organisation.isEmpty
                            ? mentions.id(row.organisation, email: row.email, organisations: organisations) : nil
                    }
                )
            },
            {
                var names = Set<String>()
                for row in input.registrations { if let name = row.name { names.insert(name) } }
                for row in input.attendance { if let name = row.name { names.insert(name) } }
                return (names, input.registrations.map { $0.name.map(PersonNameText.key) })
            })
        // Identical mentions vote together, in the order of their first vote, which is all the
        // resolver's tie-breaks depend on.
        var voteCounts = Array(repeating: 0, count: mentions.count)
        var voteOrder: [Int] = []
        func countVote(_ id: Int) {
            if voteCounts[id] == 0 { voteOrder.append(id) }
            voteCounts[id] += 1
        }
        registrationMentions.forEach(countVote)
        for (index, row) in input.attendance.enumerated() where row.source == .signIn {
            if let id = attendanceMentions[index] { countVote(id) }
        }
        for id in voteOrder {
            organisations.vote(mentions.mention(id), mentions.provisional(id), weight: voteCounts[id])
        }
        organisations.finishVoting()
        var orgIndex: [String: Int] = [:]
        var orgList: [Organisation] = []
        func organisation(_ provisional: String?) -> Int? {
            guard let key = organisations.finalKey(provisional) else { return nil }
            if let index = orgIndex[key] { return index }
            orgIndex[key] = orgList.count
            orgList.append(organisations.organisation(for: key))
            return orgList.count - 1
        }
        // A mention's organisation, looked up once per mention.
        var organisationOfMention = Array(repeating: Int?.none, count: mentions.count)
        var mentionLookedUp = Array(repeating: false, count: mentions.count)
        func organisation(mention id: Int?) -> Int? {
            guard let id else { return nil }
            if !mentionLookedUp[id] {
                organisationOfMention[id] = organisation(mentions.provisional(id).key)
                mentionLookedUp[id] = true
            }
            return organisationOfMention[id]
        }
        var organisationOfDomain: [String: Int?] = [:]
        func organisation(domainOf email: String?) -> Int? {
            guard let email, let domain = EmailAddress.domain(of: email) else { return nil }
            if let known = organisationOfDomain[domain] { return known }
            let found = organisation(organisations.domainKey(email: email))
            organisationOfDomain[domain] = found
            return found
        }

        // Registrations: the latest row of each (person, session) wins; file order breaks ties.
        let ordered = input.registrations.indices.sorted { lhs, rhs in
            let a = input.registrations[lhs]
            let b = input.registrations[rhs]
            switch (a.submitted, b.submitted) {
            case (nil, .some): return true
            case (.some, nil): return false
            case (.some(let x), .some(let y)) where x != y: return x < y
            default: return a.row < b.row
            }
        }
        struct PairKey: Hashable { var person: Int; var session: Int }
        var winner: [PairKey: Int] = [:]
        winner.reserveCapacity(input.registrations.reduce(0) { $0 + $1.sessions.count })
        people.reserve(input.registrations.count)
        var latestOrganisation: [Int: Int] = [:]
        var gender: [Int: Gender] = [:]
        var registrationPerson = Array(repeating: 0, count: input.registrations.count)
        for index in ordered {
            let row = input.registrations[index]
            let person = people.id(row.email)
            registrationPerson[index] = person
            for session in row.sessions { winner[PairKey(person: person, session: session)] = index }
            if let org = organisation(mention: registrationMentions[index]), !row.organisation.isEmpty {
                latestOrganisation[person] = org
            }
            if let given = row.gender, given != .unknown || gender[person] == nil { gender[person] = given }
        }
        var registrations = Array(repeating: [Int: ActiveRegistration](), count: sessionCount)
        var winningRows = Set<Int>()
        // In row order, so that organisations are numbered the same way on every run.
        let winners = winner.sorted {
            ($0.value, $0.key.session, $0.key.person) < ($1.value, $1.key.session, $1.key.person)
        }
        for (pair, index) in winners {
            winningRows.insert(index)
            let row = input.registrations[index]
            guard !row.cancelled else { continue }
            let mode = row.mode ?? defaultMode(input.programme.sessions[pair.session].mode)
            registrations[pair.session][pair.person] = ActiveRegistration(
                mode: mode, organisation: organisation(mention: registrationMentions[index]))
        }
        for (index, row) in input.registrations.enumerated() {
            if winningRows.contains(index) {
                ledger.accept(row.row.file)
            } else {
                ledger.mergeRawLater(row.row, reason: "superseded by a later registration for the same sessions")
            }
        }

        // The superseded registrations' texts are read again on the other core meanwhile.
        let registrationRaw = RawRowText.takePending(&ledger)
        let inputFiles = input.files
        var attendance = Array(repeating: [Int: Attendance](), count: sessionCount)
        var hosts = Array(repeating: Set<Int>(), count: sessionCount)
        var hasData = Array(repeating: false, count: sessionCount)
        let (_, registrationTexts) = Concurrently.run(
            {
                // Attendance: find the person of each row, then merge repeated rows.
                // Name key → the one person registered by that name, or `severalPeople`.
                var namesBySession = Array(repeating: [String: Int](), count: sessionCount)
                for (index, row) in input.registrations.enumerated() where winningRows.contains(index) && !row.cancelled
                {
                    guard let key = registrationNameKeys[index] else { continue }
                    let person = registrationPerson[index]
                    for session in row.sessions where registrations[session][person] != nil {
                        if let known = namesBySession[session][key], known != person {
                            namesBySession[session][key] = Resolver.severalPeople
                        } else {
                            namesBySession[session][key] = person
                        }
                    }
                }
                var seen = Set<PairKey>()
                for (rowIndex, row) in input.attendance.enumerated() {
                    hasData[row.session] = true
                    let person = people.id(personKey(row, namesBySession: namesBySession[row.session], people: &people))
                    let pair = PairKey(person: person, session: row.session)
                    if seen.insert(pair).inserted {
                        ledger.accept(row.row.file)
                    } else {
                        ledger.mergeRawLater(row.row, reason: "repeated attendance of the same person and session")
                    }
                    if row.isHost {
                        hosts[row.session].insert(person)
                        continue
                    }
                    guard row.present else { continue }
                    // The row's organisation, else the person's latest registration's, else the register's
                    // e-mail-domain match (SPEC 2.4).
                    var org = organisation(mention: attendanceMentions[rowIndex])
                    // A cell that names nothing ("-", "AB") is as empty as an empty one.
                    let namesNothing =
                        (attendanceMentions[rowIndex].map { mentions.provisional($0).name.isEmpty } ?? true)
                        && (row.organisation.number == nil || row.organisation.number == .invalid)
                    if namesNothing {
                        org = latestOrganisation[person] ?? organisation(domainOf: row.email)
                    }
                    if var existing = attendance[row.session][person] {
                        if row.mode == .inRoom { existing.mode = .inRoom }
                        if let seconds = row.seconds { existing.seconds = (existing.seconds ?? 0) + seconds }
                        if existing.organisation == nil { existing.organisation = org }
                        attendance[row.session][person] = existing
                    } else {
                        attendance[row.session][person] = Attendance(
                            mode: row.mode, seconds: row.seconds, organisation: org)
                    }
                }
            },
            { RawRowText.texts(registrationRaw, files: inputFiles) })
        RawRowText.apply(registrationTexts, to: &ledger)
        // Hosts count only as hosts (R22, R44).
        for session in 0..<sessionCount {
            for host in hosts[session] {
                attendance[session][host] = nil
                registrations[session][host] = nil
            }
        }
        // An organisation's own name may hold a person's name or a number ("Anna Svensson Konsult",
        // "Snickeriet 556677-8899"): display names are masked like comments, so a council output
        // never shows them and the final guard has nothing to stop the run for.
        let nameMask = PersonalDataGuard(personNames: names)
        for index in orgList.indices {
            orgList[index].displayName = nameMask.maskingNames(
                in: PersonalDataMask.maskComment(orgList[index].displayName), marker: "[namn]")
        }
        RawRowText.fill(&ledger, files: input.files)
        return Resolved(
            programme: input.programme, settings: input.settings, organisations: orgList, personCount: people.count,
            registrations: registrations, attendance: attendance, hosts: hosts, hasAttendanceData: hasData,
            gender: gender, feedback: input.feedback, files: input.files, ledger: ledger, personNames: names)
    }

    /// Empty mode: the session's own for in-room and remote sessions, unknown for hybrid ones.
    static func defaultMode(_ mode: SessionMode) -> ParticipationMode {
        switch mode {
        case .inRoom: .inRoom
        case .remote: .remote
        case .hybrid: .unknown
        }
    }

    /// Marks a name that more than one registered person has in a session: it identifies nobody.
    static let severalPeople = -1

    /// SPEC 2.4: the e-mail if valid; else the one person registered for the session by that name;
    /// else a person keyed by name and organisation within this session (R25).
    static func personKey(_ row: AttendanceRow, namesBySession: [String: Int], people: inout Interner) -> String {
        if let email = row.email { return email }
        if let digits = row.dialIn { return "tel:" + digits }
        let name = row.name ?? ""
        for candidate in PersonNameText.candidates(name) {
            if let person = namesBySession[PersonNameText.key(candidate)], person != severalPeople {
                return people.key(person)
            }
        }
        let org = row.organisation.text.map(OrganisationName.normalised) ?? ""
        return "name:\(row.session):\(PersonNameText.key(name))|\(org)"
    }
}

/// Gives each distinct key a small integer, so later stages count integers, not strings.
struct Interner {
    private var ids: [String: Int] = [:]
    private var keys: [String] = []

    var count: Int { keys.count }

    mutating func reserve(_ capacity: Int) {
        ids.reserveCapacity(capacity)
        keys.reserveCapacity(capacity)
    }

    mutating func id(_ key: String) -> Int {
        if let id = ids[key] { return id }
        ids[key] = keys.count
        keys.append(key)
        return keys.count - 1
    }

    func key(_ id: Int) -> String { keys[id] }
}

/// The distinct organisation mentions of a run, each resolved to its provisional key once.
struct MentionTable {
    private struct Key: Hashable {
        var mention: OrganisationMention
        /// The e-mail's domain, only when the mention names nothing else (it decides then).
        var domain: String?
    }

    private var ids: [Key: Int] = [:]
    private var entries: [(mention: OrganisationMention, provisional: OrganisationResolver.Provisional)] = []
    private var normalisedNames: [String: String] = [:]

    var count: Int { entries.count }

    func mention(_ id: Int) -> OrganisationMention { entries[id].mention }
    func provisional(_ id: Int) -> OrganisationResolver.Provisional { entries[id].provisional }

    mutating func id(_ mention: OrganisationMention, email: String?, organisations: OrganisationResolver) -> Int {
        let namesItself =
            mention.number.flatMap(OrganisationResolver.key(of:)) != nil || !(mention.text ?? "").isEmpty
        let key = Key(mention: mention, domain: namesItself ? nil : email.flatMap(EmailAddress.domain(of:)))
        if let id = ids[key] { return id }
        var name = ""
        if let text = mention.text {
            if let cached = normalisedNames[text] {
                name = cached
            } else {
                name = OrganisationName.normalised(text)
                normalisedNames[text] = name
            }
        }
        ids[key] = entries.count
        entries.append((mention, organisations.provisional(mention, email: email, name: name)))
        return entries.count - 1
    }
}
