import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// `pearls` itself killed with SIGKILL in the middle of a study session, every answer stamped with the
/// same pinned instant (a tie on the clock): each answer it acknowledged (by showing the next card) is in
/// the journal, `doctor` finds no problem, and the next session carries on from there.
struct KillDuringStudyTests {
    private let now = "2026-11-21T09:30:00+01:00"

    /// `waitFor` acknowledged answers: kill once the card after them is on screen. `feedAll`: send every
    /// answer at once, so the kill lands while the session is still working through them.
    @Test(arguments: [(1, false), (3, false), (5, true), (12, true)])
    func everyAcknowledgedAnswerSurvivesAKill(waitFor acknowledged: Int, feedAll: Bool) throws {
        let home = try PearlsProcess.temporaryFolder()
        let output = home.appendingPathComponent("session.out")
        FileManager.default.createFile(atPath: output.path, contents: nil)
        let process = Process()
        process.executableURL = PearlsProcess.binary
        process.arguments = ["--seed", "1"]
        process.currentDirectoryURL = home
        process.environment = ["PATH": "/usr/bin:/bin", "HOME": home.path, "NO_COLOR": "1", "LANG": "C.UTF-8",
                               "PEARLS_HOME": home.path, "PEARLS_NOW": now]
        let input = Pipe()
        PearlsProcess.ignoringBrokenPipes
        process.standardInput = input
        process.standardOutput = try FileHandle(forWritingTo: output)
        process.standardError = FileHandle.nullDevice
        try process.run()
        let answer = Data("a\n\n".utf8)
        var fed = 0
        if feedAll {
            try? input.fileHandleForWriting.write(contentsOf: Data((0..<20).flatMap { _ in answer }))
            fed = 20
        }
        var shown = 0
        let deadline = Date().addingTimeInterval(30)
        while Date() < deadline {
            shown = cardsShown(in: output)
            if shown > acknowledged { break }
            if fed < shown {  // answer each card once it is on screen
                try? input.fileHandleForWriting.write(contentsOf: answer)
                fed += 1
            }
            usleep(20_000)
        }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal, "the session ended before the kill")
        let acknowledgedAtKill = shown - 1
        #expect(acknowledgedAtKill >= acknowledged, "only \(shown) cards were shown")

        let journal = home.appendingPathComponent("default/reviews.jsonl")
        let events = String(decoding: try Data(contentsOf: journal), as: UTF8.self)
            .split(separator: "\n", omittingEmptySubsequences: false).dropLast()
            .filter { $0.contains(#""kind":"review""#) }.count
        // More may be on disk than was seen acknowledged (the kill can land after a save), never fewer.
        #expect(events >= acknowledgedAtKill)
        if !feedAll { #expect(events == acknowledged, "the session was waiting for its next answer") }
        let doctor = try PearlsProcess.run(["doctor"], environment: ["PEARLS_HOME": home.path, "PEARLS_NOW": now])
        #expect(doctor.status == 0, "\(doctor.stdout)")
        #expect(!doctor.stdout.contains("problem"), "\(doctor.stdout)")
        let next = try PearlsProcess.run(["--seed", "1"], input: "", environment: ["PEARLS_HOME": home.path, "PEARLS_NOW": now])
        #expect(next.status == 0, "\(next.stderr)")
        let heading = events < 20 ? "review · \(20 - events) new" : "today's new cards are done"
        #expect(next.stdout.contains(heading), "\(next.stdout)")
    }

    /// The number of card headers (`[n/20 · …`) the session has printed so far.
    private func cardsShown(in output: URL) -> Int {
        let text = String(decoding: (try? Data(contentsOf: output)) ?? Data(), as: UTF8.self)
        return text.split(separator: "\n").filter { $0.hasPrefix("[") }.count
    }
}
