import CXLSXWriter

/// Adds one `ChartDescription` to the workbook and places it on its worksheet.
struct XLSXChartWriter {
    let workbook: UnsafeMutablePointer<lxw_workbook>
    let worksheet: UnsafeMutablePointer<lxw_worksheet>
    let chart: ChartDescription
    /// The sheet the chart is placed on, for error messages.
    let sheet: String
    let check: XLSXCheck
    let strings: CStringPool

    func write() throws(XLSXError) {
        let lxwChart = try check.require(
            workbook_add_chart(workbook, XLSXChartWriter.type(of: chart.kind)), "workbook_add_chart", sheet: sheet)
        if let title = chart.title {
            chart_title_set_name(lxwChart, strings.pointer(XLSXText.chartLabel(title)))
        }
        let (categoryAxis, valueAxis) = axes(of: lxwChart)
        if let title = chart.categoryAxisTitle, let categoryAxis {
            chart_axis_set_name(categoryAxis, strings.pointer(XLSXText.chartLabel(title)))
        }
        if let title = chart.valueAxisTitle, let valueAxis {
            chart_axis_set_name(valueAxis, strings.pointer(XLSXText.chartLabel(title)))
        }
        for series in chart.series {
            try add(series, to: lxwChart)
        }
        chart_legend_set_position(lxwChart, XLSXChartWriter.position(of: chart.legend))

        let call = "worksheet_insert_chart_opt"
        let row = try check.row(chart.anchorRow, call, sheet: sheet)
        let column = try check.column(chart.anchorColumn, call, sheet: sheet)
        var options = lxw_chart_options()
        (options.x_scale, options.y_scale) = try scale()
        try check.check(worksheet_insert_chart_opt(worksheet, row, column, lxwChart, &options), call, sheet: sheet)
    }

    private func add(_ series: ChartSeries, to lxwChart: UnsafeMutablePointer<lxw_chart>) throws(XLSXError) {
        let call = "chart_add_series"
        // libxlsxwriter 1.1.4 reads the sheet back out of a formula to cache the chart's data,
        // but does not undo the doubled `''`; for such names it builds (the same) reference itself.
        let selfQuoted = series.categories.sheet.contains("'") || series.values.sheet.contains("'")
        let lxwSeries: UnsafeMutablePointer<lxw_chart_series>
        if selfQuoted {
            lxwSeries = try check.require(chart_add_series(lxwChart, nil, nil), call, sheet: sheet)
            let categories = try coordinates(of: series.categories.range)
            chart_series_set_categories(
                lxwSeries, strings.pointer(series.categories.sheet),
                categories.firstRow, categories.firstColumn, categories.lastRow, categories.lastColumn)
            let values = try coordinates(of: series.values.range)
            chart_series_set_values(
                lxwSeries, strings.pointer(series.values.sheet),
                values.firstRow, values.firstColumn, values.lastRow, values.lastColumn)
        } else {
            _ = try coordinates(of: series.categories.range)
            _ = try coordinates(of: series.values.range)
            lxwSeries = try check.require(
                chart_add_series(
                    lxwChart, strings.pointer(series.categories.formula), strings.pointer(series.values.formula)),
                call, sheet: sheet)
        }
        chart_series_set_name(lxwSeries, strings.pointer(XLSXText.chartLabel(series.name)))
        if let color = series.color {
            var fill = lxw_chart_fill()
            fill.color = color & 0xFF_FFFF
            chart_series_set_fill(lxwSeries, &fill)
        }
    }

    private func coordinates(of range: CellRange) throws(XLSXError) -> (
        firstRow: lxw_row_t, firstColumn: lxw_col_t, lastRow: lxw_row_t, lastColumn: lxw_col_t
    ) {
        let call = "chart_add_series"
        return (
            try check.row(range.firstRow, call, sheet: sheet),
            try check.column(range.firstColumn, call, sheet: sheet),
            try check.row(range.lastRow, call, sheet: sheet),
            try check.column(range.lastColumn, call, sheet: sheet)
        )
    }

    /// The category and value axes. libxlsxwriter's x axis is the horizontal one, which for bar
    /// charts is the value axis.
    private func axes(of lxwChart: UnsafeMutablePointer<lxw_chart>) -> (
        category: UnsafeMutablePointer<lxw_chart_axis>?, value: UnsafeMutablePointer<lxw_chart_axis>?
    ) {
        let chart = lxwChart.pointee
        switch self.chart.kind {
        case .column, .columnStacked: return (chart.x_axis, chart.y_axis)
        case .bar, .barStacked: return (chart.y_axis, chart.x_axis)
        }
    }

    private func scale() throws(XLSXError) -> (Double, Double) {
        let (x, y): (Double, Double)
        switch chart.size {
        case .pixels(let width, let height):
            x = Double(width) / ChartDescription.defaultPixelSize.width
            y = Double(height) / ChartDescription.defaultPixelSize.height
        case .scale(let scaleX, let scaleY):
            (x, y) = (scaleX, scaleY)
        }
        guard x.isFinite, y.isFinite, x > 0, y > 0 else {
            throw check.invalid("chart size", "width and height must be positive, not \(chart.size)", sheet: sheet)
        }
        return (x, y)
    }

    private static func type(of kind: ChartDescription.Kind) -> UInt8 {
        let type: lxw_chart_type
        switch kind {
        case .column: type = LXW_CHART_COLUMN
        case .columnStacked: type = LXW_CHART_COLUMN_STACKED
        case .bar: type = LXW_CHART_BAR
        case .barStacked: type = LXW_CHART_BAR_STACKED
        }
        return UInt8(truncatingIfNeeded: type.rawValue)
    }

    private static func position(of legend: ChartDescription.LegendPosition) -> UInt8 {
        let position: lxw_chart_legend_position
        switch legend {
        case .right: position = LXW_CHART_LEGEND_RIGHT
        case .left: position = LXW_CHART_LEGEND_LEFT
        case .top: position = LXW_CHART_LEGEND_TOP
        case .bottom: position = LXW_CHART_LEGEND_BOTTOM
        case .none: position = LXW_CHART_LEGEND_NONE
        }
        return UInt8(truncatingIfNeeded: position.rawValue)
    }
}
