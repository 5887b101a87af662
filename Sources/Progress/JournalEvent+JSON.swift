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
        out.append(#"{"id":"#)
        out.appendJSONString(id)
        out.append(#","kind":""#)
        out.append(kind.staticName)
        out.append(#"","time":""#)
        var time = time.description
        time.withUTF8 { out.append($0) }
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
        try scanner.expect(UInt8(ascii: "{"))
        if !scanner.consume(UInt8(ascii: "}")) {
            repeat {
                _ = scanner.peek()
                let keyStart = scanner.offset
                let key = try scanner.string()
                if let bit = keyBits[key] {
                    guard seen & bit == 0 else {
                        throw JSONScanError(offset: keyStart, message: "\"\(key)\" appears twice")
                    }
                    seen |= bit
                }
                try scanner.expect(UInt8(ascii: ":"))
                _ = scanner.peek()
                let valueStart = scanner.offset
                func bad(_ message: String) -> JSONScanError { JSONScanError(offset: valueStart, message: message) }
                switch key {
                case "id":
                    let text = try scanner.string()
                    guard !text.isEmpty else { throw bad("the event id is empty") }
                    id = text
                case "kind":
                    let text = try scanner.string()
                    guard let value = Kind(rawValue: text) else {
                        throw bad("unknown event kind \"\(text)\" (known: \(Kind.allCases.map(\.rawValue).joined(separator: ", ")))")
                    }
                    kind = value
                case "time":
                    let range = try scanner.rawString()
                    let inner = UnsafeBufferPointer(rebasing: line[(range.lowerBound + 1)..<(range.upperBound - 1)])
                    guard let value = Timestamp.parse(inner) else {
                        throw bad("time must be ISO 8601 with an offset, such as 2026-11-21T09:30:00+01:00")
                    }
                    time = value
                case "card": event.card = CardID(try nonEmpty(&scanner, "card", at: valueStart))
                case "from": event.from = CardID(try nonEmpty(&scanner, "from", at: valueStart))
                case "deck": event.deck = try scanner.string()
                case "rating":
                    let value = try scanner.integer()
                    guard let rating = Rating(rawValue: value) else {
                        throw bad("rating must be 1 (Again), 2 (Hard), 3 (Good) or 4 (Easy), not \(value)")
                    }
                    event.rating = rating
                case "answer": event.answer = try scanner.string()
                case "ms":
                    let value = try scanner.integer()
                    guard value >= 0 else { throw bad("ms must be 0 or more, not \(value)") }
                    event.responseMilliseconds = value
                case "mode":
                    let text = try scanner.string()
                    guard let mode = Mode(rawValue: text) else {
                        throw bad("unknown mode \"\(text)\" (known: review, exam, teach, cram)")
                    }
                    event.mode = mode
                case "counts": event.counts = try scanner.boolean()
                case "params": event.parametersVersion = try scanner.integer()
                case "voids": event.voids = try nonEmpty(&scanner, "voids", at: valueStart)
                case "understood": event.understood = try scanner.boolean()
                case "key": event.key = try scanner.string()
                case "value": event.value = try scanner.string()
                default: try scanner.skipValue()
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

/// One bit per known key, to catch a key written twice without a set per line.
private let keyBits: [String: UInt32] = Dictionary(uniqueKeysWithValues: [
    "id", "kind", "time", "card", "from", "deck", "rating", "answer", "ms", "mode", "counts", "params", "voids",
    "understood", "key", "value",
].enumerated().map { ($1, UInt32(1) << UInt32($0)) })

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
        }
    }
}
