import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// Times a workload: warm-up runs, then repetitions; reports the median and the spread.
struct Measurement {
    var name: String
    var samples: [Double]  // milliseconds

    var median: Double {
        let sorted = samples.sorted()
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }

    var spread: (min: Double, max: Double) { (samples.min() ?? 0, samples.max() ?? 0) }

    static func run(_ name: String, warmUp: Int = 2, repetitions: Int, _ body: () -> Int) -> Measurement {
        var sink = 0
        for _ in 0..<warmUp { sink &+= body() }
        var samples: [Double] = []
        let clock = ContinuousClock()
        for _ in 0..<repetitions {
            let start = clock.now
            sink &+= body()
            let elapsed = clock.now - start
            samples.append(Double(elapsed.components.seconds) * 1_000 + Double(elapsed.components.attoseconds) / 1e15)
        }
        if sink == 42 { print("") }  // keeps the work from being optimised away
        return Measurement(name: name, samples: samples)
    }

    /// `name<TAB>median<TAB>min<TAB>max` in milliseconds, for Scripts/bench to read.
    var line: String {
        String(format: "%@\t%.3f\t%.3f\t%.3f", name, median, spread.min, spread.max)
    }
}

/// The process's peak resident memory in megabytes.
func peakMemoryMegabytes() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_maxrss) / 1024
}
