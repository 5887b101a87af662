import Foundation
import PearlsCore
import Scheduling

/// The settings in force over time: each setting event applies to the events after it in `EventOrder`.
///
/// Both the full replay and the replay in file order (`JournalWalk`) look each card event's era up here,
/// so that an answer is scheduled with the same settings whichever way the journal is read.
struct SettingsTimeline {
    /// One setting event, as the journal gave it.
    struct Change {
        var order: EventOrder
        var key: String
        var value: String
    }

    /// Where each era starts; era 0 (the defaults) starts before every event.
    private var starts: [EventOrder] = []
    /// Each era's scheduler and leech threshold, looked up by index: copying settings and an existential
    /// per event costs a generic metadata lookup each time.
    private(set) var schedulers: [any SchedulingAlgorithm] = []
    private(set) var leechThresholds: [Int] = []
    /// The settings after the last change.
    private(set) var latest = ProfileSettings()

    /// The timeline of `changes` (in any order), leaving out those an undo voided.
    init(_ changes: [Change], voided: Set<UInt64>, deviceZone: TimeZone) throws(ProgressError) {
        append(EventOrder(milliseconds: .min, id: ""), deviceZone: deviceZone)
        for change in changes.sorted(by: { $0.order < $1.order }) where !voided.contains(change.order.idHash) {
            try latest.set(change.key, to: change.value)
            append(change.order, deviceZone: deviceZone)
        }
    }

    private mutating func append(_ start: EventOrder, deviceZone: TimeZone) {
        starts.append(start)
        schedulers.append(latest.scheduler(deviceZone: deviceZone))
        leechThresholds.append(latest.scheduling.leechThreshold)
    }

    /// The era in force at the event at `milliseconds` with `tie` and `idHash` (see `EventOrder`).
    func era(milliseconds: Int64, tie: UInt64, idHash: UInt64) -> Int {
        guard starts.count > 1 else { return 0 }
        let order = (milliseconds, tie, idHash)
        var low = 0
        var high = starts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            let entry = starts[middle]
            if (entry.milliseconds, entry.tie, entry.idHash) <= order {
                low = middle
            } else {
                high = middle - 1
            }
        }
        return low
    }
}
