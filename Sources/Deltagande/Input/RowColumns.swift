/// The columns a person's name is read from, found once per file.
struct NameColumns {
    var name: HeaderMap.Column?
    var first: HeaderMap.Column?
    var last: HeaderMap.Column?

    init(_ header: HeaderMap) {
        name = header.column("name")
        first = header.column("first_name")
        last = header.column("last_name")
    }

    /// `name`, else first and last name together.
    func value(_ cells: [String]) -> String? {
        if let name = HeaderMap.value(in: name, cells) { return name }
        switch (HeaderMap.value(in: first, cells), HeaderMap.value(in: last, cells)) {
        case (let first?, let last?): return first + " " + last
        case (let first?, nil): return first
        case (nil, let last?): return last
        case (nil, nil): return nil
        }
    }
}

/// The columns an organisation mention is read from, found once per file.
struct MentionColumns {
    var text: HeaderMap.Column?
    var number: HeaderMap.Column?
    var sector: HeaderMap.Column?
    var municipality: HeaderMap.Column?

    init(_ header: HeaderMap) {
        text = header.column("organisation")
        number = header.column("org_number")
        sector = header.column("sector")
        municipality = header.column("municipality")
    }

    func mention(_ cells: [String]) -> OrganisationMention {
        OrganisationMention(
            text: HeaderMap.value(in: text, cells),
            number: HeaderMap.value(in: number, cells).flatMap(OrgNumber.parse),
            sector: HeaderMap.value(in: sector, cells),
            municipality: HeaderMap.value(in: municipality, cells))
    }
}
