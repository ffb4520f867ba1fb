import Foundation

/// Files under `Tests/DeltagandeTests/Fixtures/`, found from this source file's own path so tests
/// work from any working directory (the test target excludes the folder, so they are not resources).
enum Fixtures {
    static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // Input/
        .deletingLastPathComponent()  // DeltagandeTests/
        .appendingPathComponent("Fixtures")

    static func url(_ relative: String) -> URL {
        root.appendingPathComponent(relative)
    }

    static func data(_ relative: String) throws -> Data {
        try Data(contentsOf: url(relative))
    }
}
