import ArgumentParser
import Foundation
import Progress

/// `pearls merge`: fold another device's progress into this one.
struct Merge: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Fold another device's progress into a learner's profile.",
        discussion: """
            OTHER is a profile folder (copied from another computer) or its reviews.jsonl. Events are \
            united by id and replayed, so merging twice changes nothing, and merging A into B gives the \
            same progress as B into A. Nothing is ever overwritten: new events are appended.
              pearls merge /media/usb/pearls/default
              pearls merge laptop-reviews.jsonl --learner sam
            """)

    @Argument(help: "The other profile folder or journal.", completion: .file())
    var other: String
    @OptionGroup var profile: ProfileOptions

    func run() throws {
        try reportingErrors {
            let now = try SystemClock.now()
            let store = try profile.open(command: "merge", now: now)
            let result = try store.merge(other, now: now)
            for warning in result.warnings { printError("pearls: warning: " + warning.sanitizedForTerminal()) }
            let learner = store.profile.learner
            if result.added == 0 {
                print("Nothing new: all \(result.alreadyPresent) events of \(other.sanitizedForTerminal()) are already in '\(learner)'.")
            } else {
                print("Merged \(result.added) new event\(result.added == 1 ? "" : "s") into '\(learner)' "
                      + "(\(result.alreadyPresent) already present); \(store.state.cards.count) cards now have progress.")
            }
        }
    }
}
