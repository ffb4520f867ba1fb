/// One active registration: how the person meant to take part, for which organisation.
public struct ActiveRegistration: Sendable, Equatable {
    public var mode: ParticipationMode
    // Stored in 32 bits (-1: none): a national roll-up holds a million of these.
    private var storedOrganisation: Int32

    public var organisation: Int? {
        get { storedOrganisation < 0 ? nil : Int(storedOrganisation) }
        set { storedOrganisation = newValue.map { Int32($0) } ?? -1 }
    }

    public init(mode: ParticipationMode, organisation: Int?) {
        self.mode = mode
        self.storedOrganisation = organisation.map { Int32($0) } ?? -1
    }
}

/// One person's attendance at one session, after merging their rows.
public struct Attendance: Sendable, Equatable {
    public var mode: ParticipationMode
    // Stored in 32 bits (`Int32.min` and -1: none): a national roll-up holds a million of
    // these. Seconds beyond ±68 years are held as the nearest value.
    private var storedSeconds: Int32
    private var storedOrganisation: Int32

    public var seconds: Int? {
        get { storedSeconds == .min ? nil : Int(storedSeconds) }
        set { storedSeconds = Attendance.stored(seconds: newValue) }
    }

    private static func stored(seconds: Int?) -> Int32 {
        seconds.map { Int32(clamping: max($0, Int(Int32.min) + 1)) } ?? .min
    }

    public var organisation: Int? {
        get { storedOrganisation < 0 ? nil : Int(storedOrganisation) }
        set { storedOrganisation = newValue.map { Int32($0) } ?? -1 }
    }

    public init(mode: ParticipationMode, seconds: Int?, organisation: Int?) {
        self.mode = mode
        self.storedSeconds = Attendance.stored(seconds: seconds)
        self.storedOrganisation = organisation.map { Int32($0) } ?? -1
    }
}

/// Records with identities resolved: the input of every metric (SPEC 3).
public struct Resolved: Sendable {
    public var programme: Programme
    public var settings: Settings
    public var organisations: [Organisation]
    public var personCount: Int
    /// Per session: person → active registration (hosts' own registrations removed, R44).
    public var registrations: [[Int: ActiveRegistration]]
    /// Per session: person → attendance, present persons only, hosts excluded (R22).
    public var attendance: [[Int: Attendance]]
    /// Per session: the hosts.
    public var hosts: [Set<Int>]
    /// Per session: whether any attendance row matched it.
    public var hasAttendanceData: [Bool]
    /// By person: the gender of their latest registration that gives one (R34); nil, or a person
    /// beyond the end (people without a registration), when none does.
    public var gender: [Gender?]
    public var feedback: [FeedbackRow]
    public var files: [InputFile]
    public var ledger: RowLedger
    /// The final guard against personal data in outputs, knowing every personal name read.
    public var personalDataGuard: PersonalDataGuard
}
