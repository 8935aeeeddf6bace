import Foundation
import XCTest

/// Runs the real `newsgraph` binary as a user runs it, in a given directory, and captures its
/// exit code and output together (as swift-argument-parser's `AssertExecuteCommand` does).
struct CommandRunner {
    /// What one run gave.
    struct Run {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    /// The `newsgraph` executable built next to the test bundle (or, failing that, in the package's `.build/debug`).
    static let executable: URL? = {
        var candidates: [URL] = Bundle.allBundles.map { $0.bundleURL.deletingLastPathComponent() } + [
            Bundle.main.bundleURL,
            Bundle.main.bundleURL.deletingLastPathComponent(),
        ]
        candidates.append(ExtractionTestSupport.packageRoot.appendingPathComponent(".build/debug"))
        return candidates.map { $0.appendingPathComponent("newsgraph") }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }()

    /// Where the command runs; relative paths in arguments are relative to it.
    let directory: URL

    /// Runs `newsgraph` with `arguments`.
    func callAsFunction(_ arguments: [String]) throws -> Run {
        let executable = try XCTUnwrap(CommandRunner.executable, "build the newsgraph product first: swift build --build-tests")
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        // Files, not pipes, so a long output can never block the child.
        let outURL = directory.appendingPathComponent(".stdout-\(UUID().uuidString)")
        let errURL = directory.appendingPathComponent(".stderr-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        defer {
            try? FileManager.default.removeItem(at: outURL)
            try? FileManager.default.removeItem(at: errURL)
        }
        let out = try FileHandle(forWritingTo: outURL), err = try FileHandle(forWritingTo: errURL)
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        try out.close()
        try err.close()
        return Run(status: process.terminationStatus,
                   stdout: String(decoding: try Data(contentsOf: outURL), as: UTF8.self),
                   stderr: String(decoding: try Data(contentsOf: errURL), as: UTF8.self))
    }
}
