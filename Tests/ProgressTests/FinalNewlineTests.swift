import Foundation
import PearlsCore
import Testing

@testable import Progress

/// A complete, valid last line without its newline (an editor that strips it, a copy tool) is an event,
/// not a torn line: it is kept, and the next write first ends it.
@Suite struct FinalNewlineTests {
    let zone = TimeZone(identifier: "Europe/Paris") ?? .current
    let now = Date(timeIntervalSince1970: 1_795_249_800)

    private func flag(_ id: String, card: String, minutes: Double) -> JournalEvent {
        JournalEvent(id: id, kind: .flag, time: Timestamp(now.addingTimeInterval(-minutes * 60), timeZone: zone),
                     card: CardID(card))
    }

    @Test func aCompleteLastLineWithoutANewlineIsAnEvent() throws {
        let folder = TemporaryFolder()
        let profile = try folder.profile()
        try FileManager.default.createDirectory(atPath: profile.folder, withIntermediateDirectories: true)
        var text = String(decoding: JournalFile.header(learner: "default"), as: UTF8.self)
        text += flag("f1", card: "a", minutes: 20).line + flag("f2", card: "b", minutes: 10).line
        text.removeLast()
        try text.write(toFile: profile.journalPath, atomically: true, encoding: .utf8)

        let reader = try ProgressStore.open(profile, now: now, deviceZone: zone, readOnly: true)
        #expect(reader.state["b"].isFlagged)
        #expect(reader.warnings.isEmpty, "\(reader.warnings)")

        do {
            let store = try ProgressStore.open(profile, now: now, deviceZone: zone)
            #expect(store.warnings.isEmpty, "\(store.warnings)")
            try store.record(flag("f3", card: "c", minutes: 0), now: now)
        }
        let journal = try String(contentsOfFile: profile.journalPath, encoding: .utf8)
        #expect(journal.split(separator: "\n").count == 4)
        #expect(journal.hasSuffix("}\n"))

        try FileManager.default.removeItem(atPath: profile.snapshotPath)
        let rebuilt = try ProgressStore.open(profile, now: now, deviceZone: zone)
        #expect(rebuilt.state.eventCount == 3)
        #expect(rebuilt.state["a"].isFlagged && rebuilt.state["b"].isFlagged && rebuilt.state["c"].isFlagged)
        #expect(rebuilt.warnings.isEmpty, "\(rebuilt.warnings)")
        let files = try FileManager.default.contentsOfDirectory(atPath: profile.folder)
        #expect(!files.contains { $0.contains("torn") })
    }
}

/// A line longer than the journal's limit is an error with its position, found without holding it whole.
@Test(arguments: [true, false])
func aLineOverTheLimitIsAnErrorWithItsPosition(ended: Bool) throws {
    let folder = TemporaryFolder()
    let profile = try folder.profile()
    try FileManager.default.createDirectory(atPath: profile.folder, withIntermediateDirectories: true)
    var text = String(decoding: JournalFile.header(learner: "default"), as: UTF8.self)
    text += #"{"id":"a","kind":"flag","time":"2026-11-21T09:30:00+01:00","card":"c"}"# + "\n"
    text += #"{"id":"b","kind":"flag","time":"2026-11-21T09:30:00+01:00","card":"c","note":""#
    text += String(repeating: "x", count: 3 << 20) + #""}"# + (ended ? "\n" : "")
    try text.write(toFile: profile.journalPath, atomically: true, encoding: .utf8)
    let zone = TimeZone(identifier: "UTC") ?? .current
    #expect {
        _ = try ProgressStore.open(profile, now: Date(timeIntervalSince1970: 1_795_249_800), deviceZone: zone,
                                   readOnly: true)
    } throws: { error in
        "\(error)".contains("\(profile.journalPath):3:") && "\(error)".contains("1 MiB")
    }
}
