import ArgumentParser
import Foundation
import PearlsCore
import Progress

/// `pearls config`: show and change a learner's settings.
struct Config: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show or change a learner's study settings.",
        discussion: """
            Settings are recorded in the learner's journal, so they travel with a merge. Examples:
              pearls config                                   every setting and its value
              pearls config get desired-retention
              pearls config set desired-retention 0.85        review a little less often
              pearls config set new-per-day 10 --learner sam
              pearls config set learning-steps "1m 10m 1h"

            Settings: \(ProfileSettings.keys.map(\.key).joined(separator: ", ")).
            """,
        subcommands: [Show.self, Get.self, Set.self],
        defaultSubcommand: Show.self
    )

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "Print every setting.")
        @OptionGroup var profile: ProfileOptions

        func run() throws {
            try reportingErrors {
                let store = try profile.open(readOnly: true, command: "config", now: try SystemClock.now())
                let width = ProfileSettings.keys.map(\.key.count).max() ?? 0
                for (key, help) in ProfileSettings.keys {
                    let value = try store.state.settings.value(of: key)
                    print(key.padding(toLength: width, withPad: " ", startingAt: 0) + "  "
                          + value.padding(toLength: 10, withPad: " ", startingAt: 0) + "  " + help)
                }
            }
        }
    }

    struct Get: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Print one setting's value.")
        @Argument(help: "The setting.") var key: String
        @OptionGroup var profile: ProfileOptions

        func run() throws {
            try reportingErrors {
                let store = try profile.open(readOnly: true, command: "config", now: try SystemClock.now())
                print(try store.state.settings.value(of: key))
            }
        }
    }

    struct Set: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Change a setting (checked, then recorded in the journal).")
        @Argument(help: "The setting.") var key: String
        @Argument(help: "Its new value.") var value: String
        @OptionGroup var profile: ProfileOptions

        func run() throws {
            try reportingErrors {
                let now = try SystemClock.now()
                let store = try profile.open(command: "config", now: now)
                var checked = store.state.settings
                try checked.set(key, to: value)
                let old = try store.state.settings.value(of: key)
                let new = try checked.value(of: key)
                guard old != new else {
                    print("\(key) is already \(new)")
                    return
                }
                var generator = SystemRandomNumberGenerator()
                var ids = store.eventIDs(using: &generator)
                let time = Timestamp(now, timeZone: SystemClock.timeZone)
                var event = JournalEvent(id: ids.next(at: time), kind: .setting, time: time)
                event.key = key
                event.value = new
                try store.record(event, now: now)
                try store.saveSnapshot(now: now)
                print("\(key): \(old) → \(new)")
            }
        }
    }
}
