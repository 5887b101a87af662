import Foundation
import PearlsCore
import Progress
import Scheduling
import Testing

/// A large snapshot's cards are read in parts at once; whatever the layout, the result must be that of
/// reading them one after another.
struct SnapshotCardsTests {
    /// A snapshot of `count` varied cards: over 1 MB from about 5,000 cards, enough to be read in parts.
    static func snapshot(cards count: Int) -> Snapshot {
        var generator = SplitMix64(seed: 21)
        var state = ProgressState()
        let base = Date(timeIntervalSince1970: 1_780_000_000)
        for index in 0..<count {
            var card = CardState()
            card.phase = CardPhase.allCases[Int(generator.next() % 4)]
            if card.phase != .new {
                card.memory = MemoryState(stability: Double(generator.next() % 1_000_000) / 997, difficulty: 1 + Double(generator.next() % 900) / 100)
                card.lastReview = base.addingTimeInterval(-Double(generator.next() % 10_000_000))
                card.due = base.addingTimeInterval(Double(generator.next() % 10_000_000))
                card.firstReview = base.addingTimeInterval(-20_000_000)
                card.reviews = Int(generator.next() % 30)
                card.scheduledDays = Int(generator.next() % 400)
            }
            if index % 7 == 0 { card.isSuspended = true }
            if index % 11 == 0 { card.step = 1 }
            state.cards[CardID("card-\(index)-\(generator.next() % 1_000)")] = card
        }
        return Snapshot(learner: "parts", journal: .init(), state: state)
    }

    /// The snapshot's text without its checksum (as a build before checksums wrote it), so that its layout can
    /// be changed and still read.
    static func text(of snapshot: Snapshot) throws -> String {
        let text = String(decoding: snapshot.encoded(), as: UTF8.self)
        let checksum = try #require(text.range(of: ",\n\"checksum\":", options: .backwards))
        return text[..<checksum.lowerBound] + "}\n"
    }

    static func decode(_ text: String) throws -> Snapshot {
        try Array(text.utf8).withUnsafeBufferPointer { try Snapshot.decode($0, path: "progress.json") }
    }

    @Test func aLargeSnapshotReadsBackWhateverItsLayout() throws {
        let snapshot = Self.snapshot(cards: 8_000)
        let text = try Self.text(of: snapshot)
        #expect(text.utf8.count > 1 << 20)
        // As written (in parts), all on one line (no place to cut, so in order), and with line breaks
        // inside cards too (cuts that fall mid-card, so read again in order).
        let oneLine = text.replacingOccurrences(of: ",\n\"", with: ",\"")
        let broken = text.replacingOccurrences(of: ",\"s\":", with: ",\n\"s\":")
        for layout in [text, oneLine, broken] {
            #expect(try Self.decode(layout) == snapshot)
        }
    }

    @Test func aCardWrittenTwiceKeepsItsLastValueAsInOrder() throws {
        let snapshot = Self.snapshot(cards: 8_000)
        var text = try Self.text(of: snapshot)
        // The first card again at the very end, suspended: it ends up in the last part.
        let firstLine = try #require(text.split(separator: "\n").first { $0.hasPrefix("\"card-") })
        let id = String(firstLine.prefix { $0 != ":" })
        let closing = try #require(text.range(of: "\n}}\n", options: .backwards))
        text.replaceSubrange(closing, with: ",\n\(id):{\"phase\":\"new\",\"suspended\":true}\n}}\n")
        let read = try Self.decode(text)
        var expected = CardState()
        expected.isSuspended = true
        #expect(read.state.cards[CardID(String(id.dropFirst().dropLast()))] == expected)
        #expect(read.state.cards.count == snapshot.state.cards.count)
    }

    @Test func aBadCardInAnyPartIsReportedWhereItIs() throws {
        let text = String(decoding: Self.snapshot(cards: 8_000).encoded(), as: UTF8.self)
        let at = try #require(text.range(of: "\"reps\":", options: .backwards))
        let bad = text.replacingCharacters(in: at, with: "\"reps\":x")
        let offset = text.utf8.distance(from: text.startIndex, to: at.upperBound)
        #expect(throws: ProgressError.badSnapshot(path: "progress.json", reason: "expected a number (at byte \(offset + 1))")) {
            try Self.decode(bad)
        }
    }
}
