import PearlsCore

extension JournalEvent {
    /// Why this build cannot apply the event, if it cannot: a kind or mode a newer build wrote, or a
    /// setting whose key or value this build does not accept. Such a line is kept and skipped in replay.
    public var skipReason: String? {
        switch kind {
        case .unsupported:
            return "\(unknownContent ?? "an event kind") unknown to this build"
        case .setting:
            guard let key, let value else { return nil }
            var scratch = ProfileSettings()
            do {
                try scratch.set(key, to: value)
                return nil
            } catch {
                if case .unknownSetting = error { return "setting '\(key)' unknown to this build" }
                return error.description
            }
        default:
            return nil
        }
    }
}

extension JournalEvent {
    /// The key whose value `skipReason` is about, so that a message can name its column.
    public var skipField: String? {
        switch kind {
        case .unsupported:
            if unknownContent?.hasPrefix("event kind") == true { return "kind" }
            return unknownContent?.hasPrefix("mode") == true ? "mode" : nil
        case .setting:
            guard let key else { return nil }
            return ProfileSettings.keys.contains(where: { $0.key == key }) ? "value" : "key"
        default:
            return nil
        }
    }
}

/// Journal lines skipped in replay, each reason named once with its first line and how many lines share it.
public struct SkippedEvents: Sendable, Equatable {
    private var reasons: [String] = []
    private var firstLine: [String: Int] = [:]
    private var fields: [String: String] = [:]
    private var counts: [String: Int] = [:]

    public init() {}

    /// Notes that the event on `line` was skipped for `reason`, which is about the value of `field`.
    public mutating func note(_ reason: String, line: Int, field: String? = nil) {
        if firstLine[reason] == nil {
            reasons.append(reason)
            firstLine[reason] = line
            fields[reason] = field
        }
        counts[reason, default: 0] += 1
    }

    /// One message per reason, for the journal at `path` (read again to find the column of each first line).
    public func messages(path: String) -> [String] {
        reasons.map { reason in
            let count = counts[reason] ?? 1
            let others = count > 1 ? " (and \(count - 1) more line\(count == 2 ? "" : "s") like it)" : ""
            let line = firstLine[reason] ?? 0
            let column = fields[reason].flatMap { JournalFile.column(ofValueOf: $0, line: line, in: path) }
            return "\(path):\(line)\(column.map { ":\($0)" } ?? ""): \(reason)\(others); the line is kept in the journal "
                + "and skipped (a newer Pearls or another device wrote it)"
        }
    }
}
