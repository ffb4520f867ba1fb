/// Registration and attendance rows as the resolver takes them: every e-mail address, name and
/// organisation mention is held once, however many rows repeat it, and rows refer to it by number
/// (issue 9: memory grows with the people, organisations and sessions, not with the files' bytes;
/// the resolver compares integers instead of hashing strings).
///
/// Each export file is read into a store of its own on a worker thread; `merge` then adds it to the
/// run's store, so the run-wide tables are only touched once per distinct text of a file.
public struct RowStore: Sendable {
    /// Normalised e-mail addresses: the person keys of rows that have one.
    public private(set) var emails = TextTable<String>()
    /// Personal names as rows give them.
    public private(set) var names = TextTable<String>()
    /// Organisation mentions (the empty mention included).
    public private(set) var mentions = TextTable<OrganisationMention>()
    /// Digits of anonymous dial-ins.
    public private(set) var dialIns = TextTable<String>()
    /// The session indices of all registrations, each row's a slice.
    private(set) var sessionPool: [Int32] = []
    private(set) var registrations: [StoredRegistration] = []
    private(set) var attendance: [StoredAttendance] = []

    /// False for one file's store on its worker: its e-mails, names and organisation mentions
    /// (a person's organisation as they wrote it), nearly all different within a file, are listed
    /// as they come and numbered run-wide by `merge`, which looks them up anyway.
    private let numbersPeopleHere: Bool

    public init() { numbersPeopleHere = true }

    /// A store for one file's rows, to be merged into the run's.
    static func forOneFile() -> RowStore { RowStore(numbersPeopleHere: false) }

    private init(numbersPeopleHere: Bool) { self.numbersPeopleHere = numbersPeopleHere }

    private mutating func email(_ text: String) -> Int32 {
        numbersPeopleHere ? emails.id(text) : emails.appendUnchecked(text)
    }

    private mutating func mention(_ value: OrganisationMention) -> Int32 {
        numbersPeopleHere ? mentions.id(value) : mentions.appendUnchecked(value)
    }

    private mutating func name(_ text: String) -> Int32 {
        numbersPeopleHere ? names.id(text) : names.appendUnchecked(text)
    }

    public var registrationCount: Int { registrations.count }
    public var attendanceCount: Int { attendance.count }

    mutating func add(_ row: RegistrationRow) {
        let start = Int32(sessionPool.count)
        for session in row.sessions { sessionPool.append(Int32(session)) }
        registrations.append(
            StoredRegistration(
                row: row.row, submitted: row.submitted, name: row.name.map { name($0) } ?? -1,
                person: email(row.email), mention: mention(row.organisation), gender: row.gender,
                sessionStart: start, sessionCount: Int32(row.sessions.count), mode: row.mode,
                cancelled: row.cancelled))
    }

    mutating func add(_ row: AttendanceRow) {
        attendance.append(
            StoredAttendance(
                row: row.row, session: Int32(row.session), source: row.source,
                name: row.name.map { name($0) } ?? -1, email: row.email.map { email($0) } ?? -1,
                dialIn: row.dialIn.map { dialIns.id($0) } ?? -1, mention: mention(row.organisation),
                mode: row.mode, present: row.present, seconds: row.seconds, join: row.join, leave: row.leave,
                isHost: row.isHost, continuesEarlierRow: row.continuesEarlierRow))
    }

    /// Adds another store's rows after this one's, their texts taken into this store's (the
    /// other store is left without texts).
    mutating func merge(taking other: inout RowStore) {
        let email = emails.merge(taking: &other.emails)
        let name = names.merge(taking: &other.names)
        let mention = mentions.merge(taking: &other.mentions)
        let dialIn = dialIns.merge(taking: &other.dialIns)
        func mapped(_ id: Int32, _ map: [Int32]) -> Int32 { id < 0 ? id : map[Int(id)] }
        // No reserveCapacity here: reserving exactly on every merge would copy the arrays each time.
        let offset = Int32(sessionPool.count)
        sessionPool.append(contentsOf: other.sessionPool)
        for var row in other.registrations {
            row.name = mapped(row.name, name)
            row.person = mapped(row.person, email)
            row.mention = mapped(row.mention, mention)
            row.sessionStart += offset
            registrations.append(row)
        }
        for var row in other.attendance {
            row.name = mapped(row.name, name)
            row.email = mapped(row.email, email)
            row.dialIn = mapped(row.dialIn, dialIn)
            row.mention = mapped(row.mention, mention)
            attendance.append(row)
        }
    }

    func sessions(of row: StoredRegistration) -> ArraySlice<Int32> {
        sessionPool[Int(row.sessionStart)..<Int(row.sessionStart + row.sessionCount)]
    }

    /// A registration row as its reader gave it.
    public func registrationRow(_ index: Int) -> RegistrationRow {
        let row = registrations[index]
        return RegistrationRow(
            row: row.row, submitted: row.submitted, name: row.name < 0 ? nil : names[row.name],
            email: emails[row.person], organisation: mentions[row.mention], gender: row.gender,
            sessions: sessions(of: row).map { Int($0) }, mode: row.mode, cancelled: row.cancelled)
    }

    /// An attendance row as its reader gave it.
    public func attendanceRow(_ index: Int) -> AttendanceRow {
        let row = attendance[index]
        return AttendanceRow(
            row: row.row, session: Int(row.session), source: row.source, name: row.name < 0 ? nil : names[row.name],
            email: row.email < 0 ? nil : emails[row.email], dialIn: row.dialIn < 0 ? nil : dialIns[row.dialIn],
            organisation: mentions[row.mention], mode: row.mode, present: row.present, seconds: row.seconds,
            join: row.join, leave: row.leave, isHost: row.isHost, continuesEarlierRow: row.continuesEarlierRow)
    }
}

/// Where a stored row was read, in 32 bits each: a national roll-up stores millions of rows.
struct StoredRowID: Sendable {
    private var file: Int32
    private var line: Int32

    init(_ row: RowID) {
        file = Int32(clamping: row.file)
        line = Int32(clamping: row.line)
    }

    var row: RowID { RowID(file: Int(file), line: Int(line)) }
}

/// A registration row with its texts by number (see `RowStore`).
struct StoredRegistration: Sendable {
    private var storedRow: StoredRowID
    var submitted: LocalDateTime?
    /// -1: no name.
    var name: Int32
    var person: Int32
    var mention: Int32
    var gender: Gender?
    var sessionStart: Int32
    var sessionCount: Int32
    var mode: ParticipationMode?
    var cancelled: Bool

    var row: RowID { storedRow.row }

    init(
        row: RowID, submitted: LocalDateTime?, name: Int32, person: Int32, mention: Int32, gender: Gender?,
        sessionStart: Int32, sessionCount: Int32, mode: ParticipationMode?, cancelled: Bool
    ) {
        self.storedRow = StoredRowID(row)
        self.submitted = submitted
        self.name = name
        self.person = person
        self.mention = mention
        self.gender = gender
        self.sessionStart = sessionStart
        self.sessionCount = sessionCount
        self.mode = mode
        self.cancelled = cancelled
    }
}

/// An attendance row with its texts by number (see `RowStore`); -1 means none.
struct StoredAttendance: Sendable {
    private var storedRow: StoredRowID
    var session: Int32
    var source: AttendanceSource
    var name: Int32
    var email: Int32
    var dialIn: Int32
    var mention: Int32
    var mode: ParticipationMode
    var present: Bool
    /// `Int32.min`: unknown; beyond ±68 years is held as the nearest value.
    private var storedSeconds: Int32
    var join: LocalDateTime?
    var leave: LocalDateTime?
    var isHost: Bool
    var continuesEarlierRow: Bool

    var row: RowID { storedRow.row }
    var seconds: Int? { storedSeconds == .min ? nil : Int(storedSeconds) }

    init(
        row: RowID, session: Int32, source: AttendanceSource, name: Int32, email: Int32, dialIn: Int32,
        mention: Int32, mode: ParticipationMode, present: Bool, seconds: Int?, join: LocalDateTime?,
        leave: LocalDateTime?, isHost: Bool, continuesEarlierRow: Bool
    ) {
        self.storedRow = StoredRowID(row)
        self.session = session
        self.source = source
        self.name = name
        self.email = email
        self.dialIn = dialIn
        self.mention = mention
        self.mode = mode
        self.present = present
        self.storedSeconds = seconds.map { Int32(clamping: max($0, Int(Int32.min) + 1)) } ?? .min
        self.join = join
        self.leave = leave
        self.isHost = isHost
        self.continuesEarlierRow = continuesEarlierRow
    }
}
