/// Teams' 2020 event list: one row per Joined / Left event (SPEC 2.4, R18).
struct EventListReader {
    var layout: ReportLayout
    var file: Int
    var session: Int
    var order: TimestampText.Order
    var delimiter: Character?

    /// "Left" in the UI languages seen; every other action word is a join.
    static let leaveWords: Set<String> = [
        "left", "a quitté", "quitté", "verlassen", "hat verlassen", "lämnade", "opuścił", "saiu", "salió",
    ]

    func read(ledger: inout RowLedger) -> [AttendanceRow] {
        struct Person {
            var first: RawRow
            var name: String
            var join: LocalDateTime?
            var leave: LocalDateTime?
            var open: LocalDateTime?
            var seconds = 0
        }
        var people: [String: Person] = [:]
        var order: [String] = []
        let reportEnd = layout.rows.compactMap {
            $0.cells.count > 2 ? TimestampText($0.cells[2])?.resolved(self.order) : nil
        }.max()
        for row in layout.rows {
            let id = RowID(file: file, line: row.line)
            var raw: String { PersonalDataMask.attendanceRaw(row.cells, delimiter: delimiter) }
            guard row.cells.count > 2, let stamp = TimestampText(row.cells[2])?.resolved(self.order) else {
                ledger.reject(id, reason: "event without a readable time stamp", raw: raw)
                continue
            }
            let name = PersonNameText.stripped(row.cells[0])
            guard !name.isEmpty else {
                ledger.reject(id, reason: "event without a name", raw: raw)
                continue
            }
            let key = PersonNameText.key(name)
            let leaving = EventListReader.leaveWords.contains(TextKey.folded(row.cells[1]))
            if var person = people[key] {
                ledger.merge(id, reason: "later event of the same person in this report", raw: raw)
                apply(&person.open, &person.seconds, &person.leave, stamp: stamp, leaving: leaving)
                if !leaving, person.join.map({ stamp < $0 }) ?? true { person.join = stamp }
                people[key] = person
            } else {
                var person = Person(first: row, name: name, join: leaving ? nil : stamp)
                apply(&person.open, &person.seconds, &person.leave, stamp: stamp, leaving: leaving)
                people[key] = person
                order.append(key)
            }
        }
        return order.compactMap { key in
            guard var person = people[key] else { return nil }
            // A join without a leave lasts until the report's last time stamp.
            if let open = person.open, let end = reportEnd, end >= open {
                person.seconds += end.absoluteSeconds - open.absoluteSeconds
                person.leave = max(person.leave ?? end, end)
            }
            let dialIn = PersonNameText.dialInDigits(person.name)
            return AttendanceRow(
                row: RowID(file: file, line: person.first.line), session: session, source: .teams,
                name: dialIn == nil ? person.name : nil, email: nil, dialIn: dialIn,
                organisation: OrganisationMention(), mode: .remote, present: true,
                // Only "Left" events: no interval is known, so neither are the minutes (R23).
                seconds: person.join == nil && person.seconds == 0 ? nil : person.seconds,
                join: person.join, leave: person.leave, isHost: false)
        }
    }

    private func apply(
        _ open: inout LocalDateTime?, _ seconds: inout Int, _ leave: inout LocalDateTime?, stamp: LocalDateTime,
        leaving: Bool
    ) {
        if leaving {
            if let start = open, stamp >= start { seconds += stamp.absoluteSeconds - start.absoluteSeconds }
            open = nil
            leave = max(leave ?? stamp, stamp)
        } else if open == nil {
            open = stamp
        }
    }
}
