import Foundation
import PearlsCore
import Scheduling

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A learner's progress, open for study: the state replayed from the journal, and the means to add to it.
///
/// Opening takes the profile's lock (unless read-only), sets aside a torn last journal line, and loads
/// the snapshot plus the journal's tail, rebuilding from the whole journal whenever the snapshot cannot
/// be trusted. `record` appends an event and fsyncs it before returning. A class because it owns the
/// lock and the journal's file descriptor.
public final class ProgressStore {
    public let profile: Profile
    public private(set) var state: ProgressState
    /// Things the learner should know about, found while opening (torn lines set aside, rebuilds, clocks).
    public internal(set) var warnings: [String] = []
    /// Whether the store can record events.
    public var isReadOnly: Bool { writer == nil }

    /// The time zone of the device, used to stamp events with their offset.
    public let deviceZone: TimeZone
    private var position: Snapshot.JournalPosition
    private var writer: JournalWriter?
    private var lock: ProfileLock?
    private var eventsSinceSnapshot = 0
    private var appendedIDs = AppendedIDCheck()
    /// Whether the state counts some event as happening at an earlier `now` than its own time (a clock behind
    /// the journal's): such a state depends on when it was built, so it is rebuilt before it is saved.
    private var countsEventsEarly = false
    /// How many times the state was replayed from the whole journal since the profile was opened.
    public private(set) var replayCount = 0
    /// How to take back the latest events recorded, the latest last (see `ProgressState.UndoPoint`): one
    /// for each card event recorded alone since anything else, less those already taken back, at most
    /// `undoPointsKept`.
    private var undoPoints: [ProgressState.UndoPoint] = []
    /// Each point holds a copy of the tallies, so only the last few answers are kept undoable without a replay.
    static let undoPointsKept = 10
    /// The first event held back while reading the journal (`ProgressState.heldBack`), and how many were.
    private var heldBack: (first: (line: Int, event: JournalEvent), count: Int)?

    /// The system calls that write and fsync the journal, the snapshot and stored decks.
    var fileOperations = FileOperations.system

    /// How many snapshots `backups/` keeps.
    public static let backupsKept = 3

    private init(profile: Profile, state: ProgressState, position: Snapshot.JournalPosition, deviceZone: TimeZone) {
        self.profile = profile
        self.state = state
        self.position = position
        self.deviceZone = deviceZone
    }

    /// Opens a profile. `holder` describes this process for anyone who finds the profile locked; with
    /// `readOnly`, no lock is taken and nothing is written (a missing profile reads as empty).
    /// `fileOperations` write and fsync what the store saves (tests pass ones that fail).
    public static func open(
        _ profile: Profile, now: Date, deviceZone: TimeZone, readOnly: Bool = false, holder: String = "pearls",
        fileOperations: FileOperations = .system
    ) throws(ProgressError) -> ProgressStore {
        let files = FileManager.default
        var lock: ProfileLock?
        if !readOnly {
            do {
                try files.createDirectory(atPath: profile.folder, withIntermediateDirectories: true)
            } catch {
                throw .cannotCreate(path: profile.folder, reason: (error as NSError).localizedDescription)
            }
            lock = try ProfileLock(profile: profile, holder: holder)
        }
        let store = ProgressStore(profile: profile, state: ProgressState(), position: .init(), deviceZone: deviceZone)
        store.lock = lock
        store.fileOperations = fileOperations
        if files.fileExists(atPath: profile.journalPath) {
            if !readOnly { try JournalFile.endLastLine(profile.journalPath) }
            try store.load(now: now, readOnly: readOnly)
        } else if !readOnly, store.keepFullerSnapshot(now: now) {
            try store.saveSnapshot(now: now)
        }
        if !readOnly {
            store.writer = try JournalWriter(path: profile.journalPath, learner: profile.learner, operations: fileOperations)
            if store.position.bytes == 0 {
                store.position = Snapshot.JournalPosition(bytes: fileSize(profile.journalPath), lines: 1)
            }
        }
        return store
    }

    // MARK: - Loading

    private func load(now: Date, readOnly: Bool) throws(ProgressError) {
        let journal = profile.journalPath
        if let snapshot = usableSnapshot(journalSize: fileSize(journal), now: now) {
            state = snapshot.state
            position = snapshot.journal
            var needsRebuild = false
            var tail = 0
            var skipped = SkippedEvents()
            let result = try JournalFile.read(journal, from: position.bytes, firstLine: position.lines + 1) {
                (event, line) throws(ProgressError) in
                guard !needsRebuild else { return }
                noteTime(of: event, line: line, now: now)
                if let reason = event.skipReason { skipped.note(reason, line: line, field: event.skipField) }
                if try state.extend(with: event, now: now, deviceZone: deviceZone) {
                    position.lastEventID = event.id
                    tail += 1
                } else {
                    needsRebuild = true
                }
            }
            try setAsideTornTail(result, readOnly: readOnly, now: now)
            noteHeldBack()
            if needsRebuild {
                try rebuild(now: now)
            } else {
                warnings += skipped.messages(path: journal)
                position.bytes = result.endOffset
                position.lines = result.lastLine
                eventsSinceSnapshot = tail
            }
        } else {
            try rebuild(now: now, readOnly: readOnly)
        }
    }

    /// The snapshot, if it exists, parses, and ends where a line of this journal ends with the same event.
    private func usableSnapshot(journalSize: Int, now: Date) -> Snapshot? {
        let path = profile.snapshotPath
        let snapshot: Snapshot
        do {
            guard let read = try Snapshot.read(from: path) else { return nil }
            snapshot = read
        } catch {
            switch error {
            case .newerVersion:
                warnings.append("\(error.description); rebuilding progress from the journal instead")
            case .olderSnapshot where lock == nil:
                warnings.append("\(error.description); reading the journal instead until the next study "
                                + "session updates it")
            case .olderSnapshot:
                warnings.append("\(error.description); updated it from the journal (a one-off)")
            default:
                warnings.append("\(error.description); rebuilt it from the journal (the old file is in backups/)")
            }
            backUp(path, now: now)
            return nil
        }
        guard snapshot.journal.bytes <= journalSize, lastEventID(before: snapshot.journal.bytes) == snapshot.journal.lastEventID
        else {
            warnings.append("\(path) does not match the journal; rebuilt it from the journal")
            return nil
        }
        // An event it held back is now near enough to count: only a replay puts it in its place.
        if let heldBack = snapshot.state.heldBack, heldBack.milliseconds <= ProgressState.holdBackLimit(at: now) { return nil }
        return snapshot
    }

    /// The id of the event on the line that ends at byte `offset` (`nil` if that line is the header).
    private func lastEventID(before offset: Int) -> String? {
        guard offset > 0, let handle = FileHandle(forReadingAtPath: profile.journalPath) else { return nil }
        defer { try? handle.close() }
        let start = max(0, offset - 65_536)
        try? handle.seek(toOffset: UInt64(start))
        guard let data = try? handle.read(upToCount: offset - start), data.count == offset - start,
              data.last == 0x0A else { return nil }
        let body = data.dropLast()
        let lineStart = body.lastIndex(of: 0x0A).map { $0 + 1 } ?? body.startIndex
        let line = Array(body[lineStart...])
        return line.withUnsafeBufferPointer { try? JournalEvent.parse($0).id }
    }

    /// Replays the whole journal.
    public func rebuild(now: Date, readOnly: Bool? = nil) throws(ProgressError) {
        let readOnly = readOnly ?? isReadOnly
        replayCount += 1
        undoPoints.removeAll()
        let path = profile.journalPath
        // Journal lines run to about 200 bytes; guessing the count spares the replayer's tables from growing.
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        var replayer = JournalReplayer(expectedEvents: size / 200, now: now)
        var lastID: String?
        countsEventsEarly = false
        heldBack = nil
        let result = try JournalFile.read(path) { (event, line) throws(ProgressError) in
            noteTime(of: event, line: line, now: now)
            try replayer.add(event, path: path, line: line)
            lastID = event.id
        }
        noteHeldBack()
        try setAsideTornTail(result, readOnly: readOnly, now: now)
        warnings += replayer.skipped.messages(path: path)
        state = try replayer.replay(now: now, deviceZone: deviceZone)
        position = Snapshot.JournalPosition(bytes: result.endOffset, lines: result.lastLine, lastEventID: lastID)
        eventsSinceSnapshot = state.eventCount
        if !readOnly {
            keepFullerSnapshot(now: now)
            if !countsEventsEarly { try writeSnapshot(now: now) }
        }
    }

    /// Warns about an event stamped later than now: within a day it counts as happening now (so the state
    /// counts it early); further ahead it is held back, named once for all such events by `noteHeldBack`.
    private func noteTime(of event: JournalEvent, line: Int, now: Date) {
        guard event.time.date > now else { return }
        guard event.time.milliseconds <= ProgressState.holdBackLimit(at: now) else {
            heldBack = (heldBack?.first ?? (line, event), (heldBack?.count ?? 0) + 1)
            return
        }
        countsEventsEarly = true
        guard warnings.count < 20 else { return }
        warnings.append("\(profile.journalPath):\(line): event \(event.id) is stamped \(event.time), later than now "
                        + "(a device clock running fast?); it counts as happening now")
    }

    private func noteHeldBack() {
        guard let (first, count) = heldBack else { return }
        heldBack = nil
        let others = count > 1 ? " (and \(count - 1) more like it)" : ""
        warnings.append("\(profile.journalPath):\(first.line): event \(first.event.id) is stamped \(first.event.time), "
                        + "more than a day after now (a device whose clock is wrong?)\(others); it is kept in the journal "
                        + "and left out of progress until a day before its time")
    }

    /// Moves a torn last line to `reviews.jsonl.torn-<time>` and cuts it from the journal.
    private func setAsideTornTail(_ result: JournalFile.ReadResult, readOnly: Bool, now: Date) throws(ProgressError) {
        guard let torn = result.tornTail else { return }
        let journal = profile.journalPath
        guard !readOnly else {
            warnings.append("\(journal): the last line (\(torn.count) bytes) is incomplete, left from a crash; "
                            + "it is ignored, and set aside the next time the profile is opened for study")
            return
        }
        let stamp = Int64(now.timeIntervalSince1970 * 1000)
        let aside = journal + ".torn-\(stamp)"
        guard let handle = FileHandle(forReadingAtPath: journal) else {
            throw .unreadable(path: journal, reason: "cannot open")
        }
        try? handle.seek(toOffset: UInt64(torn.lowerBound))
        let bytes = (try? handle.read(upToCount: torn.count)) ?? Data()
        try? handle.close()
        do {
            try AtomicFile.write(bytes, to: aside)
        } catch {
            throw .cannotWrite(path: aside, reason: error.reason)
        }
        guard truncate(journal, off_t(torn.lowerBound)) == 0 else {
            throw .cannotWrite(path: journal, reason: JournalFile.lastError())
        }
        warnings.append("\(journal): the last line was cut short by a crash (\(torn.count) bytes, never saved as "
                        + "an answer); it was set aside in \(aside)")
    }

    // MARK: - Recording

    /// The id of the journal's last event (`nil` for an empty journal), which `EventIDs` mixes into a
    /// session's ids.
    public var lastEventID: String? { position.lastEventID }

    /// A source of ids for the events one session (a study session, a `config set`) appends to this journal:
    /// they come after every event it holds in `EventOrder`, when their time allows.
    public func eventIDs(using generator: inout some RandomNumberGenerator) -> EventIDs {
        EventIDs(using: &generator, after: lastEventID, following: state.latestOrder)
    }

    /// Appends events to the journal (on disk before this returns) and folds them into the state. An
    /// event whose id the journal already holds is refused, and then nothing is written.
    public func record(_ events: [JournalEvent], now: Date) throws(ProgressError) {
        try record(events, now: now, checkingIDs: true)
    }

    /// `record(_:now:)`; `checkingIDs` false skips the id check, for callers that checked every id.
    func record(_ events: [JournalEvent], now: Date, checkingIDs: Bool) throws(ProgressError) {
        guard let writer else {
            throw .cannotWrite(path: profile.journalPath, reason: "the profile is open read-only")
        }
        if checkingIDs { try appendedIDs.check(events, journal: profile.journalPath) }
        let written = try writer.append(events)
        appendedIDs.didAppend(events, checked: checkingIDs)
        position.bytes += written
        position.lines += events.count
        var consistent = true
        if events.contains(where: { $0.time.date > now }) { countsEventsEarly = true }
        for event in events where consistent {
            if let point = undoPoints.last, state.undo(event, restoring: point, now: now) {
                position.lastEventID = event.id
                undoPoints.removeLast()
                continue
            }
            // Only a single event keeps its undo point: copying the tallies for each event of a merge would cost.
            let point = events.count == 1 ? state.undoPoint(before: event) : nil
            consistent = try state.extend(with: event, now: now, deviceZone: deviceZone)
            if consistent { position.lastEventID = event.id }
            if let point {
                undoPoints.append(point)
                if undoPoints.count > Self.undoPointsKept { undoPoints.removeFirst() }
            } else {
                undoPoints.removeAll()
            }
        }
        eventsSinceSnapshot += events.count
        if !consistent { try rebuild(now: now) }
    }

    /// Appends one event (see `record(_:now:)`).
    public func record(_ event: JournalEvent, now: Date) throws(ProgressError) {
        try record([event], now: now)
    }

    /// Writes the snapshot atomically, keeping the previous one in `backups/`.
    ///
    /// Nothing is saved while the state holds events stamped later than `now` (a device whose clock ran
    /// fast): they were counted as happening now, so the state depends on `now`, and a snapshot of it
    /// would disagree with a replay made later. The journal has them; the next save after they are in the
    /// past rebuilds the state with every event at its own time and writes that.
    public func saveSnapshot(now: Date) throws(ProgressError) {
        guard lock != nil else { return }
        if let latest = state.latest, latest.date > now { return }
        if countsEventsEarly {
            try rebuild(now: now)
        } else {
            try writeSnapshot(now: now)
        }
    }

    private func writeSnapshot(now: Date) throws(ProgressError) {
        guard lock != nil else { return }
        backUp(profile.snapshotPath, now: now)
        let snapshot = Snapshot(learner: profile.learner, journal: position, state: state)
        do {
            try AtomicFile.write(snapshot.encoded(), to: profile.snapshotPath, operations: fileOperations)
        } catch {
            throw .cannotWrite(path: profile.snapshotPath, reason: error.reason)
        }
        eventsSinceSnapshot = 0
    }

    /// Saves the snapshot if enough events were recorded since the last one that loading would slow down.
    public func saveSnapshotIfUseful(now: Date, threshold: Int = 1) throws(ProgressError) {
        if eventsSinceSnapshot >= threshold { try saveSnapshot(now: now) }
    }

    /// The scheduler the learner's settings describe.
    public var scheduler: any SchedulingAlgorithm { state.settings.scheduler(deviceZone: deviceZone) }

    /// The learner's study calendar.
    public var calendar: StudyCalendar { state.settings.calendar(deviceZone: deviceZone) }

    /// Hard-links the current file at `path` into `backups/` and prunes old backups of the same file.
    func backUp(_ path: String, now: Date) {
        guard lock != nil, FileManager.default.fileExists(atPath: path) else { return }
        let folder = profile.backupsFolder
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let name = (path as NSString).lastPathComponent
        let stamp = Int64(now.timeIntervalSince1970 * 1000)
        let target = "\(folder)/\(stamp)-\(name)"
        if link(path, target) != 0 { try? FileManager.default.copyItem(atPath: path, toPath: target) }
        let kept = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasSuffix("-" + name) }.sorted()
        for old in kept.dropLast(Self.backupsKept) { try? FileManager.default.removeItem(atPath: "\(folder)/\(old)") }
    }
}

/// The size of a file in bytes (0 if it does not exist).
func fileSize(_ path: String) -> Int {
    var status = stat()
    return stat(path, &status) == 0 ? Int(status.st_size) : 0
}
