import Foundation
import PearlsCore
import Scheduling

/// `progress.json`: the learner's progress as of some point in the journal, so that start-up reads the
/// journal's tail instead of all of it. It is only a cache: whenever it is missing, unreadable, from an
/// older schema, or does not match the journal, it is rebuilt from the journal.
public struct Snapshot: Sendable, Equatable {
    /// The newest snapshot schema this build reads and writes.
    public static let schemaVersion = 2

    /// The largest count or tally a snapshot may hold (2^50): sums of such numbers cannot overflow.
    static let countLimit = 1 << 50
    /// The study days a snapshot may name, from year 1 to year 9999 (days since 1970-01-01).
    static let dayRange = -719_162...2_932_896

    /// Where in the journal the snapshot stops.
    public struct JournalPosition: Sendable, Equatable {
        /// The byte offset just past the last line included.
        public var bytes = 0
        /// The number of that line (the header is line 1).
        public var lines = 0
        /// The id of the last event included, checked against the journal on load.
        public var lastEventID: String?

        public init(bytes: Int = 0, lines: Int = 0, lastEventID: String? = nil) {
            self.bytes = bytes
            self.lines = lines
            self.lastEventID = lastEventID
        }
    }

    public var learner: String
    public var journal: JournalPosition
    public var state: ProgressState

    public init(learner: String, journal: JournalPosition, state: ProgressState) {
        self.learner = learner
        self.journal = journal
        self.state = state
    }
}
