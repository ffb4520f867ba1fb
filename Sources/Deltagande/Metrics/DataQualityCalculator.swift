/// The account of every file, whatever the period (R38).
enum DataQualityCalculator {
    static func summary(_ data: Resolved) -> DataQualitySummary {
        var summary = DataQualitySummary()
        for (index, file) in data.files.enumerated() {
            let account = data.ledger.accounts[index]
            summary.files.append(
                DataQualitySummary.File(
                    path: file.publicName, kind: file.kind, layout: account.layout, encoding: account.encoding,
                    delimiter: account.delimiter, account: account))
            summary.rowsRead += account.rowsRead
            summary.accepted += account.accepted
            summary.duplicatesMerged += account.merged
            summary.rejected += account.rejected
        }
        var reasons: [String: Int] = [:]
        for entry in data.ledger.entries where entry.outcome == "rejected" {
            reasons[ReasonText.general(entry.reason), default: 0] += 1
        }
        summary.commonReasons = reasons.map { (reason: $0.key, count: $0.value) }
            .sorted { $0.count != $1.count ? $0.count > $1.count : $0.reason < $1.reason }
        return summary
    }
}
