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
        try expectMergeSurvives { arguments, home in try killed(arguments, home: home, after: delay) }
    }

    @Test(arguments: delays)
    func configSet(killedAfter delay: UInt32) throws {
        try expectConfigSetSurvives { arguments, home in try killed(arguments, home: home, after: delay) }
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

    /// The kill aimed at the last writes: `pearls` stops itself with a journal append written but not fsync'd,
    /// or with an atomic write's temporary file on disk but not yet renamed (`PEARLS_TEST_STOP_AT`), and is
    /// killed there.
    @Test(arguments: ["journal-fsync", "rename"])
    func mergeKilledAtItsWrite(point: String) throws {
        try expectMergeSurvives { arguments, home in try killed(arguments, home: home, at: point) }
    }

    @Test func repairKilledBeforeItsRename() throws {
        let home = try PearlsProcess.temporaryFolder()
        let journal = try writeJournal(in: home.appendingPathComponent("default"), ids: 0..<5_000)
        let before = try Data(contentsOf: journal)

        try killed(["doctor", "--repair"], home: home, at: "rename")
        #expect(try Data(contentsOf: journal) == before)
        try expectDoctorFindsNoProblem(home: home)
        let again = try pearls(["doctor", "--repair"], home: home)
        #expect(again.status == 0, "\(again.stderr)")
        #expect(again.stdout.contains("snapshot rebuilt from 5000 journal events"), "\(again.stdout)")
        // The killed write's temporary file is gone after the repair, and nothing else is left over.
        let left = try FileManager.default.contentsOfDirectory(atPath: home.appendingPathComponent("default").path)
        #expect(!left.contains { $0.contains(".tmp-") }, "\(left)")
    }

    @Test func configSetKilledBeforeItsRename() throws {
        try expectConfigSetSurvives { arguments, home in try killed(arguments, home: home, at: "rename") }
    }

    // MARK: - Helpers

    /// `merge` killed by `kill`: the journal keeps what it held, `doctor` finds nothing wrong, and merging
    /// again gives every review once.
    private func expectMergeSurvives(_ kill: (_ arguments: [String], _ home: URL) throws -> Void) throws {
        let home = try PearlsProcess.temporaryFolder()
        let journal = try writeJournal(in: home.appendingPathComponent("default"), ids: 0..<500)
        let other = home.appendingPathComponent("laptop")
        _ = try writeJournal(in: other, ids: 250..<5_000)
        let before = try Data(contentsOf: journal)

        try kill(["merge", other.path], home)
        try expectKept(before, in: journal)
        try expectDoctorFindsNoProblem(home: home)
        let again = try pearls(["merge", other.path], home: home)
        #expect(again.status == 0, "\(again.stderr)")
        #expect(try reviews(in: journal) == 5_000)
        try expectDoctorFindsNoProblem(home: home)
    }

    /// `config set` killed by `kill`: nothing lost, and setting it again holds.
    private func expectConfigSetSurvives(_ kill: (_ arguments: [String], _ home: URL) throws -> Void) throws {
        let home = try PearlsProcess.temporaryFolder()
        let journal = try writeJournal(in: home.appendingPathComponent("default"), ids: 0..<5_000)
        let before = try Data(contentsOf: journal)

        try kill(["config", "set", "desired-retention", "0.85"], home)
        try expectKept(before, in: journal)
        try expectDoctorFindsNoProblem(home: home)
        let again = try pearls(["config", "set", "desired-retention", "0.85"], home: home)
        #expect(again.status == 0, "\(again.stderr)")
        let settings = try pearls(["config"], home: home)
        #expect(settings.stdout.contains("0.85"), "\(settings.stdout)")
        #expect(try reviews(in: journal) == 5_000)
    }

    /// Starts `pearls` with `PEARLS_TEST_STOP_AT=point`, waits until it says it stopped there, and kills it.
    /// A command that never reaches the point is a failure: the test would aim at nothing.
    private func killed(_ arguments: [String], home: URL, at point: String) throws {
        let errors = Pipe()
        let process = try started(arguments, home: home, errors: errors, environment: ["PEARLS_TEST_STOP_AT": point])
        var said = Data()
        while !String(decoding: said, as: UTF8.self).contains("pearls: stopped at \(point)") {
            let more = errors.fileHandleForReading.availableData
            if more.isEmpty { break }
            said += more
        }
        let stopped = String(decoding: said, as: UTF8.self).contains("pearls: stopped at \(point)")
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(stopped, "pearls \(arguments.joined(separator: " ")) never reached \(point): \(String(decoding: said, as: UTF8.self))")
    }

    /// `pearls` started in `home` with the pinned clock, its standard error going to `errors`.
    private func started(_ arguments: [String], home: URL, errors: Any, environment: [String: String] = [:]) throws -> Process {
        let process = Process()
        process.executableURL = PearlsProcess.binary
        process.arguments = arguments
        process.currentDirectoryURL = home
        process.environment = ["PATH": "/usr/bin:/bin", "HOME": home.path, "NO_COLOR": "1", "LANG": "C.UTF-8",
                               "PEARLS_HOME": home.path, "PEARLS_NOW": Self.now].merging(environment) { $1 }
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = errors
        try process.run()
        return process
    }

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
        let process = try started(arguments, home: home, errors: FileHandle.nullDevice)
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
