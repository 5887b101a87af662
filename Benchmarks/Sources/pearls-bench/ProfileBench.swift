import ArgumentParser
import Foundation
import PearlsCore
import Progress
import Scheduling

/// `pearls-bench profile`: a learner profile of simulated reviews, and the progress store's timings on it.
struct ProfileBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "profile",
        abstract: "Generate a large learner profile, or time loading, rebuilding, appending and undoing on one.")

    enum Task: String, ExpressibleByArgument { case generate, load, rebuild, append, undo }

    @Argument(help: "generate, load, rebuild, append or undo.") var task: Task
    @Option(help: "The profile root (the learner is 'bench').") var root: String
    @Option var cards = 100_000
    @Option var events = 1_000_000
    @Option var repetitions = 5
    @Option var seed: UInt64 = 11

    static let zone = TimeZone(identifier: "America/New_York") ?? .current
    static let start = Date(timeIntervalSince1970: 1_700_000_000)

    func run() throws {
        let profile = try Profile(learner: "bench", root: root)
        // A time after every generated review (gaps are capped so the history spans a few years).
        let now = Self.start.addingTimeInterval(10 * 365 * 86_400)
        switch task {
        case .generate:
            try generate(profile, now: now)
        case .rebuild:
            // Without the snapshot, opening replays the whole journal; the snapshot is put back afterwards.
            let aside = profile.snapshotPath + ".aside"
            try? FileManager.default.moveItem(atPath: profile.snapshotPath, toPath: aside)
            defer { try? FileManager.default.moveItem(atPath: aside, toPath: profile.snapshotPath) }
            let result = Measurement.run("rebuild \(events) events from the journal", warmUp: 0, repetitions: repetitions) {
                (try? ProgressStore.open(profile, now: now, deviceZone: Self.zone, readOnly: true).state.cards.count) ?? -1
            }
            print(result.line)
        case .load:
            let result = Measurement.run("load the profile (snapshot and tail)", warmUp: 1, repetitions: repetitions) {
                (try? ProgressStore.open(profile, now: now, deviceZone: Self.zone, readOnly: true).state.cards.count) ?? -1
            }
            print(result.line)
        case .append:
            let (_, samples) = try answering(profile, now: now, count: 200, undoing: false)
            print(Measurement(name: "append one answer with fsync", samples: samples).line)
        case .undo:
            let (replays, samples) = try answering(profile, now: now, count: repetitions, undoing: true)
            print(Measurement(name: "undo the answer just given (\(replays) replays)", samples: samples).line)
        }
        print(String(format: "peak memory\t%.1f MB", peakMemoryMegabytes()))
    }

    /// Records `count` answers, two seconds apart, and times each in milliseconds; with `undoing`, each
    /// answer is followed by an undo voiding it (as `:undo` does), and the undo is what is timed. Returns
    /// the samples and how many times the store replayed the journal meanwhile.
    private func answering(_ profile: Profile, now: Date, count: Int, undoing: Bool) throws -> (replays: Int, [Double]) {
        let store = try ProgressStore.open(profile, now: now, deviceZone: Self.zone)
        let replaysBefore = store.replayCount
        var generator = SplitMix64(seed: seed)
        var ids = store.eventIDs(using: &generator)
        var samples: [Double] = []
        let clock = ContinuousClock()
        // After everything the profile holds (an earlier run's answers too), so each answer extends the state.
        let start = max(now, store.state.latest?.date ?? now).addingTimeInterval(1)
        for index in 0..<count {
            let time = Timestamp(start.addingTimeInterval(Double(2 * index)), timeZone: Self.zone)
            let answer = JournalEvent.review(
                id: ids.next(at: time), time: time, card: CardID("card-\(index)"), deck: "bench",
                rating: undoing ? .again : .good, answer: "answer", responseMilliseconds: 3000, mode: .review, counts: true)
            var timed = answer
            if undoing {
                try store.record(answer, now: time.date)
                let undoTime = Timestamp(start.addingTimeInterval(Double(2 * index + 1)), timeZone: Self.zone)
                timed = JournalEvent(id: ids.next(at: undoTime), kind: .undo, time: undoTime)
                timed.voids = answer.id
            }
            let began = clock.now
            try store.record(timed, now: timed.time.date)
            let elapsed = clock.now - began
            samples.append(Double(elapsed.components.seconds) * 1_000 + Double(elapsed.components.attoseconds) / 1e15)
        }
        return (store.replayCount - replaysBefore, samples)
    }

    /// Writes a journal of simulated reviews, a snapshot, and then a tail of 100 events after the snapshot.
    private func generate(_ profile: Profile, now: Date) throws {
        try? FileManager.default.removeItem(atPath: profile.folder)
        var rng = SplitMix64(seed: seed)
        let learner = SimulatedLearner()
        let perCard = max(1, events / cards)
        do {
            let store = try ProgressStore.open(profile, now: now, deviceZone: Self.zone)
            var batch: [JournalEvent] = []
            var written = 0
            for card in 0..<cards {
                var day = Double(Int.random(in: 0..<365, using: &rng))
                for (index, review) in learner.history(count: perCard, using: &rng).enumerated() {
                    day += Double(min(review.elapsedDays, 120))
                    let date = Self.start.addingTimeInterval(day * 86_400 + 36_000 + Double(index * 60))
                    let time = Timestamp(date, timeZone: Self.zone)
                    batch.append(.review(
                        id: "\(time.milliseconds)-\(String(card, radix: 16))-\(index)", time: time,
                        card: CardID("card-\(card)"), deck: "bench", rating: review.rating, answer: "answer",
                        responseMilliseconds: 2000 + index * 37 % 9000, mode: .review, counts: true))
                }
                if batch.count >= 20_000 {
                    try appendRaw(batch, to: profile)
                    written += batch.count
                    batch.removeAll(keepingCapacity: true)
                }
            }
            try appendRaw(batch, to: profile)
            written += batch.count
            _ = store
            FileHandle.standardError.write(Data("wrote \(written) events for \(cards) cards\n".utf8))
        }
        // Open once to rebuild and save the snapshot, then add a tail the next load reads from the journal.
        let store = try ProgressStore.open(profile, now: now, deviceZone: Self.zone)
        var generator = SplitMix64(seed: seed + 1)
        var ids = EventIDs(using: &generator, after: nil)
        for index in 0..<100 {
            let time = Timestamp(now.addingTimeInterval(Double(index - 200)), timeZone: Self.zone)
            try store.record(.review(
                id: ids.next(at: time), time: time, card: CardID("card-\(index)"), deck: "bench", rating: .good,
                answer: "answer", responseMilliseconds: 2500, mode: .review, counts: true), now: now)
        }
        let size = (try? FileManager.default.attributesOfItem(atPath: profile.journalPath)[.size] as? Int) ?? 0
        FileHandle.standardError.write(Data("journal \(size / 1_000_000) MB, \(store.state.cards.count) cards\n".utf8))
    }

    /// Appends events straight to the journal file (the store is not reopened for each batch).
    private func appendRaw(_ batch: [JournalEvent], to profile: Profile) throws {
        let writer = try JournalWriter(path: profile.journalPath, learner: profile.learner)
        try writer.append(batch)
    }
}
