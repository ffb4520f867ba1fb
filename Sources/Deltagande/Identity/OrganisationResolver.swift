/// Turns the organisation mentions of every row into organisation keys, names, sectors and
/// municipalities (SPEC 3, R29–R33, R46).
struct OrganisationResolver {
    private var register: [RegisterEntry]
    private var registerByName: [String: Int] = [:]
    private var registerByNumber: [String: Int] = [:]
    private var registerByDomain: [String: Int] = [:]
    /// Normalised name → the valid-number keys it was seen with.
    private var numbersByName: [String: Set<String>] = [:]
    /// Each provisional key's votes, in one table: a vote looks its key up once, not once per
    /// kind (the keys are mostly non-ASCII, whose hashing normalises them first).
    private var votes: [String: Votes] = [:]
    private var soleTraderOrder: [String] = []
    private var soleTradersSeen = Set<String>()
    /// Filled by `finishVoting()`: name keys unified into each number key, sole traders' numbers.
    private var nameKeysByNumber: [String: [String]] = [:]
    private var soleTraderNumber: [String: Int] = [:]
    private var numberByRegisterKey: [String: String] = [:]
    private var keysSeen: [String] = []

    init(register: [RegisterEntry]) {
        self.register = register
        for (index, entry) in register.enumerated() {
            for name in [entry.name] + entry.aliases {
                let key = OrganisationName.normalised(name)
                if !key.isEmpty, registerByName[key] == nil { registerByName[key] = index }
            }
            if let number = entry.number, let digits = OrganisationResolver.key(of: number) {
                registerByNumber[digits] = registerByNumber[digits] ?? index
            }
            for domain in entry.domains where !domain.isEmpty {
                registerByDomain[domain] = registerByDomain[domain] ?? index
            }
        }
    }

    static func key(of number: OrgNumber) -> String? {
        switch number {
        case .organisation(let digits): "nr:" + digits
        case .personal(let digits): "pn:" + digits
        case .invalid: nil
        }
    }

    func registerKey(_ index: Int) -> String {
        let entry = register[index]
        if let number = entry.number, let key = OrganisationResolver.key(of: number) { return key }
        return "reg:" + OrganisationName.normalised(entry.name)
    }

    /// What a row's mention resolves to before name–number unification, computed once per row.
    struct Provisional: Sendable {
        /// nil for an unknown organisation.
        var key: String?
        /// The normalised name of the mention's text ("" when none).
        var name: String
    }

    /// `name` is the mention's normalised text, which callers may have cached.
    func provisional(_ mention: OrganisationMention, email: String?, name: String) -> Provisional {
        if let number = mention.number, let key = OrganisationResolver.key(of: number) {
            return Provisional(key: key, name: name)
        }
        if let text = mention.text, !text.isEmpty {
            // An empty normalised name (`KB`, `AB`) must never match anything.
            guard !name.isEmpty else { return Provisional(key: nil, name: name) }
            if let index = registerByName[name] { return Provisional(key: registerKey(index), name: name) }
            return Provisional(key: "name:" + name, name: name)
        }
        if let email, let domain = EmailAddress.domain(of: email), let index = registerByDomain[domain] {
            return Provisional(key: registerKey(index), name: name)
        }
        return Provisional(key: nil, name: name)
    }

    /// A register entry matched by e-mail domain (the attendance fallback of SPEC 2.4).
    func domainKey(email: String?) -> String? {
        guard let email, let domain = EmailAddress.domain(of: email), let index = registerByDomain[domain] else {
            return nil
        }
        return registerKey(index)
    }

    /// Records a mention that votes (registration and sign-in rows not rejected, R29).
    mutating func vote(_ mention: OrganisationMention, _ provisional: Provisional, weight: Int = 1) {
        guard let key = provisional.key else { return }
        // A name seen with exactly one valid number takes that number's key (SPEC 3); a sole trader's
        // personal number counts too, so the firm's name never shows beside "Enskild firma N" (R31).
        if let number = mention.number, number != .invalid, !provisional.name.isEmpty {
            numbersByName[provisional.name, default: []].insert(key)
        }
        if key.hasPrefix("pn:"), soleTradersSeen.insert(key).inserted { soleTraderOrder.append(key) }
        let spelling = mention.text.flatMap { provisional.name.isEmpty ? nil : TextKey.collapsed($0) }
        let sector = mention.sector.flatMap(Sector.fromCell)
        let municipality = mention.municipality.flatMap(Municipality.fromCell)
        guard spelling != nil || sector != nil || municipality != nil else { return }
        votes[key, default: Votes()].add(spelling: spelling, sector: sector, municipality: municipality, weight: weight)
    }

    /// The spellings, sectors and municipalities one provisional key was given, with their weights.
    struct Votes {
        var spellings: [String: Int] = [:]
        var sectors: [Sector: Int] = [:]
        var municipalities: [Municipality: Int] = [:]

        mutating func add(spelling: String?, sector: Sector?, municipality: Municipality?, weight: Int) {
            if let spelling { spellings[spelling, default: 0] += weight }
            if let sector { sectors[sector, default: 0] += weight }
            if let municipality { municipalities[municipality, default: 0] += weight }
        }
    }

    /// Called once after the last vote, before any organisation is asked for.
    mutating func finishVoting() {
        for (name, numbers) in numbersByName.sorted(by: { $0.key < $1.key }) where numbers.count == 1 {
            guard let only = numbers.first else { continue }
            nameKeysByNumber[only, default: []].append("name:" + name)
            // A register entry without a number, named like this, is the same organisation.
            if let index = registerByName[name], register[index].number == nil {
                let key = registerKey(index)
                numberByRegisterKey[key] = only
                nameKeysByNumber[only, default: []].append(key)
                if registerByNumber[only] == nil { registerByNumber[only] = index }
            }
        }
        for (index, key) in soleTraderOrder.enumerated() { soleTraderNumber[key] = index }
    }

    /// The final key: a name seen with exactly one valid number takes that number's key.
    func finalKey(_ provisional: String?) -> String? {
        guard let provisional else { return nil }
        if provisional.hasPrefix("name:") {
            let name = String(provisional.dropFirst(5))
            if let numbers = numbersByName[name], numbers.count == 1, let only = numbers.first { return only }
        }
        if provisional.hasPrefix("reg:"), let number = numberByRegisterKey[provisional] { return number }
        return provisional
    }

    /// The organisation for a final key.
    func organisation(for key: String) -> Organisation {
        let votesKeys = keysMerging(into: key)
        var spellingCounts: [String: Int] = [:]
        var sectors: [Sector: Int] = [:]
        var municipalities: [Municipality: Int] = [:]
        for source in votesKeys {
            guard let given = votes[source] else { continue }
            for (text, count) in given.spellings { spellingCounts[text, default: 0] += count }
            for (sector, count) in given.sectors { sectors[sector, default: 0] += count }
            for (place, count) in given.municipalities { municipalities[place, default: 0] += count }
        }
        let entryIndex = registerIndex(for: key)
        let entry = entryIndex.map { register[$0] }
        let soleTrader = key.hasPrefix("pn:")
        var display: String
        if soleTrader {
            display = "Enskild firma \((soleTraderNumber[key] ?? soleTraderOrder.count) + 1)"
        } else if let entry {
            display = entry.name
        } else {
            display =
                spellingCounts.max { lhs, rhs in
                    lhs.value != rhs.value
                        ? lhs.value < rhs.value : OrganisationResolver.codePointLess(rhs.key, lhs.key)
                }?.key ?? String(key.drop { $0 != ":" }.dropFirst())
        }
        let words = OrganisationName.words(display)
        let number: OrgNumber? =
            key.hasPrefix("nr:") ? .organisation(String(key.dropFirst(3))) : (soleTrader ? .personal("") : nil)
        let sector =
            entry?.sector
            ?? OrganisationResolver.mostFrequent(sectors, order: Sector.allCases)
            ?? (Sector.academiaByName(words) ? .academia : nil)
            ?? Sector.byNumber(number)
            ?? Sector.byNameWords(words)
            ?? .unknown
        let municipality =
            entry?.municipality
            ?? OrganisationResolver.mostFrequent(municipalities, order: Municipality.allCases)
            ?? .unknown
        return Organisation(
            key: key, displayName: display, sector: sector, municipality: municipality, isSoleTrader: soleTrader,
            inRegister: entry != nil)
    }

    private func registerIndex(for key: String) -> Int? {
        if key.hasPrefix("nr:") || key.hasPrefix("pn:") { return registerByNumber[key] }
        if key.hasPrefix("reg:") { return registerByName[String(key.dropFirst(4))] }
        return nil
    }

    /// Provisional keys whose votes count for `key` (name keys unified into a number key).
    private func keysMerging(into key: String) -> [String] {
        [key] + (nameKeysByNumber[key] ?? [])
    }

    static func mostFrequent<T: Hashable>(_ counts: [T: Int], order: [T]) -> T? {
        guard let best = counts.values.max() else { return nil }
        return order.first { counts[$0] == best }
    }

    static func codePointLess(_ lhs: String, _ rhs: String) -> Bool {
        lhs.unicodeScalars.map(\.value).lexicographicallyPrecedes(rhs.unicodeScalars.map(\.value))
    }
}
