import Deltagande
import Foundation

/// A fresh folder for one test's files, removed by `remove()`.
struct ScratchFolder {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("deltagande-xlsx-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    func file(_ name: String) -> URL {
        url.appendingPathComponent(name)
    }

    func remove() {
        try? FileManager.default.removeItem(at: url)
    }
}

/// Descriptions shared by the XLSX tests.
enum SampleWorkbook {
    static let created = Date(timeIntervalSince1970: 1_735_689_600)  // 2025-01-01T00:00:00Z

    static let properties = WorkbookProperties(
        title: "Deltagande 2025-01",
        subject: "Deltagande per område",
        author: "deltagande",
        company: "Regionförbundet",
        comments: "Skapad av test",
        created: created
    )

    static let summarySheetName = "Sammanfattning per område"

    /// Areas with in-room and remote counts, a rate and a date; charts on top of them.
    static var summary: SheetDescription {
        let areas = ["Norr", "Söder", "Öster", "Väster"]
        var cells: [[Cell]] = [
            [
                .header("Område"), .header("I rummet"), .header("På distans"), .header("Andel i rummet"),
                .header("Senast"),
            ]
        ]
        for (index, area) in areas.enumerated() {
            let inRoom = (index + 1) * 1_000
            let remote = (index + 2) * 7
            cells.append([
                .text(area), .integer(inRoom), .integer(remote),
                .percent(Double(inRoom) / Double(inRoom + remote)), .date(year: 2025, month: 1, day: 10 + index),
            ])
        }
        cells.append([.text("Okänt"), .integer(0), .integer(0), .percent(nil), .empty])
        let rows = 1...5
        return SheetDescription(
            name: summarySheetName,
            cells: cells,
            freezeRows: 1,
            autofilter: CellRange(firstRow: 0, firstColumn: 0, lastRow: 5, lastColumn: 4),
            landscape: true,
            fitToWidth: true,
            charts: [
                ChartDescription(
                    kind: .columnStacked,
                    title: "I rummet och på distans",
                    categoryAxisTitle: "Område",
                    valueAxisTitle: "Deltagare",
                    series: [
                        ChartSeries(
                            name: "I rummet", sheet: summarySheetName, categories: .column(0, rows: rows),
                            values: .column(1, rows: rows), color: 0x1F4E79),
                        ChartSeries(
                            name: "På distans", sheet: summarySheetName, categories: .column(0, rows: rows),
                            values: .column(2, rows: rows)),
                    ],
                    anchorRow: 8,
                    anchorColumn: 0
                ),
                ChartDescription(
                    kind: .bar,
                    title: "Andel i rummet",
                    categoryAxisTitle: "Område",
                    valueAxisTitle: "Andel",
                    series: [
                        ChartSeries(
                            name: "Andel", sheet: summarySheetName, categories: .column(0, rows: rows),
                            values: .column(3, rows: rows))
                    ],
                    anchorRow: 8,
                    anchorColumn: 8,
                    size: .scale(x: 1.5, y: 1),
                    legend: .none
                ),
            ]
        )
    }

    static let otherSheetNames = [
        "Sessioner", "Organisationer", "Täckning", "Återkoppling", "Kontinuitet", "Datakvalitet",
    ]

    static var workbook: WorkbookDescription {
        WorkbookDescription(
            properties: properties,
            sheets: [summary]
                + otherSheetNames.map { name in
                    SheetDescription(name: name, cells: [[.header(name)], [.text("rad i \(name)")]], freezeRows: 1)
                }
        )
    }

    /// A one-sheet workbook around `sheet`.
    static func single(_ sheet: SheetDescription) -> WorkbookDescription {
        WorkbookDescription(properties: properties, sheets: [sheet])
    }
}
