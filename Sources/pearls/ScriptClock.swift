import Foundation
import Terminal

/// The pinned clock of a scripted session, moved on by `PEARLS_CLOCK_STEP` after each line read.
///
/// A class because the session's clock closure and the line reader share it; a session runs on one thread.
final class ScriptClock {
    private let start: Date
    private let step: TimeInterval
    private var lines = 0

    init(start: Date, step: TimeInterval) {
        self.start = start
        self.step = step
    }

    /// The pinned instant plus one step per line read so far.
    var now: Date { start.addingTimeInterval(step * Double(lines)) }

    /// A line reader that moves the clock on by one step for each line it reads.
    struct Stepping<Base: LineReading>: LineReading {
        var base: Base
        let clock: ScriptClock

        init(_ base: Base, clock: ScriptClock) {
            self.base = base
            self.clock = clock
        }

        mutating func read(prompt: String) -> LineInput {
            let input = base.read(prompt: prompt)
            if case .line = input { clock.lines += 1 }
            return input
        }
    }
}
