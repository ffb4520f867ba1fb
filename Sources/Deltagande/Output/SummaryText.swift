/// `sammanfattning-<label>.txt` / `summary-<label>.txt`: the plain-text summary for the steering
/// document (issue 6). At most 100 columns; every number comes from the metrics.
public struct SummaryText {
    public var metrics: Metrics
    /// For a month: the month before and the process from its start to this month's end.
    public var previous: Metrics?
    public var toDate: Metrics?
    public var generated: CalendarDate
    public var language: Language
    public var suppression: Suppression

    public init(
        metrics: Metrics, previous: Metrics? = nil, toDate: Metrics? = nil, generated: CalendarDate,
        language: Language, suppression: Suppression = .none
    ) {
        self.metrics = metrics
        self.previous = previous
        self.toDate = toDate
        self.generated = generated
        self.language = language
        self.suppression = suppression
    }

    var labels: Labels { Labels(language) }
    var n: NumberStyle { NumberStyle(language: language, suppression: suppression) }
    func t(_ swedish: String, _ english: String) -> String { labels.t(swedish, english) }

    public func render() -> String {
        var lines: [String] = []
        lines += heading()
        lines += keyFigures()
        lines += areaTable()
        lines += hybrid()
        lines += coverage()
        lines += continuity()
        lines += feedback()
        lines += dataQuality()
        lines += findings()
        lines += comparison()
        return lines.map { TextLayout.wrap($0, width: 100) }.joined(separator: "\n") + "\n"
    }

    /// A section title underlined to its own length.
    func section(_ title: String) -> [String] {
        [title, String(repeating: "-", count: title.count)]
    }

    func heading() -> [String] {
        let dates = metrics.sessionDates.map { " (\($0.first) – \($0.last))" } ?? ""
        let title = t(
            "Deltagande i smart specialisering – Region Jämtland Härjedalen",
            "Participation in smart specialisation – Region Jämtland Härjedalen")
        let quality = metrics.dataQuality
        let files = quality.files.filter { $0.kind != .skipped && $0.kind != .config }.count
        return [
            title,
            String(repeating: "=", count: title.count),
            t("Period: ", "Period: ") + labels.period(metrics.period) + dates,
            t("Skapad: ", "Generated: ") + generated.description,
            t("Källor: ", "Sources: ")
                + t(
                    "\(n.integer(files)) filer, \(n.integer(quality.rowsRead)) rader lästa",
                    "\(n.integer(files)) files, \(n.integer(quality.rowsRead)) rows read"),
            "",
        ]
    }

    func keyFigures() -> [String] {
        let total = metrics.totals
        let rows: [(String, String)] = [
            (t("Möten", "Meetings"), n.integer(total.sessions)),
            (t("Möten med närvarodata", "Meetings with attendance data"), n.integer(total.sessionsWithAttendanceData)),
            (t("Anmälningar", "Registrations"), n.persons(total.registered)),
            (t("Anmälda personer", "Registered persons"), n.persons(total.registeredPersons)),
            (t("Deltagare (unika personer)", "Participants (distinct persons)"), n.persons(total.participants)),
            (t("Deltaganden", "Attendances"), n.persons(total.attended)),
            (t("  varav på plats", "  of which in the room"), n.persons(total.attendedInRoom)),
            (t("  varav via länk", "  of which remote"), n.persons(total.attendedRemote)),
            (
                t("Närvaro bland anmälda", "Turnout of registrants"),
                n.derived(n.percent(total.turnoutRate), basis: total.registered)
            ),
            (t("Deltagande organisationer", "Participating organisations"), n.integer(total.organisations)),
            (
                t("Helixsektorer representerade (av 4)", "Helix sectors represented (of 4)"),
                n.integer(total.helixCoverage)
            ),
            (t("Kommuner nådda (av 8)", "Municipalities reached (of 8)"), n.integer(total.municipalitiesReached)),
        ]
        return section(t("Nyckeltal", "Key figures"))
            + TextLayout.table(
                header: nil, rows: rows.map { [$0.0, $0.1] }, rightAligned: [1]) + [""]
    }

    func areaTable() -> [String] {
        let header = [
            t("Styrkeområde", "Area"), t("Möten", "Meetings"), t("Anmälda", "Registered"), t("Deltog", "Attended"),
            t("På plats", "In room"), t("Distans", "Remote"), t("Närvaro", "Turnout"), t("Org.", "Orgs"), "Helix",
        ]
        var rows = metrics.areas.map { area in
            [
                area.name, n.integer(area.sessions), n.persons(area.registered), n.persons(area.attended),
                n.persons(area.attendedInRoom), n.persons(area.attendedRemote),
                n.derived(n.percent(area.turnoutRate), basis: area.registered),
                n.integer(area.organisations), "\(n.integer(area.helixCoverage))/4",
            ]
        }
        let total = metrics.totals
        rows.append([
            t("Totalt", "Total"), n.integer(total.sessions), n.persons(total.registered),
            n.persons(total.attended), n.persons(total.attendedInRoom), n.persons(total.attendedRemote),
            n.derived(n.percent(total.turnoutRate), basis: total.registered), n.integer(total.organisations),
            "\(n.integer(total.helixCoverage))/4",
        ])
        return section(t("Per styrkeområde", "By priority area"))
            + TextLayout.table(header: header, rows: rows, rightAligned: Array(1...8))
            + [
                t(
                    "Anmälda och deltog räknar anmälningar och deltaganden; en organisation räknas en gång i totalen även om den deltog i flera områden.",
                    "Registered and attended count registrations and attendances; an organisation counts once in the total even when it took part in several areas."
                ), "",
            ]
    }

    func hybrid() -> [String] {
        let hybrid = metrics.sessions.filter { $0.session.mode != .remote && $0.session.capacity != nil }
        guard !hybrid.isEmpty else { return [] }
        var lines = section(t("Möten i lokal (hybrid och på plats)", "Meetings in a room (hybrid and in-room)"))
        for figures in hybrid {
            let session = figures.session
            var parts = [
                t(
                    "\(n.persons(figures.registeredInRoom)) anmälda på plats av \(n.integer(session.capacity)) platser",
                    "\(n.persons(figures.registeredInRoom)) registered in the room for \(n.integer(session.capacity)) seats"
                )
            ]
            if figures.overCapacity == true { parts.append(t("fullsatt", "full")) }
            parts.append(
                t("rumsfyllnad ", "room fill ") + n.derived(n.percent(figures.roomFill), basis: figures.attendedInRoom))
            if let switched = figures.switchedToRemote {
                parts.append(t("\(n.persons(switched)) bytte till länk", "\(n.persons(switched)) switched to the link"))
            }
            lines.append("- \(session.label) (\(session.date)): " + parts.joined(separator: ", "))
        }
        let full = hybrid.filter { $0.overCapacity == true }.count
        lines.append(
            t(
                "Fullsatta lokaler: \(n.integer(full)) av \(n.integer(hybrid.count)).",
                "Full rooms: \(n.integer(full)) of \(n.integer(hybrid.count))."))
        return lines + [""]
    }

    func coverage() -> [String] {
        let organisations = metrics.organisations
        var lines = section(t("Organisationer", "Organisations"))
        lines.append(
            t("Deltagande organisationer: ", "Participating organisations: ") + n.integer(organisations.total)
                + t(
                    ", varav \(n.integer(organisations.multiArea)) i minst två styrkeområden",
                    ", \(n.integer(organisations.multiArea)) of them in two or more areas"))
        lines += TextLayout.table(
            header: [t("Sektor", "Sector"), t("Antal", "Count")],
            rows: organisations.bySector.map { [labels.sector($0.key), n.integer($0.count)] }, rightAligned: [1])
        lines.append("")
        lines += TextLayout.table(
            header: [t("Kommun", "Municipality"), t("Antal", "Count")],
            rows: organisations.byMunicipality.map { [labels.municipality($0.key), n.integer($0.count)] },
            rightAligned: [1])
        if metrics.municipalitiesMissing.isEmpty {
            lines.append(
                t(
                    "Alla länets åtta kommuner har minst en deltagande organisation.",
                    "All eight municipalities of the county have at least one participating organisation."))
        } else {
            lines.append(
                t("Kommuner utan deltagande organisation: ", "Municipalities with no participating organisation: ")
                    + metrics.municipalitiesMissing.joined(separator: ", ") + ".")
        }
        if metrics.period.from != nil {
            lines.append(
                t(
                    "Nya organisationer: \(n.integer(organisations.new)), återkommande: \(n.integer(organisations.returning)).",
                    "New organisations: \(n.integer(organisations.new)), returning: \(n.integer(organisations.returning))."
                ))
        }
        return lines + [""]
    }

    func continuity() -> [String] {
        guard !metrics.continuity.isEmpty else { return [] }
        var lines = section(t("Kontinuitet mellan faser", "Continuity between phases"))
        for step in metrics.continuity {
            lines.append(
                "- \(step.from) → \(step.to): "
                    + t(
                        "\(n.integer(step.retained)) av \(n.integer(step.organisations)) organisationer kom tillbaka (\(n.percent(step.rate)))",
                        "\(n.integer(step.retained)) of \(n.integer(step.organisations)) organisations came back (\(n.percent(step.rate)))"
                    ))
        }
        return lines + [""]
    }

    func feedback() -> [String] {
        let figures = metrics.totals.feedback
        var lines = section(t("Återkoppling", "Feedback"))
        if figures.responses == 0 {
            lines.append(t("Inga enkätsvar under perioden.", "No survey responses in the period."))
            return lines + [""]
        }
        let rate = n.derived(n.percent(figures.responseRate), basis: figures.responses)
        let mean = n.derived(n.decimal(figures.ratingMean), basis: figures.responses)
        let nps = n.derived(n.decimal(figures.nps), basis: figures.responses)
        lines.append(
            t(
                "\(n.persons(figures.responses)) svar, svarsfrekvens \(rate), medelbetyg \(mean) av 5, \(n.persons(figures.comments)) kommentarer, NPS \(nps).",
                "\(n.persons(figures.responses)) responses, response rate \(rate), mean rating \(mean) of 5, \(n.persons(figures.comments)) comments, NPS \(nps)."
            ))
        return lines + [""]
    }

    func dataQuality() -> [String] {
        let quality = metrics.dataQuality
        var line = t(
            "Datakvalitet: \(n.integer(quality.rowsRead)) rader lästa, \(n.integer(quality.accepted)) godtagna, \(n.integer(quality.duplicatesMerged)) dubbletter sammanslagna, \(n.integer(quality.rejected)) avvisade.",
            "Data quality: \(n.integer(quality.rowsRead)) rows read, \(n.integer(quality.accepted)) accepted, \(n.integer(quality.duplicatesMerged)) duplicates merged, \(n.integer(quality.rejected)) rejected."
        )
        let common = quality.commonReasons.prefix(3).map { "\(labels.reason($0.reason)) (\(n.integer($0.count)))" }
        if !common.isEmpty {
            line += t(" Vanligaste skäl: ", " Commonest reasons: ") + common.joined(separator: "; ") + "."
        }
        return [line, ""]
    }

    func findings() -> [String] {
        FindingsText(metrics: metrics, previous: previous, language: language, style: n).sentences().map { "- " + $0 }
            .reduce(into: section(t("Iakttagelser", "Findings"))) { $0.append($1) } + [""]
    }

    func comparison() -> [String] {
        guard let previous, let toDate else { return [] }
        let header = [
            t("Nyckeltal", "Figure"), t("Månaden", "This month"), t("Föreg. månad", "Previous month"),
            t("Hittills", "To date"),
        ]
        func row(_ name: String, _ value: (GroupFigures) -> String) -> [String] {
            [name, value(metrics.totals), value(previous.totals), value(toDate.totals)]
        }
        let rows = [
            row(t("Möten", "Meetings")) { n.integer($0.sessions) },
            row(t("Anmälningar", "Registrations")) { n.persons($0.registered) },
            row(t("Deltagare", "Participants")) { n.persons($0.participants) },
            row(t("Deltaganden", "Attendances")) { n.persons($0.attended) },
            row(t("Närvaro", "Turnout")) { n.derived(n.percent($0.turnoutRate), basis: $0.registered) },
            row(t("Organisationer", "Organisations")) { n.integer($0.organisations) },
        ]
        return section(t("Jämförelse", "Comparison"))
            + TextLayout.table(header: header, rows: rows, rightAligned: [1, 2, 3]) + [""]
    }
}
