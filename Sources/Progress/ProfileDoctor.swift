import Foundation
import PearlsCore

/// `pearls doctor`: checks a profile without changing it, and says what is wrong and what to do.
public enum ProfileDoctor {
    /// One thing the doctor found.
    public struct Finding: Sendable, Equatable, CustomStringConvertible {
        public enum Severity: String, Sendable { case ok, warning, problem }
        public var severity: Severity
        public var message: String

        public var description: String { "\(severity == .ok ? "ok" : severity.rawValue): \(message)" }
    }

    /// Examines the profile: the journal, the snapshot against a full replay, leftovers from crashes,
    /// cards no stored deck knows, and whether a process holds the lock.
    public static func examine(_ profile: Profile, now: Date, deviceZone: TimeZone) -> [Finding] {
        var findings: [Finding] = []
        func ok(_ text: String) { findings.append(Finding(severity: .ok, message: text)) }
        func warn(_ text: String) { findings.append(Finding(severity: .warning, message: text)) }
        func problem(_ text: String) { findings.append(Finding(severity: .problem, message: text)) }

        guard FileManager.default.fileExists(atPath: profile.journalPath) else {
            if let fullest = ProgressStore.snapshotAhead(of: ProgressState(), in: profile) {
                problem("journal: missing, but the snapshot in \(fullest.path) holds \(fullest.snapshot.state.eventCount) "
                        + "events on \(fullest.snapshot.state.cards.count) cards: the journal was lost; " + adoptAdvice)
            } else {
                ok("no journal yet at \(profile.journalPath): nothing studied with this profile")
            }
            return findings
        }
        var replayer = JournalReplayer(now: now)
        var future = 0
        let journal = profile.journalPath
        let limit = ProgressState.holdBackLimit(at: now)
        do {
            let result = try JournalFile.read(journal) { (event, line) throws(ProgressError) in
                if event.time.date > now && event.time.milliseconds <= limit { future += 1 }
                try replayer.add(event, path: journal, line: line)
            }
            ok("journal: \(replayer.count) event\(replayer.count == 1 ? "" : "s") on \(result.lastLine) lines, every line valid")
            if let torn = result.tornTail {
                warn("journal: the last line (\(torn.count) bytes) was cut short by a crash; "
                     + "the next study session (or `pearls doctor --repair`) sets it aside")
            }
        } catch {
            problem(error.description)
            return findings
        }
        if future > 0 {
            warn("journal: \(future) events are stamped later than now (a device clock running fast?); they count as now")
        }
        let replayed: ProgressState
        do {
            replayed = try replayer.replay(now: now, deviceZone: deviceZone)
        } catch {
            problem(error.description)
            return findings
        }
        if let heldBack = replayed.heldBack {
            warn("journal: events stamped more than a day after now, the first at \(heldBack) (a device whose clock "
                 + "is wrong?), are kept but left out of progress until a day before their time")
        }

        if let fullest = ProgressStore.snapshotAhead(of: replayed, in: profile) {
            let place = fullest.path == profile.snapshotPath ? "" : " in \(fullest.path)"
            problem("journal: holds \(replayed.eventCount) events, but the snapshot\(place) holds \(fullest.ahead) "
                    + "card\(fullest.ahead == 1 ? "" : "s") or settings that the journal lacks or has only older answers "
                    + "of: answers were lost from the journal; " + adoptAdvice)
        } else {
            findings.append(snapshotFinding(profile, replayed: replayed))
        }

        let temporary = TemporaryLeftover.find(in: profile)
        if !temporary.isEmpty {
            warn("\(temporary.count) temporary file(s) left by an interrupted write are in \(profile.folder): "
                 + temporary.map { $0.described(now: now) }.joined(separator: ", ")
                 + "; the files they were replacing are intact, and `pearls doctor --repair` removes them")
        }
        let files = (try? FileManager.default.contentsOfDirectory(atPath: profile.folder)) ?? []
        let leftovers = files.filter { $0.hasPrefix("reviews.jsonl.torn-") }
        if !leftovers.isEmpty {
            warn("\(leftovers.count) torn line(s) from past crashes are kept in \(profile.folder) "
                 + "(\(leftovers.sorted().joined(separator: ", "))); they were never acknowledged answers and can be deleted")
        }

        let (decks, unreadable) = ProgressStore.storedDecks(of: profile)
        for path in unreadable { warn("\(path) is not a readable deck copy") }
        let known = Set(decks.flatMap { $0.cards.map(\.id) })
        let orphans = replayed.cards.keys.filter { !known.contains($0) }.sorted()
        if decks.isEmpty {
            warn("no deck copies in \(profile.decksFolder): card text cannot be shown in stats")
        } else if orphans.isEmpty {
            ok("cards: all \(replayed.cards.count) studied cards are in the stored decks")
        } else {
            warn("cards: \(orphans.count) studied cards are in no stored deck (changed ids?): "
                 + orphans.prefix(5).map(\.rawValue).joined(separator: ", ") + (orphans.count > 5 ? ", …" : ""))
        }

        if let holder = ProfileLock.holder(of: profile) {
            warn("lock: held by \(holder)")
        } else {
            ok("lock: no session holds the profile")
        }
        return findings
    }

    /// How the snapshot compares with a full replay of the journal.
    private static func snapshotFinding(_ profile: Profile, replayed: ProgressState) -> Finding {
        do {
            guard let snapshot = try Snapshot.read(from: profile.snapshotPath) else {
                return Finding(severity: .warning, message: "snapshot: missing; the next session (or `pearls doctor --repair`) writes it")
            }
            let stored = Snapshot(learner: "", journal: .init(), state: snapshot.state).encoded()
            let fresh = Snapshot(learner: "", journal: .init(), state: replayed).encoded()
            if snapshot.state.eventCount < replayed.eventCount {
                return Finding(severity: .ok, message: "snapshot: covers \(snapshot.state.eventCount) of \(replayed.eventCount) "
                               + "events; the rest load from the journal")
            } else if stored == fresh {
                return Finding(severity: .ok, message: "snapshot: agrees with a full replay of the journal (\(replayed.cards.count) cards)")
            }
            return Finding(severity: .warning, message: "snapshot: differs from a full replay of the journal; `pearls doctor --repair` rebuilds it")
        } catch {
            return Finding(severity: .warning, message: "\(error); `pearls doctor --repair` rebuilds it")
        }
    }

    private static let adoptAdvice = "`pearls doctor --adopt-snapshot` writes the snapshot's cards back into the "
        + "journal (after backing it up)"
}
