import DeckCompiler
import Foundation
import PearlsCore
import Terminal

#if canImport(Glibc)
import Glibc
#endif

/// `pearls compile --review`: a readline loop over generated cards not yet decided on.
///
/// Each decision is saved at once (atomically), so quitting halfway, or a crash, loses nothing.
enum CompileReview {
    static func run(_ candidates: [Candidate], choices: inout ReviewChoices, savingTo path: String) throws {
        let pending = candidates.filter { !choices.isDecided($0.card.id) }
        guard !pending.isEmpty else {
            writeText("All \(candidates.count) generated cards were reviewed before; nothing new to review.\n")
            return
        }
        writeText("""
            \(pending.count) new generated card\(pending.count == 1 ? "" : "s") to review \
            (\(candidates.count - pending.count) decided before).
            a = accept, r = reject, e = edit, s = skip for now, q = save and stop.\n\n
            """)
        let interactive = isatty(STDIN_FILENO) == 1
        var readline: ReadlineEditor? = interactive ? ReadlineEditor(historyPath: nil, completions: []) : nil
        var plain = PlainLineReader(echo: writeText)
        func read(_ prompt: String) -> LineInput {
            if let editor = readline { return editor.read(prompt: prompt) }
            return plain.read(prompt: prompt)
        }
        defer { readline = nil }
        for (number, candidate) in pending.enumerated() {
            writeText(describe(candidate, number: number + 1, of: pending.count))
            decision: while true {
                switch read("[a/r/e/s/q] > ") {
                case .end, .interrupt:
                    writeText("Stopped; decisions so far are saved in \(path).\n")
                    return
                case .line(let line):
                    switch line.trimmingCharacters(in: .whitespaces).lowercased() {
                    case "a", "accept", "":
                        choices.record(.accepted, for: candidate.card.id)
                    case "r", "reject":
                        choices.record(.rejected, for: candidate.card.id)
                    case "e", "edit":
                        guard let edited = edit(candidate.card, read: read) else { continue decision }
                        choices.record(edited, for: candidate.card.id)
                    case "s", "skip":
                        break decision
                    case "q", "quit":
                        writeText("Stopped; decisions so far are saved in \(path).\n")
                        return
                    default:
                        writeText("Type a (accept), r (reject), e (edit), s (skip) or q (save and stop).\n")
                        continue decision
                    }
                    try choices.save(to: path)
                    break decision
                }
            }
        }
        writeText("Review finished; decisions are saved in \(path).\n")
    }

    private static func describe(_ candidate: Candidate, number: Int, of total: Int) -> String {
        let card = candidate.card
        var text = "[\(number)/\(total)] \(card.type.rawValue), \(candidate.rule.rawValue), "
            + "\(card.source.map(\.description).joined(separator: ", "))\n"
        text += "  Q: \(card.prompt.sanitizedForTerminal())\n"
        if let options = card.options {
            for (index, option) in options.enumerated() {
                text += "     \(card.correct?.contains(index) == true ? "[x]" : "[ ]") \(option.sanitizedForTerminal())\n"
            }
        } else {
            text += "  A: \(card.answers.map { $0.sanitizedForTerminal() }.joined(separator: " | "))\n"
        }
        return text + "  from: \(candidate.sentence.sanitizedForTerminal())\n"
    }

    /// Asks for a new question and answers; an empty line keeps the old one. `nil` when cancelled.
    private static func edit(_ card: Card, read: (String) -> LineInput) -> ReviewChoices.Choice? {
        guard case .line(let prompt) = read("New question (Enter keeps it): ") else { return nil }
        let label = card.type.isChoice ? "Correct options, separated by '|'" : "New answers, separated by '|'"
        guard case .line(let answers) = read("\(label) (Enter keeps them): ") else { return nil }
        let newPrompt = prompt.trimmingCharacters(in: .whitespaces).isEmpty ? card.prompt : prompt.sanitizedForTerminal()
        let newAnswers = answers.trimmingCharacters(in: .whitespaces).isEmpty
            ? card.answers
            : answers.split(separator: "|").map { String($0).sanitizedForTerminal().trimmingCharacters(in: .whitespaces) }
        return .edited(prompt: newPrompt, answers: newAnswers)
    }
}
