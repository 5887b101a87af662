import ArgumentParser
import Foundation
import PearlsCore
import Progress
import Reports
import Terminal

/// `pearls stats`: a learner's progress at a glance.
struct Stats: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show how much is due, how well you remember, and which topics are weak.",
        discussion: """
            Prints today's answers and streak, the reviews due over the next 30 days, true retention \
            (the share of reviews passed) for young and mature cards, each topic's predicted recall \
            weakest first, a heatmap of the last year, how stable and difficult your cards are, and \
            leeches and flagged cards. Charts use Unicode blocks when the locale is UTF-8, ASCII otherwise, \
            and fit the terminal's width.

            Card figures cover the decks studied in the profile (the built-in deck before any is studied); \
            --deck narrows them to one. Answer tallies (today, retention, heatmap) cover every deck.

            Examples:
              pearls stats
              pearls stats --learner sam --deck bone-metastases
              pearls stats --json | jq '.retention'        (fields: docs/stats-json.md)
            """)

    @OptionGroup var profile: ProfileOptions

    @Option(help: ArgumentHelp("Only this deck's cards: a deck id, or a deck file.", valueName: "deck"))
    var deck: String?

    @Flag(help: "Print the figures as JSON (docs/stats-json.md).")
    var json = false

    func run() throws {
        try reportingErrors {
            let now = try SystemClock.now()
            let store = try profile.open(readOnly: true, command: "stats", now: now)
            let decks = try ProfileDecks.load(for: store.profile, only: deck)
            let stats = LearnerStats(state: store.state, decks: decks, now: now, scheduler: store.scheduler,
                                     includeUnknownCards: deck == nil).sanitized()
            if json {
                print(try stats.jsonText(), terminator: "")
            } else {
                let terminal = TerminalInfo.current(environment: environment)
                let text = StatsText(width: terminal.width, unicode: terminal.isUnicode, bold: terminal.usesColor)
                print(text.render(stats, learner: store.profile.learner), terminator: "")
            }
        }
    }
}
