/// The distinct organisation mentions of a run, each resolved to its provisional key once.
struct MentionTable {
    private struct Key: Hashable {
        var mention: Int32
        /// The e-mail's domain, only when the mention names nothing else (it decides then).
        var domain: String?
    }

    private let store: RowStore
    /// Per stored mention: whether it names an organisation by itself (a valid number or any text).
    private let namesItself: [Bool]
    private var ids: [Key: Int] = [:]
    /// Stored mentions that name themselves resolve the same whatever the e-mail: by number, no hashing.
    private var idOfSelfNaming: [Int]
    private var entries: [(mention: OrganisationMention, provisional: OrganisationResolver.Provisional)] = []
    private var normalisedNames: [String: String] = [:]
    private var noName: [Bool] = []

    /// Per stored mention, for the per-row questions below: answered from flags, a row does not
    /// copy its mention (and retain its four texts) to ask them.
    private let empty: [Bool]
    private let numbered: [Bool]

    init(store: RowStore) {
        self.store = store
        namesItself = store.mentions.values.map { mention in
            mention.number.flatMap(OrganisationResolver.key(of:)) != nil || !(mention.text ?? "").isEmpty
        }
        empty = store.mentions.values.map(\.isEmpty)
        numbered = store.mentions.values.map { $0.number != nil && $0.number != .invalid }
        idOfSelfNaming = Array(repeating: -1, count: store.mentions.count)
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
        if namesItself[Int(stored)], idOfSelfNaming[Int(stored)] >= 0 { return idOfSelfNaming[Int(stored)] }
        let address = email < 0 ? nil : store.emails[email]
        let key = Key(
            mention: stored, domain: namesItself[Int(stored)] ? nil : address.flatMap(EmailAddress.domain(of:)))
        if let id = ids[key] { return id }
        let mention = store.mentions[stored]
        var name = ""
        if let text = mention.text {
            if let cached = normalisedNames[text] {
                name = cached
            } else {
                name = OrganisationName.normalised(text)
                normalisedNames[text] = name
            }
        }
        let id = entries.count
        ids[key] = id
        if namesItself[Int(stored)] { idOfSelfNaming[Int(stored)] = id }
        entries.append((mention, organisations.provisional(mention, email: address, name: name)))
        noName.append(entries[id].provisional.name.isEmpty)
        return id
    }
}
