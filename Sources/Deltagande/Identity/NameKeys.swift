/// The matching key of each distinct name (SPEC 2.4: case and white space folded), numbered.
struct NameKeys: Sendable {
    /// Keys by their bytes, like the names they come from (`TextTable`).
    private var keys = TextTable<String>()
    /// Name id → key id.
    private(set) var keyOfName: [Int32] = []

    init(_ names: TextTable<String>) {
        keyOfName.reserveCapacity(names.count)
        for name in names.values { keyOfName.append(keys.id(PersonNameText.key(name))) }
    }

    func id(ofKey key: String) -> Int32? { keys.id(of: key) }
}
