import Foundation

/// Interval fuzz as py-fsrs, ts-fsrs and Anki define it (shared/reference/fsrs6.md §11): review intervals
/// of 3 days or more move to a random day in a window that widens by 15 % of the days between 2.5 and 7,
/// 10 % of those between 7 and 20, and 5 % of those past 20.
public enum IntervalFuzz {
    private static let bands: [(start: Double, end: Double, factor: Double)] = [
        (2.5, 7, 0.15), (7, 20, 0.10), (20, .infinity, 0.05),
    ]

    /// The days a fuzzed `interval` can land on, or `nil` when an interval this short is not fuzzed.
    public static func range(interval: Int, maximumInterval: Int) -> ClosedRange<Int>? {
        guard Double(interval) >= 2.5 else { return nil }
        var delta = 1.0
        for band in bands {
            delta += band.factor * max(min(Double(interval), band.end) - band.start, 0)
        }
        // Python's round() rounds halves to even; the window must match py-fsrs to the day.
        var low = max(2, Int((Double(interval) - delta).rounded(.toNearestOrEven)))
        let high = min(Int((Double(interval) + delta).rounded(.toNearestOrEven)), maximumInterval)
        low = min(low, high)
        return low...high
    }

    /// A day drawn uniformly from the fuzz range (the interval itself when it is not fuzzed).
    ///
    /// py-fsrs draws `round(random() · (max − min + 1) + min)`, which can land one day past its own range;
    /// Pearls draws as Anki and ts-fsrs do, uniformly within the range.
    public static func fuzzed<Generator: RandomNumberGenerator>(
        _ interval: Int, maximumInterval: Int, using generator: inout Generator) -> Int
    {
        guard let range = range(interval: interval, maximumInterval: maximumInterval) else { return interval }
        return Int.random(in: range, using: &generator)
    }
}
