import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// `-o FILE` writes what the learner named: through a symbolic link to its target, keeping an existing
/// file's mode. Everything is made in a temporary folder, never under /dev.
struct OutputFileTests {
    static let commands: [[String]] = [
        ["report", "-o"],
        ["export-log", "--csv", "-o"],
        ["compile", PearlsProcess.packageRoot.appendingPathComponent("Decks/bone-metastases").path, "-o"],
    ]

    private func run(_ command: [String], output: String, in folder: URL) throws -> PearlsProcess.Outcome {
        let environment = [
            "PEARLS_HOME": folder.appendingPathComponent("home").path, "PEARLS_NOW": "2026-11-21T09:30:00+01:00",
        ]
        // A journal for export-log to read.
        _ = try PearlsProcess.run(["config", "set", "fuzz", "off"], in: folder, environment: environment)
        return try PearlsProcess.run(command + [output], in: folder, environment: environment)
    }

    @Test(arguments: commands)
    func aSymbolicLinkIsWrittenThroughToItsTarget(command: [String]) throws {
        let folder = try PearlsProcess.temporaryFolder()
        let targets = folder.appendingPathComponent("targets")
        try FileManager.default.createDirectory(at: targets, withIntermediateDirectories: true)
        try "old\n".write(to: targets.appendingPathComponent("real.out"), atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("link.out").path,
                                                   withDestinationPath: "targets/real.out")
        let outcome = try run(command, output: "link.out", in: folder)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let link = try FileManager.default.destinationOfSymbolicLink(atPath: folder.appendingPathComponent("link.out").path)
        #expect(link == "targets/real.out")
        let written = try String(contentsOf: targets.appendingPathComponent("real.out"), encoding: .utf8)
        #expect(written.count > 10)
    }

    @Test(arguments: commands)
    func anExistingFileKeepsItsMode(command: [String]) throws {
        let folder = try PearlsProcess.temporaryFolder()
        let output = folder.appendingPathComponent("private.out")
        try "old\n".write(to: output, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: output.path)
        let outcome = try run(command, output: output.path, in: folder)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let mode = try FileManager.default.attributesOfItem(atPath: output.path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        #expect(try String(contentsOf: output, encoding: .utf8) != "old\n")
    }

    @Test func theLockFileIsNeverFollowedThroughALink() throws {
        let folder = try PearlsProcess.temporaryFolder()
        let profile = folder.appendingPathComponent("home/default")
        try FileManager.default.createDirectory(at: profile, withIntermediateDirectories: true)
        let victim = folder.appendingPathComponent("victim.txt")
        try "precious\n".write(to: victim, atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: profile.appendingPathComponent("lock").path,
                                                   withDestinationPath: victim.path)
        let outcome = try PearlsProcess.run(["config", "set", "fuzz", "off"], in: folder, environment: [
            "PEARLS_HOME": folder.appendingPathComponent("home").path,
        ])
        #expect(outcome.status == 1)
        #expect(outcome.stderr.contains("lock"), "\(outcome.stderr)")
        #expect(try String(contentsOf: victim, encoding: .utf8) == "precious\n")
    }
}
