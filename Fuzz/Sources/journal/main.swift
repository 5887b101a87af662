import Foundation
import FuzzSupport
import Progress

// The journal reader reads a file, so each input is written to one: the first byte picks the read's
// chunk size (1–256 bytes, so lines cross chunk boundaries), the rest is the journal. Reading visits
// events or throws a `ProgressError`.
runLibFuzzer { data, size in
    let input = fuzzInput(data, size)
    guard let first = input.first else { return 0 }
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("pearls-fuzz-journal-\(getpid()).jsonl").path
    guard FileManager.default.createFile(atPath: path, contents: Data(input.dropFirst())) else {
        preconditionFailure("cannot write \(path)")
    }
    _ = try? JournalFile.read(path, chunkSize: Int(first) + 1) { _, _ in }
    return 0
}
