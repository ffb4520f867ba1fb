/// C copies of Swift strings that live exactly as long as one `XLSXWriter.write` call.
///
/// libxlsxwriter copies most strings it is given, but not all of its structs say so; keeping
/// every copy until the write ends makes that irrelevant without closures around each call.
final class CStringPool {
    private var storage: [UnsafeMutablePointer<CChar>] = []

    /// A NUL-terminated copy of `text`; without what XML cannot hold (see `XLSXText.xmlSafe`).
    func pointer(_ text: String) -> UnsafeMutablePointer<CChar> {
        let bytes = XLSXText.xmlSafe(text).utf8CString
        let copy = UnsafeMutablePointer<CChar>.allocate(capacity: bytes.count)
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            copy.initialize(from: base, count: buffer.count)
        }
        storage.append(copy)
        return copy
    }

    /// Like `pointer(_:)`, or `nil` for `nil`.
    func optionalPointer(_ text: String?) -> UnsafeMutablePointer<CChar>? {
        text.map(pointer)
    }

    deinit {
        for copy in storage {
            copy.deallocate()
        }
    }
}
