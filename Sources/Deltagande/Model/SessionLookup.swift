import Foundation

/// Finds sessions by id or by the label forms show (SPEC 2.3, R12).
public struct SessionLookup: Sendable {
    // Keys by their exact bytes (`TextTable`): `String` hashing normalises every non-ASCII key it
    // hashes, and labels like "Dialog: Hållbar energi" are looked up for every registration. Keys
    // and the texts looked up are both decoded input, so both are NFC already.
    private var ids = TextTable<String>()
    private var idSession: [Int] = []
    private var labels = TextTable<String>()
    /// A label's session, or -1 when sessions share the label.
    private var labelSession: [Int] = []

    public init(_ sessions: [Session]) {
        for (index, session) in sessions.enumerated() {
            let id = ids.id(session.id.lowercased())
            if Int(id) == idSession.count { idSession.append(index) } else { idSession[Int(id)] = index }
            let label = labels.id(TextKey.folded(session.label))
            if Int(label) == labelSession.count { labelSession.append(index) } else { labelSession[Int(label)] = -1 }
        }
    }

    /// Ids match case-insensitively; labels also ignore white space; a shared label matches neither.
    public func index(of text: String) -> Int? {
        // Folding collapsed text is lower-casing it: one key serves both look-ups.
        let key = TextKey.lowercased(TextKey.collapsed(text))
        if let id = ids.id(of: key) { return idSession[Int(id)] }
        if let label = labels.id(of: key), labelSession[Int(label)] >= 0 { return labelSession[Int(label)] }
        return nil
    }

    /// The session a file is named after (`<session id>.csv`), for sign-in sheets and one-meeting
    /// surveys; only an exact id counts, never a label.
    public func session(namedBy path: String, in sessions: [Session]) -> Int? {
        let stem = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
        guard let index = index(of: stem), sessions[index].id.lowercased() == stem.lowercased() else { return nil }
        return index
    }
}
