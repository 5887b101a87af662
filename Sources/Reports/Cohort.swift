import Foundation
import PearlsCore
import Progress
import Scheduling

/// A class of learners read from one folder: each learner's profile folder (holding `reviews.jsonl`)
/// or bare journal file (`NAME.jsonl`), as an educator collects them.
public struct Cohort: Sendable {
    public struct Member: Sendable {
        public var name: String
        public var state: ProgressState
        /// The decks stored in the learner's profile (none for a bare journal).
        public var decks: [Deck]
        public var deviceZone: TimeZone
    }

    public var members: [Member]
    /// Learners that could not be read, each with the reason (file, line and what was wrong).
    public var problems: [String]

    /// Reads every profile folder and journal file in `folder`, in name order. A learner that cannot be
    /// read is named in `problems`; the others are still read.
    public static func load(folder: String, now: Date, deviceZone: TimeZone) throws(ProgressError) -> Cohort {
        let files = FileManager.default
        var isFolder: ObjCBool = false
        guard files.fileExists(atPath: folder, isDirectory: &isFolder) else {
            throw .unreadable(path: folder, reason: "no such folder")
        }
        guard isFolder.boolValue else {
            throw .unreadable(path: folder, reason: "it is a file; give the folder that holds the learners' profiles or journals")
        }
        let names: [String]
        do {
            names = try files.contentsOfDirectory(atPath: folder).sorted()
        } catch {
            throw .unreadable(path: folder, reason: (error as NSError).localizedDescription)
        }
        var cohort = Cohort(members: [], problems: [])
        for name in names where !name.hasPrefix(".") {
            let path = (folder as NSString).appendingPathComponent(name)
            var isFolder: ObjCBool = false
            guard files.fileExists(atPath: path, isDirectory: &isFolder) else { continue }
            do {
                if isFolder.boolValue {
                    guard Profile.isValidName(name) else { continue }
                    let profile = try Profile(learner: name, root: folder)
                    guard files.fileExists(atPath: profile.journalPath) else { continue }
                    let store = try ProgressStore.open(profile, now: now, deviceZone: deviceZone, readOnly: true)
                    cohort.members.append(Member(name: name, state: store.state,
                                                 decks: ProgressStore.storedDecks(of: profile).decks, deviceZone: deviceZone))
                } else if name.hasSuffix(".jsonl") {
                    var replayer = JournalReplayer(now: now)
                    _ = try JournalFile.read(path) { (event, line) throws(ProgressError) in
                        try replayer.add(event, path: path, line: line)
                    }
                    let state = try replayer.replay(now: now, deviceZone: deviceZone)
                    cohort.members.append(Member(name: String(name.dropLast(6)), state: state, decks: [],
                                                 deviceZone: deviceZone))
                }
            } catch {
                cohort.problems.append(error.description)
            }
        }
        return cohort
    }
}
