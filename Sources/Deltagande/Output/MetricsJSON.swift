/// `metrics-<label>.json` in the shape of SPEC 5 (R39): every figure, no personal data.
public enum MetricsJSON {
    public static let schema = "deltagande.metrics/1"

    /// The report's JSON; a month's report also carries the totals it is compared with.
    public static func document(
        _ metrics: Metrics, previous: Metrics? = nil, toDate: Metrics? = nil, suppression: Suppression = .none
    ) -> JSONValue {
        guard case .object(var pairs) = document(metrics, suppression: suppression) else { return .null }
        if let previous, let toDate {
            pairs.append(
                (
                    "comparison",
                    .object([
                        (
                            "previous_month",
                            .object([
                                ("label", .string(previous.period.label)),
                                ("totals", group(previous.totals, nameKey: nil, suppression)),
                            ])
                        ),
                        (
                            "to_date",
                            .object([
                                ("to", .optional(toDate.period.to?.description)),
                                ("totals", group(toDate.totals, nameKey: nil, suppression)),
                            ])
                        ),
                    ])
                ))
        }
        return .object(pairs)
    }

    public static func document(_ metrics: Metrics, suppression: Suppression) -> JSONValue {
        let s = suppression
        return .object([
            ("schema", .string(schema)),
            (
                "period",
                .object([
                    ("label", .string(metrics.period.label)),
                    ("from", .optional((metrics.period.from ?? metrics.sessionDates?.first)?.description)),
                    ("to", .optional((metrics.period.to ?? metrics.sessionDates?.last)?.description)),
                ])
            ),
            ("totals", group(metrics.totals, nameKey: nil, s)),
            ("areas", .array(metrics.areas.map { group($0, nameKey: "area", s) })),
            ("phases", .array(metrics.phases.map { group($0, nameKey: "phase", s) })),
            ("sessions", .array(metrics.sessions.map { session($0, s) })),
            ("organisations", organisations(metrics.organisations, s)),
            (
                "continuity",
                .array(
                    metrics.continuity.map { step in
                        .object([
                            ("from", .string(step.from)), ("to", .string(step.to)),
                            ("organisations", .int(step.organisations)), ("retained", .int(step.retained)),
                            ("retention_rate", .optional(step.rate)),
                        ])
                    })
            ),
            ("municipalities_without_organisation", .array(metrics.municipalitiesMissing.map(JSONValue.string))),
            ("data_quality", dataQuality(metrics.dataQuality)),
        ])
    }

    static func session(_ figures: SessionFigures, _ s: Suppression) -> JSONValue {
        let session = figures.session
        return .object([
            ("id", .string(session.id)),
            ("label", .string(session.label)),
            ("area", .string(session.area)),
            ("phase", .optional(session.phase)),
            ("date", .string(session.date.description)),
            ("mode", .string(session.mode.rawValue)),
            ("capacity", .optional(session.capacity)),
            ("has_attendance_data", .bool(figures.hasAttendanceData)),
            ("registered", s.count(figures.registered)),
            ("registered_in_room", s.count(figures.registeredInRoom)),
            ("registered_remote", s.count(figures.registeredRemote)),
            ("registered_mode_unknown", s.count(figures.registeredModeUnknown)),
            ("attended", s.count(figures.attended)),
            ("attended_in_room", s.count(figures.attendedInRoom)),
            ("attended_remote", s.count(figures.attendedRemote)),
            ("hosts", s.count(figures.hosts)),
            ("walk_ins", s.count(figures.walkIns)),
            ("no_shows", s.count(figures.noShows)),
            ("turnout_rate", s.derived(figures.turnoutRate, basis: figures.registered)),
            ("room_fill", s.derived(figures.roomFill, basis: figures.attendedInRoom)),
            ("over_capacity", .optional(figures.overCapacity)),
            ("switched_to_remote", s.count(figures.switchedToRemote)),
            ("median_remote_minutes", s.derived(figures.medianRemoteMinutes, basis: figures.attendedRemote)),
            ("substantive_remote", s.count(figures.substantiveRemote)),
            ("feedback", feedback(figures.feedback, s)),
        ])
    }

    static func group(_ figures: GroupFigures, nameKey: String?, _ s: Suppression) -> JSONValue {
        var pairs: [(String, JSONValue)] = []
        if let nameKey { pairs.append((nameKey, .string(figures.name))) }
        pairs += [
            ("sessions", .int(figures.sessions)),
            ("sessions_with_attendance_data", .int(figures.sessionsWithAttendanceData)),
            ("registered", s.count(figures.registered)),
            ("registered_in_room", s.count(figures.registeredInRoom)),
            ("registered_remote", s.count(figures.registeredRemote)),
            ("registered_mode_unknown", s.count(figures.registeredModeUnknown)),
            ("attended", s.count(figures.attended)),
            ("attended_in_room", s.count(figures.attendedInRoom)),
            ("attended_remote", s.count(figures.attendedRemote)),
            ("hosts", s.count(figures.hosts)),
            ("walk_ins", s.count(figures.walkIns)),
            ("no_shows", s.count(figures.noShows)),
            ("switched_to_remote", s.count(figures.switchedToRemote)),
            ("turnout_rate", s.derived(figures.turnoutRate, basis: figures.registered)),
            ("room_fill", s.derived(figures.roomFill, basis: figures.attendedInRoom)),
            ("median_remote_minutes", s.derived(figures.medianRemoteMinutes, basis: figures.attendedRemote)),
            ("substantive_remote", s.count(figures.substantiveRemote)),
            ("registered_persons", s.count(figures.registeredPersons)),
            ("participants", s.count(figures.participants)),
            ("organisations", .int(figures.organisations)),
            ("registered_organisations", .int(figures.registeredOrganisations)),
            ("organisations_by_sector", breakdown(figures.organisationsBySector, nil)),
            ("organisations_by_municipality", breakdown(figures.organisationsByMunicipality, nil)),
            ("helix_coverage", .int(figures.helixCoverage)),
            ("municipalities_reached", .int(figures.municipalitiesReached)),
            ("top10_share", .optional(figures.top10Share)),
            ("persons_by_gender", breakdown(figures.personsByGender, s)),
            ("registered_persons_by_gender", breakdown(figures.registeredPersonsByGender, s)),
            ("feedback", feedback(figures.feedback, s)),
        ]
        return .object(pairs)
    }

    static func feedback(_ figures: FeedbackFigures, _ s: Suppression) -> JSONValue {
        .object([
            ("responses", s.count(figures.responses)),
            ("response_rate", s.derived(figures.responseRate, basis: figures.responses)),
            ("rating_mean", s.derived(figures.ratingMean, basis: figures.responses)),
            (
                "rating_distribution",
                .object(figures.ratingDistribution.enumerated().map { (String($0.offset + 1), s.count($0.element)) })
            ),
            ("comments", s.count(figures.comments)),
            ("nps", s.derived(figures.nps, basis: figures.responses)),
        ])
    }

    static func breakdown(_ values: Breakdown, _ s: Suppression?) -> JSONValue {
        .object(values.map { ($0.key, s?.count($0.count) ?? .int($0.count)) })
    }

    static func organisations(_ summary: OrganisationSummary, _ s: Suppression = .none) -> JSONValue {
        .object([
            ("total", .int(summary.total)),
            ("by_sector", breakdown(summary.bySector, nil)),
            ("by_municipality", breakdown(summary.byMunicipality, nil)),
            (
                "share_by_sector",
                .object(summary.bySector.map { ($0.key, .optional(Ratio.of($0.count, summary.total))) })
            ),
            ("multi_area", .int(summary.multiArea)),
            ("new", .int(summary.new)),
            ("returning", .int(summary.returning)),
            (
                "list",
                .array(
                    summary.list.map { org in
                        .object([
                            ("name", .string(org.name)),
                            ("sector", .string(org.sector.rawValue)),
                            ("municipality", .string(org.municipality.rawValue)),
                            (
                                "attendances_by_area",
                                .object(org.attendancesByArea.map { ($0.area, s.count($0.count)) })
                            ),
                            ("areas_reached", .int(org.areasReached)),
                            ("multi_area", .bool(org.multiArea)),
                            ("new", .bool(org.isNew)),
                            ("returning", .bool(org.isReturning)),
                        ])
                    })
            ),
        ])
    }

    static func dataQuality(_ summary: DataQualitySummary) -> JSONValue {
        .object([
            ("rows_read", .int(summary.rowsRead)),
            ("accepted", .int(summary.accepted)),
            ("duplicates_merged", .int(summary.duplicatesMerged)),
            ("rejected", .int(summary.rejected)),
            (
                "rejection_reasons",
                .array(
                    summary.commonReasons.map { .object([("reason", .string($0.reason)), ("count", .int($0.count))]) })
            ),
            (
                "files",
                .array(
                    summary.files.map { file in
                        .object([
                            ("path", .string(file.path)),
                            ("kind", .string(file.kind.rawValue)),
                            ("layout", .optional(file.layout)),
                            ("encoding", .optional(file.encoding?.rawValue)),
                            ("delimiter", .optional(file.delimiter.map(String.init))),
                            ("rows_read", .int(file.account.rowsRead)),
                            ("accepted", .int(file.account.accepted)),
                            ("duplicates_merged", .int(file.account.merged)),
                            ("rejected", .int(file.account.rejected)),
                            ("file_error", .bool(file.account.fileError != nil)),
                        ])
                    })
            ),
        ])
    }
}
