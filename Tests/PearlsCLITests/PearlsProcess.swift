import Foundation
import Testing

/// Runs the built `pearls` binary the way a user would, and captures what it prints.
struct PearlsProcess {
    struct Outcome {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The binary beside the test bundle (`swift test` builds it because this target depends on it).
    static var binary: URL {
        let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        var folder = beside
        while folder.path != "/" {
            let candidate = folder.appendingPathComponent("pearls")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            folder.deleteLastPathComponent()
        }
        return beside.appendingPathComponent("pearls")
    }

    /// Whether these tests (and so the `pearls` built beside them) run with ThreadSanitizer's runtime.
    static let isThreadSanitized = dlsym(nil, "__tsan_init") != nil

    /// The repository's root, for the decks it ships.
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// Runs `pearls` with `arguments` in `folder` (a fresh empty one by default), a clean environment
    /// (no colour, 100 columns, a private home) and `input` on standard input.
    static func run(_ arguments: [String], in folder: URL? = nil, input: String = "",
                    environment extra: [String: String] = [:]) throws -> Outcome {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        let workFolder = try folder ?? temporaryFolder()
        process.currentDirectoryURL = workFolder
        process.environment = ["PATH": "/usr/bin:/bin", "HOME": workFolder.path, "NO_COLOR": "1",
                               "COLUMNS": "100", "LANG": "C.UTF-8"].merging(extra) { $1 }
        // Output goes to files rather than pipes, so a large output can never block the child. So does the input:
        // written to a pipe after the child had already exited (a deck refused at once), it raised SIGPIPE and
        // killed the whole test run (the clean-clone run under AddressSanitizer at 4f6e529).
        let outputs = try temporaryFolder()
        let inURL = outputs.appendingPathComponent("stdin")
        let outURL = outputs.appendingPathComponent("stdout"), errURL = outputs.appendingPathComponent("stderr")
        FileManager.default.createFile(atPath: inURL.path, contents: Data(input.utf8))
        FileManager.default.createFile(atPath: outURL.path, contents: nil)
        FileManager.default.createFile(atPath: errURL.path, contents: nil)
        process.standardInput = try FileHandle(forReadingFrom: inURL)
        process.standardOutput = try FileHandle(forWritingTo: outURL)
        process.standardError = try FileHandle(forWritingTo: errURL)
        try process.run()
        process.waitUntilExit()
        defer { try? FileManager.default.removeItem(at: outputs) }
        return Outcome(status: process.terminationStatus,
                       stdout: String(decoding: try Data(contentsOf: outURL), as: UTF8.self),
                       stderr: String(decoding: try Data(contentsOf: errURL), as: UTF8.self))
    }

    /// Makes a write to a child that has exited an error instead of a SIGPIPE that kills the test run; once.
    static let ignoringBrokenPipes: Void = { signal(SIGPIPE, SIG_IGN) }()

    /// A new empty folder under the system's temporary folder.
    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("pearls-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
