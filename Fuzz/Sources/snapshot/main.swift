import FuzzSupport
import Progress

// Any bytes as a snapshot file (progress.json): decoding gives a snapshot or throws a `ProgressError`.
runLibFuzzer { data, size in
    _ = try? Snapshot.decode(fuzzInput(data, size), path: "fuzz-progress.json")
    return 0
}
