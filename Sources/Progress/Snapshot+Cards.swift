import Foundation
import PearlsCore
import Scheduling

/// Reading the `"cards"` object: nearly all of a snapshot's bytes, so it is read on every core.
extension Snapshot {
    /// Reads `{"<card id>": {…}, …}`, the scanner at its `{`.
    ///
    /// As written, each card sits on a line of its own, so the object is cut at line starts into a part a
    /// core and the parts are read at once. A raw line break never occurs inside a JSON string, so a cut
    /// can only fall between tokens; if one falls anywhere but between two cards (a snapshot laid out by
    /// hand), that part does not end as a run of cards does and the object is read again one card after
    /// another, which also gives any error its place.
    static func readCards(_ scanner: inout JSONScanner, in bytes: UnsafeBufferPointer<UInt8>) throws(JSONScanError)
        -> [CardID: CardState]
    {
        if bytes.count - scanner.offset >= 1 << 20, let (cards, end) = readCardsInParts(bytes, from: scanner.offset) {
            scanner.move(to: end)
            return cards
        }
        let capacity = (bytes.count - scanner.offset) / 200
        return try readPart(&scanner, to: bytes.count, first: true, last: true, capacity: capacity).cards
    }

    /// The cards and the offset just past the object's `}`, read in parts at once; `nil` when the object is
    /// not laid out a card a line (or is not valid), for the caller to read it in order.
    private static func readCardsInParts(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int)
        -> (cards: [CardID: CardState], end: Int)?
    {
        let parts = min(8, ProcessInfo.processInfo.activeProcessorCount)
        guard parts > 1 else { return nil }
        // Each part after the first starts at a line that starts with a quote.
        var starts = [start]
        for part in 1..<parts {
            var cut = max(starts[starts.count - 1] + 1, start + (bytes.count - start) / parts * part)
            while cut < bytes.count, !(bytes[cut] == UInt8(ascii: "\"") && bytes[cut - 1] == UInt8(ascii: "\n")) { cut += 1 }
            guard cut < bytes.count else { return nil }
            starts.append(cut)
        }
        let ends = Array(starts.dropFirst()) + [bytes.count]
        let begins = starts
        // Safe to share: the bytes are only read, and stay alive and unchanged until every part is done.
        nonisolated(unsafe) let shared = bytes
        // The first part reads straight into the dictionary that is returned; the others into arrays, which
        // touch far less memory than dictionaries of their own (a dictionary's table is kept under 3/4 full).
        let estimate = (bytes.count - start) / 200
        var read = Array(0..<parts).concurrentMap(minimumChunk: 1) { part -> (cards: [CardID: CardState], list: [(CardID, CardState)], end: Int)? in
            var scanner = JSONScanner(shared)
            scanner.move(to: begins[part])
            guard let read = try? readPart(&scanner, to: ends[part], first: part == 0, last: part == parts - 1,
                                           capacity: part == 0 ? estimate : estimate / parts)
            else { return nil }
            return (read.cards, read.list, scanner.offset)
        }
        guard var cards = read[0]?.cards, let end = read[parts - 1]?.end else { return nil }
        read[0] = nil  // leaving `cards` the only reference, so that adding to it does not copy it first
        for part in read.dropFirst() {
            guard let part else { return nil }
            // In order, so that a card written twice keeps its last value, as reading in order does.
            for (id, card) in part.list { cards[id] = card }
        }
        return (cards, end)
    }

    /// Cards from the scanner's place to `end`: the first part begins with the object's `{`, the last ends
    /// with its `}` (the scanner is left after it); every other part is whole cards, each followed by a comma,
    /// and must end exactly at `end`. The first part's cards go into a dictionary, the others' into a list.
    /// Read in order, the whole object is one part that is both first and last.
    private static func readPart(_ scanner: inout JSONScanner, to end: Int, first: Bool, last: Bool, capacity: Int)
        throws(JSONScanError) -> (cards: [CardID: CardState], list: [(CardID, CardState)])
    {
        var cards: [CardID: CardState] = [:]
        var list: [(CardID, CardState)] = []
        if first { cards.reserveCapacity(capacity) } else { list.reserveCapacity(capacity) }
        if first {
            try scanner.expect(UInt8(ascii: "{"))
            if last, scanner.consume(UInt8(ascii: "}")) { return (cards, list) }
        }
        while true {
            let id = CardID(try scanner.string())
            try scanner.expect(UInt8(ascii: ":"))
            let card = try readCard(&scanner)
            if first { cards[id] = card } else { list.append((id, card)) }
            if last {
                if scanner.consume(UInt8(ascii: ",")) { continue }
                try scanner.expect(UInt8(ascii: "}"))
                return (cards, list)
            }
            try scanner.expect(UInt8(ascii: ","))
            _ = scanner.peek()
            if scanner.offset == end { return (cards, list) }
            guard scanner.offset < end else { throw scanner.error("a card runs past the end of its part") }
        }
    }

    /// Reads a card's state object, the scanner at its `{`.
    static func readCard(_ scanner: inout JSONScanner) throws(JSONScanError) -> CardState {
        var card = CardState()
        var stability: Double?
        var difficulty: Double?
        try scanner.expect(UInt8(ascii: "{"))
        if scanner.consume(UInt8(ascii: "}")) { return card }
        repeat {
            let key = try scanner.stringBytes()
            try scanner.expect(UInt8(ascii: ":"))
            if key.equals("phase") {
                let text = try scanner.stringBytes()
                if text.equals("review") { card.phase = .review }
                else if text.equals("learning") { card.phase = .learning }
                else if text.equals("relearning") { card.phase = .relearning }
                else if text.equals("new") { card.phase = .new }
                else { throw scanner.error("unknown phase \"\(text.text)\"") }
            } else if key.equals("s") {
                stability = try scanner.double(in: 0...1e12, named: "s")
            } else if key.equals("d") {
                difficulty = try scanner.double(in: 0...100, named: "d")
            } else if key.equals("due") {
                card.due = try date(&scanner)
            } else if key.equals("last") {
                card.lastReview = try date(&scanner)
            } else if key.equals("first") {
                card.firstReview = try date(&scanner)
            } else if key.equals("ivl") {
                card.scheduledDays = try scanner.integer(in: 0...Snapshot.countLimit, named: "ivl")
            } else if key.equals("reps") {
                card.reviews = try scanner.integer(in: 0...Snapshot.countLimit, named: "reps")
            } else if key.equals("lapses") {
                card.lapses = try scanner.integer(in: 0...Snapshot.countLimit, named: "lapses")
            } else if key.equals("step") {
                card.step = try scanner.integer(in: 0...Snapshot.countLimit, named: "step")
            } else if key.equals("ease") {
                card.ease = try scanner.double(in: 0...1000, named: "ease")
            } else if key.equals("suspended") {
                card.isSuspended = try scanner.boolean()
            } else if key.equals("flagged") {
                card.isFlagged = try scanner.boolean()
            } else if key.equals("leech") {
                card.isLeech = try scanner.boolean()
            } else if key.equals("buried") {
                card.buriedUntilDay = try scanner.integer(in: Snapshot.dayRange, named: "buried")
            } else {
                try scanner.skipValue()
            }
        } while scanner.consume(UInt8(ascii: ","))
        try scanner.expect(UInt8(ascii: "}"))
        if let stability, let difficulty { card.memory = MemoryState(stability: stability, difficulty: difficulty) }
        return card
    }

    private static func date(_ scanner: inout JSONScanner) throws(JSONScanError) -> Date {
        let text = try scanner.stringBytes()
        guard let time = Timestamp.parse(text) else { throw scanner.error("\"\(text.text)\" is not an ISO 8601 time") }
        return time.date
    }
}
