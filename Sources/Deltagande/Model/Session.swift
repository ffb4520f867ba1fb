/// How a meeting is held (SPEC 2.2).
public enum SessionMode: String, Sendable, CaseIterable {
    case inRoom = "in_room"
    case hybrid
    case remote
}

/// How a person takes part in one meeting.
public enum ParticipationMode: String, Sendable, CaseIterable {
    case inRoom = "in_room"
    case remote
    case unknown
}

/// One meeting of the programme, as `sessions.csv` gives it.
public struct Session: Sendable, Equatable {
    public var id: String
    public var label: String
    public var area: String
    public var phase: String?
    public var date: CalendarDate
    /// Minutes since midnight.
    public var start: Int?
    public var end: Int?
    public var mode: SessionMode
    public var venue: String?
    public var capacity: Int?

    public init(
        id: String, label: String, area: String, phase: String?, date: CalendarDate,
        start: Int?, end: Int?, mode: SessionMode, venue: String?, capacity: Int?
    ) {
        self.id = id
        self.label = label
        self.area = area
        self.phase = phase
        self.date = date
        self.start = start
        self.end = end
        self.mode = mode
        self.venue = venue
        self.capacity = capacity
    }

    /// The planned length in minutes, when both times are given and in order.
    public var plannedMinutes: Int? {
        guard let start, let end, end > start else { return nil }
        return end - start
    }
}

/// The programme: sessions in file order, with the areas and phases they name.
public struct Programme: Sendable {
    public var sessions: [Session]
    /// Areas as first written, in `sessions.csv` order (R11).
    public var areas: [String]
    /// Phases as first written, ordered by their earliest session date (ties: file order).
    public var phases: [String]

    public init(sessions: [Session]) {
        self.sessions = sessions
        var areas: [String] = []
        var seenAreas = Set<String>()
        for session in sessions where seenAreas.insert(Programme.areaKey(session.area)).inserted {
            areas.append(session.area)
        }
        var firstDate: [String: (CalendarDate, Int, String)] = [:]
        for (index, session) in sessions.enumerated() {
            guard let phase = session.phase else { continue }
            let key = Programme.areaKey(phase)
            if let known = firstDate[key] {
                if session.date < known.0 { firstDate[key] = (session.date, known.1, known.2) }
            } else {
                firstDate[key] = (session.date, index, phase)
            }
        }
        self.areas = areas
        self.phases = firstDate.values.sorted { ($0.0, $0.1) < ($1.0, $1.1) }.map(\.2)
    }

    /// Areas and phases compare case-insensitively, white space folded, with `&` read as `och`.
    public static func areaKey(_ text: String) -> String {
        TextKey.folded(text.replacingOccurrences(of: "&", with: " och "))
    }

    public func areaName(for text: String) -> String? {
        let key = Programme.areaKey(text)
        return areas.first { Programme.areaKey($0) == key }
    }

    public func phaseName(for text: String?) -> String? {
        guard let text else { return nil }
        let key = Programme.areaKey(text)
        return phases.first { Programme.areaKey($0) == key }
    }
}
