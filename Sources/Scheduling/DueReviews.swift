import PearlsCore

/// The reviews due today, collected in deck order and handed out lowest recall first.
///
/// Only the day's limit is ever shown, so the order is found for that many cards and no more: the
/// smallest keys are brought to the front (a quickselect) and only those are sorted. A key holds no
/// strings, only the card's place among the candidates, which keeps each move cheap; ids and notes are
/// read from the candidates for the cards actually taken.
struct DueReviews {
    private var keys: [Key] = []

    var count: Int { keys.count }

    /// Room for `count` cards, so that collecting them never copies what is already collected.
    mutating func reserveCapacity(_ count: Int) {
        keys.reserveCapacity(count)
    }

    /// Adds a due card: `rank` from `forgettingRank` (higher is closer to forgotten), `due` in seconds.
    mutating func append(rank: Double, due: Double, candidate: Int) {
        keys.append(Key(order: -rank, due: due, candidate: candidate))
    }

    /// Up to `limit` cards in queue order: highest forgetting rank first, then earlier due, then id. A card
    /// whose note is already in `takenNotes` is skipped (its sibling came first); a card taken adds its note.
    mutating func take(_ limit: Int, of cards: [QueueCandidate], takenNotes: inout Set<String>) -> [CardID] {
        var taken: [CardID] = []
        taken.reserveCapacity(min(limit, keys.count))
        var start = 0
        while taken.count < limit, start < keys.count {
            // A few more than the room left, for siblings that get skipped.
            let room = limit - taken.count
            var end = start + min(keys.count - start, room + room / 32 + 1)
            keys.bringSmallestForward(in: start..<keys.count, count: end - start)
            keys[start..<end].sort()
            // Cards tied with the last one brought forward are ordered by id, so all of them must be in.
            if end < keys.count {
                let last = keys[end - 1]
                let tiedEnd = keys[end...].partition { !$0.isTied(with: last) }
                keys[end..<tiedEnd].sort()
                end = tiedEnd
            }
            var group = start
            while group < end, taken.count < limit {
                var groupEnd = group + 1
                while groupEnd < end, keys[groupEnd].isTied(with: keys[group]) { groupEnd += 1 }
                if groupEnd - group > 1 {
                    let tied = keys[group..<groupEnd].map(\.candidate).sorted { cards[$0].id < cards[$1].id }
                    for card in tied where taken.count < limit { take(card, of: cards, into: &taken, takenNotes: &takenNotes) }
                } else {
                    take(keys[group].candidate, of: cards, into: &taken, takenNotes: &takenNotes)
                }
                group = groupEnd
            }
            start = end
        }
        return taken
    }

    private func take(_ card: Int, of cards: [QueueCandidate], into taken: inout [CardID],
                      takenNotes: inout Set<String>) {
        // Only the two fields are read: copying the whole candidate out was most of this step's time.
        if let note = cards[card].note, !takenNotes.insert(note).inserted { return }
        taken.append(cards[card].id)
    }
}

/// A due card's place in queue order. Keys never compare equal: the candidate index (its place in deck
/// order) breaks every tie, so the order is total and the same on every run.
private struct Key: Comparable {
    /// The forgetting rank, negated so that the lowest recall sorts first.
    var order: Double
    /// Seconds since 1970.
    var due: Double
    var candidate: Int

    func isTied(with other: Key) -> Bool { order == other.order && due == other.due }

    static func < (left: Key, right: Key) -> Bool {
        (left.order, left.due, left.candidate) < (right.order, right.due, right.candidate)
    }
}

extension Array where Element: Comparable {
    /// Rearranges `range` so that its `count` smallest elements come first, in no particular order.
    ///
    /// Quickselect with a median-of-three pivot; a range that keeps splitting badly is sorted instead,
    /// so the worst case is that of sorting. Elements are assumed distinct.
    fileprivate mutating func bringSmallestForward(in range: Range<Int>, count: Int) {
        var low = range.lowerBound, high = range.upperBound  // the k-th smallest lies in low..<high
        let target = range.lowerBound + count
        guard count > 0, count < range.count else { return }
        var rounds = 0
        while high - low > 16 {
            rounds += 1
            if rounds > 64 {
                self[low..<high].sort()
                return
            }
            // Hoare's partition around the median of the first, middle and last: both sides end up
            // non-empty, low...split no greater than the pivot and the rest no smaller.
            let middle = low + (high - low) / 2
            if self[middle] < self[low] { swapAt(middle, low) }
            if self[high - 1] < self[low] { swapAt(high - 1, low) }
            if self[high - 1] < self[middle] { swapAt(middle, high - 1) }
            let pivot = self[middle]
            var left = low, right = high - 1
            while true {
                while self[left] < pivot { left += 1 }
                while pivot < self[right] { right -= 1 }
                if left >= right { break }
                swapAt(left, right)
                left += 1
                right -= 1
            }
            if right + 1 == target { return }
            if target < right + 1 { high = right + 1 } else { low = right + 1 }
        }
        self[low..<high].sort()
    }
}
