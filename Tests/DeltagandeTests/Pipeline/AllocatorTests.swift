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

    /// In the command-line tool every library's `malloc` and `free`, the Swift runtime's too, are
    /// bound to mimalloc's: the dynamic linker says so when asked (`LD_DEBUG=bindings`). A tool
    /// that loaded mimalloc but kept glibc's malloc would show bindings to libc.
    @Test func theCommandBindsMallocToMimalloc() throws {
        let binary = KillDuringWriteTests.binary
        try #require(FileManager.default.isExecutableFile(atPath: binary.path), "swift test builds the CLI first")
        let process = Process()
        process.executableURL = binary
        process.arguments = ["--help"]
        process.environment = ["LD_DEBUG": "bindings"]
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let text = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        let bindings = text.split(separator: "\n").filter {
            $0.hasSuffix("normal symbol `malloc' [GLIBC_2.2.5]") || $0.hasSuffix("normal symbol `free' [GLIBC_2.2.5]")
        }
        #expect(bindings.contains { $0.contains("libswiftCore") })
        #expect(!bindings.isEmpty && bindings.allSatisfy { $0.contains("to /") && $0.contains("libmimalloc") })
    }
}
