import Foundation

/// Reads an `.xlsx` file back with openpyxl, an implementation independent of libxlsxwriter,
/// and describes it as plain values for tests to check.
///
/// Needs `python3` with openpyxl (`pip install openpyxl`) on the PATH.
enum OpenpyxlReader {
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    /// Everything the tests look at in `file`.
    static func read(_ file: URL) throws -> OpenpyxlWorkbook {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("openpyxl-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("workbook.json")
        let errors = folder.appendingPathComponent("stderr.txt")
        guard FileManager.default.createFile(atPath: errors.path, contents: nil) else {
            throw Failure(description: "cannot create \(errors.path)")
        }
        let errorHandle = try FileHandle(forWritingTo: errors)

        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script, file.path, output.path]
        process.standardError = errorHandle
        process.standardOutput = errorHandle
        try process.run()
        process.waitUntilExit()
        try errorHandle.close()

        guard process.terminationStatus == 0 else {
            let message = (try? String(contentsOf: errors, encoding: .utf8)) ?? ""
            throw Failure(
                description: "openpyxl could not read \(file.path) (exit \(process.terminationStatus)):\n\(message)")
        }
        return try JSONDecoder().decode(OpenpyxlWorkbook.self, from: Data(contentsOf: output))
    }

    private static let script = #"""
        import datetime, json, re, sys, zipfile
        import openpyxl
        from openpyxl.utils import get_column_letter

        source, target = sys.argv[1], sys.argv[2]
        wb = openpyxl.load_workbook(source)

        def text_of(title):
            # Chart and axis titles are rich text; join every run.
            if title is None or title.tx is None:
                return None
            if title.tx.rich is not None:
                return "".join(run.t or "" for p in title.tx.rich.p for run in (p.r or []))
            if title.tx.strRef is not None:
                return "=" + title.tx.strRef.f
            return None

        def ref_of(source):
            if source is None:
                return None
            for kind in ("numRef", "strRef", "multiLvlStrRef"):
                ref = getattr(source, kind, None)
                if ref is not None:
                    return ref.f
            return None

        def series_name(series):
            if series.tx is None:
                return None
            if series.tx.strRef is not None:
                return "=" + series.tx.strRef.f
            return series.tx.v

        def cell_json(c):
            item = {
                "ref": c.coordinate, "row": c.row, "column": c.column,
                "type": c.data_type, "format": c.number_format,
                "bold": bool(c.font.b), "italic": bool(c.font.i),
                "horizontal": c.alignment.horizontal, "wrap": bool(c.alignment.wrap_text),
                "bottomBorder": c.border.bottom.style if c.border and c.border.bottom else None,
                "fill": c.fill.fgColor.rgb if c.fill is not None and c.fill.fill_type == "solid" else None,
            }
            v = c.value
            if isinstance(v, bool):
                item["boolean"] = v
            elif isinstance(v, (int, float)):
                item["number"] = float(v)
            elif isinstance(v, (datetime.datetime, datetime.date)):
                item["date"] = v.isoformat()
            elif v is not None:
                item["text"] = str(v)
            return item

        sheets = []
        for ws in wb.worksheets:
            cells = [cell_json(c) for row in ws.iter_rows() for c in row if c.value is not None]
            widths = {}
            for key, dim in ws.column_dimensions.items():
                if dim.width is None or not dim.customWidth:
                    continue
                first, last = (dim.min or 0), (dim.max or 0)
                if first == 0:
                    widths[key] = dim.width
                for index in range(first, last + 1):
                    widths[get_column_letter(index)] = dim.width
            charts = []
            for chart in ws._charts:
                anchor = getattr(chart.anchor, "_from", None)
                charts.append({
                    "type": chart.tagname,
                    "grouping": getattr(chart, "grouping", None),
                    "barDirection": getattr(chart, "type", None),
                    "title": text_of(chart.title),
                    "xAxisTitle": text_of(chart.x_axis.title) if chart.x_axis is not None else None,
                    "yAxisTitle": text_of(chart.y_axis.title) if chart.y_axis is not None else None,
                    "legendPosition": chart.legend.position if chart.legend is not None else None,
                    "anchorRow": anchor.row if anchor is not None else None,
                    "anchorColumn": anchor.col if anchor is not None else None,
                    "series": [{"name": series_name(s), "categories": ref_of(s.cat), "values": ref_of(s.val)}
                               for s in chart.series],
                })
            setup_pr = ws.sheet_properties.pageSetUpPr
            sheets.append({
                "name": ws.title,
                "maxRow": ws.max_row, "maxColumn": ws.max_column,
                "cells": cells,
                "freezePanes": ws.freeze_panes,
                "printTitleRows": ws.print_title_rows,
                "autoFilter": ws.auto_filter.ref,
                "mergedRanges": sorted(str(r) for r in ws.merged_cells.ranges),
                "columnWidths": widths,
                "orientation": ws.page_setup.orientation,
                "fitToPage": bool(setup_pr.fitToPage) if setup_pr is not None else False,
                # An absent attribute means the schema's default, 1.
                "fitToWidth": int(ws.page_setup.fitToWidth) if ws.page_setup.fitToWidth is not None else 1,
                "fitToHeight": int(ws.page_setup.fitToHeight) if ws.page_setup.fitToHeight is not None else 1,
                "charts": charts,
            })

        props = wb.properties
        with zipfile.ZipFile(source) as archive:
            app = archive.read("docProps/app.xml").decode("utf-8") if "docProps/app.xml" in archive.namelist() else ""
        company = re.search(r"<Company>(.*?)</Company>", app)
        properties = {
            "title": props.title, "subject": props.subject, "creator": props.creator,
            "description": props.description, "keywords": props.keywords,
            "company": company.group(1) if company else None,
            "created": props.created.isoformat() if props.created else None,
            "modified": props.modified.isoformat() if props.modified else None,
        }
        with open(target, "w", encoding="utf-8") as out:
            json.dump({"sheets": sheets, "properties": properties}, out, ensure_ascii=False)
        """#
}

/// A workbook as openpyxl sees it.
struct OpenpyxlWorkbook: Decodable {
    struct Cell: Decodable {
        let ref: String
        let row: Int
        let column: Int
        /// openpyxl's `data_type`: `s` string, `n` number, `d` date, `f` formula, `b` boolean.
        let type: String
        let format: String
        let bold: Bool
        let italic: Bool
        let horizontal: String?
        let wrap: Bool
        let bottomBorder: String?
        /// The solid fill as openpyxl gives it, `AARRGGBB`.
        let fill: String?
        let text: String?
        let number: Double?
        /// ISO 8601, as openpyxl's `isoformat()` writes it.
        let date: String?
        let boolean: Bool?
    }

    struct Series: Decodable {
        let name: String?
        let categories: String?
        let values: String?
    }

    struct Chart: Decodable {
        /// The XML element: `barChart`, `lineChart`, `pieChart` …
        let type: String
        /// `clustered`, `stacked`, `percentStacked`, `standard` …
        let grouping: String?
        /// For bar charts: `col` (vertical) or `bar` (horizontal).
        let barDirection: String?
        let title: String?
        let xAxisTitle: String?
        let yAxisTitle: String?
        let legendPosition: String?
        let anchorRow: Int?
        let anchorColumn: Int?
        let series: [Series]
    }

    struct Sheet: Decodable {
        let name: String
        let maxRow: Int
        let maxColumn: Int
        /// Every cell with a value, row by row.
        let cells: [Cell]
        let freezePanes: String?
        /// Rows repeated at the top of every printed page, like `$4:$4`.
        let printTitleRows: String?
        let autoFilter: String?
        let mergedRanges: [String]
        /// Custom widths by column letter, as stored: Excel adds its cell padding, so a width
        /// set as 25 reads back as 25.71.
        let columnWidths: [String: Double]
        let orientation: String?
        let fitToPage: Bool
        /// Pages wide and tall when `fitToPage` (0: as many as needed); 1 when the file leaves them out.
        let fitToWidth: Int
        let fitToHeight: Int
        let charts: [Chart]

        /// The cell at an A1 reference, if it has a value.
        func cell(_ ref: String) -> Cell? {
            cells.first { $0.ref == ref }
        }
    }

    struct Properties: Decodable {
        let title: String?
        let subject: String?
        let creator: String?
        let description: String?
        let keywords: String?
        let company: String?
        let created: String?
        let modified: String?
    }

    let sheets: [Sheet]
    let properties: Properties

    /// The sheet called `name`, if any.
    func sheet(_ name: String) -> Sheet? {
        sheets.first { $0.name == name }
    }
}
