import Foundation
import PearlsCore
import Testing

@testable import Progress

/// Journals written by another device or a newer build: merge checks everything before it appends
/// anything, and what this build does not know is kept, skipped in replay and named once.
@Suite struct NewerBuildTests {
    let zone = TimeZone(identifier: "Europe/Paris") ?? .current
    let now = Date(timeIntervalSince1970: 1_795_249_800)

    private func line(_ id: String, _ rest: String) -> String {
        #"{"id":"\#(id)","time":"2026-11-20T09:00:00.000+01:00",\#(rest)}"# + "\n"
    }

    private func review(_ id: String, card: String = "c1") -> String {
        line(id, #""kind":"review","card":"\#(card)","deck":"d","rating":3,"answer":"","ms":900,"mode":"review","counts":true,"params":1"#)
    }

    private func writeJournal(_ lines: [String], learner: String, in folder: TemporaryFolder) throws -> Profile {
        let profile = try folder.profile(learner)
        try FileManager.default.createDirectory(atPath: profile.folder, withIntermediateDirectories: true)
        let text = String(decoding: JournalFile.header(learner: learner), as: UTF8.self) + lines.joined()
        try text.write(toFile: profile.journalPath, atomically: true, encoding: .utf8)
        return profile
    }

    @Test func mergeRefusesASettingThisBuildRejectsAndAppendsNothing() throws {
        let folder = TemporaryFolder()
        let ours = try writeJournal([review("a1")], learner: "ours", in: folder)
        let theirs = try writeJournal(
            [review("b1"), line("b2", #""kind":"setting","key":"desired-retention","value":"0.5""#)],
            learner: "theirs", in: folder)
        let before = try Data(contentsOf: URL(fileURLWithPath: ours.journalPath))
        let store = try ProgressStore.open(ours, now: now, deviceZone: zone)
        #expect {
            _ = try store.merge(theirs.folder, now: now)
        } throws: { error in
            "\(error)".contains("\(theirs.journalPath):3") && "\(error)".contains("0.5")
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: ours.journalPath)) == before)
    }

    @Test func aJournalHoldingARejectedSettingStillOpens() throws {
        let folder = TemporaryFolder()
        let profile = try writeJournal(
            [review("a1"), line("a2", #""kind":"setting","key":"desired-retention","value":"0.5""#), review("a3", card: "c2")],
            learner: "ours", in: folder)
        let store = try ProgressStore.open(profile, now: now, deviceZone: zone)
        #expect(store.state.cards.count == 2)
        #expect(store.state.settings.scheduling.desiredRetention == 0.9)
        #expect(store.warnings.contains { $0.contains(":3") && $0.contains("desired-retention") })
    }

    /// A rejected setting is named at its value's column, when opened and when merged, as any bad input is.
    @Test func aRejectedSettingIsNamedAtItsValuesColumn() throws {
        let folder = TemporaryFolder()
        let setting = line("a2", #""kind":"setting","key":"desired-retention","value":"0.5""#)
        let column = try #require(setting.range(of: #""0.5""#)).lowerBound.utf16Offset(in: setting) + 1
        let ours = try writeJournal([review("a1"), setting], learner: "ours", in: folder)
        let theirs = try writeJournal([review("b1"), setting], learner: "theirs", in: folder)
        let mine = try writeJournal([review("m1")], learner: "mine", in: folder)
        let store = try ProgressStore.open(ours, now: now, deviceZone: zone)
        #expect(store.warnings.contains { $0.hasPrefix("\(ours.journalPath):3:\(column): ") }, "\(store.warnings)")
        let merging = try ProgressStore.open(mine, now: now, deviceZone: zone)
        #expect {
            _ = try merging.merge(theirs.folder, now: now)
        } throws: { error in
            "\(error)".hasPrefix("\(theirs.journalPath):3:\(column): ")
        }
    }

    @Test func whatANewerBuildAddsIsKeptSkippedAndNamedOnce() throws {
        let folder = TemporaryFolder()
        let ours = try writeJournal([review("a1")], learner: "ours", in: folder)
        let future = [
            line("b1", #""kind":"setting","key":"voice-speed","value":"fast""#),
            line("b2", #""kind":"highlight","card":"c1","colour":"red""#),
            line("b3", #""kind":"highlight","card":"c2","colour":"blue""#),
            line("b4", #""kind":"review","card":"c1","deck":"d","rating":3,"answer":"","ms":900,"mode":"sprint","counts":true"#),
            line("b5", #""kind":"review","card":"c3","deck":"d","rating":3,"answer":"","ms":900,"mode":"review","counts":true,"mood":"calm""#),
        ]
        let theirs = try writeJournal(future, learner: "theirs", in: folder)
        do {
            let store = try ProgressStore.open(ours, now: now, deviceZone: zone)
            let result = try store.merge(theirs.folder, now: now)
            #expect(result.added == 5)
            #expect(store.state.cards.keys.sorted() == ["c1", "c3"])
            #expect(store.state.eventCount == 6)
        }

        // What this build does not know is kept as the newer build wrote it.
        let journal = try String(contentsOfFile: ours.journalPath, encoding: .utf8)
        for text in future.dropFirst() { #expect(journal.contains(text)) }
        #expect(journal.contains(#""key":"voice-speed","value":"fast""#))

        // Reopened with a full replay, each unknown thing is named once.
        try FileManager.default.removeItem(atPath: ours.snapshotPath)
        let reopened = try ProgressStore.open(ours, now: now, deviceZone: zone)
        #expect(reopened.state.cards.keys.sorted() == ["c1", "c3"])
        let notes = reopened.warnings.joined(separator: "\n")
        #expect(notes.contains("voice-speed"))
        #expect(notes.contains("sprint"))
        #expect(notes.components(separatedBy: "highlight").count == 2)
    }

    @Test func aSnapshotFromANewerSchemaIsRebuilt() throws {
        let folder = TemporaryFolder()
        let profile = try writeJournal([review("a1")], learner: "ours", in: folder)
        try #"{"pearls":"progress","schema":99,"learner":"ours"}"#.write(
            toFile: profile.snapshotPath, atomically: true, encoding: .utf8)
        let store = try ProgressStore.open(profile, now: now, deviceZone: zone, readOnly: true)
        #expect(store.state.cards.count == 1)
        let reviewer = try ProgressStore.open(profile, now: now, deviceZone: zone)
        #expect(reviewer.state.cards.count == 1)
        #expect(try Snapshot.read(from: profile.snapshotPath)?.state.eventCount == 1)
    }
}
