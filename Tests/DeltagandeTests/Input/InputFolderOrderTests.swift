import Foundation
import Testing

@testable import Deltagande

/// R42: files are read and numbered in the code-point order of their NFC names.
@Suite struct InputFolderOrderTests {
    @Test func sortKeysListedOnceGiveTheCodePointOrder() {
        var random = SplitMix64(seed: 29)
        let alphabet: [Character] = ["a", "B", "b", "Z", "å", "Ä", "ö", "é", "1", "_", " ", "-", "あ", "😀"]
        for _ in 0..<2_000 {
            let names = (0..<random.below(12)).map { _ in
                String((0..<(1 + random.below(5))).map { _ in random.pick(alphabet) })
            }
            let expected = names.sorted {
                Array($0.unicodeScalars.map(\.value)).lexicographicallyPrecedes($1.unicodeScalars.map(\.value))
            }
            #expect(InputFolder.inCodePointOrder(names, by: { $0 }) == expected)
        }
    }

    @Test func exportsAreListedInCodePointOrderOfTheirNFCNames() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent(
            "deltagande-order-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let folder = root.appendingPathComponent("registrations")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        // "o\u{308}" is how a Mac writes ö: it sorts as the NFC ö (U+00F6), after "z".
        for name in ["z.csv", "a.csv", "o\u{308}.csv", "B.csv", "å.csv"] {
            try Data("x".utf8).write(to: folder.appendingPathComponent(name))
        }
        let files = try InputFolder.scan(root).filter { $0.kind == .registrations }
        #expect(files.map(\.path) == ["B.csv", "a.csv", "z.csv", "å.csv", "ö.csv"].map { "registrations/\($0)" })
        #expect(files.map(\.publicName) == (1...5).map { "registrations/\($0).csv" })
    }
}
