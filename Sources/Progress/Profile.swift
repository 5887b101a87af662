import Foundation

/// Where a learner's progress lives: `<root>/<learner>/`, with the root taken from `$PEARLS_HOME`,
/// else `$XDG_DATA_HOME/pearls`, else `~/.local/share/pearls`.
public struct Profile: Sendable, Equatable {
    /// The learner used when none is named.
    public static let defaultLearner = "default"

    public let learner: String
    public let folder: String

    /// The profile of `learner` under `root`; the name must be safe as a folder name.
    public init(learner: String, root: String) throws(ProgressError) {
        guard Self.isValidName(learner) else { throw .invalidLearnerName(learner) }
        self.learner = learner
        folder = (root as NSString).appendingPathComponent(learner)
    }

    /// The profile of a folder given directly (for `merge` and `--cohort`); the learner is the folder's name.
    public init(folder: String) {
        self.folder = folder
        learner = (folder as NSString).lastPathComponent
    }

    /// The folder that holds every learner's profile.
    public static func root(environment: [String: String]) -> String {
        if let home = environment["PEARLS_HOME"], !home.isEmpty { return home }
        if let data = environment["XDG_DATA_HOME"], !data.isEmpty { return data + "/pearls" }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        return home + "/.local/share/pearls"
    }

    /// Letters, digits, `-`, `_` and `.`, 1 to 64 characters, not starting with `.`.
    public static func isValidName(_ name: String) -> Bool {
        guard (1...64).contains(name.count), !name.hasPrefix(".") else { return false }
        return name.unicodeScalars.allSatisfy { scalar in
            scalar.isASCII && (CharacterSet.alphanumerics.contains(scalar) || "-_.".unicodeScalars.contains(scalar))
        }
    }

    /// The append-only journal of events.
    public var journalPath: String { folder + "/reviews.jsonl" }
    /// The snapshot of card states.
    public var snapshotPath: String { folder + "/progress.json" }
    /// Copies of the decks the learner has studied.
    public var decksFolder: String { folder + "/decks" }
    /// Earlier snapshots, newest last.
    public var backupsFolder: String { folder + "/backups" }
    /// The readline history of study sessions.
    public var historyPath: String { folder + "/history" }
    /// The lock file a writing process holds.
    public var lockPath: String { folder + "/lock" }
}
