import Dispatch
import Foundation

extension Array where Element: Sendable {
    /// `map(transform)` spread over the machine's cores, with the results in the same order as `map` gives.
    ///
    /// For pure transforms only: the output is then the same on every run and every machine, whatever the
    /// number of cores. The array is cut into contiguous chunks of at least `minimumChunk` elements (so that
    /// a small input is not worth a thread) and a few per core (so that one slow chunk does not hold up the rest).
    public func concurrentMap<T: Sendable>(minimumChunk: Int = 32, _ transform: @Sendable (Element) -> T) -> [T] {
        let chunks = Swift.min(count / Swift.max(1, minimumChunk), Self.cores * 4)
        guard chunks > 1 else { return map(transform) }
        let count = count
        return [T](unsafeUninitializedCapacity: count) { buffer, initialized in
            guard let base = buffer.baseAddress else { preconditionFailure("a buffer for \(count) > 1 results") }
            // Safe: each chunk initializes only its own slots, each exactly once, and every chunk has finished
            // when concurrentPerform returns, before the array is used. Results are moved in, not copied.
            nonisolated(unsafe) let output = base
            DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
                for index in (count * chunk / chunks)..<(count * (chunk + 1) / chunks) {
                    (output + index).initialize(to: transform(self[index]))
                }
            }
            initialized = count
        }
    }

    private static var cores: Int { Swift.max(1, ProcessInfo.processInfo.activeProcessorCount) }
}
