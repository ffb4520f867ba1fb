import CXLSXWriter
import CZipLevel
import Foundation

/// Writes a `WorkbookDescription` as an `.xlsx` file with libxlsxwriter.
public enum XLSXWriter {
    /// Writes `workbook` to exactly `url`, replacing any file there.
    ///
    /// libxlsxwriter creates the file only when everything else has succeeded; callers that
    /// need all-or-nothing output write to a temporary name in the same folder and rename.
    /// The same description always gives the same bytes.
    public static func write(_ workbook: WorkbookDescription, to url: URL) throws(XLSXError) {
        try write(workbook, to: url, late: nil)
    }

    /// A sheet the description holds only by name, given when the writing reaches it: a run builds
    /// its largest sheet on another core while the sheets before it are written (issue 9).
    struct LateSheet {
        let index: Int
        let sheet: () -> SheetDescription
    }

    /// `write(_:to:)`, with the sheet at `late.index` taken from `late.sheet` when its turn comes;
    /// the description's sheet there gives its name only, and the late sheet must have that name.
    static func write(_ workbook: WorkbookDescription, to url: URL, late: LateSheet?) throws(XLSXError) {
        let path = url.path
        let check = XLSXCheck(file: path)
        guard url.isFileURL else {
            throw check.invalid("workbook_new_opt", "\(url) is not a file URL")
        }
        try validate(workbook, check: check)
        if let late, !workbook.sheets.indices.contains(late.index) {
            throw check.invalid("late sheet", "the workbook has no sheet \(late.index + 1) to take late")
        }

        let strings = CStringPool()
        var options = lxw_workbook_options()
        options.constant_memory = 0  // charts read cell values back, which needs the whole sheet
        // No tmpdir: libxlsxwriter then uses tmpfile(), which the system deletes even when the
        // process is killed. Named temporary files in the report folder outlived a killed run.
        let lxwWorkbook = try check.require(workbook_new_opt(strings.pointer(path), &options), "workbook_new_opt")

        do {
            try fill(lxwWorkbook, with: workbook, late: late, check: check, strings: strings)
        } catch {
            // Nothing has been written yet: free everything without creating the file.
            lxw_workbook_free(lxwWorkbook)
            throw error
        }

        let existedBefore = FileManager.default.fileExists(atPath: path)
        let result = workbook_close(lxwWorkbook)  // writes the file and frees the workbook
        if result != LXW_NO_ERROR, !existedBefore {
            try? FileManager.default.removeItem(atPath: path)  // a half-written zip is no workbook
        }
        try check.check(result, "workbook_close")
    }

    private static func fill(
        _ lxwWorkbook: UnsafeMutablePointer<lxw_workbook>,
        with workbook: WorkbookDescription,
        late: LateSheet?,
        check: XLSXCheck,
        strings: CStringPool
    ) throws(XLSXError) {
        try setProperties(workbook.properties, on: lxwWorkbook, check: check, strings: strings)
        let formats = XLSXFormats(workbook: lxwWorkbook, check: check, strings: strings)

        var worksheets: [UnsafeMutablePointer<lxw_worksheet>] = []
        var usedNames: Set<String> = []
        for sheet in workbook.sheets {
            // Excel compares names without case, also beyond ASCII (Å/å), which libxlsxwriter does not.
            if !usedNames.insert(sheet.name.lowercased()).inserted {
                try check.check(LXW_ERROR_SHEETNAME_ALREADY_USED, "workbook_validate_sheet_name", sheet: sheet.name)
            }
            let name = strings.pointer(sheet.name)
            try check.check(
                workbook_validate_sheet_name(lxwWorkbook, name), "workbook_validate_sheet_name", sheet: sheet.name)
            worksheets.append(
                try check.require(
                    workbook_add_worksheet(lxwWorkbook, name), "workbook_add_worksheet", sheet: sheet.name))
        }
        for (index, (named, worksheet)) in zip(workbook.sheets, worksheets).enumerated() {
            var sheet = named
            if let late, late.index == index {
                sheet = late.sheet()
                guard sheet.name == named.name else {
                    throw check.invalid(
                        "late sheet", "the sheet given late is named '\(sheet.name)'", sheet: named.name)
                }
                try validate(sheet, names: Set(workbook.sheets.map(\.name)), check: check)
            }
            try XLSXSheetWriter(worksheet: worksheet, sheet: sheet, check: check, formats: formats, strings: strings)
                .write()
            for chart in sheet.charts {
                try XLSXChartWriter(
                    workbook: lxwWorkbook, worksheet: worksheet, chart: chart, sheet: sheet.name, check: check,
                    strings: strings
                ).write()
            }
        }
    }

    private static func setProperties(
        _ properties: WorkbookProperties,
        on lxwWorkbook: UnsafeMutablePointer<lxw_workbook>,
        check: XLSXCheck,
        strings: CStringPool
    ) throws(XLSXError) {
        var lxwProperties = lxw_doc_properties()
        lxwProperties.title = strings.pointer(properties.title)
        lxwProperties.subject = strings.pointer(properties.subject)
        lxwProperties.author = strings.pointer(properties.author)
        lxwProperties.company = strings.optionalPointer(properties.company)
        lxwProperties.comments = strings.optionalPointer(properties.comments)
        lxwProperties.created = try creationTime(properties.created, check: check)
        try check.check(workbook_set_properties(lxwWorkbook, &lxwProperties), "workbook_set_properties")
    }

    /// Seconds since 1970 as libxlsxwriter takes them (it formats them in UTC).
    ///
    /// libxlsxwriter reads 0 as "now", which would make the output change from run to run, so
    /// exactly 1970-01-01T00:00:00Z is written one second later.
    static func creationTime(_ date: Date, check: XLSXCheck) throws(XLSXError) -> time_t {
        let seconds = date.timeIntervalSince1970.rounded(.down)
        // 1900-01-01 … 9999-12-31T23:59:59Z, the years a document date can show.
        guard seconds.isFinite, seconds >= -2_208_988_800, seconds <= 253_402_300_799,
            let value = time_t(exactly: seconds)
        else {
            throw check.invalid("workbook_set_properties", "created date \(date) is outside 1900…9999")
        }
        return value == 0 ? 1 : value
    }

    /// The zlib level the workbook's zip entries are compressed at: the fastest, set by the
    /// wrapper in `CZipLevel` (libxlsxwriter has no option for it). Asking for it also keeps that
    /// target's object file in every binary that writes workbooks; the zip headers of a written
    /// file show whether the wrapper took effect.
    public static var compressionLevel: Int { Int(deltagande_zip_level()) }

    /// Refuses what libxlsxwriter would accept silently but write as a broken file.
    private static func validate(_ workbook: WorkbookDescription, check: XLSXCheck) throws(XLSXError) {
        let names = Set(workbook.sheets.map(\.name))
        for sheet in workbook.sheets {
            try validate(sheet, names: names, check: check)
        }
    }

    /// A sheet's name, and its charts' series against the workbook's sheet `names`.
    private static func validate(_ sheet: SheetDescription, names: Set<String>, check: XLSXCheck) throws(XLSXError) {
        if sheet.name.isEmpty {
            throw check.invalid("workbook_validate_sheet_name", "a sheet name cannot be empty", sheet: sheet.name)
        }
        for chart in sheet.charts {
            if chart.series.isEmpty {
                throw check.invalid("chart series", "a chart needs at least one series", sheet: sheet.name)
            }
            for series in chart.series {
                for range in [series.categories, series.values] where !names.contains(range.sheet) {
                    throw check.invalid(
                        "chart series",
                        "series '\(series.name)' refers to sheet '\(range.sheet)', which the workbook does not have",
                        sheet: sheet.name)
                }
            }
        }
    }
}
