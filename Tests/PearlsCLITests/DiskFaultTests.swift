import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// Study sessions on a real small tmpfs that fills up (ENOSPC from the journal's own `write`) or turns
/// read-only (EROFS). Mounting needs root with the right to mount; elsewhere the suite is skipped, not passed.
@Suite(.enabled(if: SmallDisk.canMount, "mounting a tmpfs needs root with the right to mount"))
struct DiskFaultTests {
    private func study(_ arguments: [String], input: String, home: URL, at now: String) throws -> PearlsProcess.Outcome {
        try PearlsProcess.run(arguments, input: input, environment: ["PEARLS_HOME": home.path, "PEARLS_NOW": now])
    }

    /// Review events on complete lines (a torn last line holds no event).
    private func reviewEvents(in journal: URL) throws -> Int {
        let lines = String(decoding: try Data(contentsOf: journal), as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        return lines.dropLast().filter { $0.contains(#""kind":"review""#) }.count
    }

    @Test func aFullDiskEndsTheSessionWithAClearErrorAndKeepsEveryAcknowledgedAnswer() throws {
        let disk = try #require(SmallDisk(kilobytes: 512))
        defer { disk.unmount() }
        let journal = disk.folder.appendingPathComponent("default/reviews.jsonl")
        let first = try study(["--seed", "1"], input: "x\n\ny\n\nz\n\n", home: disk.folder, at: "2026-11-21T09:30:00+01:00")
        #expect(first.status == 0, "\(first.stderr)")
        #expect(try reviewEvents(in: journal) == 3)

        disk.fill()
        // 20 answers: the journal outgrows its last page on the way and the append fails part way.
        let answers = String(repeating: "a\n\n", count: 20)
        let second = try study(["--seed", "1"], input: answers, home: disk.folder, at: "2026-11-21T11:30:00+01:00")
        #expect(second.status == 1)
        #expect(second.stderr.contains("pearls: error: cannot write \(journal.path): No space left on device"), "\(second.stderr)")
        // A card's header is printed only after the answer before it is on disk; the last card's answer failed.
        let shownCards = second.stdout.split(separator: "\n").filter { $0.hasPrefix("[") }.count
        #expect(shownCards > 1 && shownCards < 20, "the disk did not fill during the session: \(shownCards) cards")
        #expect(try reviewEvents(in: journal) == 3 + shownCards - 1)

        disk.emptyFiller()
        let doctor = try study(["doctor"], input: "", home: disk.folder, at: "2026-11-21T12:30:00+01:00")
        #expect(doctor.status == 0, "\(doctor.stdout)")
        // A failed append is cut back to where it began (issue 18), so nothing is left to warn about.
        #expect(!doctor.stdout.contains("warning"), "\(doctor.stdout)")
    }

    @Test func aReadOnlyProfileRefusesToStudyBeforeTheFirstCardAndStillReports() throws {
        let disk = try #require(SmallDisk(kilobytes: 512))
        defer { disk.unmount() }
        let journal = disk.folder.appendingPathComponent("default/reviews.jsonl")
        let first = try study(["--seed", "1"], input: "x\n\ny\n\n", home: disk.folder, at: "2026-11-21T09:30:00+01:00")
        #expect(first.status == 0, "\(first.stderr)")
        let before = try Data(contentsOf: journal)

        try #require(disk.remountReadOnly())
        let second = try study(["--seed", "1"], input: "z\n\nw\n\n", home: disk.folder, at: "2026-11-21T10:30:00+01:00")
        #expect(second.status == 1)
        #expect(second.stderr.contains("Read-only file system"), "\(second.stderr)")
        #expect(!second.stdout.contains("answer>"), "a card was asked that could not be saved")
        #expect(try Data(contentsOf: journal) == before)
        let stats = try study(["stats"], input: "", home: disk.folder, at: "2026-11-21T10:30:00+01:00")
        #expect(stats.status == 0, "\(stats.stderr)")
        #expect(stats.stdout.contains("2 answers"), "\(stats.stdout)")
    }
}

/// A tmpfs of a few hundred kilobytes mounted on a fresh folder, and a file that fills it.
struct SmallDisk {
    let folder: URL
    private var filler: URL { folder.appendingPathComponent("filler") }

    /// Whether this process may mount one (tried once).
    static let canMount: Bool = {
        guard getuid() == 0, let disk = SmallDisk(kilobytes: 64) else { return false }
        disk.unmount()
        return true
    }()

    init?(kilobytes: Int) {
        guard let folder = try? PearlsProcess.temporaryFolder(),
              Self.command("/usr/bin/mount", ["-t", "tmpfs", "-o", "size=\(kilobytes)k", "tmpfs", folder.path]) else { return nil }
        self.folder = folder
    }

    /// Writes zeros until the disk refuses more.
    func fill() {
        FileManager.default.createFile(atPath: filler.path, contents: nil)
        guard let handle = try? FileHandle(forWritingTo: filler) else { return }
        let block = Data(count: 1024)
        while (try? handle.write(contentsOf: block)) != nil {}
        try? handle.close()
    }

    func remountReadOnly() -> Bool { Self.command("/usr/bin/mount", ["-o", "remount,ro", folder.path]) }

    func emptyFiller() { try? FileManager.default.removeItem(at: filler) }

    func unmount() { _ = Self.command("/usr/bin/umount", [folder.path]) }

    private static func command(_ path: String, _ arguments: [String]) -> Bool {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return false }
        process.waitUntilExit()
        return process.terminationStatus == 0
    }
}
