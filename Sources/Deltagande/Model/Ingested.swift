import Foundation

/// Everything read from the input folder, before identities are resolved.
public struct Ingested: Sendable {
    public var files: [InputFile]
    public var settings: Settings
    public var programme: Programme
    public var registrations: [RegistrationRow] = []
    public var attendance: [AttendanceRow] = []
    public var feedback: [FeedbackRow] = []
    public var register: [RegisterEntry] = []
    public var ledger: RowLedger
    /// Whole files that could not be used (R1): any of these fails the run.
    public var fileErrors: [String] {
        ledger.accounts.compactMap(\.fileError)
    }
}
