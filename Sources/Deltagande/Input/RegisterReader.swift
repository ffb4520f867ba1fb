import Foundation

/// Reads `organisations.csv`, the register of known organisations (SPEC 2.6).
enum RegisterReader {
    static func read(
        _ table: consuming RawTable, file: Int, path: String, extra: [String: [String]], ledger: inout RowLedger
    ) -> [RegisterEntry]? {
        let fields = FieldAliases.fields(for: .organisations)
        guard let sheet = HeaderedTable(table: consume table, file: file, path: path, fields: fields, extra: extra)
        else {
            return []
        }
        if let message = sheet.missing(["name"], fields: fields, extra: extra) {
            ledger.fail(file, "\(path): \(message)")
            return nil
        }
        var entries: [RegisterEntry] = []
        for row in sheet.rows {
            ledger.read(file)
            let id = RowID(file: file, line: row.line)
            let cells = row.cells
            if sheet.isTooWide(row) {
                ledger.reject(id, reason: "more cells than the header", raw: sheet.raw(row))
                continue
            }
            guard let name = sheet.header.value("name", in: cells), !OrganisationName.normalised(name).isEmpty else {
                ledger.reject(id, reason: "organisation name is empty", raw: sheet.raw(row))
                continue
            }
            let numberText = sheet.header.value("org_number", in: cells)
            let number = numberText.flatMap(OrgNumber.parse)
            if number == .invalid {
                ledger.note(id, outcome: "warning", reason: "invalid organisation number ignored", raw: sheet.raw(row))
            }
            ledger.accept(file)
            entries.append(
                RegisterEntry(
                    row: id, name: name, aliases: CellText.list(sheet.header.value("aliases", in: cells)),
                    number: number == .invalid ? nil : number,
                    sector: sheet.header.value("sector", in: cells).flatMap(Sector.fromCell),
                    municipality: sheet.header.value("municipality", in: cells).flatMap(Municipality.fromCell),
                    domains: CellText.list(sheet.header.value("domains", in: cells)).map {
                        $0.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: "@"))
                    }))
        }
        return entries
    }
}
