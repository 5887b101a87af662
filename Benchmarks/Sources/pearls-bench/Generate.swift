import ArgumentParser
import Foundation
import PearlsCore
import Progress
import Scheduling

/// `pearls-bench generate`: a deck and a learner profile made by simulating study, day by day.
///
/// The learner's memory follows FSRS with the default parameters: each review is recalled with the
/// probability the model predicts after the real elapsed time, so the profile's calibration curve should
/// sit on the diagonal. Each day the learner takes due reviews (up to a limit), then new cards (up to a
/// limit), at a plausible pace. Deterministic for a seed.
struct Generate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write a synthetic deck and a learner profile of simulated reviews.",
        discussion: """
            DIR gets deck.json, a profile folder DIR/LEARNER (reviews.jsonl, progress.json, decks/) for \
            PEARLS_HOME=DIR, and generated.txt with the instant just after the last review (use it as \
            PEARLS_NOW).
            """)

    @Option var cards = 1_000
    @Option var reviews = 10_000
    @Option var seed: UInt64 = 1
    @Option(name: .shortAndLong, help: "The folder to write.") var output: String
    @Option(help: "The learner's name; with --learners, the prefix of numbered names.") var learner = "default"
    @Option(help: "How many learners to simulate (a class, for cohort reports); each gets the next seed.")
    var learners = 1
    @Option(help: "New cards a day (default: enough to meet every card within a year).") var newPerDay: Int?
    @Option(help: "Reviews a day at most.") var reviewsPerDay = 400

    static let zone = TimeZone(identifier: "Europe/London") ?? .current
    static let start = Date(timeIntervalSince1970: 1_735_689_600)  // 2025-01-01 00:00 UTC

    func run() throws {
        try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
        let deck = Self.deck(cards: cards)
        try AtomicFile.write(Array(deck.jsonText().utf8), to: output + "/deck.json")
        var latest = Self.start
        for index in 0..<learners {
            let name = learners == 1 ? learner : learner + "-" + String(format: "%03d", index + 1)
            latest = max(latest, try simulate(Profile(learner: name, root: output), deck: deck, seed: seed + UInt64(index)))
        }
        let now = latest.addingTimeInterval(3600)
        try AtomicFile.write(Array((Timestamp(now, timeZone: Self.zone).description + "\n").utf8), to: output + "/generated.txt")
    }

    /// Simulates one learner into `profile`; returns the instant of the last review.
    private func simulate(_ profile: Profile, deck: Deck, seed: UInt64) throws -> Date {
        try? FileManager.default.removeItem(atPath: profile.folder)
        try FileManager.default.createDirectory(atPath: profile.folder, withIntermediateDirectories: true)
        var rng = SplitMix64(seed: seed)
        let model = FSRS()
        let newPerDay = self.newPerDay ?? max(1, (cards + 364) / 365)
        var memory = [MemoryState?](repeating: nil, count: cards)
        var lastDay = [Int](repeating: 0, count: cards)
        var dueOn: [Int: [Int32]] = [:]
        var nextNew = 0
        var written = 0
        var day = 0
        var batch: [JournalEvent] = []
        let writer = try JournalWriter(path: profile.journalPath, learner: profile.learner)
        var lastInstant = Self.start
        while written < reviews && (nextNew < cards || !dueOn.isEmpty) {
            let dueToday = (dueOn.removeValue(forKey: day) ?? []).map(Int.init)
            // Reviews over the day's limit wait for tomorrow; then come the day's new cards.
            var todays = Array(dueToday.prefix(reviewsPerDay))
            if dueToday.count > reviewsPerDay { dueOn[day + 1, default: []] += dueToday.dropFirst(reviewsPerDay).map(Int32.init) }
            let newToday = min(newPerDay, cards - nextNew)
            todays += nextNew..<(nextNew + newToday)
            nextNew += newToday
            // A session starts between 07:00 and 21:00 and an answer takes 3 to 20 seconds.
            var clock = Self.start.addingTimeInterval(Double(day) * 86_400 + Double(Int.random(in: 7...21, using: &rng)) * 3600)
            for card in todays where written < reviews {
                let elapsed = day - lastDay[card]
                let rating: Rating
                if let state = memory[card] {
                    let recall = model.retrievability(elapsedDays: Double(elapsed), stability: state.stability)
                    let roll = Double.random(in: 0..<1, using: &rng)
                    rating = roll >= recall ? .again : (roll < recall * 0.1 ? .easy : roll < recall * 0.85 ? .good : .hard)
                } else {
                    rating = [Rating.again, .hard, .good, .good, .good, .easy].randomElement(using: &rng) ?? .good
                }
                let next = model.nextState(memory[card], elapsedDays: memory[card] == nil ? 0 : elapsed, rating: rating)
                memory[card] = next
                lastDay[card] = day
                let seconds = Int.random(in: 3...20, using: &rng)
                clock.addTimeInterval(Double(seconds))
                let time = Timestamp(clock, timeZone: Self.zone)
                batch.append(.review(
                    id: "\(time.milliseconds)-\(String(card, radix: 16))", time: time, card: Self.cardID(card),
                    deck: "synthetic", rating: rating, answer: rating == .again ? "" : "answer \(card)",
                    responseMilliseconds: seconds * 1000, mode: .review, counts: true))
                written += 1
                lastInstant = clock
                let interval = rating == .again ? 1
                    : max(1, Int(model.interval(stability: next.stability, desiredRetention: 0.9).rounded()))
                dueOn[day + interval, default: []].append(Int32(card))
            }
            if batch.count >= 20_000 {
                try writer.append(batch)
                batch.removeAll(keepingCapacity: true)
            }
            day += 1
        }
        try writer.append(batch)
        let now = lastInstant.addingTimeInterval(3600)
        let store = try ProgressStore.open(profile, now: now, deviceZone: Self.zone)
        try store.rememberDeck(deck)
        try store.saveSnapshot(now: now)
        FileHandle.standardError.write(Data("\(profile.learner): \(written) reviews of \(nextNew) cards over \(day) days\n".utf8))
        return lastInstant
    }

    static func cardID(_ index: Int) -> CardID { CardID("syn-\(index)") }

    /// A deck of `cards` basic cards in 12 topics, worded from a small vocabulary.
    static func deck(cards: Int) -> Deck {
        let topics = ["Anatomy", "Pathology / Spread", "Pathology / Lesions", "Symptoms", "Diagnosis / Imaging",
                      "Diagnosis / Laboratory", "Treatment / Drugs", "Treatment / Radiation", "Treatment / Surgery",
                      "Nursing care", "Patient teaching", "Statistics"]
        let subjects = ["the femur", "the spine", "serum calcium", "a bone scan", "denosumab", "radiotherapy",
                        "an MRI", "the pelvis", "a biopsy", "pain relief", "the rib cage", "a bisphosphonate"]
        let asks = ["What is the role of", "When is the nurse concerned about", "Which finding points to",
                    "What should the patient know about", "How often is", "Why is"]
        return Deck(
            id: "synthetic", title: "Synthetic benchmark deck",
            topics: topics.map { Topic(name: $0) },
            cards: (0..<cards).map { index in
                let subject = subjects[index % subjects.count]
                return Card(id: cardID(index), type: .basic, prompt: "\(asks[index % asks.count]) \(subject) (\(index))?",
                            answers: ["answer \(index)"], rationale: "Fact \(index) about \(subject).",
                            topic: topics[(index / 7) % topics.count])
            })
    }
}
