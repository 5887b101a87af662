import ArgumentParser
import Foundation
import Interop
import PearlsCore
import Progress

/// `pearls export-log`: the review journal as CSV.
struct ExportLog: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export-log",
        abstract: "Write your review history as CSV, for spreadsheets and other tools.",
        discussion: """
            One row per answer (undone answers left out), in the order they were given, with the columns \
            card_id, review_time (ISO 8601 with your UTC offset), review_rating (1 Again, 2 Hard, 3 Good, \
            4 Easy), review_duration (milliseconds), review_state (the card's phase before the answer: \
            new, learning, review or relearning) and mode (review, exam, teach or cram). \
            See docs/review-log-csv.md.

            Examples:
              pearls export-log --csv > reviews.csv
              pearls export-log --csv --learner sam -o sam.csv
            """)

    @OptionGroup var profile: ProfileOptions

    @Flag(help: "Write CSV (the only format so far; required so that later formats stay explicit).")
    var csv = false

    @Option(name: .shortAndLong, help: "Write to this file instead of standard output.", completion: .file())
    var output: String?

    func validate() throws {
        guard csv else { throw ValidationError("say which format to write: --csv") }
    }

    func run() throws {
        try reportingErrors {
            let now = try SystemClock.now()
            let folder = try profile.profile()
            guard FileManager.default.fileExists(atPath: folder.journalPath) else {
                throw CLIError("learner '\(folder.learner)' has no review journal yet (\(folder.journalPath))")
            }
            // Rows go out as they are made, in 1 MB pieces: the journal is never held whole, nor the CSV.
            let write = { (emit: ([UInt8]) -> Bool) throws -> Int in
                var bytes = Array((ReviewLogCSV.header + "\n").utf8)
                let count = try ReviewLogCSV.forEachRow(journal: folder.journalPath, now: now,
                                                        deviceZone: SystemClock.timeZone) { row in
                    bytes.append(contentsOf: row.line.utf8)
                    bytes.append(0x0A)
                    if bytes.count >= 1 << 20 {
                        _ = emit(bytes)
                        bytes.removeAll(keepingCapacity: true)
                    }
                }
                _ = emit(bytes)
                return count
            }
            if let output {
                var count = 0
                // A failed write is an error naming the file and the reason; the file is left as it was.
                try AtomicFile.write(to: output, streamingToDevices: true) { emit in count = try write(emit) }
                printError("pearls: wrote \(count) answers to \(output.sanitizedForTerminal())")
            } else {
                _ = try write { FileHandle.standardOutput.write(Data($0)); return true }
            }
        }
    }
}
