import CXLSXWriter

/// The one place where a libxlsxwriter result becomes an `XLSXError`.
struct XLSXCheck {
    /// The path of the workbook being written, carried into every error.
    let file: String

    /// Throws unless `result` is `LXW_NO_ERROR`, naming `call` and quoting `lxw_strerror`.
    func check(_ result: lxw_error, _ call: String, sheet: String? = nil) throws(XLSXError) {
        guard result != LXW_NO_ERROR else { return }
        throw XLSXError(call: call, message: XLSXCheck.message(for: result), file: file, sheet: sheet)
    }

    /// A pointer a constructor returned, or an error naming the constructor when it returned NULL.
    func require<T>(_ pointer: UnsafeMutablePointer<T>?, _ call: String, sheet: String? = nil) throws(XLSXError)
        -> UnsafeMutablePointer<T>
    {
        guard let pointer else {
            throw XLSXError(
                call: call, message: "libxlsxwriter returned no object (out of memory or invalid arguments)",
                file: file, sheet: sheet)
        }
        return pointer
    }

    /// A problem in the description itself, found before libxlsxwriter is asked.
    func invalid(_ what: String, _ message: String, sheet: String? = nil) -> XLSXError {
        XLSXError(call: what, message: message, file: file, sheet: sheet)
    }

    /// A zero-based row as libxlsxwriter takes it, or the error libxlsxwriter gives for one out of range.
    func row(_ index: Int, _ call: String, sheet: String?) throws(XLSXError) -> lxw_row_t {
        guard index >= 0, index < LXW_ROW_MAX, let row = lxw_row_t(exactly: index) else {
            try check(LXW_ERROR_WORKSHEET_INDEX_OUT_OF_RANGE, call, sheet: sheet)
            return 0
        }
        return row
    }

    /// A zero-based column as libxlsxwriter takes it, or the error libxlsxwriter gives for one out of range.
    func column(_ index: Int, _ call: String, sheet: String?) throws(XLSXError) -> lxw_col_t {
        guard index >= 0, index < LXW_COL_MAX, let column = lxw_col_t(exactly: index) else {
            try check(LXW_ERROR_WORKSHEET_INDEX_OUT_OF_RANGE, call, sheet: sheet)
            return 0
        }
        return column
    }

    private static func message(for result: lxw_error) -> String {
        guard let text = lxw_strerror(result) else {
            return "libxlsxwriter error \(result.rawValue)"
        }
        return String(cString: text)
    }
}
