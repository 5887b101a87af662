import Foundation
import PearlsCore
import Testing

@testable import Progress

/// Merging journals is a set union of events followed by a replay, so it must be idempotent, commutative
/// and associative, whatever the journals hold.
@Suite struct MergeTests {
    let zone = TimeZone(identifier: "America/New_York") ?? .current
    let now = Date(timeIntervalSince1970: Double(RandomJournal.start / 1000) + 100 * 86_400)

    private func makeProfile(_ name: String, in folder: TemporaryFolder, events: [JournalEvent]) throws -> Profile {
        let profile = try folder.profile(name)
        try FileManager.default.createDirectory(atPath: profile.folder, withIntermediateDirectories: true)
        let text = String(decoding: JournalFile.header(learner: name), as: UTF8.self) + events.map(\.line).joined()
        try text.write(toFile: profile.journalPath, atomically: true, encoding: .utf8)
        return profile
    }

    private func state(_ profile: Profile) throws -> [UInt8] {
        let store = try ProgressStore.open(profile, now: now, deviceZone: zone, readOnly: true)
        return Snapshot(learner: "-", journal: .init(), state: store.state).encoded()
    }

    private func merge(_ source: Profile, into target: Profile) throws -> ProgressStore.MergeResult {
        let store = try ProgressStore.open(target, now: now, deviceZone: zone)
        return try store.merge(source.folder, now: now)
    }

    /// Three journals that share some events.
    private func journals(seed: UInt64) -> [[JournalEvent]] {
        var generator = SplitMix64(seed: seed)
        let shared = RandomJournal.events(15, using: &generator)
        return (0..<3).map { _ in
            let own = RandomJournal.events(Int.random(in: 5...40, using: &generator), using: &generator)
            return (own + shared.filter { _ in Bool.random(using: &generator) }).sorted { $0.time < $1.time }
        }
    }

    @Test(arguments: 1...12)
    func mergeIsIdempotentAndCommutative(seed: UInt64) throws {
        let folder = TemporaryFolder()
        let sets = journals(seed: seed)
        let a = try makeProfile("a", in: folder, events: sets[0])
        let b = try makeProfile("b", in: folder, events: sets[1])
        let a2 = try makeProfile("a2", in: folder, events: sets[0])
        let b2 = try makeProfile("b2", in: folder, events: sets[1])

        let first = try merge(b, into: a)
        let expectedNew = Set(sets[1].map(\.id)).subtracting(sets[0].map(\.id)).count
        #expect(first.added == expectedNew)
        let once = try state(a)
        let again = try merge(b, into: a)
        #expect(again.added == 0)
        #expect(try state(a) == once)

        _ = try merge(a2, into: b2)
        #expect(try state(b2) == once)
    }

    @Test(arguments: 1...8)
    func mergeIsAssociative(seed: UInt64) throws {
        let folder = TemporaryFolder()
        let sets = journals(seed: seed + 100)
        let a = try makeProfile("a", in: folder, events: sets[0])
        let b = try makeProfile("b", in: folder, events: sets[1])
        let c = try makeProfile("c", in: folder, events: sets[2])
        let a2 = try makeProfile("a2", in: folder, events: sets[0])
        let b2 = try makeProfile("b2", in: folder, events: sets[1])
        let c2 = try makeProfile("c2", in: folder, events: sets[2])

        _ = try merge(b, into: a)
        _ = try merge(c, into: a)       // (A ∪ B) ∪ C
        _ = try merge(c2, into: b2)
        _ = try merge(b2, into: a2)     // A ∪ (B ∪ C)
        #expect(try state(a) == state(a2))
    }

    @Test func refusesAnEventThatDiffersUnderTheSameID() throws {
        let folder = TemporaryFolder()
        var generator = SplitMix64(seed: 3)
        let events = RandomJournal.events(5, using: &generator)
        var changed = events
        changed[2].card = "someone-else"
        let a = try makeProfile("a", in: folder, events: events)
        let b = try makeProfile("b", in: folder, events: changed)
        let before = try String(contentsOfFile: a.journalPath, encoding: .utf8)
        #expect(throws: ProgressError.conflictingEvent(id: events[2].id, path: b.journalPath, line: 4)) {
            try merge(b, into: a)
        }
        #expect(try String(contentsOfFile: a.journalPath, encoding: .utf8) == before)
    }

    @Test func namesWhatIsNotAJournal() throws {
        let folder = TemporaryFolder()
        let a = try makeProfile("a", in: folder, events: [])
        let store = try ProgressStore.open(a, now: now, deviceZone: zone)
        #expect(throws: ProgressError.notAJournal(path: folder.path)) { try store.merge(folder.path, now: now) }
        let text = folder.path + "/notes.txt"
        try "root:x:0:0:root:/root:/bin/bash\n".write(toFile: text, atomically: true, encoding: .utf8)
        #expect(throws: ProgressError.notAJournal(path: text)) { try store.merge(text, now: now) }
    }
}
