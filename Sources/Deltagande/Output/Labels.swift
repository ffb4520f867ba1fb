/// Every user-facing word of the council outputs, in Swedish and English.
public struct Labels: Sendable {
    public var language: Language

    public init(_ language: Language) { self.language = language }

    func t(_ swedish: String, _ english: String) -> String { language == .swedish ? swedish : english }

    public func sector(_ key: String) -> String {
        switch key {
        case "business": t("Näringsliv", "Business")
        case "public": t("Offentlig sektor", "Public sector")
        case "academia": t("Akademi", "Academia")
        case "civil_society": t("Civilsamhälle", "Civil society")
        case "other": t("Övrigt", "Other")
        default: t("Okänd", "Unknown")
        }
    }

    public func municipality(_ key: String) -> String {
        switch key {
        case "other": t("Utanför länet", "Outside the county")
        case "unknown": t("Okänd", "Unknown")
        default: key
        }
    }

    public func fileKind(_ kind: FileKind) -> String {
        switch kind {
        case .sessions: t("program", "programme")
        case .registrations: t("anmälningar", "registrations")
        case .attendance: t("närvaro", "attendance")
        case .feedback: t("enkät", "feedback")
        case .organisations: t("organisationsregister", "organisation register")
        case .config: t("inställningar", "settings")
        case .skipped: t("överhoppad", "skipped")
        }
    }

    public func gender(_ key: String) -> String {
        switch key {
        case "woman": t("Kvinnor", "Women")
        case "man": t("Män", "Men")
        case "other": t("Annat", "Other")
        default: t("Okänt", "Unknown")
        }
    }

    public func mode(_ mode: SessionMode) -> String {
        switch mode {
        case .inRoom: t("På plats", "In room")
        case .hybrid: t("Hybrid", "Hybrid")
        case .remote: t("Digitalt", "Remote")
        }
    }

    public func period(_ period: Period) -> String {
        if period.label == "alla" { return t("alla möten", "all meetings") }
        if period.label.count == 7 { return t("månaden ", "the month ") + period.label }
        return "\(period.from?.description ?? "…") – \(period.to?.description ?? "…")"
    }

    /// A rejection reason as `ReasonText.general` gives it, in the output's language. The
    /// data-quality CSV keeps the English reasons, which name the exact problem.
    public func reason(_ general: String) -> String {
        guard language == .swedish else { return general }
        let swedish: [String: String] = [
            "invalid e-mail address": "ogiltig e-postadress",
            "e-mail is empty": "e-postadress saknas",
            "more cells than the header": "fler celler än rubrikraden",
            "unknown session …": "okänt möte",
            "unknown area …": "okänt styrkeområde",
            "no session given": "inget möte angivet",
            "neither session nor area given": "varken möte eller område angivet",
            "no rating, recommendation or comment": "varken betyg, rekommendation eller kommentar",
            "rating outside 1–5": "betyg utanför 1–5",
            "rating is not a number": "betyget är inget tal",
            "recommend outside 0–10": "rekommendation utanför 0–10",
            "recommend is not a number": "rekommendationen är inget tal",
            "report matches no session": "rapporten passar inget möte",
            "report matches several sessions": "rapporten passar flera möten",
            "no name and no valid e-mail": "varken namn eller giltig e-postadress",
            "participant row without a name or e-mail": "deltagarrad utan namn och e-post",
            "event without a readable time stamp": "händelse utan läsbar tidpunkt",
            "event without a name": "händelse utan namn",
            "organisation name is empty": "organisationsnamn saknas",
            "session id is empty": "mötes-id saknas",
            "duplicate session id …": "mötes-id förekommer två gånger",
            "area is empty": "styrkeområde saknas",
            "date is not YYYY-MM-DD": "datum inte på formen ÅÅÅÅ-MM-DD",
            "unknown mode … (in_room, hybrid or remote)": "okänd mötesform",
            "start or end is not HH:MM": "start- eller sluttid inte på formen TT:MM",
            "capacity is not a whole number ≥ 0": "antal platser är inget heltal ≥ 0",
        ]
        return swedish[general] ?? general
    }
}
