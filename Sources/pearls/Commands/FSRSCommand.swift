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
        var converter = ReviewHistoryLine(model: FSRS(parameters: try parameters()), desiredRetention: retention)
        var output = OutputBuffer()
        var lineNumber = 0
        do {
            try LineReader.forEachLine(fileDescriptor: 0) { line throws(JSONScanError) in
                lineNumber += 1
                if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { return }
                try converter.convert(line, into: &output.bytes)
                output.flushIfLarge()
            }
        } catch {
            output.flush()
            printError("pearls: error: standard input, line \(lineNumber): \(error)")
            throw ExitCode.failure
        }
        output.flush()
    }
}
