/// The matching key of each distinct name (SPEC 2.4: case and white space folded), numbered.
struct NameKeys: Sendable {
    private var ids: [String: Int32] = [:]
    /// Name id → key id.
    private(set) var keyOfName: [Int32] = []

    init(_ names: TextTable<String>) {
        keyOfName.reserveCapacity(names.count)
        for name in names.values {
            let key = PersonNameText.key(name)
            if let id = ids[key] {
                keyOfName.append(id)
            } else {
                let id = Int32(ids.count)
                ids[key] = id
                keyOfName.append(id)
            }
        }
    }

    func id(ofKey key: String) -> Int32? { ids[key] }
}
