import Foundation
import Testing

/// A scripted session (`--seed`, `PEARLS_NOW`) stays reproducible on a copy of a profile, while a second
/// run on the same profile writes new event ids, so the journal never holds one id twice.
struct SeededSessionTests {
    private func study(home: URL) throws -> PearlsProcess.Outcome {
        try PearlsProcess.run(["--seed", "3"], input: "x\n3\ny\n3\n", environment: [
            "PEARLS_HOME": home.path, "PEARLS_NOW": "2026-11-21T09:30:00+01:00",
        ])
    }

    private func ids(_ home: URL) throws -> [String] {
        let journal = try String(contentsOf: home.appendingPathComponent("default/reviews.jsonl"), encoding: .utf8)
        return journal.split(separator: "\n").dropFirst().compactMap { line in
            line.split(separator: "\"").dropFirst(3).first.map(String.init)
        }
    }

    @Test func aRepeatedSeededSessionWritesNewIDsAndTheProfileStillRebuilds() throws {
        let home = try PearlsProcess.temporaryFolder()
        let copy = try PearlsProcess.temporaryFolder()
        #expect(try study(home: home).status == 0)
        #expect(try study(home: copy).status == 0)
        #expect(try ids(home) == ids(copy), "the same script on the same profile gives the same journal")
        #expect(try ids(home).count == 2)

        let second = try study(home: home)
        #expect(second.status == 0, "\(second.stderr)")
        let all = try ids(home)
        #expect(all.count > 2)
        #expect(Set(all).count == all.count, "\(all)")

        // Rebuilding from the whole journal still works.
        try FileManager.default.removeItem(at: home.appendingPathComponent("default/progress.json"))
        let stats = try PearlsProcess.run(["stats"], environment: [
            "PEARLS_HOME": home.path, "PEARLS_NOW": "2026-11-21T09:30:00+01:00",
        ])
        #expect(stats.status == 0, "\(stats.stderr)")
    }
}
