import Foundation
import PearlsCore
import Testing

@testable import Progress

@Suite struct JournalFileTests {
    /// Lines that span read chunks must be read whole and counted at their true offsets.
    @Test(arguments: [7, 64, 1000, 1 << 22])
    func readsTheSameWhateverTheChunkSize(chunkSize: Int) throws {
        let folder = TemporaryFolder()
        let path = folder.path + "/reviews.jsonl"
        var generator = SplitMix64(seed: 5)
        let events = RandomJournal.events(40, using: &generator)
        let complete = String(decoding: JournalFile.header(learner: "x"), as: UTF8.self) + events.map(\.line).joined()
        try (complete + #"{"id":"torn","ki"#).write(toFile: path, atomically: true, encoding: .utf8)

        var read: [JournalEvent] = []
        var lines: [Int] = []
        let result = try JournalFile.read(path, chunkSize: chunkSize) { (event, line) throws(ProgressError) in
            read.append(event)
            lines.append(line)
        }
        #expect(read == events)
        #expect(lines == Array(2...41))
        #expect(result.endOffset == complete.utf8.count)
        #expect(result.lastLine == 41)
        #expect(result.tornTail == complete.utf8.count..<(complete.utf8.count + 16))

        // Reading on from an offset in the middle gives the rest, with the right line numbers.
        let middle = String(decoding: JournalFile.header(learner: "x"), as: UTF8.self) + events.prefix(10).map(\.line).joined()
        var rest: [Int] = []
        _ = try JournalFile.read(path, from: middle.utf8.count, firstLine: 12, chunkSize: chunkSize) {
            (_, line) throws(ProgressError) in rest.append(line)
        }
        #expect(rest == Array(12...41))
    }
}
