import ArgumentParser
import DefaultDeck
import Foundation
import PearlsCore
import Progress
import Reports

/// `pearls report`: progress as one HTML page, for a learner or a class.
struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write an HTML report of a learner's or a class's progress.",
        discussion: """
            The page is one self-contained file (inline styles and SVG charts, no scripts, nothing fetched) \
            that any browser opens and that can be mailed or printed.

            For a learner: everything `pearls stats` shows, plus predicted against observed recall by \
            days since the last review, time spent per day, and each topic's most missed cards with \
            their rationale.

            For a class (--cohort DIR): DIR holds learners' profile folders (each with reviews.jsonl, as \
            under $PEARLS_HOME) or their journal files (NAME.jsonl). The page has a row per learner (cards \
            studied, retention, topics at risk, last study day), topic difficulty across the class, and \
            who has not studied in --inactive-days days.

            Examples:
              pearls report -o progress.html
              pearls report --learner sam -o sam.html
              pearls report --cohort ~/class-2026 --inactive-days 5 -o class.html
            """)

    @OptionGroup var profile: ProfileOptions

    @Option(help: ArgumentHelp("Report on a class: a folder of learner profiles or journals.", valueName: "folder"),
            completion: .directory)
    var cohort: String?

    @Option(help: ArgumentHelp("Only this deck's cards: a deck id, or a deck file.", valueName: "deck"))
    var deck: String?

    @Option(help: "Class report: list learners with no answer in this many days.")
    var inactiveDays: Int = 7

    @Option(name: .shortAndLong, help: "The HTML file to write.", completion: .file(extensions: ["html"]))
    var output: String

    func validate() throws {
        guard inactiveDays >= 1 else { throw ValidationError("--inactive-days must be 1 or more") }
        guard cohort == nil || profile.learner == Profile.defaultLearner else {
            throw ValidationError("give --learner or --cohort, not both")
        }
    }

    func run() throws {
        try reportingErrors {
            let now = try SystemClock.now()
            let generated = Timestamp(now, timeZone: SystemClock.timeZone).description
            let page: String
            var problems: [String] = []
            if let cohort {
                let loaded = try Cohort.load(folder: cohort, now: now, deviceZone: SystemClock.timeZone)
                problems = loaded.problems
                guard !loaded.members.isEmpty else {
                    throw CLIError("\(cohort) holds no learner profile folders or .jsonl journals"
                                   + (problems.isEmpty ? "" : ":\n" + problems.joined(separator: "\n")))
                }
                let builtIn = try DefaultDeck.load()
                var members: [(name: String, stats: LearnerStats)] = []
                for member in loaded.members {
                    var decks = member.decks
                    if decks.isEmpty { decks.append(builtIn) }
                    if let deck { decks = decks.filter { $0.id == deck } }
                    let scheduler = member.state.settings.scheduler(deviceZone: member.deviceZone)
                    members.append((member.name, LearnerStats(state: member.state, decks: decks, now: now,
                                                              scheduler: scheduler, includeUnknownCards: deck == nil)))
                }
                let date = members.first?.stats.date ?? ""
                page = HTMLReport.cohort(CohortStats(members, date: date, inactiveDays: inactiveDays), folder: cohort,
                                         problems: problems, generated: generated)
            } else {
                let store = try profile.open(readOnly: true, command: "report", now: now)
                let decks = try ProfileDecks.load(for: store.profile, only: deck)
                let stats = LearnerStats(state: store.state, decks: decks, now: now, scheduler: store.scheduler,
                                         includeUnknownCards: deck == nil)
                page = HTMLReport.learner(stats, learner: store.profile.learner, generated: generated)
            }
            try AtomicFile.write(Array(page.utf8), to: output, streamingToDevices: true)  // its error names the file and the reason
            printError("pearls: wrote \(output) (\(page.utf8.count / 1024 + 1) KB)")
            for problem in problems { printError("pearls: error: " + problem.sanitizedForTerminal()) }
            if !problems.isEmpty { throw ExitCode.failure }
        }
    }
}
