import ArgumentParser
import Foundation
import PearlsCore
import Progress

/// `pearls doctor`: check a profile and, if asked, repair what can be repaired without losing anything.
struct Doctor: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check a learner's progress files for problems.",
        discussion: """
            Reads the journal in full, replays it and compares the result with the snapshot; reports a journal \
            that lost events the snapshot still holds, torn lines left by crashes, events from a fast clock, \
            cards no stored deck knows, temporary files a killed write left, and who holds the lock. With --repair it \
            sets aside a torn last line, rebuilds the snapshot (keeping any fuller snapshot beside it) and removes \
            those temporary files; it never deletes or rewrites an event. \
            Exits 1 when a problem needs you.
            """)

    @OptionGroup var profile: ProfileOptions
    @Flag(help: "Set aside a torn last line, rebuild the snapshot from the journal, remove temporary files a killed write left.")
    var repair = false

    @Flag(help: ArgumentHelp(
        "Write the fullest snapshot's cards back into the journal, one state event a card.",
        discussion: "For a journal that was emptied, cut short or deleted; the journal is backed up first."))
    var adoptSnapshot = false

    @Option(help: ArgumentHelp(
        "Move a damaged journal line to a file beside the journal (after a backup), so the rest loads.",
        valueName: "line"))
    var setAsideLine: Int?

    func validate() throws {
        if [repair, adoptSnapshot, setAsideLine != nil].filter({ $0 }).count > 1 {
            throw ValidationError("give one of --repair, --adopt-snapshot and --set-aside-line at a time")
        }
    }

    func run() throws {
        try reportingErrors {
            let now = try SystemClock.now()
            let folder = try profile.profile()
            if let line = setAsideLine {
                let lock = try ProfileLock(profile: folder, holder: ProfileLock.describe(command: "pearls doctor", since: now))
                let done = try JournalFile.setAside(line: line, of: folder.journalPath, backupFolder: folder.backupsFolder, now: now)
                withExtendedLifetime(lock) {}
                print("set aside line \(line) (\(done.bytes) bytes) in \(done.aside); the journal as it was is in \(done.backup)"
                    .sanitizedForTerminal())
            }
            if repair {
                let store = try profile.open(command: "doctor --repair", now: now)
                let printed = store.warnings.count
                try store.rebuild(now: now)
                for warning in store.warnings.dropFirst(printed) { printError("pearls: warning: " + warning.sanitizedForTerminal()) }
                if let latest = store.state.latest, latest.date > now {
                    // The store saves no snapshot of a state that counted future events as now.
                    print(("not repaired: the snapshot was not written, because the journal holds events stamped as "
                           + "late as \(latest), later than now (a device clock running fast?); it is written once "
                           + "that time has passed, or after those lines are removed").sanitizedForTerminal())
                } else {
                    print("repaired: snapshot rebuilt from \(store.state.eventCount) journal events")
                }
                for leftover in TemporaryLeftover.remove(in: folder) {
                    print("removed \(leftover.described(now: now)), left by an interrupted write".sanitizedForTerminal())
                }
            }
            if adoptSnapshot { try adopt(now: now) }
            let findings = ProfileDoctor.examine(folder, now: now, deviceZone: SystemClock.timeZone)
            print("Profile '\(folder.learner)' in \(folder.folder)".sanitizedForTerminal())
            for finding in findings { print("  " + finding.description.sanitizedForTerminal()) }
            if findings.contains(where: { $0.severity == .problem }) { throw ExitCode.failure }
        }
    }

    private func adopt(now: Date) throws {
        let store = try profile.open(command: "doctor --adopt-snapshot", now: now)
        guard let (snapshot, path, _) = ProgressStore.snapshotAhead(of: store.state, in: store.profile) else {
            print("nothing to adopt: the journal already holds everything the snapshots do")
            return
        }
        var generator = SystemRandomNumberGenerator()
        let adoption = try store.adopt(snapshot, now: now, using: &generator)
        let settings = adoption.settings > 0 ? ", and \(adoption.settings) settings" : ""
        let leftOut = adoption.leftOut > 0 ? " (left out \(adoption.leftOut) whose ids are not card ids)" : ""
        print("adopted \(adoption.cards) card\(adoption.cards == 1 ? "" : "s")\(settings)\(leftOut) from the snapshot into the journal (from \(path)); "
              .sanitizedForTerminal() + "the journal as it was is in \(adoption.backup)".sanitizedForTerminal())
    }
}
