/// Everything a run can be configured with from `deltagande.toml` (R9, R45).
public struct Settings: Sendable, Equatable {
    /// Extra header aliases per file kind: field → header texts.
    public var aliases: [FileKind: [String: [String]]] = [:]
    /// R19: a report matches a session whose window, widened by this on each side, holds its start.
    public var windowMinutes = 30
    /// SPEC 4: a remote attendance is substantive at this share of the planned length.
    public var substantiveShare = 0.5

    public init() {}
}
