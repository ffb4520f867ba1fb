import Foundation

/// Everything read from the input folder, before identities are resolved.
public struct Ingested: Sendable {
    public var files: [InputFile]
    public var settings: Settings
    public var programme: Programme
    /// Registration and attendance rows, their texts interned.
    public var rows = RowStore()
    /// Each survey file's rows, in path order: a file's rows are handed over whole when it is
    /// read, and joined (`feedback`) off the reading thread (issue 9: copying a national roll-up's
    /// 200,000 answers one file onto another held up the end of reading).
    public var feedbackByFile: [[FeedbackRow]] = []
    /// Every survey row in path order (joined anew on each call when there are several files).
    public var feedback: [FeedbackRow] { feedbackByFile.count == 1 ? feedbackByFile[0] : feedbackByFile.flatMap { $0 } }
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
