import Foundation
import PearlsCore
import Progress
import Scheduling
import Study
import Terminal

/// The study loop: shows each card, reads answers, grades and commands, and feeds them to the session.
///
/// Piped input follows a fixed protocol (docs/study-protocol.md): per card one answer line (empty to see
/// the answer), then, in review and cram modes, one grade line (empty accepts the proposal, 1–4 overrides,
/// or a `:` command); in teach mode one mark line (y or n). End of input ends the session with its summary.
struct StudyREPL {
    var session: StudySession
    let printer: SessionPrinter
    let clock: () -> Date
    let write: (String) -> Void
    let deckTitle: String
    var handoutPath: String?
    var examFeedback = false

    mutating func run(reader: inout some LineReading) throws {
        intro()
        if session.phase == .finished { return }  // nothing to study: the intro said why
        var interrupts = 0
        var shown: StudySession.Phase?
        loop: while true {
            let phase = session.phase
            if phase == .finished { break }
            if shown != phase { show(phase) }
            shown = phase
            let prompt: String
            switch phase {
            case .question:
                prompt = session.timeLeft(at: clock()).map { "answer [\(DurationText.countdown($0)) left]> " } ?? "answer> "
            case .confidence: prompt = "sure, think or guess? [s/t/g]> "
            case .grading: prompt = "grade [\(session.marking?.proposed.description ?? "Good")]> "
            case .teaching: prompt = "understood? [y/n]> "
            case .finished: break loop
            }
            switch reader.read(prompt: prompt) {
            case .end:
                try saveCheckedAnswer()
                break loop
            case .interrupt:
                interrupts += 1
                if interrupts >= 2 {
                    try saveCheckedAnswer()
                    break loop
                }
                write(printer.style.dim("  (line cancelled; Ctrl-C again or Ctrl-D to end the session)") + "\n")
                continue
            case .line(let text):
                interrupts = 0
                if try !handle(text, in: phase) { break loop }
            }
        }
        finish()
    }

    /// Records an answer that was checked but not yet graded with its proposed grade, so ending the session
    /// at the grade prompt (Ctrl-D, end of piped input) keeps it, as the summary promises.
    private mutating func saveCheckedAnswer() throws {
        guard case .grading = session.phase, let proposed = session.marking?.proposed else { return }
        try session.grade(nil, at: clock())
        write("  Saved your answer with the proposed grade, \(proposed).\n")
    }

    /// Handles one line; returns `false` when the session should end.
    private mutating func handle(_ text: String, in phase: StudySession.Phase) throws -> Bool {
        if let parsed = SessionCommand.parse(text) {
            switch parsed {
            case .failure(let unknown):
                write("  " + unknown.message.sanitizedForTerminal() + "\n")
                return true
            case .success(let command):
                return try run(command)
            }
        }
        switch phase {
        case .question:
            switch try session.answer(text, at: clock()) {
            case .retry(let reason):
                write("  " + reason + "\n")
            case .timeUp:
                write("  Time is up: that answer came too late and is not scored.\n\n")
            case .marked(let marking):
                // With --confidence the answer stays hidden until the learner says how sure they are.
                if case .confidence = session.phase { break }
                reveal(marking)
            }
        case .confidence:
            let levels: [String: JournalEvent.Confidence] = ["s": .sure, "sure": .sure, "t": .think, "think": .think,
                                                             "g": .guess, "guess": .guess]
            guard let level = levels[text.trimmingCharacters(in: .whitespaces).lowercased()] else {
                write("  type s if you are sure, t if you think so, g if you are guessing\n")
                return true
            }
            try session.state(confidence: level, at: clock())
            if let marking = session.marking { reveal(marking) }
        case .grading:
            let trimmed = text.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty {
                try session.grade(nil, at: clock())
                write("\n")
            } else if let rating = GradeProposal.rating(from: trimmed) {
                try session.grade(rating, at: clock())
                write("\n")
            } else {
                write("  type 1 or a (Again), 2 or h (Hard), 3 or g (Good), 4 or e (Easy), Enter for "
                      + "\(session.marking?.proposed.description ?? "Good"), or a :command\n")
            }
        case .teaching:
            switch text.trimmingCharacters(in: .whitespaces).lowercased() {
            case "y", "yes", "understood":
                try session.mark(understood: true, at: clock())
                write("\n")
            case "n", "no", "review":
                try session.mark(understood: false, at: clock())
                write("\n")
            default:
                write("  type y if the patient explained it back correctly, n if it needs review\n")
            }
        case .finished:
            return false
        }
        return true
    }

    private mutating func run(_ command: SessionCommand) throws -> Bool {
        switch try session.run(command, at: clock()) {
        case .quit:
            return false
        case .message(let text):
            let lines = text.sanitizedForTerminal(keepingNewlines: true).split(separator: "\n", omittingEmptySubsequences: false)
            write(lines.map { "  " + $0 }.joined(separator: "\n") + "\n")
        case .edit(let file, let line):
            openEditor(file: file, line: line)
        }
        return true
    }

    /// Shows the verdict of a marked answer (in an exam, only with --feedback).
    private func reveal(_ marking: StudySession.Marking) {
        if session.configuration.mode == .exam {
            if examFeedback, let card = session.card(of: marking) { write(printer.feedback(marking, card: card) + "\n") }
            write("\n")
        } else if let card = session.card(of: marking) {
            write(printer.feedback(marking, card: card) + "\n")
        }
    }

    private func show(_ phase: StudySession.Phase) {
        switch phase {
        case .question:
            guard let card = session.currentCard else { return }
            let left = session.remaining
            let minutes = Int(clock().timeIntervalSince(session.startedAt) / 60)
            let review = session.configuration.mode == .review
            // An exam shows no topic: "Diagnosis / Imaging" above "Which test…?" gives the answer away.
            let topic = session.configuration.mode == .exam ? "" : card.topic
            write(printer.header(position: session.cardsShown, total: session.plannedCards,
                                 due: review ? left.due : nil, new: review ? left.new : nil, minutes: minutes,
                                 topic: topic) + "\n")
            write(printer.question(card) + "\n")
        case .confidence:
            break
        case .grading:
            if let preview = session.gradePreview(at: clock()) { write(printer.style.dim("  " + preview) + "\n") }
        case .teaching(let id):
            guard let card = session.card(id) else { return }
            // A card above every heading has no topic: no empty "[]".
            if !card.topic.isEmpty { write(printer.style.dim("[" + card.topic.sanitizedForTerminal() + "]") + "\n") }
            write(printer.teaching(card) + "\n")
        case .finished:
            break
        }
    }

    private func intro() {
        let mode = session.configuration.mode
        let left = session.remaining
        let total = left.due + left.new + (session.phase == .finished ? 0 : 1)
        var counts = "\(total) card\(total == 1 ? "" : "s")"
        if mode == .review && total > 0 {
            counts = "\(left.new + (newIsFirst ? 1 : 0)) new, \(left.due + (newIsFirst ? 0 : 1)) due"
        }
        write(printer.style.bold("Pearls \(dot) " + deckTitle.sanitizedForTerminal()) + " \(dot) \(mode.rawValue) \(dot) \(counts)\n")
        guard session.phase != .finished else {
            let hint = mode == .review
                ? "Nothing to review now: no cards are due and today's new cards are done.\n"
                    + "Practise anyway with `pearls study --mode cram` or `pearls study --mode exam`.\n"
                : "No \(mode == .teach ? "teach-back points or patient cards" : mode == .exam ? "multiple-choice or select-all items" : "cards") to study here.\n"
            write(hint)
            if mode == .review, let next = nextLearningText { write(next + "\n") }
            return
        }
        switch mode {
        case .teach:
            write("For each point, ask the teach-back question; type y if it was explained back, n if it needs review.\n")
        case .exam:
            let limit = session.configuration.timeLimit.map { " You have \(DurationText.describe($0))." } ?? ""
            write("Answer with a letter (several for select-all-that-apply). Scored at the end; your schedule "
                  + "is not changed.\(limit)\n")
            if session.configuration.examQuestions > session.examPool {
                write("Only \(session.examPool) exam questions are available, so all \(session.examPool) are asked.\n")
            }
        default:
            write("Type the answer, or press Enter to see it. :help lists commands; Ctrl-D ends the session.\n")
        }
        write("\n")
    }

    /// "The next card in learning is due in 4 min; study again then.", when a card of the session waits
    /// for its learning step.
    private var nextLearningText: String? {
        let now = clock()
        guard let due = session.nextLearningDue(after: now) else { return nil }
        let seconds = due.timeIntervalSince(now)
        let wait = seconds < 3600 ? "\(Int((seconds / 60).rounded(.up))) min" : IntervalText.describe(seconds: seconds)
        return "The next card in learning is due in \(wait); study again then."
    }

    private var dot: String { printer.unicode ? "·" : "-" }

    private var newIsFirst: Bool {
        guard case .question(let id) = session.phase else { return false }
        return session.isNew(id)
    }

    private mutating func finish() {
        session.end(at: clock())
        let summary = session.summary
        let minutes = Int(clock().timeIntervalSince(session.startedAt) / 60)
        var lines: [String] = []
        switch session.configuration.mode {
        case .teach:
            lines.append("Teach-back over: \(summary.understood.count) understood, \(summary.needsReview.count) to revisit.")
            if !summary.needsReview.isEmpty {
                lines.append("Points to revisit:")
                for id in summary.needsReview {
                    let card = session.card(id)
                    let text = printer.block(card?.point ?? card?.prompt ?? id.rawValue, indent: 4)
                    lines.append("  - " + text.dropFirst(4))
                }
            }
        case .exam:
            let percent = summary.possiblePoints == 0 ? 0 : summary.points * 100 / summary.possiblePoints
            let asked = summary.answered + summary.unanswered.count
            let unanswered = summary.unanswered.isEmpty ? "" : " (\(summary.unanswered.count) not answered, counted wrong)"
            lines.append("Exam over: \(summary.points)/\(summary.possiblePoints) points (\(percent)%) on "
                         + "\(asked) question\(asked == 1 ? "" : "s")\(unanswered) in \(minutes) min.")
            if summary.timedOut { lines.insert("Time is up.", at: 0) }
            lines += sureButWrongLines
            lines.append("By topic:")
            for (topic, score) in summary.topics.sorted(by: { $0.key < $1.key }) {
                lines.append("  " + topic.sanitizedForTerminal() + ": \(score.points)/\(score.possible)")
            }
            if !summary.misses.isEmpty {
                lines.append("")
                lines.append("To review (\(summary.misses.count)):")
                for marking in summary.misses {
                    guard let card = session.card(of: marking) else { continue }
                    lines.append("")
                    lines.append(printer.question(card))
                    lines.append(printer.block("You answered: " + (marking.typed.isEmpty ? "(nothing)" : marking.typed)))
                    lines.append(printer.feedback(marking, card: card))
                    let citation = card.citation.map { " (\($0))" } ?? ""
                    let places = card.source.map { "\($0.file):\($0.line)" }.joined(separator: ", ")
                    lines.append(printer.style.dim(printer.block("Source: " + places + citation)))
                }
            }
            if !summary.unanswered.isEmpty {
                lines.append("")
                lines.append("Not answered (\(summary.unanswered.count)):")
                for id in summary.unanswered {
                    guard let card = session.card(id) else { continue }
                    lines.append("  - " + printer.block(card.prompt, indent: 4).dropFirst(4))
                }
            }
        default:
            lines.append("Session over: \(summary.answered) answered in \(minutes) min: \(summary.right) right, "
                         + "\(summary.partial) partly, \(summary.wrong + summary.revealed) missed.")
            if summary.answered > 0 {
                lines.append("  " + Rating.allCases.map { "\($0) \(summary.grades[$0] ?? 0)" }.joined(separator: " \(dot) "))
            }
            lines.append("  Every answer is saved. Left for now: \(session.remaining.due) due, \(session.remaining.new) new.")
            lines += sureButWrongLines
            if session.ranOut, let next = nextLearningText { lines.append("  " + next) }
        }
        write(lines.joined(separator: "\n") + "\n")
        if session.configuration.mode == .teach, let handoutPath { saveHandout(to: handoutPath, lines: lines) }
    }

    /// "Sure but wrong (2), review these first:" and their questions; nothing when there are none.
    private var sureButWrongLines: [String] {
        let cards = session.summary.sureButWrong.compactMap { session.card(of: $0) }
        guard !cards.isEmpty else { return [] }
        return ["Sure but wrong (\(cards.count)), review these first:"]
            + cards.map { "  - " + printer.block($0.prompt, indent: 4).dropFirst(4) }
    }

    private func saveHandout(to path: String, lines: [String]) {
        var text = "# Points to revisit: \(deckTitle.sanitizedForTerminal())\n\n"
        for id in session.summary.needsReview {
            guard let card = session.card(id) else { continue }
            // Deck text reaches a file the learner will `cat`: no control sequence may pass.
            text += "- **\((card.point ?? card.prompt).sanitizedForTerminal())**\n  Ask: \(card.prompt.sanitizedForTerminal())\n"
        }
        if session.summary.needsReview.isEmpty { text += "Every point was understood.\n" }
        do {
            try AtomicFile.write(Array(text.utf8), to: path, streamingToDevices: true)
            write("Saved the points to revisit to \(path.sanitizedForTerminal()).\n")
        } catch {
            write("pearls: warning: \(error)\n")
        }
    }

    private func openEditor(file: String, line: Int) {
        guard let path = Self.editablePath(of: file) else {
            write("  \(file.sanitizedForTerminal()) was not opened: a card's source must be a file in this folder "
                  + "or in Decks/, named relative to it (run pearls from the deck's folder)\n")
            return
        }
        let editor = environment["VISUAL"] ?? environment["EDITOR"] ?? "vi"
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        // The path is absolute, so the editor can never read it as an option or a `+command`.
        process.arguments = ["-c", "exec $0 +$1 \"$2\"", editor, String(max(1, line)), path]
        do {
            try process.run()
            process.waitUntilExit()
            write("  edited \(path.sanitizedForTerminal()); recompile the deck to study the change\n")
        } catch {
            write("  could not start \(editor.sanitizedForTerminal()): \(error)\n")
        }
    }

    /// The absolute path of a card's source, named in the deck relative to the current folder (or its
    /// `Decks/`), if that names a regular file inside the folder: a deck, its JSON especially, never
    /// chooses a file elsewhere (an absolute path, `..`, a symbolic link out).
    static func editablePath(of file: String) -> String? {
        guard !file.isEmpty, !file.hasPrefix("/"), !file.contains("\0"),
              !file.split(separator: "/").contains("..") else { return nil }
        let folder = URL(fileURLWithPath: FileManager.default.currentDirectoryPath).resolvingSymlinksInPath().path
        for candidate in [file, "Decks/" + file] {
            let path = (folder as NSString).appendingPathComponent(candidate)
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), !isFolder.boolValue else { continue }
            let resolved = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
            return resolved.hasPrefix(folder + "/") ? path : nil
        }
        return nil
    }
}
