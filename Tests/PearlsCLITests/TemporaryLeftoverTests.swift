import Foundation
import Testing

/// Temporary files an atomic write leaves when it is killed between writing and renaming: `doctor` names
/// each with its size and age, and `doctor --repair` removes them, and nothing else.
struct TemporaryLeftoverTests {
    let environment = ["PEARLS_NOW": "2026-11-21T09:30:00+01:00"]
    let now = Date(timeIntervalSince1970: 1_795_249_800)

    private func run(_ arguments: [String], home: URL) throws -> PearlsProcess.Outcome {
        try PearlsProcess.run(arguments, environment: environment.merging(["PEARLS_HOME": home.path]) { $1 })
    }

    /// A profile with a leftover of a snapshot write and of a deck copy's write (three hours old), and
    /// files that only look like leftovers.
    private func profileWithLeftovers() throws -> (home: URL, leftovers: [URL], lookalikes: [URL]) {
        let home = try PearlsProcess.temporaryFolder()
        #expect(try run(["config", "set", "fuzz", "off"], home: home).status == 0)
        let profile = home.appendingPathComponent("default")
        try FileManager.default.createDirectory(at: profile.appendingPathComponent("decks"), withIntermediateDirectories: true)
        let leftovers = [".progress.json.tmp-4242", "decks/.bone.json.tmp-77"].map(profile.appendingPathComponent)
        let lookalikes = ["progress.json.tmp-4242", ".progress.json.tmp-42a", ".tmp-1", "notes.tmp", ".progress.json.tmp-"]
            .map(profile.appendingPathComponent)
        for file in leftovers + lookalikes {
            try Data("{\"cards\":".utf8).write(to: file)
            try FileManager.default.setAttributes([.modificationDate: now.addingTimeInterval(-3 * 3600)], ofItemAtPath: file.path)
        }
        return (home, leftovers, lookalikes)
    }

    @Test func doctorNamesEachLeftoverWithItsSizeAndAge() throws {
        let (home, _, _) = try profileWithLeftovers()
        let doctor = try run(["doctor"], home: home)
        #expect(doctor.stdout.contains(".progress.json.tmp-4242 (9 bytes, 3 hours old)"), "\(doctor.stdout)")
        #expect(doctor.stdout.contains("decks/.bone.json.tmp-77 (9 bytes, 3 hours old)"), "\(doctor.stdout)")
        #expect(!doctor.stdout.contains("notes.tmp") && !doctor.stdout.contains(".tmp-42a"), "\(doctor.stdout)")
    }

    @Test func repairRemovesLeftoversAndNothingElse() throws {
        let (home, leftovers, lookalikes) = try profileWithLeftovers()
        let repair = try run(["doctor", "--repair"], home: home)
        #expect(repair.status == 0, "\(repair.stderr)")
        for file in leftovers { #expect(!FileManager.default.fileExists(atPath: file.path), "\(file.path)") }
        #expect(repair.stdout.contains("removed .progress.json.tmp-4242"), "\(repair.stdout)")
        #expect(!repair.stdout.contains("temporary file"), "\(repair.stdout)")
        for file in lookalikes { #expect(FileManager.default.fileExists(atPath: file.path), "\(file.path)") }
    }
}
