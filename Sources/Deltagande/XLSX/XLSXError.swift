/// A workbook that could not be written: which step failed, why, for which file and sheet.
///
/// `call` names the libxlsxwriter function (e.g. `workbook_close`) or, for problems found in
/// the description before any C call, the check that refused it (e.g. `chart series`).
public struct XLSXError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The failing libxlsxwriter call or description check.
    public let call: String
    /// Why it failed, in libxlsxwriter's words when it came from libxlsxwriter.
    public let message: String
    /// The path of the workbook being written.
    public let file: String
    /// The sheet being written when it failed, if any.
    public let sheet: String?

    public init(call: String, message: String, file: String, sheet: String? = nil) {
        self.call = call
        self.message = message
        self.file = file
        self.sheet = sheet
    }

    public var description: String {
        if let sheet {
            return "\(file): sheet '\(sheet)': \(call): \(message)"
        }
        return "\(file): \(call): \(message)"
    }
}
