import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// `pearls` itself killed with SIGKILL part way through `merge`, `config set`, `doctor --repair` and
/// `compile`, at a spread of moments from its start, every event stamped with the pinned instant (ties on
/// the clock). Wherever the kill lands: every byte committed before is still there, `doctor` finds no
/// problem, and running the command again succeeds with the result it would have had.
struct KillDuringCommandsTests {
    private static let now = "2026-11-21T09:30:00+01:00"
    /// Milliseconds from the start to the kill: in start-up, reading, replay, and (for `config set` and
    /// `compile`, about 80 ms in a debug build) the write at the end.
    private static let delays: [UInt32] = [5, 25, 80, 400]

    @Test(arguments: delays)
    func merge(killedAfter delay: UInt32) throws {
        let home = try PearlsProcess.temporaryFolder()
        let journal = try writeJournal(in: home.appendingPathComponent("default"), ids: 0..<500)
        let other = home.appendingPathComponent("laptop")
        _ = try writeJournal(in: other, ids: 250..<5_000)
        let before = try Data(contentsOf: journal)

        try killed(["merge", other.path], home: home, after: delay)
        try expectKept(before, in: journal)
        try expectDoctorFindsNoProblem(home: home)
        let again = try pearls(["merge", other.path], home: home)
        #expect(again.status == 0, "\(again.stderr)")
        #expect(try reviews(in: journal) == 5_000)
        try expectDoctorFindsNoProblem(home: home)
    }

    @Test(arguments: delays)
    func configSet(killedAfter delay: UInt32) throws {
        let home = try PearlsProcess.temporaryFolder()
        let journal = try writeJournal(in: home.appendingPathComponent("default"), ids: 0..<5_000)
        let before = try Data(contentsOf: journal)

        try killed(["config", "set", "desired-retention", "0.85"], home: home, after: delay)
        try expectKept(before, in: journal)
        try expectDoctorFindsNoProblem(home: home)
        let again = try pearls(["config", "set", "desired-retention", "0.85"], home: home)
        #expect(again.status == 0, "\(again.stderr)")
        let settings = try pearls(["config"], home: home)
        #expect(settings.stdout.contains("0.85"), "\(settings.stdout)")
        #expect(try reviews(in: journal) == 5_000)
    }

    @Test(arguments: delays)
    func doctorRepair(killedAfter delay: UInt32) throws {
        let home = try PearlsProcess.temporaryFolder()
        let journal = try writeJournal(in: home.appendingPathComponent("default"), ids: 0..<5_000)
        let before = try Data(contentsOf: journal)

        try killed(["doctor", "--repair"], home: home, after: delay)
        try expectKept(before, in: journal)
        try expectDoctorFindsNoProblem(home: home)
        let again = try pearls(["doctor", "--repair"], home: home)
        #expect(again.status == 0, "\(again.stderr)")
        #expect(again.stdout.contains("snapshot rebuilt from 5000 journal events"), "\(again.stdout)")
        let doctor = try pearls(["doctor"], home: home)
        #expect(!doctor.stdout.contains("snapshot: missing"), "\(doctor.stdout)")
    }

    @Test(arguments: delays)
    func compile(killedAfter delay: UInt32) throws {
        let home = try PearlsProcess.temporaryFolder()
        let source = PearlsProcess.packageRoot.appendingPathComponent("Decks/bone-metastases").path
        let output = home.appendingPathComponent("deck.json")
        let first = try pearls(["compile", source, "-o", output.path], home: home)
        #expect(first.status == 0, "\(first.stderr)")
        let compiled = try Data(contentsOf: output)

        try killed(["compile", source, "-o", output.path], home: home, after: delay)
        // The same source compiles to the same bytes, so the old file and the new one are equal: a torn
        // or empty file would differ.
        #expect(try Data(contentsOf: output) == compiled)
        let again = try pearls(["compile", source, "-o", output.path], home: home)
        #expect(again.status == 0, "\(again.stderr)")
        #expect(try Data(contentsOf: output) == compiled)
    }

    // MARK: - Helpers

    /// A journal of reviews with these ids, all at the pinned instant, spread over 50 cards.
    private func writeJournal(in folder: URL, ids: Range<Int>) throws -> URL {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var text = #"{"pearls":"journal","schema":1,"learner":"default"}"# + "\n"
        for id in ids {
            text += #"{"id":"e\#(id)","kind":"review","time":"2026-11-21T09:30:00.000+01:00","card":"c\#(id % 50)","#
                + #""deck":"d","rating":3,"answer":"a","ms":900,"mode":"review","counts":true}"# + "\n"
        }
        let journal = folder.appendingPathComponent("reviews.jsonl")
        try Data(text.utf8).write(to: journal)
        return journal
    }

    private func pearls(_ arguments: [String], home: URL) throws -> PearlsProcess.Outcome {
        try PearlsProcess.run(arguments, in: home, environment: ["PEARLS_HOME": home.path, "PEARLS_NOW": Self.now])
    }

    /// Starts `pearls` and sends it SIGKILL `delay` milliseconds later (or lets it finish if it is quicker).
    private func killed(_ arguments: [String], home: URL, after delay: UInt32) throws {
        let process = Process()
        process.executableURL = PearlsProcess.binary
        process.arguments = arguments
        process.currentDirectoryURL = home
        process.environment = ["PATH": "/usr/bin:/bin", "HOME": home.path, "NO_COLOR": "1", "LANG": "C.UTF-8",
                               "PEARLS_HOME": home.path, "PEARLS_NOW": Self.now]
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        usleep(delay * 1000)
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }

    /// The journal still starts with every byte it held before.
    private func expectKept(_ before: Data, in journal: URL) throws {
        let after = try Data(contentsOf: journal)
        #expect(after.count >= before.count && after.prefix(before.count) == before,
                "the journal lost committed bytes (\(before.count) before, \(after.count) after)")
    }

    private func expectDoctorFindsNoProblem(home: URL) throws {
        let doctor = try pearls(["doctor"], home: home)
        #expect(doctor.status == 0, "\(doctor.stdout)\(doctor.stderr)")
        #expect(!doctor.stdout.contains("problem"), "\(doctor.stdout)")
    }

    private func reviews(in journal: URL) throws -> Int {
        String(decoding: try Data(contentsOf: journal), as: UTF8.self)
            .components(separatedBy: #""kind":"review""#).count - 1
    }
}
