import Foundation

/// Everything read from the input folder, before identities are resolved.
public struct Ingested: Sendable {
    public var files: [InputFile]
    public var settings: Settings
    public var programme: Programme
    /// Registration and attendance rows, their texts interned.
    public var rows = RowStore()
    public var feedback: [FeedbackRow] = []
    public var register: [RegisterEntry] = []
    public var ledger: RowLedger
    /// The registration rows as the readers gave them (built anew on each call: for tests and tools).
    public var registrations: [RegistrationRow] { (0..<rows.registrationCount).map(rows.registrationRow) }
    /// The attendance rows as the readers gave them (built anew on each call).
    public var attendance: [AttendanceRow] { (0..<rows.attendanceCount).map(rows.attendanceRow) }
    /// Whole files that could not be used (R1): any of these fails the run.
    public var fileErrors: [String] {
        ledger.accounts.compactMap(\.fileError)
    }
}
