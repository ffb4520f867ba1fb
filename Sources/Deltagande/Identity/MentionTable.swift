/// The distinct organisation mentions of a run, each resolved to its provisional key once.
struct MentionTable {
    private struct Key: Hashable {
        var mention: Int32
        /// The e-mail's domain, only when the mention names nothing else (it decides then).
        var domain: String?
    }

    private let store: RowStore
    private var ids: [Key: Int] = [:]
    /// Stored mentions that name themselves resolve the same whatever the e-mail: by number, no hashing.
    private var idOfSelfNaming: [Int]
    /// Per stored mention that names itself: its provisional, found on every core beforehand.
    private let selfNaming: [OrganisationResolver.Provisional?]
    private var entries: [(mention: OrganisationMention, provisional: OrganisationResolver.Provisional)] = []
    private var noName: [Bool] = []

    /// Per stored mention, for the per-row questions below: answered from flags, a row does not
    /// copy its mention (and retain its four texts) to ask them.
    private let empty: [Bool]
    private let numbered: [Bool]

    init(store: RowStore, organisations: OrganisationResolver) {
        self.store = store
        // Whether each stored mention names an organisation by itself (a valid number or any text),
        // is empty, has a number: one pass over the mentions in place (copying each out three
        // times retained and released its four texts three times).
        let count = store.mentions.count
        var namesItself = [Bool](repeating: false, count: count)
        var empty = [Bool](repeating: false, count: count)
        var numbered = [Bool](repeating: false, count: count)
        store.mentions.values.withUnsafeBufferPointer { mentions in
            for index in mentions.indices {
                let hasText = !(mentions[index].text?.isEmpty ?? true)
                let validNumber: Bool
                switch mentions[index].number {
                case .organisation, .personal: validNumber = true
                case .invalid, nil: validNumber = false
                }
                namesItself[index] = validNumber || hasText
                empty[index] = mentions[index].isEmpty
                numbered[index] = validNumber
            }
        }
        self.empty = empty
        self.numbered = numbered
        idOfSelfNaming = Array(repeating: -1, count: store.mentions.count)
        selfNaming = Self.provisionals(of: store.mentions.values, where: namesItself, organisations: organisations)
    }

    /// The provisionals of the mentions that name themselves, which no e-mail changes: found in
    /// slices on every core (issue 9: one thread resolving them while rows were numbered was a
    /// third of the resolver's time). Names are normalised byte by byte, quicker than a cache of
    /// them keyed by text.
    private static func provisionals(
        of mentions: [OrganisationMention], where namesItself: [Bool], organisations: OrganisationResolver
    ) -> [OrganisationResolver.Provisional?] {
        let sliceSize = max(1024, mentions.count / 16)
        let starts = Array(stride(from: 0, to: mentions.count, by: sliceSize))
        return ParallelMap.map(starts) { start -> [OrganisationResolver.Provisional?] in
            (start..<min(start + sliceSize, mentions.count)).map { index -> OrganisationResolver.Provisional? in
                guard namesItself[index] else { return nil }
                let mention = mentions[index]
                let name = mention.text.map(OrganisationName.normalised) ?? ""
                return organisations.provisional(mention, email: nil, name: name)
            }
        }.flatMap { $0 }
    }

    var count: Int { entries.count }

    func mention(_ id: Int) -> OrganisationMention { entries[id].mention }
    func provisional(_ id: Int) -> OrganisationResolver.Provisional { entries[id].provisional }

    /// Whether the resolved mention's text normalises to nothing ("-", "AB"), asked for every
    /// attendance row: a flag, where copying the provisional out would retain its texts.
    func hasNoName(_ id: Int) -> Bool { noName[id] }

    /// Whether the stored mention is empty (no text, no number).
    func isEmpty(_ stored: Int32) -> Bool { empty[Int(stored)] }

    /// Whether the stored mention has a number that is not invalid.
    func hasNumber(_ stored: Int32) -> Bool { numbered[Int(stored)] }

    /// The resolved mention of a stored mention on a row with this e-mail (-1: none).
    mutating func id(_ stored: Int32, email: Int32, organisations: OrganisationResolver) -> Int {
        if let provisional = selfNaming[Int(stored)] {
            if idOfSelfNaming[Int(stored)] >= 0 { return idOfSelfNaming[Int(stored)] }
            let id = add(store.mentions[stored], provisional)
            idOfSelfNaming[Int(stored)] = id
            return id
        }
        // A mention that names nothing resolves by the e-mail's domain: one entry per domain.
        let address = email < 0 ? nil : store.emails[email]
        let key = Key(mention: stored, domain: address.flatMap(EmailAddress.domain(of:)))
        if let id = ids[key] { return id }
        let mention = store.mentions[stored]
        let name = mention.text.map(OrganisationName.normalised) ?? ""
        let id = add(mention, organisations.provisional(mention, email: address, name: name))
        ids[key] = id
        return id
    }

    private mutating func add(_ mention: OrganisationMention, _ provisional: OrganisationResolver.Provisional) -> Int {
        entries.append((mention, provisional))
        noName.append(provisional.name.isEmpty)
        return entries.count - 1
    }
}
