import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Keeps two runs from writing the same report folder at once (issue 7). The lock is an `flock` on a
/// hidden file, so it is released by the kernel when a run dies, and never goes stale.
public final class OutputLock {
    private let descriptor: Int32
    static let fileName = ".deltagande.lock"

    public init(folder: URL) throws(OutputError) {
        let path = folder.appendingPathComponent(OutputLock.fileName).path
        let descriptor = open(path, O_RDWR | O_CREAT, 0o600)
        guard descriptor >= 0 else {
            throw OutputError(path: path, message: "cannot create lock file: \(AtomicFile.errnoText())")
        }
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            close(descriptor)
            throw OutputError(path: folder.path, message: "another deltagande run is writing this folder")
        }
        self.descriptor = descriptor
    }

    deinit {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}
