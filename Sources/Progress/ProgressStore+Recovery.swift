import Foundation
import PearlsCore

/// Progress the journal lost but a snapshot still holds: kept aside whenever a rebuild would shrink it, and
/// written back into the journal as `state` events by `pearls doctor --adopt-snapshot`.
extension ProgressStore {
    /// Before the snapshot is replaced by a state with fewer events (the journal was emptied, cut short or
    /// deleted), copies it to `progress.json.lost-<ms>` and says so; returns whether it did.
    @discardableResult
    func keepFullerSnapshot(now: Date) -> Bool {
        let path = profile.snapshotPath
        guard let snapshot = try? Snapshot.read(from: path), snapshot.state.eventCount > state.eventCount,
              let bytes = FileManager.default.contents(atPath: path) else { return false }
        let kept = path + ".lost-\(Int64(now.timeIntervalSince1970 * 1000))"
        do {
            try AtomicFile.write(bytes, to: kept)
        } catch {
            warnings.append("could not keep the fuller snapshot before rebuilding: \(error)")
            return false
        }
        warnings.append("the journal holds \(state.eventCount) events but progress.json held \(snapshot.state.eventCount) "
                        + "(\(snapshot.state.cards.count) cards): answers are missing from the journal. That snapshot is "
                        + "kept in \(kept); `pearls doctor --adopt-snapshot` writes its cards back into the journal")
        return true
    }

    /// The snapshot in the profile holding the most events: `progress.json` or a copy kept by
    /// `keepFullerSnapshot`, with its path.
    public static func fullestSnapshot(of profile: Profile) -> (snapshot: Snapshot, path: String)? {
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: profile.folder)) ?? [])
            .filter { $0.hasPrefix("progress.json.lost-") }.sorted()
        let paths = [profile.snapshotPath] + names.reversed().map { profile.folder + "/" + $0 }
        var fullest: (snapshot: Snapshot, path: String)?
        for path in paths {
            guard let snapshot = try? Snapshot.read(from: path) else { continue }
            if snapshot.state.eventCount > fullest?.snapshot.state.eventCount ?? -1 { fullest = (snapshot, path) }
        }
        return fullest
    }

    /// What `adopt` wrote.
    public struct Adoption: Sendable, Equatable {
        public var cards = 0
        public var settings = 0
        /// The copy of the journal taken before anything was appended.
        public var backup: String
    }

    /// Appends one `state` event for each card whose state in `snapshot` is later than the journal's (every
    /// card, when the journal lost everything) and one `setting` event for each setting that differs,
    /// after copying the journal into `backups/`.
    public func adopt(_ snapshot: Snapshot, now: Date, using generator: inout some RandomNumberGenerator)
        throws(ProgressError) -> Adoption
    {
        let backup = "\(profile.backupsFolder)/\(Int64(now.timeIntervalSince1970 * 1000))-before-adopt-reviews.jsonl"
        do {
            try FileManager.default.createDirectory(atPath: profile.backupsFolder, withIntermediateDirectories: true)
            try AtomicFile.write(FileManager.default.contents(atPath: profile.journalPath) ?? Data(), to: backup)
        } catch {
            throw .cannotWrite(path: backup, reason: "\(error)")
        }
        var ids = EventIDs(using: &generator)
        let time = Timestamp(now, timeZone: deviceZone)
        var events: [JournalEvent] = []
        var adoption = Adoption(backup: backup)
        for (key, value) in snapshot.state.settings.allValues where (try? state.settings.value(of: key)) != value {
            var event = JournalEvent(id: ids.next(at: time), kind: .setting, time: time)
            (event.key, event.value) = (key, value)
            events.append(event)
            adoption.settings += 1
        }
        for (card, adopted) in snapshot.state.cards.sorted(by: { $0.key < $1.key }) {
            let known = state.cards[card]?.lastReview ?? .distantPast
            guard state.cards[card] == nil || (adopted.lastReview ?? .distantPast) > known else { continue }
            var event = JournalEvent(id: ids.next(at: time), kind: .state, time: time, card: card)
            event.adoptedState = adopted
            events.append(event)
            adoption.cards += 1
        }
        if !events.isEmpty {
            try record(events, now: now)
            try saveSnapshot(now: now)
        }
        return adoption
    }
}
