import PearlsCore

/// The journal's line format: one JSON object per event, keys in a fixed order, absent fields left out.
///
/// `{"id":"1795249800125-9f3c61d2-7","kind":"review","time":"2026-11-21T09:30:00.125+01:00",`
/// `"card":"bm-spine-cord","deck":"bone-metastases","rating":3,"answer":"MRI","ms":4210,"mode":"review",`
/// `"counts":true,"params":1}`. Reading is strict (RFC 8259, right types, known kinds and ratings);
/// unknown keys are skipped so that a newer build's additions do not break an older reader.
extension JournalEvent {
    /// Appends the event's line, newline included.
    public func write(into out: ByteBuffer) {
        if var verbatim {
            verbatim.withUTF8 { out.append($0) }
            out.append(UInt8(ascii: "\n"))
            return
        }
        out.append(#"{"id":"#)
        out.appendJSONString(id)
        out.append(#","kind":""#)
        out.append(kind.staticName)
        out.append(#"","time":""#)
        time.withISO8601Bytes { out.append($0) }
        out.append(UInt8(ascii: "\""))
        if let card { field("card", card.rawValue, out) }
        if let from { field("from", from.rawValue, out) }
        if let deck { field("deck", deck, out) }
        if let rating {
            out.append(#","rating":"#)
            out.append(rating.rawValue)
        }
        if let answer { field("answer", answer, out) }
        if let responseMilliseconds {
            out.append(#","ms":"#)
            out.append(responseMilliseconds)
        }
        if let mode { field("mode", mode.rawValue, out) }
        if let counts { out.append(counts ? #","counts":true"# : #","counts":false"#) }
        if let parametersVersion {
            out.append(#","params":"#)
            out.append(parametersVersion)
        }
        if let voids { field("voids", voids, out) }
        if let understood { out.append(understood ? #","understood":true"# : #","understood":false"#) }
        if let key { field("key", key, out) }
        if let value { field("value", value, out) }
        if let confidence { field("confidence", confidence.rawValue, out) }
        if let adoptedState {
            out.append(#","state":"#)
            Snapshot.write(adoptedState, into: out)
        }
        out.append("}\n")
    }

    /// The event's line as text, newline included.
    public var line: String {
        let buffer = ByteBuffer(capacity: 256)
        write(into: buffer)
        return String(decoding: buffer.bytes, as: UTF8.self)
    }

    /// Reads one line (without its newline).
    public static func parse(_ line: UnsafeBufferPointer<UInt8>) throws(JSONScanError) -> JournalEvent {
        var scanner = JSONScanner(line)
        var id: String?
        var kind: Kind?
        var time: Timestamp?
        var event = JournalEvent(id: "", kind: .review, time: Timestamp(milliseconds: 0, offsetMinutes: 0))
        var seen: UInt32 = 0
        var unknown: [String] = []
        try scanner.expect(UInt8(ascii: "{"))
        if !scanner.consume(UInt8(ascii: "}")) {
            repeat {
                _ = scanner.peek()
                let keyStart = scanner.offset
                let key = try scanner.stringBytes()
                try scanner.expect(UInt8(ascii: ":"))
                _ = scanner.peek()
                let valueStart = scanner.offset
                func bad(_ message: String) -> JSONScanError { JSONScanError(offset: valueStart, message: message) }
                let field = Field(key)
                if let field {
                    guard seen & field.bit == 0 else {
                        throw JSONScanError(offset: keyStart, message: "\"\(key.text)\" appears twice")
                    }
                    seen |= field.bit
                }
                switch field {
                case .id:
                    let text = try scanner.string()
                    guard !text.isEmpty else { throw bad("the event id is empty") }
                    id = text
                case .kind:
                    let text = try scanner.stringBytes()
                    if let value = Kind(bytes: text), value != .unsupported {
                        kind = value
                    } else {
                        kind = .unsupported
                        unknown.append("event kind \"\(text.text)\"")
                    }
                case .time:
                    guard let value = Timestamp.parse(try scanner.stringBytes()) else {
                        throw bad("time must be ISO 8601 with an offset, such as 2026-11-21T09:30:00+01:00")
                    }
                    time = value
                case .card: event.card = CardID(try nonEmpty(&scanner, "card", at: valueStart))
                case .from: event.from = CardID(try nonEmpty(&scanner, "from", at: valueStart))
                case .deck: event.deck = try scanner.string()
                case .rating:
                    let value = try scanner.integer()
                    guard let rating = Rating(rawValue: value) else {
                        throw bad("rating must be 1 (Again), 2 (Hard), 3 (Good) or 4 (Easy), not \(value)")
                    }
                    event.rating = rating
                case .answer: event.answer = try scanner.string()
                case .ms:
                    event.responseMilliseconds = try scanner.integer(in: 0...maximumMilliseconds, named: "ms")
                case .mode:
                    let text = try scanner.stringBytes()
                    if let mode = Mode(bytes: text) {
                        event.mode = mode
                    } else {
                        unknown.append("mode \"\(text.text)\"")
                    }
                case .counts: event.counts = try scanner.boolean()
                case .params: event.parametersVersion = try scanner.integer(in: 0...Int(Int32.max), named: "params")
                case .voids: event.voids = try nonEmpty(&scanner, "voids", at: valueStart)
                case .understood: event.understood = try scanner.boolean()
                case .key: event.key = try scanner.string()
                case .value: event.value = try scanner.string()
                case .confidence:
                    let text = try scanner.string()
                    guard let confidence = Confidence(rawValue: text) else {
                        throw bad("confidence must be sure, think or guess, not \"\(text)\"")
                    }
                    event.confidence = confidence
                case .state: event.adoptedState = try Snapshot.readCard(&scanner)
                case nil:
                    unknown.append("key \"\(key.text)\"")
                    try scanner.skipValue()
                }
            } while scanner.consume(UInt8(ascii: ","))
            try scanner.expect(UInt8(ascii: "}"))
        }
        guard scanner.isAtEnd() else { throw scanner.error("unexpected text after the event") }
        guard let id else { throw JSONScanError(offset: 0, message: "the event has no \"id\"") }
        guard let kind else { throw JSONScanError(offset: 0, message: "the event has no \"kind\"") }
        guard let time else { throw JSONScanError(offset: 0, message: "the event has no \"time\"") }
        event.id = id
        event.kind = kind
        event.time = time
        if !unknown.isEmpty {
            // A review in a mode this build does not know cannot be replayed faithfully: skip it whole.
            if event.kind == .review && event.mode == nil { event.kind = .unsupported }
            event.unknownContent = unknown.joined(separator: ", ")
            event.verbatim = String(decoding: line, as: UTF8.self)
        }
        if let missing = event.missingField {
            throw JSONScanError(offset: 0, message: "a \(kind.rawValue) event needs \"\(missing)\"")
        }
        return event
    }

    private static func nonEmpty(_ scanner: inout JSONScanner, _ key: String, at offset: Int) throws(JSONScanError) -> String {
        let text = try scanner.string()
        guard !text.isEmpty else { throw JSONScanError(offset: offset, message: "\"\(key)\" is empty") }
        return text
    }
}

private func field(_ key: StaticString, _ value: String, _ out: ByteBuffer) {
    out.append(UInt8(ascii: ","))
    out.append(UInt8(ascii: "\""))
    out.append(key)
    out.append("\":")
    out.appendJSONString(value)
}

extension JournalEvent.Kind {
    fileprivate var staticName: StaticString {
        switch self {
        case .review: "review"
        case .suspend: "suspend"
        case .unsuspend: "unsuspend"
        case .bury: "bury"
        case .flag: "flag"
        case .unflag: "unflag"
        case .reset: "reset"
        case .undo: "undo"
        case .teach: "teach"
        case .setting: "setting"
        case .remap: "remap"
        case .unsupported: "unsupported"
        case .state: "state"
        }
    }
}

/// The keys of an event line, matched on bytes (no `String` per key), each with a bit to catch repeats.
private enum Field: Int {
    case id, kind, time, card, from, deck, rating, answer, ms, mode, counts, params, voids, understood, key, value, state
    case confidence

    var bit: UInt32 { 1 << UInt32(rawValue) }

    init?(_ key: UnsafeBufferPointer<UInt8>) {
        switch key.count {
        case 2: if key.equals("id") { self = .id } else if key.equals("ms") { self = .ms } else { return nil }
        case 3: if key.equals("key") { self = .key } else { return nil }
        case 4:
            if key.equals("kind") { self = .kind } else if key.equals("time") { self = .time }
            else if key.equals("card") { self = .card } else if key.equals("deck") { self = .deck }
            else if key.equals("mode") { self = .mode } else if key.equals("from") { self = .from } else { return nil }
        case 5:
            if key.equals("voids") { self = .voids } else if key.equals("value") { self = .value }
            else if key.equals("state") { self = .state } else { return nil }
        case 6:
            if key.equals("rating") { self = .rating } else if key.equals("answer") { self = .answer }
            else if key.equals("counts") { self = .counts } else if key.equals("params") { self = .params } else { return nil }
        case 10:
            if key.equals("understood") { self = .understood } else if key.equals("confidence") { self = .confidence }
            else { return nil }
        default: return nil
        }
    }
}

extension JournalEvent.Kind {
    /// The kind named by the bytes, if any.
    fileprivate init?(bytes: UnsafeBufferPointer<UInt8>) {
        if bytes.equals("review") { self = .review; return }
        guard let kind = Self(rawValue: bytes.text) else { return nil }
        self = kind
    }
}

extension JournalEvent.Mode {
    /// The mode named by the bytes, if any.
    fileprivate init?(bytes: UnsafeBufferPointer<UInt8>) {
        if bytes.equals("review") { self = .review; return }
        guard let mode = Self(rawValue: bytes.text) else { return nil }
        self = mode
    }
}
