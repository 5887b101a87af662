import Foundation
import Testing

/// `:edit` opens the card's source in the learner's editor, and nothing in a deck's text or its JSON can
/// make that run a command or open a file outside the deck's folder.
struct EditCommandTests {
    /// A folder with a deck source named `sourceName`, compiled to deck.json, and an editor that only
    /// writes the arguments it was given to args.txt.
    private func deckFolder(sourceName: String) throws -> URL {
        let folder = try PearlsProcess.temporaryFolder()
        let source = "---\ntitle: T\nid: t\n---\n\n# Topic\n\nQ: What is two plus two?\nA: four\n"
        try source.write(to: folder.appendingPathComponent(sourceName), atomically: true, encoding: .utf8)
        let editor = folder.appendingPathComponent("fake-editor")
        try "#!/bin/sh\nprintf '%s\\n' \"$@\" > \"$(dirname \"$0\")/args.txt\"\n".write(to: editor, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: editor.path)
        let compile = try PearlsProcess.run(["compile", "-o", "deck.json", "--", sourceName], in: folder)
        #expect(compile.status == 0, "\(compile.stderr)")
        return folder
    }

    private func edit(in folder: URL) throws -> (outcome: PearlsProcess.Outcome, arguments: [String]?) {
        let outcome = try PearlsProcess.run(["study", "deck.json"], in: folder, input: ":edit\n", environment: [
            "PEARLS_HOME": folder.appendingPathComponent("home").path, "PEARLS_NOW": "2026-11-21T09:30:00+01:00",
            "EDITOR": folder.appendingPathComponent("fake-editor").path,
        ])
        let arguments = try? String(contentsOf: folder.appendingPathComponent("args.txt"), encoding: .utf8)
        return (outcome, arguments.map { $0.split(separator: "\n").map(String.init) })
    }

    @Test func aSourceNamedLikeAnEditorCommandIsOpenedByItsAbsolutePath() throws {
        let folder = try deckFolder(sourceName: "+!touch pwned.md")
        let arguments = try #require(try edit(in: folder).arguments)
        #expect(arguments.first == "+8")
        let path = try #require(arguments.last)
        #expect(path.hasPrefix("/") && path.hasSuffix("/+!touch pwned.md"), "\(arguments)")
        #expect(!arguments.contains { $0.hasPrefix("+!") })
    }

    @Test(arguments: ["../outside.md", "/etc/hostname", "sub/../../outside.md"])
    func aDeckJSONCannotChooseAFileOutsideItsFolder(source: String) throws {
        let folder = try deckFolder(sourceName: "deck.md")
        try "Q: x\nA: y\n".write(to: folder.deletingLastPathComponent().appendingPathComponent("outside.md"),
                                 atomically: true, encoding: .utf8)
        let deck = folder.appendingPathComponent("deck.json")
        let json = try String(contentsOf: deck, encoding: .utf8)
            .replacingOccurrences(of: #""file": "deck.md""#, with: #""file": "\#(source)""#)
        try json.write(to: deck, atomically: true, encoding: .utf8)
        let (outcome, arguments) = try edit(in: folder)
        #expect(arguments == nil, "the editor was started with \(arguments ?? [])")
        #expect(outcome.stdout.contains("not opened"), "\(outcome.stdout)")
    }
}
