import Foundation
import PearlsCore
import Progress
import Scheduling
import Testing

@testable import Reports

@Suite struct LearnerStatsTests {
    typealias F = StatsFixture
    let today = 20_727 + 40

    func stats() throws -> LearnerStats {
        LearnerStats(state: try F.state(), decks: [F.deck], now: F.now, scheduler: F.scheduler)
    }

    @Test func todayCountsEveryAnswerAndTheStreak() throws {
        let stats = try stats()
        #expect(stats.date == "2026-11-10")
        #expect(stats.day == today)
        #expect(stats.today == .init(answers: 2, correct: 1, wrong: 1, newCards: 0, minutes: 1.0, streakDays: 2))
        #expect(stats.cards == .init(total: 6, seen: 3, dueToday: stats.forecast[0], suspended: 0))
    }

    @Test func trueRetentionSplitsYoungAndMatureOverEachPeriod() throws {
        let stats = try stats()
        let byPeriod = Dictionary(uniqueKeysWithValues: stats.retention.map { ($0.period, $0) })
        // Day 40: only exam answers, which do not count. Week (days 34–40): the mature pass on day 39.
        #expect(byPeriod["day"]?.all == .init(passed: 0, total: 0))
        #expect(byPeriod["week"]?.young == .init(passed: 0, total: 0))
        #expect(byPeriod["week"]?.mature == .init(passed: 1, total: 1))
        // Month (days 11–40): the young pass on day 12, the young review on day 16 (before it, the
        // interval was under 21 days), the mature pass on day 39. Year: everything, with the lapse on day 10.
        #expect(byPeriod["month"]?.young == .init(passed: 2, total: 2))
        #expect(byPeriod["month"]?.mature == .init(passed: 1, total: 1))
        #expect(byPeriod["year"]?.young == .init(passed: 2, total: 3))
        #expect(byPeriod["year"]?.mature == .init(passed: 1, total: 1))
        #expect(byPeriod["year"]?.all.rate == 0.75)
    }

    @Test func theMatureCardReallyHadALongInterval() throws {
        // Guards the fixture's premise: before its day-39 review the card's interval was 21 days or more.
        let before = try F.state(upTo: 7)
        #expect(before[CardID("mature")].scheduledDays >= 21)
        #expect(try F.state(upTo: 4)[CardID("good-young")].scheduledDays < 21)
    }

    @Test func forecastPlacesEachDueCardOnItsDay() throws {
        let state = try F.state()
        let stats = try stats()
        let calendar = F.scheduler.calendar
        var expected = [Int](repeating: 0, count: 30)
        for id in ["easy-young", "good-young", "mature"] {
            let due = try #require(state[CardID(id)].due)
            let offset = max(0, calendar.day(of: due) - today)
            if offset < 30 { expected[offset] += 1 }
        }
        #expect(stats.forecast == expected)
        // The lapsed card is in relearning, due within minutes of day 10: overdue, so due today.
        #expect(stats.forecast[0] >= 1)
    }

    @Test func topicsAreWeakestFirstWithMeanPredictedRecall() throws {
        let state = try F.state()
        let stats = try stats()
        let model = FSRS()
        func recall(_ id: String) throws -> Double {
            let card = state[CardID(id)]
            let memory = try #require(card.memory)
            let elapsed = F.scheduler.calendar.daysBetween(try #require(card.lastReview), F.now)
            return model.retrievability(elapsedDays: Double(elapsed), stability: memory.stability)
        }
        let alpha = try #require(stats.topics.first { $0.topic == "Alpha" })
        #expect(alpha.seen == 2 && alpha.total == 2)
        #expect(abs((alpha.recall ?? 0) - (try recall("easy-young") + recall("good-young")) / 2) < 1e-12)
        let seen = stats.topics.filter { $0.recall != nil }
        #expect(seen.map(\.recall!) == seen.map(\.recall!).sorted())
        // Topics with nothing seen come last, in deck order.
        #expect(stats.topics.suffix(2).map(\.topic) == ["Gamma", "Delta"])
    }

    @Test func heatmapCalibrationDistributionsAndLists() throws {
        let stats = try stats()
        #expect(stats.heatmap.count == 365)
        #expect(stats.heatmap[364] == 2 && stats.heatmap[363] == 1 && stats.heatmap[364 - 24] == 1)
        #expect(stats.heatmap.reduce(0, +) == 9)
        #expect(stats.minutesPerDay.last == 1.0)
        // Calibration: elapsed 10 days (bin 8–10, failed), 12 (bin 11–14, passed), 16 (bin 15–21),
        // 23 (bin 22–30).
        #expect(stats.calibration.map(\.fromDay) == [8, 11, 15, 22])
        #expect(stats.calibration.map(\.observed) == [0, 1, 1, 1])
        #expect(stats.calibration.allSatisfy { $0.predicted > 0.5 && $0.predicted < 1 })
        #expect(stats.stability.map(\.cards).reduce(0, +) == 3)
        #expect(stats.difficulty.map(\.cards).reduce(0, +) == 3)
        #expect(stats.flagged.map(\.id) == ["leech"])
        #expect(stats.leeches.isEmpty)
        #expect(stats.mostMissed.map(\.id).sorted() == ["easy-young", "exam-only"])
        #expect(stats.mostMissed.first { $0.id == "easy-young" }?.rationale == "Because <b>it</b> & \"that\".")
    }

    @Test func rebuildingGivesTheSameFiguresAsRecording() throws {
        var replayer = JournalReplayer()
        for (line, event) in F.events.enumerated() { try replayer.add(event, path: "fixture", line: line + 2) }
        let rebuilt = try replayer.replay(now: F.now, deviceZone: F.zone)
        #expect(rebuilt.history == (try F.state()).history)
        #expect(LearnerStats(state: rebuilt, decks: [F.deck], now: F.now, scheduler: F.scheduler) == (try stats()))
    }

    @Test func datesAreCivilDates() {
        #expect(LearnerStats.dateText(ofDay: 0) == "1970-01-01")
        #expect(LearnerStats.dateText(ofDay: 20_727) == "2026-10-01")
        #expect(LearnerStats.dateText(ofDay: 11_016) == "2000-02-29")
        #expect(LearnerStats.dateText(ofDay: -1) == "1969-12-31")
    }
}
