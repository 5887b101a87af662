import Foundation
import PearlsCore
import Testing

@testable import Progress

/// A write that fails (a full disk, or here a folder where the file should go) is reported with the
/// file's path once, then the reason.
@Suite struct WriteFailureMessageTests {
    let now = Date(timeIntervalSince1970: 1_795_249_800)

    @Test func savingADeckThatCannotBeWrittenNamesThePathOnce() throws {
        let folder = TemporaryFolder()
        let store = try ProgressStore.open(try folder.profile(), now: now, deviceZone: TimeZone(secondsFromGMT: 0)!)
        let path = store.profile.decksFolder + "/d.json"
        // A folder where the deck copy goes makes the atomic write fail, as a full disk would.
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        let deck = Deck(id: "d", title: "T", cards: [Card(id: "c1", type: .basic, prompt: "p", answers: ["a"])])
        let error = try #require(throws: ProgressError.self) { try store.rememberDeck(deck, source: "/tmp/d.md") }
        let message = error.description
        #expect(message.components(separatedBy: path).count == 2, "\(message)")
        #expect(message.hasPrefix("cannot write \(path): it is not a regular file"), "\(message)")
    }
}
