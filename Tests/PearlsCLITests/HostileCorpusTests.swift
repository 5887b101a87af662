import Foundation
import Testing

/// Every file of `HostileCorpus/` (escape sequences in every field and file name, bidi controls, huge
/// numbers, NaN, far dates, duplicate ids, a future schema, kinds and settings, broken UTF-8, deep
/// nesting…) run through every command that reads it: none may crash, print a raw control character,
/// or fail without naming the file.
struct HostileCorpusTests {
    static let folder = PearlsProcess.packageRoot.appendingPathComponent("Tests/PearlsCLITests/HostileCorpus")
    static var files: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
    }

    private let environment = ["PEARLS_NOW": "2026-11-21T09:30:00+01:00"]

    /// A copy of `file` under a fresh folder, as what the commands expect to find there.
    private func place(_ file: String) throws -> (work: URL, home: URL, copy: URL) {
        let work = try PearlsProcess.temporaryFolder()
        let home = work.appendingPathComponent("home")
        let profile = home.appendingPathComponent("default")
        try FileManager.default.createDirectory(at: profile, withIntermediateDirectories: true)
        let source = Self.folder.appendingPathComponent(file)
        let copy: URL
        if file.hasSuffix(".snapshot.json") {
            let journal = "{\"pearls\":\"journal\",\"schema\":1,\"learner\":\"default\"}\n"
            try journal.write(to: profile.appendingPathComponent("reviews.jsonl"), atomically: true, encoding: .utf8)
            copy = profile.appendingPathComponent("progress.json")
        } else if file.hasSuffix(".jsonl") {
            copy = profile.appendingPathComponent("reviews.jsonl")
        } else {
            copy = work.appendingPathComponent(file)
        }
        try FileManager.default.copyItem(at: source, to: copy)
        return (work, home, copy)
    }

    private func commands(for file: String, copy: URL, work: URL) -> [[String]] {
        let report = work.appendingPathComponent("out.html").path
        if file.hasSuffix(".deck.json") {
            return [["list", copy.path], ["list", copy.path, "--json"], ["study", copy.path, "--seed", "1"]]
        }
        var commands = [["stats"], ["stats", "--json"], ["doctor"], ["report", "-o", report], ["export-log", "--csv"]]
        if file.hasSuffix(".jsonl") {
            let other = Self.folder.appendingPathComponent(file).path
            commands += [["merge", other], ["doctor", "--repair"], ["study", "--seed", "1"]]
        }
        return commands
    }

    @Test(arguments: files)
    func noCrashNoRawControlAndTheFileIsNamed(file: String) throws {
        #expect(Self.files.count >= 40)
        let (work, home, copy) = try place(file)
        for command in commands(for: file, copy: copy, work: work) {
            let outcome = try PearlsProcess.run(command, in: work, input: "x\n3\n",
                                                environment: environment.merging(["PEARLS_HOME": home.path]) { $1 })
            let label = "\(file): pearls \(command.joined(separator: " "))"
            #expect([0, 1, 64].contains(outcome.status), "\(label) exited \(outcome.status): \(outcome.stderr)")
            let printed = outcome.stdout + outcome.stderr
            let raw = printed.unicodeScalars.first { scalar in
                (scalar.value < 0x20 && scalar.value != 0x0A) || (0x7F...0x9F).contains(scalar.value)
                    || (0x202A...0x202E).contains(scalar.value) || (0x2066...0x2069).contains(scalar.value)
            }
            #expect(raw == nil, "\(label) printed U+\(String(raw?.value ?? 0, radix: 16))")
            if outcome.status == 1 {
                #expect(outcome.stderr.contains("pearls: error:") || outcome.stdout.contains("problem:"), "\(label)")
                let names = ["reviews.jsonl", "progress.json", file.sanitizedName, "out.html"]
                #expect(names.contains { printed.contains($0) }, "\(label) does not name the file: \(printed)")
            }
        }
    }

    @Test func aTenMegabyteLineIsAnErrorWithItsPosition() throws {
        let work = try PearlsProcess.temporaryFolder()
        let profile = work.appendingPathComponent("home/default")
        try FileManager.default.createDirectory(at: profile, withIntermediateDirectories: true)
        let line = "{\"id\":\"a\",\"kind\":\"flag\",\"time\":\"2026-11-21T09:30:00+01:00\",\"card\":\"c\",\"x\":\""
            + String(repeating: "\u{1B}", count: 10 << 20) + "\"}\n"
        try ("{\"pearls\":\"journal\",\"schema\":1,\"learner\":\"default\"}\n" + line)
            .write(to: profile.appendingPathComponent("reviews.jsonl"), atomically: true, encoding: .utf8)
        for command in [["stats"], ["doctor"], ["export-log", "--csv"]] {
            let outcome = try PearlsProcess.run(command, in: work, environment: environment.merging(
                ["PEARLS_HOME": work.appendingPathComponent("home").path]) { $1 })
            #expect(outcome.status == 1)
            #expect((outcome.stdout + outcome.stderr).contains("reviews.jsonl:2:1048577: the line is longer than 1 MiB"),
                    "\(command): \(outcome.stderr)")
        }
    }
}

extension String {
    /// The file name as messages print it (controls removed).
    fileprivate var sanitizedName: String {
        String(unicodeScalars.filter { $0.value >= 0x20 && $0.value != 0x7F }.map(Character.init))
    }
}
