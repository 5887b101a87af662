import ArgumentParser
import Foundation
import PearlsCore
import Progress

/// `--learner`, taken by every command that reads or writes progress.
struct ProfileOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "Whose progress to use (letters, digits, - _ .).",
        discussion: "Profiles live in $PEARLS_HOME, else $XDG_DATA_HOME/pearls, else ~/.local/share/pearls.",
        valueName: "name"))
    var learner: String = Profile.defaultLearner

    func validate() throws {
        guard Profile.isValidName(learner) else { throw ValidationError(ProgressError.invalidLearnerName(learner).description) }
    }

    /// The learner's profile folder.
    func profile() throws -> Profile {
        try Profile(learner: learner, root: Profile.root(environment: environment))
    }

    /// Opens the learner's progress, printing any warnings found while loading.
    func open(readOnly: Bool = false, command: String, now: Date) throws -> ProgressStore {
        let store = try ProgressStore.open(
            try profile(), now: now, deviceZone: SystemClock.timeZone, readOnly: readOnly,
            holder: ProfileLock.describe(command: "pearls \(command)", since: now))
        for warning in store.warnings { printError("pearls: warning: " + warning.sanitizedForTerminal()) }
        return store
    }
}
