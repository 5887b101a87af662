import Foundation
import PearlsCore

extension AnswerCheck {
    /// Marks a typed answer to "Name any `needed` of these": the answer is cut at commas, semicolons, new lines
    /// and " and ", and each piece counts for at most one item it names. Naming `needed` different items is
    /// right; fewer is partly right, scored one point an item.
    ///
    /// A piece names an item when it is the item as a typed answer would be accepted, one of the item's own
    /// short parts ("drowsiness" of "Fatigue, drowsiness"), or at least two of the item's content words (all of
    /// them for a one-word item) and nothing the item lacks: "tummy pain" names "Pain in the tummy, back, or
    /// pelvis". A look-alike term names nothing ("hypotension" is not "hypertension").
    public func checkList(_ typed: String, items: [String], needed: Int, terms: ClinicalTerms = .builtIn) -> AnswerVerdict {
        // A pasted page is not an answer: only its first pieces are read.
        let pieces = Self.pieces(of: typed).prefix(Self.mostPieces)
        guard !pieces.isEmpty else { return .revealed }
        var named = Set<Int>()
        var clash: AnswerVerdict?
        for piece in pieces {
            let unnamed = items.indices.filter { !named.contains($0) }
            if let index = unnamed.first(where: { names(piece, items[$0], terms: terms) }) {
                named.insert(index)
            } else if clash == nil {
                let verdict = checkTyped(piece, accepted: items, terms: terms)
                if case .confused = verdict { clash = verdict }
            }
        }
        if named.count >= needed { return .right(typo: nil) }
        if !named.isEmpty { return .partial(score: named.count, outOf: needed, missed: [], wrong: []) }
        return clash ?? .wrong(chosen: [])
    }

    /// The most pieces of a typed list that are read.
    static let mostPieces = 64

    /// The parts of a typed list, trimmed, empty ones dropped.
    static func pieces(of typed: String) -> [String] {
        var text = typed
        for separator in [" and ", "\n", ";"] { text = text.replacingOccurrences(of: separator, with: ",", options: .caseInsensitive) }
        return text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    private func names(_ piece: String, _ item: String, terms: ClinicalTerms) -> Bool {
        let parts = [item] + Self.pieces(of: item.replacingOccurrences(of: " or ", with: ","))
        if parts.contains(where: { if case .right = checkTyped(piece, accepted: [$0], terms: terms) { true } else { false } }) {
            return true
        }
        let key = Self.words(text.normalize(item))
        let typedWords = Self.words(text.normalize(piece))
        let typedContent = typedWords.filter(MeaningMatch.isContent)
        let keyContent = key.filter(MeaningMatch.isContent)
        guard !typedContent.isEmpty, typedContent.count >= min(2, keyContent.count),
              !typedWords.contains(where: MeaningMatch.negations.contains) || key.contains(where: MeaningMatch.negations.contains)
        else { return false }
        let match = MeaningMatch(terms: terms, own: Set(key))
        return typedContent.allSatisfy { word in keyContent.contains { match.sameWord(word, $0) } }
    }

    private static func words(_ normalized: String) -> [String] {
        normalized.split(separator: " ").map { ClinicalTerms.folded(String($0)) }
    }
}
