import ArgumentParser
import Foundation
import PearlsCore

/// The process environment, read once.
let environment = ProcessInfo.processInfo.environment

/// Writes a line to standard error.
func printError(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
}

/// Runs a command body, turning any domain error into `pearls: error: …` and exit status 1.
///
/// Errors are printed here rather than by ArgumentParser so every message has the same shape and
/// no Swift type names or stack traces reach a user.
func reportingErrors(_ body: () throws -> Void) throws {
    do {
        try body()
    } catch let exit as ExitCode {
        throw exit
    } catch let error as ValidationError {
        throw error
    } catch {
        printError("pearls: error: " + "\(error)".sanitizedForTerminal(keepingNewlines: true))
        throw ExitCode.failure
    }
}

