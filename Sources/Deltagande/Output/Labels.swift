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
}
