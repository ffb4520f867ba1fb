/// Identifies a data row across the run: which input file (index into the file list) and line.
public struct RowID: Hashable, Sendable, Comparable {
    public var file: Int
    public var line: Int

    public static func < (lhs: RowID, rhs: RowID) -> Bool { (lhs.file, lhs.line) < (rhs.file, rhs.line) }
}

/// What a row says about the organisation it speaks for; every row kind that names one has this.
public struct OrganisationMention: Sendable, Hashable {
    public var text: String?
    public var number: OrgNumber?
    public var sector: String?
    public var municipality: String?

    public init(text: String? = nil, number: OrgNumber? = nil, sector: String? = nil, municipality: String? = nil) {
        self.text = text
        self.number = number
        self.sector = sector
        self.municipality = municipality
    }

    public var isEmpty: Bool { (text ?? "").isEmpty && number == nil }
}

/// One registration row after reading: a person and the sessions they asked for.
public struct RegistrationRow: Sendable {
    public var row: RowID
    public var submitted: LocalDateTime?
    public var name: String?
    /// Normalised e-mail: the person key.
    public var email: String
    public var organisation: OrganisationMention
    public var gender: Gender?
    /// Indices into the programme's sessions, each once.
    public var sessions: [Int]
    public var mode: ParticipationMode?
    public var cancelled: Bool
}

/// Where an attendance row came from.
public enum AttendanceSource: String, Sendable {
    case signIn = "sign_in"
    case teams
    case zoom
}

/// One attendance row after reading, already placed in a session.
public struct AttendanceRow: Sendable {
    public var row: RowID
    public var session: Int
    public var source: AttendanceSource
    public var name: String?
    public var email: String?
    /// Digits of an anonymous dial-in's phone number (R24); never written out.
    public var dialIn: String?
    public var organisation: OrganisationMention
    public var mode: ParticipationMode
    public var present: Bool
    public var seconds: Int?
    public var join: LocalDateTime?
    public var leave: LocalDateTime?
    public var isHost: Bool
    /// Later rows of the same person in one report (event lists, join intervals) merge into the first.
    public var continuesEarlierRow: Bool = false
}

/// One survey response after reading.
public struct FeedbackRow: Sendable {
    public var row: RowID
    public var session: Int?
    /// The area as the programme writes it, when the row names an area and no session.
    public var area: String?
    public var rating: Double?
    public var recommend: Int?
    public var comment: String?
    public var submitted: LocalDateTime?
}

/// One entry of `organisations.csv`.
public struct RegisterEntry: Sendable {
    public var row: RowID
    public var name: String
    public var aliases: [String]
    public var number: OrgNumber?
    public var sector: Sector?
    public var municipality: Municipality?
    public var domains: [String]
}
