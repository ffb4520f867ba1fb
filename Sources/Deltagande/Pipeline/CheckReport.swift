/// What `deltagande check` shows an analyst before reporting: per file the kind and layout found,
/// encoding and delimiter, the row account and the first reasons, as `file:line: reason`.
public enum CheckReport {
    public static func render(_ resolved: Resolved, reasonsPerFile: Int = 3) -> String {
        let ledger = resolved.ledger
        var output = ""
        for (index, file) in resolved.files.enumerated() {
            let account = ledger.accounts[index]
            var facts = [file.kind.rawValue]
            if let layout = account.layout { facts.append(layout) }
            if let encoding = account.encoding { facts.append(encoding.rawValue) }
            if let delimiter = account.delimiter {
                facts.append("delimiter " + (delimiter == "\t" ? "TAB" : String(delimiter)))
            }
            output += "\(file.path): \(facts.joined(separator: ", "))\n"
            if let error = account.fileError {
                output += "  ERROR \(error)\n"
                continue
            }
            if file.kind == .skipped {
                let reason = ledger.entries.first { $0.file == index }?.reason ?? "skipped"
                output += "  skipped: \(reason)\n"
                continue
            }
            if file.kind == .config { continue }
            output +=
                "  rows read \(account.rowsRead), accepted \(account.accepted), merged \(account.merged), "
                + "rejected \(account.rejected)\n"
            for entry in ledger.entries.filter({ $0.file == index && $0.outcome != "merged" }).prefix(reasonsPerFile) {
                output += "  \(file.path):\(entry.line.map(String.init) ?? "-"): \(entry.reason)\n"
            }
        }
        let totals = ledger.accounts.reduce(into: (0, 0, 0, 0)) { sum, account in
            sum.0 += account.rowsRead
            sum.1 += account.accepted
            sum.2 += account.merged
            sum.3 += account.rejected
        }
        output += "total: rows read \(totals.0), accepted \(totals.1), merged \(totals.2), rejected \(totals.3)\n"
        return output
    }
}
