import ArgumentParser
import DeckCompiler
import Foundation
import PearlsCore
import Progress
import Study
import Terminal

/// `pearls study` (and `pearls` alone): a study session in the terminal.
struct StudyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "study",
        abstract: "Study a deck: spaced-repetition review, exam practice, teach-back or cram.",
        discussion: """
            With no DECK, studies everything due in every deck of your profile (`pearls decks` lists them; \
            a new profile starts with the built-in deck on bone metastases): learning and review cards \
            first, then new cards deck by deck, each deck within its daily new-card limit. A DECK is a \
            compiled deck JSON, deck sources (a Markdown file or a folder) compiled on the fly, or the id of \
            a deck of your profile, from any folder; studying a deck adds it to your profile.

            Modes:
              review   due cards, then new ones, within your daily limits (the default)
              exam     NCLEX-style practice on multiple-choice and select-all items, scored at the end
                       with the rationale of every miss; the schedule is untouched
              teach    patient teach-back: each key point and its question, marked understood or not
              cram     every card of a topic now, whatever the schedule

            Examples:
              pearls                                   everything due in your decks
              pearls study --mode exam --count 25 --time 30m   a timed 25-question practice exam
              pearls study --mode teach --topic pain --handout revisit.md
              pearls study Decks/my-deck --learner sam

            In a session, type the answer (letters such as "a c d" for choice items) or press Enter to \
            see it, then Enter to accept the proposed grade, or 1-4 (a, h, g, e) to choose. :help lists the commands \
            (:undo, :skip, :suspend, :bury, :flag, :source, :edit, :stats, :quit). Every answer is saved \
            as soon as it is graded, so Ctrl-D or closing the terminal loses nothing.

            When standard input is not a terminal, the session reads a script of lines instead (one answer \
            line, then one grade line, per card); see docs/study-protocol.md. PEARLS_NOW pins the clock \
            and --seed the random source, so a scripted session is reproducible; PEARLS_CLOCK_STEP (such \
            as 40s) moves the pinned clock on after each line read, to script response times and timed exams.
            """)

    @Argument(help: "Decks to study (deck JSON, deck sources, or deck ids); every deck of the profile when none.",
              completion: .file())
    var decks: [String] = []

    @Option(help: "review, exam, teach or cram.")
    var mode: Mode = .review

    @Option(help: "Only cards whose topic contains this text.")
    var topic: String?

    @Option(help: "Questions in an exam (mode exam).")
    var count: Int = 10

    @Option(help: ArgumentHelp("Exam time limit: 90 (minutes), 90m, 1h30m or 45s.", valueName: "duration"))
    var time: String?

    @Flag(help: "Exam: show whether each answer was right at once, not only at the end.")
    var feedback = false

    @Flag(name: .customLong("no-shuffle"),
          help: "Show choice options in the deck's order (normally each showing draws a new order from --seed).")
    var keepsOptionOrder = false

    @Flag(help: "Before each answer is shown, say how sure you are (sure, think, guess); sure-but-wrong answers are listed first.")
    var confidence = false

    @Flag(help: "Let exam and cram answers move the schedule, as review answers do.")
    var schedule = false

    @Option(help: "Teach mode: save the points to revisit to this Markdown file.", completion: .file())
    var handout: String?

    @Option(help: "Seed for the random source (exam draws, option orders, event ids), to replay a session exactly.")
    var seed: UInt64?

    @OptionGroup var profile: ProfileOptions

    enum Mode: String, ExpressibleByArgument, CaseIterable {
        case review, exam, teach, cram
    }

    /// `--time` in seconds.
    var timeLimit: TimeInterval? { time.flatMap(DurationText.seconds) }

    func validate() throws {
        guard count >= 1 else { throw ValidationError("--count must be at least 1") }
        if time != nil && timeLimit == nil {
            throw ValidationError("--time must be \(DurationText.expected), not '\(time ?? "")'")
        }
        if let topic, topic.trimmingCharacters(in: .whitespaces).isEmpty {
            throw ValidationError("--topic needs some text")
        }
    }

    func run() throws {
        try reportingErrors {
            let now = try SystemClock.now()
            let store = try profile.open(command: "study", now: now)
            let loaded = try StudyDecks.load(decks, store: store)

            var configuration = StudySession.Configuration(mode: StudyMode(rawValue: mode.rawValue) ?? .review,
                                                           topic: topic)
            configuration.examQuestions = count
            configuration.countsForScheduling = schedule
            configuration.shufflesOptions = !keepsOptionOrder
            configuration.asksConfidence = confidence
            configuration.timeLimit = timeLimit
            var system = SystemRandomNumberGenerator()
            var seeded = SplitMix64(seed: seed ?? system.next())
            let session = StudySession(decks: loaded, store: store, configuration: configuration, at: now,
                                       using: &seeded)
            if let topic, session.cardCount == 0 {
                let topics = Set(loaded.flatMap { $0.cards.map { $0.topic.split(separator: "/").first.map {
                    $0.trimmingCharacters(in: .whitespaces) } ?? "" } }).filter { !$0.isEmpty }.sorted()
                throw CLIError("no card's topic contains '\(topic)'; topics include: \(topics.joined(separator: ", "))")
            }

            let interactive = isatty(STDIN_FILENO) == 1
            let terminal = TerminalInfo.current(environment: environment)
            let printer = SessionPrinter(terminal: interactive ? terminal : TerminalInfo(
                isTerminal: false, width: terminal.width, usesColor: false, isUnicode: terminal.isUnicode))
            let pinned = environment["PEARLS_NOW"] != nil
            let script = ScriptClock(start: now, step: try SystemClock.step())
            var repl = StudyREPL(
                session: session, printer: printer, clock: { pinned ? script.now : Date() },
                write: writeText, deckTitle: loaded.map(\.title).joined(separator: " + "),
                handoutPath: handout, examFeedback: feedback)
            // Only when something was recorded: rewriting an unchanged 20 MB snapshot made quitting slow.
            defer { try? store.saveSnapshotIfUseful(now: pinned ? script.now : Date()) }
            if interactive {
                var reader = ScriptClock.Stepping(ReadlineEditor(
                    historyPath: store.profile.historyPath, completions: SessionCommand.allCases.map { ":" + $0.rawValue }),
                    clock: script)
                try repl.run(reader: &reader)
            } else {
                var reader = ScriptClock.Stepping(PlainLineReader(echo: writeText), clock: script)
                try repl.run(reader: &reader)
            }
        }
    }
}
