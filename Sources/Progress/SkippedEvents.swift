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

/// Journal lines skipped in replay, each reason named once with its first line and how many lines share it.
public struct SkippedEvents: Sendable, Equatable {
    private var reasons: [String] = []
    private var firstLine: [String: Int] = [:]
    private var counts: [String: Int] = [:]

    public init() {}

    /// Notes that the event on `line` was skipped for `reason`.
    public mutating func note(_ reason: String, line: Int) {
        if firstLine[reason] == nil {
            reasons.append(reason)
            firstLine[reason] = line
        }
        counts[reason, default: 0] += 1
    }

    /// One message per reason, for the journal at `path`.
    public func messages(path: String) -> [String] {
        reasons.map { reason in
            let count = counts[reason] ?? 1
            let others = count > 1 ? " (and \(count - 1) more line\(count == 2 ? "" : "s") like it)" : ""
            return "\(path):\(firstLine[reason] ?? 0): \(reason)\(others); the line is kept in the journal "
                + "and skipped (a newer Pearls or another device wrote it)"
        }
    }
}
