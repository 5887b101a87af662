import PearlsCore

/// Makes event ids that are unique across devices without any coordination: the time in milliseconds,
/// a tag fixed for the session, and a counter (`1795249800125-9f3c61d2-7`).
///
/// The tag mixes a number drawn from the injected generator with the id of the journal's last event. So a
/// scripted session (`--seed`, `PEARLS_NOW`) replayed on a copy of a profile writes the same journal, while
/// running it twice on one profile gives the second run new ids. Two devices collide only if they draw
/// the same 32-bit tag and record in the same millisecond with the same counter; `ProgressStore` refuses
/// to append an id the journal already holds.
///
/// The counter keeps what is appended later ordered later (`EventOrder` compares it before the tag), as
/// a hybrid logical clock's does: in the millisecond of the latest event the journal holds, it goes on
/// from that event's counter; in a later millisecond it starts again at 1. A session run with a pinned
/// clock (`PEARLS_NOW`) therefore comes after every session before it, whatever tags they drew.
public struct EventIDs: Sendable {
    /// The session's tag, eight hexadecimal digits.
    public let tag: String
    /// The latest millisecond an id was made for, or the journal's latest event had.
    private var latestMilliseconds: Int64
    /// The counter of the id made last (or of the journal's latest event, to begin with).
    private var counter: UInt64
    /// The highest counter used so far, so that a clock set back never repeats an id.
    private var highestCounter: UInt64

    /// A source of ids for a session that starts after the journal's event `lastEventID` (`nil` for an
    /// empty journal), with a random part drawn from `generator`; `latest` is the place in `EventOrder` of
    /// the journal's latest event, which every id made here follows when its millisecond allows.
    public init(using generator: inout some RandomNumberGenerator, after lastEventID: String?, following latest: EventOrder? = nil) {
        let drawn = UInt32.random(in: .min ... .max, using: &generator)
        var mixer = SplitMix64(seed: UInt64(drawn) ^ StableHash.of(lastEventID ?? ""))
        let value = UInt32(truncatingIfNeeded: mixer.next() >> 32)
        let hex = String(value, radix: 16)
        tag = String(repeating: "0", count: 8 - hex.count) + hex
        latestMilliseconds = latest?.milliseconds ?? .min
        counter = UInt64(latest?.counter ?? 0)
        highestCounter = counter
    }

    /// The next id, for an event at `time`.
    public mutating func next(at time: Timestamp) -> String {
        let milliseconds = time.milliseconds
        if milliseconds > latestMilliseconds {
            (latestMilliseconds, counter) = (milliseconds, 1)
        } else if milliseconds == latestMilliseconds {
            counter += 1
        } else {
            // A clock behind the latest event: a counter this session has not used keeps the id unique.
            counter = highestCounter + 1
        }
        highestCounter = max(highestCounter, counter)
        return "\(milliseconds)-\(tag)-\(counter)"
    }
}
