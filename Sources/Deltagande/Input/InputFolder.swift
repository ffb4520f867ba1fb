import Foundation

/// One file found in the input folder, with the public name council outputs use for it (R40, R42).
public struct InputFile: Sendable, Equatable {
    public var kind: FileKind
    /// The path relative to the input folder, as the data-quality CSV shows it.
    public var path: String
    /// `<folder>/<n>.<ext>`: exports are often named after people, so council outputs use this.
    public var publicName: String
    public var url: URL
    /// Why the file is not read (hidden, unsupported extension, a folder); nil when it is read.
    public var skipReason: String?
    /// Bytes on disk when listed (0 when unknown): the largest files are read first.
    public var size: Int = 0
}

/// Lists the input folder in the order files are read (R2, R42).
public enum InputFolder {
    static let readableExtensions: Set<String> = ["csv", "txt", "xlsx"]
    static let folders: [(String, FileKind)] = [
        ("registrations", .registrations), ("attendance", .attendance), ("feedback", .feedback),
    ]

    public static func scan(_ root: URL) throws(FileReadError) -> [InputFile] {
        let manager = FileManager.default
        var isFolder: ObjCBool = false
        guard manager.fileExists(atPath: root.path, isDirectory: &isFolder), isFolder.boolValue else {
            throw FileReadError(file: root.path, message: "input folder not found")
        }
        var files: [InputFile] = []
        for (name, kind) in [
            ("sessions.csv", FileKind.sessions), ("organisations.csv", .organisations), ("deltagande.toml", .config),
        ] {
            let url = root.appendingPathComponent(name)
            if let found = onDisk(url) {
                files.append(
                    InputFile(kind: kind, path: name, publicName: name, url: url, skipReason: nil, size: found.size))
            }
        }
        // Anything else at the top level is listed as skipped (R2): an export dropped beside the
        // folders instead of into one must not vanish without a trace.
        let known = Set(["sessions.csv", "organisations.csv", "deltagande.toml"] + folders.map(\.0))
        let others = inCodePointOrder(
            ((try? manager.contentsOfDirectory(atPath: root.path)) ?? []).filter {
                !known.contains($0) && !$0.hasPrefix(".")
            }, by: { $0 })
        for (index, name) in others.enumerated() {
            let shown = name.precomposedStringWithCanonicalMapping
            let ext = (shown as NSString).pathExtension.lowercased()
            files.append(
                InputFile(
                    kind: .skipped, path: shown, publicName: "\(index + 1)" + (ext.isEmpty ? "" : ".\(ext)"),
                    url: root.appendingPathComponent(name),
                    skipReason: "not in registrations/, attendance/ or feedback/"))
        }
        for (folder, kind) in folders {
            let folderURL = root.appendingPathComponent(folder)
            guard let names = try? manager.contentsOfDirectory(atPath: folderURL.path) else { continue }
            // Sorted and shown by the NFC form (R42), opened by the name on disk: a Mac writes `ö`
            // decomposed, and the NFC name would not open.
            let sorted = inCodePointOrder(
                names.map { (shown: $0.precomposedStringWithCanonicalMapping, onDisk: $0) }, by: \.shown)
            for (index, entry) in sorted.enumerated() {
                let name = entry.shown
                let url = folderURL.appendingPathComponent(entry.onDisk)
                let ext = (name as NSString).pathExtension.lowercased()
                let found = onDisk(url)
                let publicName = "\(folder)/\(index + 1)" + (ext.isEmpty ? "" : ".\(ext)")
                var skip: String?
                if name.hasPrefix(".") {
                    skip = "hidden file"
                } else if found?.isFolder == true {
                    skip = "folder (only top-level files are read)"
                } else if !readableExtensions.contains(ext) {
                    skip = "not a .csv, .txt or .xlsx file"
                }
                files.append(
                    InputFile(
                        kind: skip == nil ? kind : .skipped, path: "\(folder)/\(name)", publicName: publicName,
                        url: url, skipReason: skip, size: found?.size ?? 0))
            }
        }
        return files
    }

    /// Whether the entry (a link followed) is a folder, and its size; nil when there is none.
    static func onDisk(_ url: URL) -> (isFolder: Bool, size: Int)? {
        var info = stat()
        guard stat(url.path, &info) == 0 else { return nil }
        return ((info.st_mode & S_IFMT) == S_IFDIR, Int(info.st_size))
    }

    /// `items` sorted by their names' Unicode code points (R42). Each name's code points are listed
    /// once, not on every comparison: a national roll-up's folder holds thousands of files.
    static func inCodePointOrder<Item>(_ items: [Item], by name: (Item) -> String) -> [Item] {
        items.map { (item: $0, key: name($0).unicodeScalars.map(\.value)) }
            .sorted { $0.key.lexicographicallyPrecedes($1.key) }
            .map(\.item)
    }
}
