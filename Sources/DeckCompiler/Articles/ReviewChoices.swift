import Foundation
import PearlsCore

/// What a person decided about generated cards in `pearls compile --review`, kept beside the deck so that
/// compiling again keeps each decision: rejected cards stay out, edited cards stay edited.
///
/// Keyed by the generated card's id, which is a hash of its content: a card the generator makes again the
/// same way meets its decision again; a card it now makes differently is new and is asked about anew.
public struct ReviewChoices: Codable, Equatable, Sendable {
    /// One decision.
    public enum Choice: Codable, Equatable, Sendable {
        case accepted
        case rejected
        /// Kept with a new question and answers (the card keeps its id, so progress on it stays).
        case edited(prompt: String, answers: [String])
    }

    /// The file format's name and version, so a stray JSON file is not mistaken for choices.
    public var format = "pearls-review-choices"
    public var version = 1
    public var choices: [String: Choice] = [:]

    public init() {}

    /// Whether the card has been decided on.
    public func isDecided(_ id: CardID) -> Bool { choices[id.rawValue] != nil }

    /// Records a decision.
    public mutating func record(_ choice: Choice, for id: CardID) { choices[id.rawValue] = choice }

    /// The cards with rejected ones removed and edited ones changed; undecided cards pass unchanged.
    public func apply(to cards: [Card]) -> [Card] {
        guard !choices.isEmpty else { return cards }
        return cards.compactMap { card in
            switch choices[card.id.rawValue] {
            case .rejected: return nil
            case .edited(let prompt, let answers):
                var edited = card
                edited.prompt = prompt
                edited.answers = answers
                if edited.type.isChoice, let options = edited.options {
                    edited.correct = options.indices.filter { answers.contains(options[$0]) }
                }
                // "Name any 3" edited down to two answers asks for both.
                if let needed = edited.needed { edited.needed = min(needed, max(1, answers.count)) }
                return edited
            case .accepted, nil: return card
            }
        }
    }

    /// Reads choices from `path`; a missing file is no choices yet.
    public static func load(from path: String) throws(ReviewChoicesError) -> ReviewChoices {
        guard FileManager.default.fileExists(atPath: path) else { return ReviewChoices() }
        do {
            let data = try Data(contentsOf: URL(fileURLWithPath: path))
            let choices = try JSONDecoder().decode(ReviewChoices.self, from: data)
            guard choices.format == "pearls-review-choices" else {
                throw ReviewChoicesError.unreadable(path: path, reason: "it is not a pearls review-choices file")
            }
            return choices
        } catch let error as ReviewChoicesError {
            throw error
        } catch is DecodingError {
            throw .unreadable(path: path, reason: "it is not a pearls review-choices file")
        } catch {
            throw .unreadable(path: path, reason: (error as NSError).localizedDescription)
        }
    }

    /// Writes the choices atomically (temporary file, fsync, rename), keys sorted so the file diffs well.
    public func save(to path: String) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        try AtomicFile.write(Array(try encoder.encode(self)) + [0x0A], to: path)
    }
}

/// Why saved review choices could not be read.
public enum ReviewChoicesError: Error, Equatable, CustomStringConvertible {
    case unreadable(path: String, reason: String)

    public var description: String {
        switch self {
        case .unreadable(let path, let reason):
            "\(path): cannot read the saved review choices: \(reason); move the file away to start the review afresh"
        }
    }
}
