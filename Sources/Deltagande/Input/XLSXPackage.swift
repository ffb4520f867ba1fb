import Foundation
import ZIPFoundation

/// The zip container of an `.xlsx`: parts looked up by path, read into memory with a size cap.
struct XLSXPackage {
    /// A sane cap per part (a million-row sheet is far below it); a zip bomb stops here instead of
    /// exhausting memory.
    static let maxPartBytes = 1 << 30

    private let archive: Archive
    /// Parts by `key(path)`: lookup forgives letter case, backslashes and a leading `/`, which some
    /// non-Microsoft writers get wrong.
    private let entries: [String: Entry]
    private let file: String

    init(_ data: Data, file: String) throws(FileReadError) {
        let archive = try Self.open(data, file: file)
        var entries: [String: Entry] = [:]
        for entry in archive where entry.type == .file {
            let key = Self.key(entry.path)
            if entries[key] == nil { entries[key] = entry }
        }
        self.archive = archive
        self.entries = entries
        self.file = file
    }

    /// Opens the archive from a temporary file rather than with `Archive(data:)`: ZIPFoundation's
    /// in-memory backing on Linux traps (a range check in `MemoryFile.readData`) when a damaged zip
    /// points past its end, whereas a real file just reads short and gives a catchable error. The file
    /// is unlinked as soon as it is open, so nothing is left behind whatever happens next.
    private static func open(_ data: Data, file: String) throws(FileReadError) -> Archive {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("deltagande-\(UUID().uuidString).xlsx")
        do {
            try data.write(to: url)
        } catch {
            throw FileReadError(
                file: file, message: "cannot unpack the .xlsx: no temporary file (\(error.localizedDescription))")
        }
        defer { try? FileManager.default.removeItem(at: url) }
        do {
            return try Archive(url: url, accessMode: .read)
        } catch {
            throw FileReadError(file: file, message: "not a readable .xlsx: the zip archive is damaged (\(error))")
        }
    }

    func has(_ path: String) -> Bool {
        entries[Self.key(path)] != nil
    }

    /// The part's bytes, or nil when the package has no such part.
    func part(_ path: String) throws(FileReadError) -> Data? {
        guard let entry = entries[Self.key(path)] else { return nil }
        var data = Data()
        do {
            // ZIPFoundation computes the checksum but leaves comparing it to the caller.
            let checksum = try archive.extract(entry, skipCRC32: false) { chunk in
                data.append(chunk)
                if data.count > Self.maxPartBytes { throw PartTooLarge() }
            }
            guard checksum == entry.checksum else {
                throw FileReadError(file: file, message: "not a readable .xlsx: \(path) is damaged (checksum mismatch)")
            }
        } catch let error as FileReadError {
            throw error
        } catch is PartTooLarge {
            throw FileReadError(file: file, message: "not a readable .xlsx: \(path) is larger than 1 GiB")
        } catch {
            throw FileReadError(file: file, message: "not a readable .xlsx: \(path) cannot be unpacked (\(error))")
        }
        return data
    }

    private struct PartTooLarge: Error {}

    static func key(_ path: String) -> String {
        var key = path.replacingOccurrences(of: "\\", with: "/").lowercased()
        while key.hasPrefix("/") { key.removeFirst() }
        return key
    }

    /// The folder a part lives in (`xl/workbook.xml` → `xl`), which its relationship targets are relative to.
    static func folder(of part: String) -> String {
        guard let slash = part.lastIndex(of: "/") else { return "" }
        return String(part[..<slash])
    }

    /// Where a part's relationships are: `xl/workbook.xml` → `xl/_rels/workbook.xml.rels`.
    static func relationshipsPath(of part: String) -> String {
        let folder = folder(of: part)
        let name = part.split(separator: "/").last.map(String.init) ?? part
        return (folder.isEmpty ? "" : folder + "/") + "_rels/" + name + ".rels"
    }

    /// Resolves a relationship target: absolute (`/xl/worksheets/sheet1.xml`, as openpyxl writes) or
    /// relative to the source part's folder, with `.` and `..` segments applied.
    static func resolve(_ target: String, from folder: String) -> String {
        let joined = target.hasPrefix("/") ? target : folder + "/" + target
        var segments: [Substring] = []
        for segment in joined.split(separator: "/") {
            if segment == "." { continue }
            if segment == ".." {
                if !segments.isEmpty { segments.removeLast() }
                continue
            }
            segments.append(segment)
        }
        return segments.joined(separator: "/")
    }
}
