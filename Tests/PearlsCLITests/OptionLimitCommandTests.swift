import Foundation
import Testing

/// Options are answered by letter, a to z: `check` and `compile` refuse a choice question with more,
/// naming the file, the line of the 27th option and the count, and compile writes nothing.
@Test(arguments: [("mcq.md", 1, 30), ("sata.md", 3, 27)])
func checkAndCompileRefuseMoreThanTwentySixOptions(file: String, correct: Int, count: Int) throws {
    let folder = try PearlsProcess.temporaryFolder()
    let options = (1...count).map { "- [\($0 <= correct ? "x" : " ")] option \($0)" }
    try (["Q: which of these?"] + options).joined(separator: "\n").write(
        to: folder.appendingPathComponent(file), atomically: true, encoding: .utf8)
    let expected = "\(file):28:1: error: a choice question has \(count) options; the most is 26 (a to z)"
    for arguments in [["check", file], ["compile", file, "-o", "out.json"]] {
        let outcome = try PearlsProcess.run(arguments, in: folder, environment: ["PEARLS_HOME": folder.path])
        #expect(outcome.status == 1, "\(arguments)")
        #expect((outcome.stdout + outcome.stderr).contains(expected), "\(arguments): \(outcome.stdout)\(outcome.stderr)")
    }
    #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("out.json").path))
}
