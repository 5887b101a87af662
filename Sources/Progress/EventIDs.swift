import PearlsCore

/// Makes event ids that are unique across devices without any coordination: the time in milliseconds,
/// a tag fixed for the session, and a counter (`1795249800125-9f3c61d2-7`).
///
/// The tag mixes a number drawn from the injected generator with the id of the journal's last event. So a
/// scripted session (`--seed`, `PEARLS_NOW`) replayed on a copy of a profile writes the same journal, while
/// running it twice on one profile gives the second run new ids. Two devices collide only if they draw
/// the same 32-bit tag and record in the same millisecond with the same counter; `ProgressStore` refuses
/// to append an id the journal already holds.
public struct EventIDs: Sendable {
    /// The session's tag, eight hexadecimal digits.
    public let tag: String
    private var counter = 0

    /// A source of ids for a session that starts after the journal's event `lastEventID` (`nil` for an
    /// empty journal), with a random part drawn from `generator`.
    public init(using generator: inout some RandomNumberGenerator, after lastEventID: String?) {
        let drawn = UInt32.random(in: .min ... .max, using: &generator)
        var mixer = SplitMix64(seed: UInt64(drawn) ^ StableHash.of(lastEventID ?? ""))
        let value = UInt32(truncatingIfNeeded: mixer.next() >> 32)
        let hex = String(value, radix: 16)
        tag = String(repeating: "0", count: 8 - hex.count) + hex
    }

    /// The next id, for an event at `time`.
    public mutating func next(at time: Timestamp) -> String {
        counter += 1
        return "\(time.milliseconds)-\(tag)-\(counter)"
    }
}
