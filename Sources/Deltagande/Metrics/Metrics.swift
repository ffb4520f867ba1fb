/// Feedback figures of a session, an area, a phase or the totals (SPEC 4).
public struct FeedbackFigures: Sendable, Equatable {
    public var responses = 0
    public var responseRate: Double?
    public var ratingMean: Double?
    /// Ratings 1–5 rounded half up.
    public var ratingDistribution = [0, 0, 0, 0, 0]
    public var comments = 0
    /// Points, −100…100; nil when no response recommends.
    public var nps: Double?
}

/// The figures of one session (SPEC 4). Attendance figures are nil without attendance data.
public struct SessionFigures: Sendable, Equatable {
    public var session: Session
    public var hasAttendanceData: Bool
    public var registered = 0
    public var registeredInRoom = 0
    public var registeredRemote = 0
    public var registeredModeUnknown = 0
    public var attended: Int?
    public var attendedInRoom: Int?
    public var attendedRemote: Int?
    public var hosts: Int?
    public var walkIns: Int?
    public var noShows: Int?
    public var attendedRegistered: Int?
    public var turnoutRate: Double?
    public var roomFill: Double?
    public var overCapacity: Bool?
    public var switchedToRemote: Int?
    public var medianRemoteMinutes: Double?
    public var substantiveRemote: Int?
    public var feedback = FeedbackFigures()
}

/// Counts of organisations or persons by a category, in the category's order.
public typealias Breakdown = [(key: String, count: Int)]

/// The figures of an area, a phase or the totals (SPEC 4, R35, R43).
public struct GroupFigures: Sendable {
    public var name: String
    public var sessions = 0
    public var sessionsWithAttendanceData = 0
    public var registered = 0
    public var registeredInRoom = 0
    public var registeredRemote = 0
    public var registeredModeUnknown = 0
    public var attended: Int?
    public var attendedInRoom: Int?
    public var attendedRemote: Int?
    public var hosts: Int?
    public var walkIns: Int?
    public var noShows: Int?
    public var switchedToRemote: Int?
    public var turnoutRate: Double?
    public var roomFill: Double?
    public var medianRemoteMinutes: Double?
    public var substantiveRemote: Int?
    public var registeredPersons = 0
    public var participants = 0
    public var organisations = 0
    public var registeredOrganisations = 0
    public var organisationsBySector: Breakdown = []
    public var organisationsByMunicipality: Breakdown = []
    public var helixCoverage = 0
    public var municipalitiesReached = 0
    public var top10Share: Double?
    public var personsByGender: Breakdown = []
    public var registeredPersonsByGender: Breakdown = []
    public var feedback = FeedbackFigures()
}

/// One organisation's participation in the period.
public struct OrganisationFigures: Sendable {
    public var name: String
    public var sector: Sector
    public var municipality: Municipality
    public var attendancesByArea: [(area: String, count: Int)]
    public var areasReached: Int
    public var multiArea: Bool
    public var isNew: Bool
    public var isReturning: Bool
    public var registrations: Int
}

/// Organisation coverage of the period (SPEC 4).
public struct OrganisationSummary: Sendable {
    public var total = 0
    public var bySector: Breakdown = []
    public var byMunicipality: Breakdown = []
    public var multiArea = 0
    public var new = 0
    public var returning = 0
    public var list: [OrganisationFigures] = []
}

/// Phase-to-phase continuity (SPEC 4, R37).
public struct ContinuityStep: Sendable, Equatable {
    public var from: String
    public var to: String
    public var organisations: Int
    public var retained: Int
    public var rate: Double?
}

/// The account of every input file and row (SPEC 2.1, R38).
public struct DataQualitySummary: Sendable {
    public struct File: Sendable {
        public var path: String
        public var kind: FileKind
        public var layout: String?
        public var encoding: TextEncoding?
        public var delimiter: Character?
        public var account: FileAccount
    }

    public var files: [File] = []
    public var rowsRead = 0
    public var accepted = 0
    public var duplicatesMerged = 0
    public var rejected = 0
    /// Reasons for rejections, most frequent first.
    public var commonReasons: [(reason: String, count: Int)] = []
}

/// Every figure of one report (SPEC 4, 5).
public struct Metrics: Sendable {
    public var period: Period
    /// The first and last session dates in the period.
    public var sessionDates: (first: CalendarDate, last: CalendarDate)?
    public var totals: GroupFigures
    public var areas: [GroupFigures]
    public var phases: [GroupFigures]
    public var sessions: [SessionFigures]
    public var organisations: OrganisationSummary
    public var continuity: [ContinuityStep]
    public var dataQuality: DataQualitySummary
    /// Names of municipalities with no participating organisation in the period.
    public var municipalitiesMissing: [String]
    /// Feedback comments in the period, unmasked: the workbook masks them (R41) before showing them.
    public var comments: [FeedbackComment] = []
}

/// A comment from a survey, with the session or area it speaks of.
public struct FeedbackComment: Sendable, Equatable {
    public var area: String
    public var session: String?
    public var rating: Double?
    public var text: String
}
