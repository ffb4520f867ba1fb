import Foundation

/// Finds sessions by id or by the label forms show (SPEC 2.3, R12).
public struct SessionLookup: Sendable {
    var byID: [String: Int] = [:]
    var byLabel: [String: Int] = [:]
    var ambiguousLabels = Set<String>()

    public init(_ sessions: [Session]) {
        for (index, session) in sessions.enumerated() {
            byID[session.id.lowercased()] = index
            let label = TextKey.folded(session.label)
            if byLabel[label] != nil {
                ambiguousLabels.insert(label)
            } else {
                byLabel[label] = index
            }
        }
        for label in ambiguousLabels { byLabel[label] = nil }
    }

    /// Ids match case-insensitively; labels also ignore white space; a shared label matches neither.
    public func index(of text: String) -> Int? {
        // Folding collapsed text is lower-casing it: one key serves both look-ups.
        let key = TextKey.lowercased(TextKey.collapsed(text))
        if let index = byID[key] { return index }
        return byLabel[key]
    }

    /// The session a file is named after (`<session id>.csv`), for sign-in sheets and one-meeting
    /// surveys; only an exact id counts, never a label.
    public func session(namedBy path: String, in sessions: [Session]) -> Int? {
        let stem = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
        guard let index = index(of: stem), sessions[index].id.lowercased() == stem.lowercased() else { return nil }
        return index
    }
}
