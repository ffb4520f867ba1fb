/// One active registration: how the person meant to take part, for which organisation.
public struct ActiveRegistration: Sendable, Equatable {
    public var mode: ParticipationMode
    public var organisation: Int?
}

/// One person's attendance at one session, after merging their rows.
public struct Attendance: Sendable, Equatable {
    public var mode: ParticipationMode
    public var seconds: Int?
    public var organisation: Int?
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
    /// Person → gender of their latest registration that gives one (R34).
    public var gender: [Int: Gender]
    public var feedback: [FeedbackRow]
    public var files: [InputFile]
    public var ledger: RowLedger
    /// The final guard against personal data in outputs, knowing every personal name read.
    public var personalDataGuard: PersonalDataGuard
}
