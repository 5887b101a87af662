import Foundation
import PearlsCore
import Scheduling

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

    /// The snapshot in the profile (`progress.json`, or a copy kept by `keepFullerSnapshot`) that knows the
    /// most that `state` does not: cards it lacks or holds an older state of, and settings that differ.
    /// `nil` when every snapshot is covered by `state`.
    public static func snapshotAhead(of state: ProgressState, in profile: Profile)
        -> (snapshot: Snapshot, path: String, ahead: Int)?
    {
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: profile.folder)) ?? [])
            .filter { $0.hasPrefix("progress.json.lost-") }.sorted()
        var best: (snapshot: Snapshot, path: String, ahead: Int)?
        for path in [profile.snapshotPath] + names.reversed().map({ profile.folder + "/" + $0 }) {
            guard let snapshot = try? Snapshot.read(from: path) else { continue }
            let ahead = missing(from: state, in: snapshot).count
            if ahead > best?.ahead ?? 0 { best = (snapshot, path, ahead) }
        }
        return best.map { ($0.snapshot, $0.path, $0.ahead) }
    }

    /// One thing a snapshot holds that the journal's state does not.
    enum Missing {
        case setting(key: String, value: String)
        /// A card the state lacks, or holds an earlier review of.
        case card(CardID, CardState)
    }

    /// What `snapshot` holds beyond `state`. Settings count only while the journal has none of its own
    /// (all defaults): a setting changed since is newer than any snapshot. A card whose id is outside the
    /// grammar of `ID:` never counts: written into the journal, it would make merging that journal fail.
    static func missing(from state: ProgressState, in snapshot: Snapshot) -> [Missing] {
        var missing: [Missing] = []
        for (key, value) in snapshot.state.settings.allValues
        where state.settings == ProfileSettings() && (try? state.settings.value(of: key)) != value {
            missing.append(.setting(key: key, value: value))
        }
        for (card, adopted) in snapshot.state.cards.sorted(by: { $0.key < $1.key }) where CardID.isWellFormed(card.rawValue) {
            if let known = state.cards[card], (adopted.lastReview ?? .distantPast) <= (known.lastReview ?? .distantPast) { continue }
            missing.append(.card(card, adopted))
        }
        return missing
    }

    /// What `adopt` wrote.
    public struct Adoption: Sendable, Equatable {
        public var cards = 0
        public var settings = 0
        /// Cards of the snapshot left out because their ids are not card ids.
        public var leftOut = 0
        /// The copy of the journal taken before anything was appended.
        public var backup: String
    }

    /// Appends one `state` event for each card whose state in `snapshot` is later than the journal's (every
    /// card, when the journal lost everything) and, when the journal has no settings of its own, one
    /// `setting` event for each setting that differs, after copying the journal into `backups/`.
    public func adopt(_ snapshot: Snapshot, now: Date, using generator: inout some RandomNumberGenerator)
        throws(ProgressError) -> Adoption
    {
        let backup = "\(profile.backupsFolder)/\(Int64(now.timeIntervalSince1970 * 1000))-before-adopt-reviews.jsonl"
        do {
            try FileManager.default.createDirectory(atPath: profile.backupsFolder, withIntermediateDirectories: true)
            try AtomicFile.write(FileManager.default.contents(atPath: profile.journalPath) ?? Data(), to: backup)
        } catch {
            throw .writing(backup, failedWith: error)
        }
        var ids = eventIDs(using: &generator)
        let time = Timestamp(now, timeZone: deviceZone)
        var events: [JournalEvent] = []
        var adoption = Adoption(backup: backup)
        adoption.leftOut = snapshot.state.cards.keys.count { !CardID.isWellFormed($0.rawValue) }
        for missing in Self.missing(from: state, in: snapshot) {
            var event: JournalEvent
            switch missing {
            case .setting(let key, let value):
                event = JournalEvent(id: ids.next(at: time), kind: .setting, time: time)
                (event.key, event.value) = (key, value)
                adoption.settings += 1
            case .card(let card, let adopted):
                event = JournalEvent(id: ids.next(at: time), kind: .state, time: time, card: card)
                event.adoptedState = adopted
                adoption.cards += 1
            }
            events.append(event)
        }
        if !events.isEmpty {
            try record(events, now: now)
            try saveSnapshot(now: now)
        }
        return adoption
    }
}
