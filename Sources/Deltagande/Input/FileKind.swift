/// What an input file holds, known from the folder it was found in (SPEC 2).
public enum FileKind: String, Sendable, CaseIterable {
    case sessions
    case registrations
    case attendance
    case feedback
    case organisations
    case config
    case skipped
}
