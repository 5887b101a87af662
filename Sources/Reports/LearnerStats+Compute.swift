import Foundation
import PearlsCore
import Progress
import Scheduling

extension LearnerStats {
    /// The topic shown for cards whose deck is not known (not stored in the profile, not built in).
    public static let unknownTopic = "(cards of decks not stored in the profile)"
    static let stabilityBounds: [Double] = [0, 1, 3, 7, 21, 90, 365]
    static let difficultyBounds: [Double] = [1, 2, 3, 4, 5, 6, 7, 8, 9]
    static let retentionPeriods: [(name: String, days: Int)] = [("day", 1), ("week", 7), ("month", 30), ("year", 365)]

    /// The figures for `state` at `now`.
    ///
    /// Card figures cover the cards of `decks`; with `includeUnknownCards`, also cards the state knows
    /// that no deck has (their topic is `unknownTopic`). Answer tallies (today, retention, heatmap,
    /// calibration) cover every deck: the journal's tallies are not kept per deck.
    public init(state: ProgressState, decks: [Deck], now: Date, scheduler: any SchedulingAlgorithm,
                includeUnknownCards: Bool = true) {
        let calendar = scheduler.calendar
        let today = calendar.day(of: now)
        let history = state.history
        date = Self.dateText(ofDay: today)
        day = today

        // Cards: each id once, the first deck that has it wins.
        var known: [CardID: Card] = [:]
        var order: [CardID] = []
        for deck in decks {
            for card in deck.cards where known[card.id] == nil {
                known[card.id] = card
                order.append(card.id)
            }
        }
        if includeUnknownCards {
            order += state.cards.keys.filter { known[$0] == nil }.sorted()
        }

        // The instants where each of the next 30 study days starts, to place due dates without asking
        // the time zone database once per card.
        let dayStarts = (1...30).map { calendar.start(ofDay: today + $0) }
        var counts = CardCounts()
        var forecast = [Int](repeating: 0, count: 30)
        var stability = [Int](repeating: 0, count: Self.stabilityBounds.count)
        var difficulty = [Int](repeating: 0, count: Self.difficultyBounds.count)
        var topicFigures: [String: (seen: Int, total: Int, recall: Double, order: Int)] = [:]
        var leeches: [CardNote] = []
        var flagged: [CardNote] = []
        for id in order {
            let card = known[id]
            let topic = card.map { $0.topic.isEmpty ? "(no topic)" : $0.topic } ?? Self.unknownTopic
            var figures = topicFigures[topic] ?? (0, 0, 0, topicFigures.count)
            figures.total += 1
            counts.total += 1
            defer { topicFigures[topic] = figures }
            guard let cardState = state.cards[id] else { continue }
            if cardState.isSuspended { counts.suspended += 1 }
            let note = CardNote(id: id.rawValue, topic: topic, prompt: card?.prompt ?? "", misses: history.misses[id] ?? 0,
                                lapses: cardState.lapses, rationale: card?.rationale)
            if cardState.isLeech { leeches.append(note) }
            if cardState.isFlagged { flagged.append(note) }
            guard cardState.phase != .new, cardState.reviews > 0 else { continue }
            counts.seen += 1
            figures.seen += 1
            figures.recall += scheduler.retrievability(of: cardState, at: now) ?? 0
            if let memory = cardState.memory {
                stability[Self.bucket(memory.stability, in: Self.stabilityBounds)] += 1
                difficulty[Self.bucket(memory.difficulty, in: Self.difficultyBounds)] += 1
            }
            if !cardState.isSuspended, let due = cardState.due {
                let day = dayStarts.firstIndex { due < $0 } ?? 30
                if day < 30 { forecast[day] += 1 }
                if day == 0 { counts.dueToday += 1 }
            }
        }
        cards = counts
        self.forecast = forecast
        self.stability = zip(Self.stabilityBounds.indices, stability).map { index, count in
            Bucket(lower: Self.stabilityBounds[index], upper: Self.stabilityBounds[safe: index + 1], cards: count)
        }
        self.difficulty = zip(Self.difficultyBounds.indices, difficulty).map { index, count in
            Bucket(lower: Self.difficultyBounds[index], upper: Self.difficultyBounds[safe: index + 1] ?? 10, cards: count)
        }
        self.leeches = leeches.sorted { ($0.lapses, $1.id) > ($1.lapses, $0.id) }
        self.flagged = flagged

        topics = topicFigures.map { topic, figures in
            TopicMastery(topic: topic, seen: figures.seen, total: figures.total,
                         recall: figures.seen == 0 ? nil : figures.recall / Double(figures.seen))
        }.sorted { left, right in
            isWeaker((left.recall, left.topic, topicFigures[left.topic]?.order ?? 0),
                     than: (right.recall, right.topic, topicFigures[right.topic]?.order ?? 0))
        }
        let topicIndex = Dictionary(uniqueKeysWithValues: topics.enumerated().map { ($0.element.topic, $0.offset) })

        // Answer tallies.
        let lastDay = history.days.filter { $0.value.answers > 0 }.keys.max()
        lastStudied = lastDay.map(Self.dateText(ofDay:))
        daysSinceStudy = lastDay.map { max(0, today - $0) }
        let todayTally = history.days[today] ?? ReviewHistory.Day()
        var streak = 0
        var day = todayTally.answers > 0 ? today : today - 1
        while (history.days[day]?.answers ?? 0) > 0 {
            streak += 1
            day -= 1
        }
        self.today = Today(answers: todayTally.answers, correct: todayTally.correct,
                           wrong: todayTally.answers - todayTally.correct, newCards: todayTally.newCards,
                           minutes: Double(todayTally.milliseconds) / 60_000, streakDays: streak)
        retention = Self.retentionPeriods.map { period in
            var row = RetentionRow(period: period.name, young: .init(), mature: .init())
            for offset in 0..<period.days {
                guard let tally = history.days[today - offset] else { continue }
                row.young = row.young + tally.young
                row.mature = row.mature + tally.mature
            }
            return row
        }
        heatmap = (0..<365).map { history.days[today - 364 + $0]?.answers ?? 0 }
        minutesPerDay = (0..<30).map { Double(history.days[today - 29 + $0]?.milliseconds ?? 0) / 60_000 }
        let starts = ReviewHistory.calibrationStarts
        calibration = starts.indices.compactMap { index in
            guard let bin = history.calibration[starts[index]], bin.count > 0 else { return nil }
            return CalibrationPoint(fromDay: starts[index], toDay: starts[safe: index + 1], reviews: bin.count,
                                    predicted: bin.predicted, observed: bin.observed)
        }

        // The most missed cards, five per topic, topics in the order above.
        var missedByTopic: [String: [CardNote]] = [:]
        for (id, misses) in history.misses {
            let card = known[id]
            guard card != nil || includeUnknownCards else { continue }
            let topic = card.map { $0.topic.isEmpty ? "(no topic)" : $0.topic } ?? Self.unknownTopic
            if let index = topicIndex[topic] { topics[index].misses += misses }
            missedByTopic[topic, default: []].append(
                CardNote(id: id.rawValue, topic: topic, prompt: card?.prompt ?? "", misses: misses,
                         lapses: state.cards[id]?.lapses ?? 0, rationale: card?.rationale))
        }
        mostMissed = topics.flatMap { mastery in
            (missedByTopic[mastery.topic] ?? []).sorted { ($0.misses, $1.id) > ($1.misses, $0.id) }.prefix(5)
        }
        sureButWrong = history.sureMisses.compactMap { id, count in
            let card = known[id]
            guard card != nil || includeUnknownCards else { return nil }
            return CardNote(id: id.rawValue, topic: card.map { $0.topic.isEmpty ? "(no topic)" : $0.topic } ?? Self.unknownTopic,
                            prompt: card?.prompt ?? "", misses: count, lapses: state.cards[id]?.lapses ?? 0,
                            rationale: card?.rationale)
        }.sorted { ($0.misses, $1.id) > ($1.misses, $0.id) }
    }

    /// The index of the range `value` falls in (values below the first bound go in the first range).
    static func bucket(_ value: Double, in bounds: [Double]) -> Int {
        max(0, (bounds.lastIndex { $0 <= value }) ?? 0)
    }

    /// `YYYY-MM-DD` for a study day (days since 1970-01-01).
    public static func dateText(ofDay day: Int) -> String { Timestamp.dateText(ofDay: day) }
}

extension Array {
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
