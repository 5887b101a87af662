import ArgumentParser
import Foundation
import Progress

/// `pearls doctor`: check a profile and, if asked, repair what can be repaired without losing anything.
struct Doctor: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check a learner's progress files for problems.",
        discussion: """
            Reads the journal in full, replays it and compares the result with the snapshot; reports torn \
            lines left by crashes, events from a fast clock, cards no stored deck knows, and who holds the \
            lock. With --repair it sets aside a torn last line and rebuilds the snapshot; it never deletes \
            or rewrites a journal line. Exits 1 when a problem needs you.
            """)

    @OptionGroup var profile: ProfileOptions
    @Flag(help: "Set aside a torn last line and rebuild the snapshot from the journal.")
    var repair = false

    func run() throws {
        try reportingErrors {
            let now = try SystemClock.now()
            let folder = try profile.profile()
            if repair {
                let store = try profile.open(command: "doctor --repair", now: now)
                try store.rebuild(now: now)
                if let latest = store.state.latest, latest.date > now {
                    // The store saves no snapshot of a state that counted future events as now.
                    print(("not repaired: the snapshot was not written, because the journal holds events stamped as "
                           + "late as \(latest), later than now (a device clock running fast?); it is written once "
                           + "that time has passed, or after those lines are removed").sanitizedForTerminal())
                } else {
                    print("repaired: snapshot rebuilt from \(store.state.eventCount) journal events")
                }
            }
            let findings = ProfileDoctor.examine(folder, now: now, deviceZone: SystemClock.timeZone)
            print("Profile '\(folder.learner)' in \(folder.folder)".sanitizedForTerminal())
            for finding in findings { print("  " + finding.description.sanitizedForTerminal()) }
            if findings.contains(where: { $0.severity == .problem }) { throw ExitCode.failure }
        }
    }
}
