import Foundation
import Testing

@testable import Deltagande

/// Issue 9: mimalloc, not glibc's malloc, serves the process's allocations.
@Suite struct AllocatorTests {
    /// A pointer from plain `malloc` lies in mimalloc's heap: the link order took effect. (With
    /// glibc's malloc the pointer is in glibc's heap and this fails.)
    @Test func mallocIsMimallocInAProcessLinkedWithTheLibrary() {
        #expect(ReleaseMemory.mimallocIsTheAllocator)
    }

    /// The command-line tool loads mimalloc at start, before any stage runs.
    @Test func theCommandLoadsMimalloc() throws {
        let binary = KillDuringWriteTests.binary
        try #require(FileManager.default.isExecutableFile(atPath: binary.path), "swift test builds the CLI first")
        let process = Process()
        process.executableURL = binary
        process.arguments = ["--help"]
        process.environment = ["MIMALLOC_VERBOSE": "1"]
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let text = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(text.contains("mimalloc: process init"))
    }
}
