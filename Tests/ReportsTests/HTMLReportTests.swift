import Foundation
import PearlsCore
import Progress
import Testing

#if canImport(FoundationXML)
import FoundationXML
#endif

@testable import Reports

@Suite struct HTMLReportTests {
    func learnerPage() throws -> String {
        let stats = LearnerStats(state: try StatsFixture.state(), decks: [StatsFixture.deck], now: StatsFixture.now,
                                 scheduler: StatsFixture.scheduler)
        return HTMLReport.learner(stats, learner: "sam <b>", generated: "2026-11-10T12:00:00.000+00:00")
    }

    /// Whether an XML parser reads the page to the end without an error.
    func isWellFormed(_ page: String) -> (Bool, String) {
        let parser = XMLParser(data: Data(page.utf8))
        let ok = parser.parse()
        return (ok, parser.parserError.map { "\($0) at line \(parser.lineNumber)" } ?? "")
    }

    @Test func theLearnerPageIsWellFormedAndSelfContained() throws {
        let page = try learnerPage()
        let (ok, error) = isWellFormed(page)
        #expect(ok, "\(error)")
        for outside in ["src=", "href=", "<script", "url(", "@import", "<link"] {
            #expect(!page.contains(outside), "the page refers outside itself: \(outside)")
        }
    }

    @Test func deckTextIsEscapedNeverMarkup() throws {
        let page = try learnerPage()
        #expect(!page.contains("<script>alert(1)</script>"))
        #expect(page.contains("Exam &lt;script&gt;alert(1)&lt;/script&gt; item?"))
        #expect(!page.contains("<b>it</b>"))
        #expect(page.contains("Because &lt;b&gt;it&lt;/b&gt; &amp; \"that\"."))
        #expect(page.contains("Pearls progress: sam &lt;b&gt;, 2026-11-10"))
        // An entity in deck text shows as typed, not as the character it names.
        var deck = StatsFixture.deck
        deck.cards[0].rationale = "Write &lt; for less-than; AT&T;"
        let stats = LearnerStats(state: try StatsFixture.state(), decks: [deck], now: StatsFixture.now,
                                 scheduler: StatsFixture.scheduler)
        let other = HTMLReport.learner(stats, learner: "sam", generated: "-")
        #expect(other.contains("Write &amp;lt; for less-than; AT&amp;T;"))
    }

    @Test func everyChartIsThereWithItsMarks() throws {
        let page = try learnerPage()
        #expect(page.components(separatedBy: "<svg").count - 1 >= 8)
        for colour in SVGChart.Colour.allCases {
            #expect(page.contains("fill=\"\(colour.rawValue)\""), "no marks drawn for \(colour)")
        }
        // The forecast draws one bar per day with cards due, the heatmap one square per day.
        let forecastBars = try StatsFixture.state().cards.count > 0
        #expect(forecastBars)
        #expect(page.components(separatedBy: "fill=\"\(SVGChart.Colour.forecast.rawValue)\"").count - 1
                == LearnerStats(state: try StatsFixture.state(), decks: [StatsFixture.deck], now: StatsFixture.now,
                                scheduler: StatsFixture.scheduler).forecast.filter { $0 > 0 }.count)
        #expect(page.contains("Because &lt;b&gt;it&lt;/b&gt;"))
    }

    @Test func theClassPageListsLearnersTopicsAndWhoIsBehind() throws {
        let stats = LearnerStats(state: try StatsFixture.state(), decks: [StatsFixture.deck], now: StatsFixture.now,
                                 scheduler: StatsFixture.scheduler)
        var idle = LearnerStats(state: ProgressState(), decks: [StatsFixture.deck], now: StatsFixture.now,
                                scheduler: StatsFixture.scheduler)
        idle.lastStudied = nil
        let cohort = CohortStats([("ana", stats), ("ben", idle)], date: stats.date, inactiveDays: 7)
        #expect(cohort.learners.map(\.learner) == ["ana", "ben"])
        #expect(cohort.learners[0].retention == .init(passed: 3, total: 3))
        #expect(cohort.inactive == ["ben"])
        let alpha = try #require(cohort.topics.first { $0.topic == "Alpha" })
        #expect(alpha.learners == 1 && alpha.misses == 1)
        let page = HTMLReport.cohort(cohort, folder: "/class", problems: ["cy.jsonl:2:1: not JSON"], generated: "-")
        #expect(isWellFormed(page).0)
        #expect(page.contains("<td>ana</td>") && page.contains("<td>ben</td>"))
        #expect(page.contains("cy.jsonl:2:1: not JSON"))
        #expect(page.contains("ben — never"))
    }
}
