import ArgumentParser
import Foundation
import PearlsCore
import Scheduling

#if canImport(Glibc)
import Glibc
#endif

/// `pearls fsrs`: memory states for review histories, for learners and researchers who want to see
/// why the scheduler does what it does.
struct FSRSCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fsrs",
        abstract: "Show FSRS-6 memory states for review histories (JSON Lines in, JSON Lines out).",
        discussion: """
            Reads one card a line from standard input:
              {"id": "c1", "reviews": [{"rating": 3, "days": 0}, {"rating": 3, "days": 2}, {"rating": 1, "days": 9}]}
            where rating is 1 Again, 2 Hard, 3 Good or 4 Easy, and days counts study days since the \
            previous review (0 for the first review and for same-day reviews).

            Prints one line a card:
              {"id": "c1", "states": [{"retrievability": null, "stability": 2.3065, "difficulty": 2.118…}, …]}
            retrievability is the predicted recall just before each review (null for the first); \
            stability (days until recall falls to 90 %) and difficulty (1–10) are the memory just after it. \
            Numbers are printed in full precision, never rounded. Input streams: any number of lines \
            needs the memory of one.

            Examples:
              echo '{"id": "c1", "reviews": [{"rating": 3, "days": 0}, {"rating": 3, "days": 2}]}' | pearls fsrs
              pearls fsrs --retention 0.85 < histories.jsonl > states.jsonl
            """)

    @Option(help: ArgumentHelp("21 comma-separated FSRS-6 weights (default: the FSRS-6 defaults).", valueName: "w0,...,w20"))
    var params: String?

    @Option(help: ArgumentHelp("Also print each state's next interval in days for this desired retention.", valueName: "R"))
    var retention: Double?

    func validate() throws {
        if let retention, !(retention > 0 && retention < 1) {
            throw ValidationError("--retention must be between 0 and 1 (for example 0.9), not \(retention)")
        }
        _ = try parameters()
    }

    private func parameters() throws -> FSRSParameters {
        guard let params else { return .default }
        let pieces = params.split(separator: ",", omittingEmptySubsequences: false)
        let weights = try pieces.map { piece -> Double in
            guard let value = Double(piece.trimmingCharacters(in: .whitespaces)) else {
                throw ValidationError("--params: '\(piece)' is not a number")
            }
            return value
        }
        do {
            return try FSRSParameters(weights)
        } catch {
            throw ValidationError("--params: \(error)")
        }
    }

    func run() throws {
        let converter = ReviewHistoryLine(model: FSRS(parameters: try parameters()), desiredRetention: retention)
        let workers = ParallelConverter(converter: converter, workers: ProcessInfo.processInfo.activeProcessorCount)
        var batch = LineBatch()
        try LineReader.forEachLine(fileDescriptor: 0) { line throws(ExitCode) in
            batch.add(line)
            if batch.isFull {
                try workers.convert(batch)
                batch.removeAll()
            }
        }
        try workers.convert(batch)
    }
}

/// Converts batches of lines on every core, each worker with an output buffer it keeps between batches,
/// and writes the results in input order.
private struct ParallelConverter: ~Copyable {
    private let converter: ReviewHistoryLine
    private let outputs: [ByteBuffer]
    private let failures: UnsafeMutableBufferPointer<(line: Int, error: JSONScanError)?>

    init(converter: ReviewHistoryLine, workers: Int) {
        self.converter = converter
        outputs = (0..<max(1, workers)).map { _ in ByteBuffer(capacity: 1 << 22) }
        failures = .allocate(capacity: max(1, workers))
        failures.initialize(repeating: nil)
    }

    deinit {
        _ = failures.deinitialize()
        failures.deallocate()
    }

    /// On a bad line, writes everything before it, reports it with its line number, and stops.
    func convert(_ batch: LineBatch) throws(ExitCode) {
        let parts = batch.parts(outputs.count)
        // Safe: worker `part` touches only slot `part` of each buffer, and every worker has finished
        // when concurrentPerform returns, before the main thread reads them.
        nonisolated(unsafe) let outputs = outputs
        nonisolated(unsafe) let failures = failures
        let converter = converter
        DispatchQueue.concurrentPerform(iterations: parts.count) { part in
            var converter = converter
            outputs[part].removeAll()
            failures[part] = nil
            batch.bytes.withUnsafeBufferPointer { all in
                for lineIndex in parts[part] {
                    let line = UnsafeBufferPointer(rebasing: all[batch.lines[lineIndex]])
                    if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
                    do throws(JSONScanError) {
                        try converter.convert(line, into: outputs[part])
                    } catch {
                        failures[part] = (batch.firstLineNumber + lineIndex, error)
                        return
                    }
                }
            }
        }
        for part in parts.indices {
            writeToStandardOutput(outputs[part].bytes)
            if let failure = failures[part] {
                printError("pearls: error: standard input, line \(failure.line): \(failure.error)")
                throw ExitCode.failure
            }
        }
    }
}

/// Lines gathered for one parallel pass: their bytes back to back, and where each line is.
private struct LineBatch: Sendable {
    var bytes: [UInt8] = []
    var lines: [Range<Int>] = []
    /// The 1-based number of the batch's first line in the whole input.
    var firstLineNumber = 1

    var isFull: Bool { lines.count >= 8_192 }

    mutating func add(_ line: UnsafeBufferPointer<UInt8>) {
        let start = bytes.count
        bytes.append(contentsOf: line)
        lines.append(start..<bytes.count)
    }

    mutating func removeAll() {
        firstLineNumber += lines.count
        bytes.removeAll(keepingCapacity: true)
        lines.removeAll(keepingCapacity: true)
    }

    /// The line indices split into `count` consecutive runs.
    func parts(_ count: Int) -> [Range<Int>] {
        let size = (lines.count + count - 1) / max(1, count)
        guard size > 0 else { return [] }
        return stride(from: 0, to: lines.count, by: size).map { $0..<min($0 + size, lines.count) }
    }
}
