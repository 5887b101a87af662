import PearlsCore

/// Turns one JSON line of review history into one JSON line of memory states, for `pearls fsrs`.
///
/// In: `{"id": "c1", "reviews": [{"rating": 3, "days": 0}, {"rating": 1, "days": 9}]}`, where `days` is
/// the number of study days since the previous review (0 for the first and for same-day reviews).
/// Out: `{"id": "c1", "states": [{"retrievability": null, "stability": 2.3065, "difficulty": 2.118…}, …]}`
/// with full-precision doubles (shortest round-trip form), and `"interval"` days when a retention is given.
/// The id is echoed exactly as written (a string or an integer). Unknown keys are skipped.
public struct ReviewHistoryLine: Sendable {
    public let model: FSRS
    /// When set, each state also gets the interval, in days, for this desired retention.
    public let desiredRetention: Double?
    public let maximumInterval: Int

    private var reviews: [(rating: Rating, days: Int)] = []

    /// A converter for one model and, optionally, a desired retention.
    public init(model: FSRS, desiredRetention: Double? = nil, maximumInterval: Int = 36_500) {
        self.model = model
        self.desiredRetention = desiredRetention
        self.maximumInterval = maximumInterval
    }

    /// Reads one line (without its newline) and appends the output line, newline included, to `out`.
    public mutating func convert(_ line: UnsafeBufferPointer<UInt8>, into out: ByteBuffer) throws(JSONScanError) {
        var scanner = JSONScanner(line)
        reviews.removeAll(keepingCapacity: true)
        var idRange: Range<Int>?
        var sawReviews = false
        try scanner.expect(UInt8(ascii: "{"))
        if !scanner.consume(UInt8(ascii: "}")) {
            repeat {
                let keyStart = scanner.offset
                let key = try scanner.string()
                try scanner.expect(UInt8(ascii: ":"))
                switch key {
                case "id":
                    guard idRange == nil else { throw JSONScanError(offset: keyStart, message: "\"id\" appears twice") }
                    idRange = try readID(&scanner)
                case "reviews":
                    guard !sawReviews else { throw JSONScanError(offset: keyStart, message: "\"reviews\" appears twice") }
                    sawReviews = true
                    try readReviews(&scanner)
                default:
                    try scanner.skipValue()
                }
            } while scanner.consume(UInt8(ascii: ","))
            try scanner.expect(UInt8(ascii: "}"))
        }
        guard scanner.isAtEnd() else { throw scanner.error("unexpected text after the object") }
        guard let idRange else { throw JSONScanError(offset: 0, message: "the line has no \"id\"") }
        guard sawReviews else { throw JSONScanError(offset: 0, message: "the line has no \"reviews\"") }
        write(id: UnsafeBufferPointer(rebasing: line[idRange]), into: out)
    }

    private func readID(_ scanner: inout JSONScanner) throws(JSONScanError) -> Range<Int> {
        if scanner.peek() == UInt8(ascii: "\"") { return try scanner.rawString() }
        let start = scanner.offset
        _ = try scanner.integer()
        return start..<scanner.offset
    }

    private mutating func readReviews(_ scanner: inout JSONScanner) throws(JSONScanError) {
        try scanner.expect(UInt8(ascii: "["))
        if scanner.consume(UInt8(ascii: "]")) { return }
        repeat {
            try scanner.expect(UInt8(ascii: "{"))
            var rating: Rating?
            var days: Int?
            if !scanner.consume(UInt8(ascii: "}")) {
                repeat {
                    let key = try scanner.string()
                    try scanner.expect(UInt8(ascii: ":"))
                    _ = scanner.peek()  // step over white space, so errors point at the value itself
                    let valueStart = scanner.offset
                    switch key {
                    case "rating":
                        let value = try scanner.integer()
                        guard let valid = Rating(rawValue: value) else {
                            throw JSONScanError(offset: valueStart, message: "rating must be 1 (Again) to 4 (Easy), not \(value)")
                        }
                        rating = valid
                    case "days":
                        let value = try scanner.integer()
                        guard value >= 0 else {
                            throw JSONScanError(offset: valueStart, message: "days must be 0 or more, not \(value)")
                        }
                        days = value
                    default:
                        try scanner.skipValue()
                    }
                } while scanner.consume(UInt8(ascii: ","))
                try scanner.expect(UInt8(ascii: "}"))
            }
            guard let rating, let days else {
                throw scanner.error("review \(reviews.count + 1) needs both \"rating\" and \"days\"")
            }
            reviews.append((rating, days))
        } while scanner.consume(UInt8(ascii: ","))
        try scanner.expect(UInt8(ascii: "]"))
    }

    private func write(id: UnsafeBufferPointer<UInt8>, into out: ByteBuffer) {
        out.append(#"{"id": "#)
        out.append(id)
        out.append(#", "states": ["#)
        var state: MemoryState?
        for (index, review) in reviews.enumerated() {
            if index > 0 { out.append(", ") }
            out.append(#"{"retrievability": "#)
            if let state {
                let recall = model.retrievability(elapsedDays: Double(review.days), stability: state.stability)
                out.append(recall)
            } else {
                out.append("null")
            }
            let next = model.nextState(state, elapsedDays: review.days, rating: review.rating)
            out.append(#", "stability": "#)
            out.append(next.stability)
            out.append(#", "difficulty": "#)
            out.append(next.difficulty)
            if let desiredRetention {
                let exact = model.interval(stability: next.stability, desiredRetention: desiredRetention)
                let days = FSRS.wholeDays(exact, maximum: maximumInterval)
                out.append(#", "interval": "#)
                out.append(days)
            }
            out.append(UInt8(ascii: "}"))
            state = next
        }
        out.append("]}\n")
    }
}

