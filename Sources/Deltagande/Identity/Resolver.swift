import Foundation

/// Resolves people and organisations, applies "latest wins" and merges attendance rows,
/// finishing the row account (SPEC 2.3, 2.4, 3, R13–R25, R44).
///
/// Rows come with their texts interned (`RowStore`): a person with an e-mail address is that
/// address's number, so the loops below compare integers.
public enum Resolver {
    /// `guardian`: the final guard knowing every personal name read, when the caller has made it
    /// already (`PersonalDataGuard(names: input.rows.names.values)`).
    /// `feedback`: the survey rows already joined (`input.feedback`), when the caller has them.
    public static func resolve(
        _ input: Ingested, guardian: PersonalDataGuard? = nil, feedback: [FeedbackRow]? = nil
    ) -> Resolved {
        var ledger = input.ledger
        let store = input.rows
        let rows = store.registrations
        let attendanceRows = store.attendance
        let sessionCount = input.programme.sessions.count

        // Organisations: every row that was not rejected votes (R29), registrations first (R46).
        var organisations = OrganisationResolver(register: input.register)
        // Few distinct mentions recur on many rows: each is resolved once and rows keep its number.
        var mentions = MentionTable(store: store, organisations: organisations)
        // Meanwhile the other core prepares the final guard with every personal name and numbers
        // the names' matching keys (for finding report rows' people by name).
        let ((registrationMentions, attendanceMentions), (guardian, nameKeys)) = Concurrently.run(
            {
                (
                    rows.map { row in Int32(mentions.id(row.mention, email: row.person, organisations: organisations))
                    },
                    // Report rows carry no organisation; sign-in rows do, or vote for the register
                    // entry their e-mail domain names.
                    attendanceRows.map { row in
                        row.source == .signIn || !mentions.isEmpty(row.mention)
                            ? Int32(mentions.id(row.mention, email: row.email, organisations: organisations)) : -1
                    }
                )
            },
            { (guardian ?? PersonalDataGuard(names: store.names.values), NameKeys(store.names)) })
        // Identical mentions vote together, in the order of their first vote, which is all the
        // resolver's tie-breaks depend on.
        var voteCounts = Array(repeating: 0, count: mentions.count)
        var voteOrder: [Int] = []
        func countVote(_ id: Int) {
            if voteCounts[id] == 0 { voteOrder.append(id) }
            voteCounts[id] += 1
        }
        for id in registrationMentions { countVote(Int(id)) }
        for (index, row) in attendanceRows.enumerated() where row.source == .signIn {
            if attendanceMentions[index] >= 0 { countVote(Int(attendanceMentions[index])) }
        }
        // Meanwhile the other core finds each (person, session) pair's winning registration, which
        // needs no organisation.
        var (_, latest) = Concurrently.run(
            {
                for id in voteOrder {
                    organisations.vote(mentions.mention(id), mentions.provisional(id), weight: voteCounts[id])
                }
                organisations.finishVoting()
            },
            { Resolver.latestWins(rows, store: store) })
        var orgIndex: [String: Int] = [:]
        // Organisations are numbered by key here and made from their votes at the end, on every core.
        var orgKeys: [String] = []
        func organisation(_ provisional: String?) -> Int? {
            guard let key = organisations.finalKey(provisional) else { return nil }
            if let index = orgIndex[key] { return index }
            orgIndex[key] = orgKeys.count
            orgKeys.append(key)
            return orgKeys.count - 1
        }
        // A mention's organisation, looked up once per mention: -2 not looked up yet, -1 none.
        var organisationOfMention = [Int32](repeating: -2, count: mentions.count)
        // Mentions are numbered in 32 bits per row (-1: none): a national roll-up has millions of rows.
        func organisation(mention stored: Int32) -> Int? {
            guard stored >= 0 else { return nil }
            let id = Int(stored)
            if organisationOfMention[id] == -2 {
                organisationOfMention[id] = organisation(mentions.provisional(id).key).map { Int32($0) } ?? -1
            }
            return organisationOfMention[id] >= 0 ? Int(organisationOfMention[id]) : nil
        }
        var organisationOfDomain: [String: Int?] = [:]
        func organisation(domainOf email: String?) -> Int? {
            guard let email, let domain = EmailAddress.domain(of: email) else { return nil }
            if let known = organisationOfDomain[domain] { return known }
            let found = organisation(organisations.domainKey(email: email))
            organisationOfDomain[domain] = found
            return found
        }

        // By e-mail number: -2 not looked up yet, -1 none. An address's domain is cut out and
        // looked up once, not on every attendance row of its person.
        var organisationOfEmail = [Int32](repeating: -2, count: store.emails.count)
        func organisation(domainOfEmail email: Int32) -> Int? {
            guard email >= 0 else { return nil }
            let known = organisationOfEmail[Int(email)]
            if known != -2 { return known >= 0 ? Int(known) : nil }
            let found = organisation(domainOf: store.emails[email])
            organisationOfEmail[Int(email)] = found.map { Int32($0) } ?? -1
            return found
        }

        // By person; people with an e-mail address, the only ones who register, are numbered first.
        var latestOrganisation = [Int32](repeating: -1, count: store.emails.count)
        // Organisations are numbered as first met in the rows' latest-last order. That order jumps
        // about the rows, so what it needs of them is first copied out in row order, into arrays a
        // tenth of the rows' size (issue 9: the rows of a national roll-up are far larger than
        // the cache, and this loop waited on memory for most of its time).
        let personOfRow = rows.map(\.person)
        let namesNothing = rows.map { mentions.isEmpty($0.mention) }
        for orderedIndex in latest.ordered {
            let index = Int(orderedIndex)
            if let org = organisation(mention: registrationMentions[index]), !namesNothing[index] {
                latestOrganisation[Int(personOfRow[index])] = Int32(org)
            }
        }
        // Each session's table is made at its final size: grown one insert at a time, the 2,000
        // tables of a national roll-up were rehashed nine times each (issue 9).
        var registrationsOfSession = [Int](repeating: 0, count: sessionCount)
        for (winnerIndex, winnerSession, _) in latest.winners where !rows[Int(winnerIndex)].cancelled {
            registrationsOfSession[Int(winnerSession)] += 1
        }
        var registrations = registrationsOfSession.map { [Int: ActiveRegistration](minimumCapacity: $0) }
        var isWinning = Array(repeating: false, count: rows.count)
        for (winnerIndex, winnerSession, winnerPerson) in latest.winners {
            let winner = (index: Int(winnerIndex), session: Int(winnerSession), person: Int(winnerPerson))
            isWinning[winner.index] = true
            let row = rows[winner.index]
            guard !row.cancelled else { continue }
            let mode = row.mode ?? defaultMode(input.programme.sessions[winner.session].mode)
            registrations[winner.session][winner.person] = ActiveRegistration(
                mode: mode, organisation: organisation(mention: registrationMentions[winner.index]))
        }
        let gender = latest.gender
        // Gone before attendance is merged, which is when the resolver's memory peaks.
        latest = LatestWins(ordered: [], winners: [], gender: [])
        // Accepted rows are counted per file here and added to the account once.
        var acceptedInFile = [Int](repeating: 0, count: input.files.count)
        for (index, row) in rows.enumerated() {
            if isWinning[index] {
                acceptedInFile[row.row.file] += 1
            } else {
                ledger.mergeRawLater(row.row, reason: "superseded by a later registration for the same sessions")
            }
        }

        // What the winners' sorting and the comment masking freed goes back to the system before
        // the resolver's largest tables are made.
        ReleaseMemory.toSystem()
        // The superseded registrations' texts are read again on the other core meanwhile.
        let registrationRaw = RawRowText.takePending(&ledger)
        let inputFiles = input.files
        var attendance = Array(repeating: [Int: Attendance](), count: sessionCount)
        var hosts = Array(repeating: Set<Int>(), count: sessionCount)
        var hasData = Array(repeating: false, count: sessionCount)
        // People without an e-mail address (dial-ins, names only) are numbered after the addresses.
        var otherPeople: [String: Int] = [:]
        let (_, registrationTexts) = Concurrently.run(
            {
                // Attendance: find the person of each row, then merge repeated rows.
                // (Session, name key) → the one person registered by that name, or `severalPeople`;
                // only for sessions with a row that has neither an e-mail address nor a dial-in
                // number, the only rows that look people up by name.
                var namedSessions = [Bool](repeating: false, count: sessionCount)
                var namedRows = 0
                for row in attendanceRows where row.email < 0 && row.dialIn < 0 {
                    namedSessions[Int(row.session)] = true
                    namedRows += 1
                }
                // Sized for one name per registered person, nearly always enough: growing would hold
                // the old and the new table at the resolver's peak.
                let namedPairs =
                    namedRows == 0
                    ? 0
                    : namedSessions.indices.reduce(0) { sum, session in
                        sum + (namedSessions[session] ? registrations[session].count : 0)
                    }
                var namesBySession = WordMap(capacity: namedPairs)
                for (index, row) in rows.enumerated()
                where namedRows > 0 && isWinning[index] && !row.cancelled && row.name >= 0 {
                    let key = nameKeys.keyOfName[Int(row.name)]
                    let person = Int(row.person)
                    for session in store.sessions(of: row)
                    where namedSessions[Int(session)] && registrations[Int(session)][person] != nil {
                        let word = Resolver.sessionName(session: Int(session), key: key)
                        if let known = namesBySession[word], known != Int32(person) {
                            namesBySession[word] = Int32(Resolver.severalPeople)
                        } else {
                            namesBySession[word] = Int32(person)
                        }
                    }
                }
                // Who each row is: people with an address by its number, the others found by
                // name or numbered after the addresses, in row order.
                var personOfRow = [Int32](repeating: 0, count: attendanceRows.count)
                for (rowIndex, row) in attendanceRows.enumerated() {
                    if row.email >= 0 {
                        personOfRow[rowIndex] = row.email
                        continue
                    }
                    switch otherPerson(row, store: store, nameKeys: nameKeys, namesBySession: namesBySession) {
                    case .registered(let known): personOfRow[rowIndex] = Int32(known)
                    case .key(let key):
                        if let known = otherPeople[key] {
                            personOfRow[rowIndex] = Int32(known)
                        } else {
                            let person = store.emails.count + otherPeople.count
                            otherPeople[key] = person
                            personOfRow[rowIndex] = Int32(person)
                        }
                    }
                }
                let isRepeat = Resolver.repeatedAttendance(
                    attendanceRows, persons: personOfRow, sessionCount: sessionCount)
                // Every (session, person) pair has one first row: at most that many entries each.
                var pairsOfSession = [Int](repeating: 0, count: sessionCount)
                for (rowIndex, row) in attendanceRows.enumerated() where !isRepeat[rowIndex] {
                    pairsOfSession[Int(row.session)] += 1
                }
                for session in 0..<sessionCount { attendance[session].reserveCapacity(pairsOfSession[session]) }
                for (rowIndex, row) in attendanceRows.enumerated() {
                    let session = Int(row.session)
                    hasData[session] = true
                    let person = Int(personOfRow[rowIndex])
                    if isRepeat[rowIndex] {
                        ledger.mergeRawLater(row.row, reason: "repeated attendance of the same person and session")
                    } else {
                        acceptedInFile[row.row.file] += 1
                    }
                    if row.isHost {
                        hosts[session].insert(person)
                        continue
                    }
                    guard row.present else { continue }
                    // The row's organisation, else the person's latest registration's, else the register's
                    // e-mail-domain match (SPEC 2.4).
                    var org = organisation(mention: attendanceMentions[rowIndex])
                    // A cell that names nothing ("-", "AB") is as empty as an empty one.
                    let namesNothing =
                        (attendanceMentions[rowIndex] < 0
                            || mentions.hasNoName(Int(attendanceMentions[rowIndex])))
                        && !mentions.hasNumber(row.mention)
                    if namesNothing {
                        let latest = person < latestOrganisation.count ? latestOrganisation[person] : -1
                        org =
                            (latest >= 0 ? Int(latest) : nil)
                            ?? organisation(domainOfEmail: row.email)
                    }
                    // A pair's first row finds no entry (only repeats can): it is put without a look-up.
                    if !isRepeat[rowIndex] {
                        attendance[session][person] = Attendance(
                            mode: row.mode, seconds: row.seconds, organisation: org)
                    } else if var existing = attendance[session][person] {
                        if row.mode == .inRoom { existing.mode = .inRoom }
                        if let seconds = row.seconds { existing.seconds = (existing.seconds ?? 0) + seconds }
                        if existing.organisation == nil { existing.organisation = org }
                        attendance[session][person] = existing
                    } else {
                        attendance[session][person] = Attendance(
                            mode: row.mode, seconds: row.seconds, organisation: org)
                    }
                }
            },
            { RawRowText.texts(registrationRaw, files: inputFiles) })
        RawRowText.apply(registrationTexts, to: &ledger)
        for (file, accepted) in acceptedInFile.enumerated() where accepted > 0 {
            ledger.accounts[file].accepted += accepted
        }
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
        let (voted, keys) = (organisations, orgKeys)
        let orgList = ParallelMap.map(Array(stride(from: 0, to: keys.count, by: 512))) { start in
            keys[start..<min(start + 512, keys.count)].map { key in
                var organisation = voted.organisation(for: key)
                organisation.displayName = guardian.maskingNames(
                    in: PersonalDataMask.maskComment(organisation.displayName), marker: "[namn]")
                return organisation
            }
        }.flatMap { $0 }
        RawRowText.fill(&ledger, files: input.files)
        return Resolved(
            programme: input.programme, settings: input.settings, organisations: orgList,
            personCount: store.emails.count + otherPeople.count,
            registrations: registrations, attendance: attendance, hosts: hosts, hasAttendanceData: hasData,
            gender: gender, feedback: feedback ?? input.feedback, files: input.files, ledger: ledger,
            personalDataGuard: guardian)
    }

    /// Which registrations win (SPEC 2.3, R14): the latest row of each (person, session) pair, file
    /// order breaking ties.
    struct LatestWins: Sendable {
        /// Row indices, latest last (`latestLast`).
        var ordered: [Int32]
        /// Each pair's winning row as (row index, session, person), in row order, so that
        /// organisations are numbered the same way on every run.
        var winners: [(Int32, Int32, Int32)]
        /// By person: the gender of their latest registration that gives one (R34).
        var gender: [Gender?]
    }

    static func latestWins(_ rows: [StoredRegistration], store: RowStore) -> LatestWins {
        let ordered = latestLast(rows)
        // Every (person, session) pair with the position of its row in that order: sorted by pair,
        // the last of each pair is the winner. An array sorts in place where a dictionary of a
        // million pairs would double the resolver's memory.
        var rank = [Int32](repeating: 0, count: rows.count)
        for (position, index) in ordered.enumerated() { rank[Int(index)] = Int32(position) }
        var gender = [Gender?](repeating: nil, count: store.emails.count)
        // (person, session, rank)
        var pairs: [(Int32, Int32, Int32)] = []
        pairs.reserveCapacity(rows.reduce(0) { $0 + Int($1.sessionCount) })
        for orderedIndex in ordered {
            let index = Int(orderedIndex)
            let row = rows[index]
            let person = Int(row.person)
            for session in store.sessions(of: row) { pairs.append((row.person, session, rank[index])) }
            if let given = row.gender, given != .unknown || gender[person] == nil { gender[person] = given }
        }
        rank = []
        PackedOrder.sort(&pairs, maxima: (store.emails.count, Int(Int32.max), rows.count))
        var winners: [(Int32, Int32, Int32)] = []
        for position in pairs.indices
        where position + 1 == pairs.count || pairs[position + 1].0 != pairs[position].0
            || pairs[position + 1].1 != pairs[position].1
        {
            let (person, session, rank) = pairs[position]
            winners.append((ordered[Int(rank)], session, person))
        }
        pairs = []
        PackedOrder.sort(&winners, maxima: (rows.count, Int(Int32.max), store.emails.count))
        return LatestWins(ordered: ordered, winners: winners, gender: gender)
    }

    /// Registration rows' indices, each (person, session) pair's winner after its other rows:
    /// rows without a time stamp first, then by time stamp, ties in file order (R14).
    static func latestLast(_ rows: [StoredRegistration]) -> [Int32] {
        // Rows are stored in file order; sorting (time, index) pairs then breaks ties the same way
        // as comparing the rows' places, and a pair of integers compares without computing dates.
        let inFileOrder = zip(rows, rows.dropFirst()).allSatisfy { $0.row < $1.row }
        guard inFileOrder else { return latestLastAsWritten(rows) }
        let seconds = rows.map { $0.submitted.map { Int64($0.absoluteSeconds) } }
        // As one word each when the span of the time stamps allows: no stamp 0, the earliest 1.
        let stamped = seconds.compactMap { $0 }
        let earliest = stamped.min() ?? 0
        let span = (stamped.max() ?? 0) - earliest + 1
        let indexBits = PackedOrder.bits(rows.count)
        // Times run from 0 (none) to `span` itself: bits for every value below span + 1.
        let timeBits = PackedOrder.bits(Int(span) + 1)
        if span < Int64(1) << 32 && indexBits + timeBits <= 64 {
            var keys = seconds.enumerated().map { index, time in
                UInt64(time.map { $0 - earliest + 1 } ?? 0) << indexBits | UInt64(index)
            }
            RadixSort.sort(&keys, significantBits: indexBits + timeBits)
            let indexMask = indexBits == 0 ? 0 : UInt64.max >> (64 - indexBits)
            return keys.map { Int32(truncatingIfNeeded: $0 & indexMask) }
        }
        var keys = seconds.enumerated().map { index, time in (time ?? .min, Int32(index)) }
        keys.sort { $0 < $1 }
        return keys.map(\.1)
    }

    /// The rule as written, for rows in any order.
    static func latestLastAsWritten(_ rows: [StoredRegistration]) -> [Int32] {
        rows.indices.map { Int32($0) }.sorted { lhsIndex, rhsIndex in
            let (lhs, rhs) = (Int(lhsIndex), Int(rhsIndex))
            switch (rows[lhs].submitted, rows[rhs].submitted) {
            case (nil, .some): return true
            case (.some, nil): return false
            case (.some(let x), .some(let y)) where x != y: return x < y
            default: return rows[lhs].row < rows[rhs].row
            }
        }
    }

    /// Empty mode: the session's own for in-room and remote sessions, unknown for hybrid ones.
    static func defaultMode(_ mode: SessionMode) -> ParticipationMode {
        switch mode {
        case .inRoom: .inRoom
        case .remote: .remote
        case .hybrid: .unknown
        }
    }

    /// Per attendance row: whether an earlier row has the same (session, person). Found by
    /// sorting (session, person, row) as words: a hash set of a million pairs missed the cache
    /// on nearly every row.
    static func repeatedAttendance(_ rows: [StoredAttendance], persons: [Int32], sessionCount: Int) -> [Bool] {
        var triples = rows.indices.map { (rows[$0].session, persons[$0], Int32($0)) }
        PackedOrder.sort(&triples, maxima: (sessionCount, Int(Int32.max), rows.count))
        var isRepeat = [Bool](repeating: false, count: rows.count)
        for position in triples.indices.dropFirst()
        where triples[position].0 == triples[position - 1].0 && triples[position].1 == triples[position - 1].1 {
            isRepeat[Int(triples[position].2)] = true
        }
        return isRepeat
    }

    /// A (session, name key) pair in one word.
    static func sessionName(session: Int, key: Int32) -> UInt64 {
        UInt64(UInt32(truncatingIfNeeded: session)) << 32 | UInt64(UInt32(bitPattern: key))
    }

    /// Marks a name that more than one registered person has in a session: it identifies nobody.
    static let severalPeople = -1

    enum OtherPerson {
        case registered(Int)
        case key(String)
    }

    /// SPEC 2.4 for a row without a valid e-mail address: a dial-in by its digits; else the one
    /// person registered for the session by that name; else a person keyed by name and
    /// organisation within this session (R25).
    static func otherPerson(
        _ row: StoredAttendance, store: RowStore, nameKeys: NameKeys, namesBySession: WordMap
    ) -> OtherPerson {
        if row.dialIn >= 0 { return .key("tel:" + store.dialIns[row.dialIn]) }
        let name = row.name < 0 ? "" : store.names[row.name]
        for candidate in PersonNameText.candidates(name) {
            if let key = nameKeys.id(ofKey: PersonNameText.key(candidate)),
                let person = namesBySession[sessionName(session: Int(row.session), key: key)],
                person != Int32(severalPeople)
            {
                return .registered(Int(person))
            }
        }
        let org = store.mentions[row.mention].text.map(OrganisationName.normalised) ?? ""
        return .key("name:\(row.session):\(PersonNameText.key(name))|\(org)")
    }
}
