import FuzzSupport
import PearlsCore
import Scheduling

// Any bytes as one `pearls fsrs` input line (the command splits lines before this): converting
// writes memory states or throws a `JSONScanError`.
runLibFuzzer { data, size in
    var converter = ReviewHistoryLine(model: FSRS(parameters: .default), desiredRetention: 0.9)
    try? converter.convert(fuzzInput(data, size), into: ByteBuffer(capacity: 256))
    return 0
}
