import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Why an output could not be written.
public struct OutputError: Error, Equatable, Sendable, CustomStringConvertible {
    public var path: String
    public var message: String

    public init(path: String, message: String) {
        self.path = path
        self.message = message
    }

    public var description: String { "\(path): \(message)" }
}

/// Files that appear whole or not at all: written under a temporary name in the same folder,
/// flushed, then renamed over the old one (SPEC 5).
public enum AtomicFile {
    /// A temporary name beside `url`, hidden so that a crash leaves nothing that looks like a report.
    public static func temporaryURL(for url: URL) -> URL {
        url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).tmp-\(getpid())")
    }

    public static func write(_ data: Data, to url: URL, permissions: mode_t = 0o644) throws(OutputError) {
        try publish(stage(data, for: url, permissions: permissions), as: url)
    }

    /// Writes and flushes `data` under the temporary name for `url`; the caller publishes it.
    public static func stage(_ data: Data, for url: URL, permissions: mode_t = 0o644) throws(OutputError) -> URL {
        let temporary = temporaryURL(for: url)
        let descriptor = open(temporary.path, O_WRONLY | O_CREAT | O_TRUNC, permissions)
        guard descriptor >= 0 else { throw OutputError(path: url.path, message: "cannot create: \(errnoText())") }
        var failure: String?
        data.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count, let base = buffer.baseAddress {
                let written = Glibc.write(descriptor, base + offset, buffer.count - offset)
                if written <= 0 { failure = errnoText(); return }
                offset += written
            }
        }
        if failure == nil, fsync(descriptor) != 0 { failure = errnoText() }
        // Permissions are set explicitly: the umask must not widen or narrow what the caller asked for.
        if failure == nil, fchmod(descriptor, permissions) != 0 { failure = errnoText() }
        close(descriptor)
        if let failure {
            unlink(temporary.path)
            throw OutputError(path: url.path, message: "cannot write: \(failure)")
        }
        return temporary
    }

    /// Renames a finished temporary file over its final name.
    public static func publish(_ temporary: URL, as url: URL) throws(OutputError) {
        guard rename(temporary.path, url.path) == 0 else {
            let message = errnoText()
            unlink(temporary.path)
            throw OutputError(path: url.path, message: "cannot rename into place: \(message)")
        }
    }

    static func errnoText() -> String { String(cString: strerror(errno)) }

    /// Flushes a file or folder written by someone else (libxlsxwriter closes without syncing; a
    /// folder's renames are durable only once the folder is synced).
    public static func sync(_ url: URL) throws(OutputError) {
        let descriptor = open(url.path, O_RDONLY)
        guard descriptor >= 0 else { throw OutputError(path: url.path, message: "cannot open to sync: \(errnoText())") }
        defer { close(descriptor) }
        guard fsync(descriptor) == 0 else { throw OutputError(path: url.path, message: "cannot sync: \(errnoText())") }
    }

    /// Removes temporary files a killed run left behind (`.name.tmp-PID`); call it holding the lock.
    public static func removeLeftovers(in folder: URL) {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        for name in names where name.hasPrefix(".") && name.contains(".tmp-") {
            unlink(folder.appendingPathComponent(name).path)
        }
    }
}
