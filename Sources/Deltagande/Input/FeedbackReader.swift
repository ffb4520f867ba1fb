/// Reads survey exports (SPEC 2.5, R26–R28).
import Foundation

enum FeedbackReader {
    static func read(
        _ table: consuming RawTable, file: Int, path: String, programme: Programme, lookup: SessionLookup,
        extra: [String: [String]], ledger: inout RowLedger
    ) -> [FeedbackRow]? {
        let fields = FieldAliases.fields(for: .feedback)
        guard let sheet = HeaderedTable(table: consume table, file: file, path: path, fields: fields, extra: extra)
        else {
            return []
        }
        // Like a sign-in sheet, a survey about one meeting may be named `<session id>.csv`/`.xlsx`.
        let fileSession = lookup.session(namedBy: path, in: programme.sessions)
        if !sheet.header.has("session") && !sheet.header.has("area") && fileSession == nil {
            let names =
                (HeaderMap.acceptedNames("session", fields: fields, extra: extra)
                + HeaderMap.acceptedNames("area", fields: fields, extra: extra)).map { "\"\($0)\"" }
            ledger.fail(
                file,
                "\(path): required column missing: session or area (accepted headers: \(names.joined(separator: ", "))), or name the file <session id>.csv"
            )
            return nil
        }
        var rows: [FeedbackRow] = []
        // Each row's time stamp is read once, as for registrations.
        let stamps = RegistrationReader.stampTexts(sheet)
        let order = RegistrationReader.stampOrder(stamps)
        // Each field's columns are found once for the file, not on every row.
        let columns = (
            session: sheet.header.column("session"), area: sheet.header.column("area"),
            rating: sheet.header.column("rating"), recommend: sheet.header.column("recommend"),
            comment: sheet.header.column("comment")
        )
        for (rowIndex, row) in sheet.rows.enumerated() {
            ledger.read(file)
            let id = RowID(file: file, line: row.line)
            let cells = row.cells
            // Joined only for a rejected row: most are accepted.
            func reject(_ reason: String) { ledger.reject(id, reason: reason, raw: sheet.raw(row)) }
            if sheet.isTooWide(row) { reject("more cells than the header"); continue }
            var session: Int? = fileSession
            var area: String?
            if let text = HeaderMap.value(in: columns.session, cells) {
                guard let index = lookup.index(of: text) else { reject("unknown session \"\(text)\""); continue }
                session = index
            } else if let text = HeaderMap.value(in: columns.area, cells) {
                guard let name = programme.areaName(for: text) else { reject("unknown area \"\(text)\""); continue }
                area = name
            } else if session == nil {
                reject("neither session nor area given")
                continue
            }
            let ratingText = HeaderMap.value(in: columns.rating, cells)
            let rating = CellText.decimal(ratingText)
            if ratingText != nil && rating == nil {
                reject("rating is not a number: \"\(ratingText ?? "")\""); continue
            }
            if let rating, !(1...5).contains(rating) { reject("rating outside 1–5: \(ratingText ?? "")"); continue }
            let recommendText = HeaderMap.value(in: columns.recommend, cells)
            let recommendValue = CellText.decimal(recommendText)
            if recommendText != nil && recommendValue == nil {
                reject("recommend is not a number: \"\(recommendText ?? "")\""); continue
            }
            var recommend: Int?
            if let value = recommendValue {
                guard (0...10).contains(value), value == value.rounded() else {
                    reject("recommend outside 0–10: \(recommendText ?? "")"); continue
                }
                recommend = Int(value)
            }
            let comment = HeaderMap.value(in: columns.comment, cells)
            if rating == nil && recommend == nil && comment == nil {
                reject("no rating, recommendation or comment"); continue
            }
            ledger.accept(file)
            rows.append(
                FeedbackRow(
                    row: id, session: session, area: area, rating: rating, recommend: recommend, comment: comment,
                    submitted: stamps[rowIndex]?.resolved(order)))
        }
        return rows
    }
}
