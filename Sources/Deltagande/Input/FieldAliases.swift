/// A field a file kind understands, with the header texts that name it (SPEC 2.2–2.6).
public struct FieldSpec: Sendable {
    public var name: String
    public var aliases: [String]

    public init(_ name: String, _ aliases: [String]) {
        self.name = name
        self.aliases = aliases
    }
}

/// The built-in header aliases of every file kind.
public enum FieldAliases {
    /// §2.3's fields take the same aliases in every file kind that has them (R6).
    static let registrationFields: [FieldSpec] = [
        FieldSpec(
            "submitted", ["tidsstämpel", "tidstämpel", "timestamp", "inskickad", "completion time", "slutförandetid"]),
        FieldSpec("name", ["namn", "fullständigt namn", "full name"]),
        FieldSpec("first_name", ["förnamn"]),
        FieldSpec("last_name", ["efternamn"]),
        FieldSpec("email", ["e-post", "epost", "e-postadress", "mail", "mailadress", "email address"]),
        FieldSpec("organisation", ["organization", "org", "företag", "företag/organisation", "arbetsgivare"]),
        FieldSpec("org_number", ["organisationsnummer", "orgnr", "org.nr"]),
        FieldSpec("sector", ["sektor", "organisationstyp", "typ av organisation"]),
        FieldSpec("municipality", ["kommun"]),
        FieldSpec("gender", ["kön"]),
        FieldSpec("sessions", ["session", "möte", "möten", "session_id", "vilka möten"]),
        FieldSpec("mode", ["deltagande", "deltar", "deltagandeform", "hur deltar du"]),
        FieldSpec("status", []),
    ]

    static func shared(_ names: String...) -> [FieldSpec] {
        names.compactMap { name in registrationFields.first { $0.name == name } }
    }

    /// The fields of one file kind, before any configured aliases.
    public static func fields(for kind: FileKind) -> [FieldSpec] {
        switch kind {
        case .sessions:
            return [
                FieldSpec("id", ["session_id", "möte_id", "mötes-id"]),
                FieldSpec("label", ["namn", "benämning", "möte", "name"]),
                FieldSpec("area", ["styrkeområde", "område", "prioriterat område"]),
                FieldSpec("phase", ["fas", "omgång", "steg"]),
                FieldSpec("date", ["datum"]),
                FieldSpec("start", ["starttid"]),
                FieldSpec("end", ["sluttid"]),
                FieldSpec(
                    "mode", ["mötesform", "format", "form", "deltagande", "deltar", "deltagandeform", "hur deltar du"]),
                FieldSpec("venue", ["lokal", "plats"]),
                FieldSpec("capacity", ["kapacitet", "platser", "antal platser"]),
            ]
        case .registrations:
            return registrationFields
        case .attendance:
            return [
                FieldSpec("session", ["möte", "session_id", "session", "möten", "vilka möten"]),
                FieldSpec("duration", ["varaktighet"]),
                FieldSpec("present", ["närvarande"]),
            ]
                + shared(
                    "name", "first_name", "last_name", "email", "organisation", "org_number", "sector", "municipality",
                    "gender", "mode")
        case .feedback:
            return [
                FieldSpec("session", ["möte", "session_id", "session"]),
                FieldSpec("area", ["styrkeområde", "område", "prioriterat område"]),
                FieldSpec("rating", ["betyg", "helhetsbetyg"]),
                FieldSpec("comment", ["kommentar", "inspel", "synpunkter"]),
                FieldSpec("recommend", ["rekommendera"]),
            ] + shared("submitted", "email", "organisation")
        case .organisations:
            return [
                FieldSpec("name", ["namn"]),
                FieldSpec("aliases", ["alias"]),
                FieldSpec("org_number", ["organisationsnummer", "orgnr", "org.nr"]),
                FieldSpec("sector", ["sektor", "organisationstyp", "typ av organisation"]),
                FieldSpec("municipality", ["kommun"]),
                FieldSpec("domains", ["e-postdomän"]),
            ]
        case .config, .skipped:
            return []
        }
    }
}
