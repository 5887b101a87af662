/// The event ids seen so far, as an open-addressing hash table of `EventKey`s with the line each was first
/// seen on. A million-event rebuild checks every id for repeats; Swift's `Dictionary` spends most of that
/// time seeding and running `Hasher`, while the keys here are already good hashes. Each slot is one
/// 24-byte value, so a probe touches one cache line.
struct EventKeyTable {
    private struct Slot {
        var first: UInt64 = 0
        var second: UInt64 = 0
        /// 0 marks an empty slot (journal lines are numbered from 1).
        var line: Int32 = 0
    }

    private var slots: [Slot]
    private var shift: UInt64
    private(set) var count = 0
    /// The size (as a power of two) to grow to the first time the table fills: what the caller expects.
    private var expectedBits: Int

    /// A table of `1 << capacityBits` slots that, once that many ids are in, grows at once to
    /// `1 << expectedBits`: a journal's size is only a guess at its events (one 1 GB line looks like five
    /// million), so the room for them is taken once the ids read show the journal is a large one.
    init(capacityBits: Int = 16, expectedBits: Int = 0) {
        slots = Array(repeating: Slot(), count: 1 << capacityBits)
        shift = UInt64(64 - capacityBits)
        self.expectedBits = expectedBits
    }

    /// Records `key` as seen on `line`, or returns the line it was seen on before.
    mutating func insert(_ key: EventKey, line: Int) -> Int? {
        if (count + 1) * 2 > slots.count { grow() }
        let mask = slots.count - 1
        var index = Int(truncatingIfNeeded: (key.first &* 0x9E37_79B9_7F4A_7C15) >> shift)
        return slots.withUnsafeMutableBufferPointer { slots in
            while slots[index].line != 0 {
                if slots[index].first == key.first && slots[index].second == key.second { return Int(slots[index].line) }
                index = (index + 1) & mask
            }
            slots[index] = Slot(first: key.first, second: key.second, line: Int32(clamping: line))
            count += 1
            return nil
        }
    }

    private mutating func grow() {
        let old = slots
        self = EventKeyTable(capacityBits: max(64 - Int(shift) + 1, expectedBits))
        for slot in old where slot.line != 0 {
            _ = insert(EventKey(first: slot.first, second: slot.second), line: Int(slot.line))
        }
    }
}
