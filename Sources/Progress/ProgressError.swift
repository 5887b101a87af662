import Foundation
import PearlsCore

/// Why a learner's progress could not be read, written or changed. Every message names the file and,
/// for journal lines, the line and column, so the learner can find the problem.
public enum ProgressError: Error, Equatable, Sendable, CustomStringConvertible {
    case invalidLearnerName(String)
    case cannotCreate(path: String, reason: String)
    case unreadable(path: String, reason: String)
    case cannotWrite(path: String, reason: String)
    /// A journal line that is not a valid event (never skipped: the learner must see it).
    case badJournalLine(path: String, line: Int, column: Int, message: String)
    case duplicateEventID(path: String, line: Int, firstLine: Int, id: String)
    /// An append refused because the journal already holds an event with its id.
    case repeatedEventID(path: String, id: String)
    /// An event id present in both journals of a merge with different contents.
    case conflictingEvent(id: String, path: String, line: Int)
    case badSnapshot(path: String, reason: String)
    case newerVersion(path: String, found: Int, newest: Int)
    /// A snapshot written by an older Pearls: an upgrade, not damage.
    case olderSnapshot(path: String, found: Int)
    /// Another process holds the profile.
    case locked(profile: String, holder: String)
    case unknownSetting(String, known: [String])
    case invalidSetting(key: String, value: String, reason: String)
    case notAJournal(path: String)
    /// `pearls doctor --set-aside-line` refused: the line is the header, missing, or a valid event.
    case cannotSetAside(path: String, line: Int, reason: String)
    case badRegistry(path: String, reason: String)
    /// Two different decks share an id: storing the second would replace the first.
    case deckIDClash(id: String, stored: String, new: String)

    /// For `cannotWrite` and `unreadable`, the reason alone; otherwise the whole description.
    public var reason: String {
        switch self {
        case .cannotWrite(_, let reason), .unreadable(_, let reason): reason
        default: description
        }
    }

    public var description: String {
        switch self {
        case .invalidLearnerName(let name):
            "'\(name)' cannot be a learner name: use letters, digits, '-', '_' or '.', not starting with '.'"
        case .cannotCreate(let path, let reason): "cannot create \(path): \(reason)"
        case .unreadable(let path, let reason): "cannot read \(path): \(reason)"
        case .cannotWrite(let path, let reason): "cannot write \(path): \(reason)"
        case .badJournalLine(let path, let line, let column, let message):
            "\(path):\(line):\(column): \(message); the journal was left as it is. "
                + (line == 1 ? "Its first line must be the journal header."
                   : "`\(Self.doctorCommand(for: path)) --set-aside-line \(line)` moves that line to a file beside the "
                     + "journal (after backing the journal up), so the rest loads")
        case .duplicateEventID(let path, let line, let firstLine, let id):
            "\(path):\(line): event id '\(id)' was already used on line \(firstLine)"
        case .repeatedEventID(let path, let id):
            "\(path) already holds an event with the id '\(id)'; nothing was written (a session replayed "
                + "with the same --seed on the same profile?)"
        case .conflictingEvent(let id, let path, let line):
            "\(path):\(line): event '\(id)' differs from the event with the same id in this profile; nothing was merged"
        case .badSnapshot(let path, let reason): "\(path) is not a usable snapshot: \(reason)"
        case .olderSnapshot(let path, let found): "\(path) was written by an older Pearls (schema \(found))"
        case .newerVersion(let path, let found, let newest):
            "\(path) was written by a newer Pearls (schema \(found); this build reads up to \(newest)); "
                + "update Pearls to open it"
        case .locked(let profile, let holder):
            "the profile '\(profile)' is in use by \(holder); finish that session first"
                + " (`pearls stats`, `pearls report` and other reading commands still work)"
        case .unknownSetting(let key, let known):
            "unknown setting '\(key)' (settings: \(known.joined(separator: ", ")))"
        case .invalidSetting(let key, let value, let reason): "\(key) cannot be '\(value)': \(reason)"
        case .notAJournal(let path): "\(path) is neither a learner profile folder nor a reviews.jsonl journal"
        case .cannotSetAside(let path, let line, let reason): "\(path):\(line): nothing was set aside: \(reason)"
        case .badRegistry(let path, let reason):
            "\(path) is not a usable deck registry (\(reason)); rename it, and Pearls lists the decks stored in "
                + "decks/ again (their sources are then found again as you study them)"
        case .deckIDClash(let id, let stored, let new):
            "the deck id '\(id)' of \(new) is already the id of \(stored), a deck of this profile; nothing was stored. "
                + "Give one of them its own id with 'id:' in its front matter, or compile it with --deck-id NAME "
                + "(or forget the other with `pearls decks remove \(id)`)"
        }
    }

    /// `pearls doctor`, naming the learner whose profile folder holds the journal at `path` unless it is the default.
    private static func doctorCommand(for path: String) -> String {
        let learner = ((path as NSString).deletingLastPathComponent as NSString).lastPathComponent
        return learner == Profile.defaultLearner || learner.isEmpty ? "pearls doctor" : "pearls doctor --learner \(learner)"
    }

    /// A failed write of `path`: an `AtomicFileError` keeps its own path and reason (so the path is named
    /// once), a `ProgressError` stays as it is, and anything else becomes the reason.
    static func writing(_ path: String, failedWith error: any Error) -> ProgressError {
        switch error {
        case let progress as ProgressError: progress
        case let atomic as AtomicFileError: .cannotWrite(path: atomic.path, reason: atomic.reason)
        default: .cannotWrite(path: path, reason: "\(error)")
        }
    }
}
