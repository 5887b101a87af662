import PearlsCore

/// Makes event ids that are unique across devices without any coordination: the time in milliseconds,
/// a random tag fixed for the session, and a counter (`1795249800125-9f3c61d2-7`).
///
/// Two devices collide only if they draw the same 32-bit tag and record in the same millisecond with the
/// same counter. The tag comes from the injected generator, so a seeded session is reproducible.
public struct EventIDs: Sendable {
    private let tag: String
    private var counter = 0

    /// A source of ids whose random tag is drawn from `generator`.
    public init(using generator: inout some RandomNumberGenerator) {
        let value = UInt32.random(in: .min ... .max, using: &generator)
        let hex = String(value, radix: 16)
        tag = String(repeating: "0", count: 8 - hex.count) + hex
    }

    /// The next id, for an event at `time`.
    public mutating func next(at time: Timestamp) -> String {
        counter += 1
        return "\(time.milliseconds)-\(tag)-\(counter)"
    }
}
