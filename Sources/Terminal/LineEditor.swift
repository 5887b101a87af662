import CReadline
import Foundation

/// What reading a line gave.
public enum LineInput: Sendable, Equatable {
    case line(String)
    /// Ctrl-C at the prompt: the line was cancelled.
    case interrupt
    /// Ctrl-D on an empty line, or the end of piped input.
    case end
}

/// Reads the learner's lines: through GNU readline on a terminal, or plainly from piped input.
public protocol LineReading {
    mutating func read(prompt: String) -> LineInput
}

/// Line editing, history and completion through GNU readline. A class because readline's state is global
/// C state that this object sets up and, when it goes away, saves (the history).
public final class ReadlineEditor: LineReading {
    private let historyPath: String?
    private var added = 0

    /// Sets up readline: Ctrl-C cancels the line, Tab completes `completions`, and the history is loaded from
    /// (and saved to) `historyPath`.
    public init(historyPath: String?, completions: [String]) {
        self.historyPath = historyPath
        creadline_install_interrupt_handling()
        var pointers = completions.map { strdup($0) }
        pointers.withUnsafeMutableBufferPointer { buffer in
            buffer.baseAddress?.withMemoryRebound(to: UnsafePointer<CChar>?.self, capacity: buffer.count) {
                creadline_set_completions($0, Int32(buffer.count))
            }
        }
        for pointer in pointers { free(pointer) }
        if let historyPath { read_history(historyPath) }
    }

    deinit { saveHistory() }

    public func read(prompt: String) -> LineInput {
        var raw: UnsafeMutablePointer<CChar>?
        switch creadline_read(prompt, &raw) {
        case -1: return .interrupt
        case 0: return .end
        default: break
        }
        guard let raw else { return .end }
        defer { free(raw) }
        let line = String(cString: raw)
        if !line.trimmingCharacters(in: .whitespaces).isEmpty {
            add_history(raw)
            added += 1
        }
        return .line(line)
    }

    /// Appends this session's lines to the history file, keeping its last 1,000.
    public func saveHistory() {
        guard let historyPath, added > 0 else { return }
        if FileManager.default.fileExists(atPath: historyPath) {
            append_history(Int32(added), historyPath)
        } else {
            write_history(historyPath)
        }
        history_truncate_file(historyPath, 1000)
        added = 0
    }
}

/// Reads piped input: one line at a time, echoed after the prompt so that a transcript reads like a session.
public struct PlainLineReader: LineReading {
    private let echo: (String) -> Void

    /// A reader that prints each prompt and the line read with `echo`.
    public init(echo: @escaping (String) -> Void) {
        self.echo = echo
    }

    public mutating func read(prompt: String) -> LineInput {
        guard let line = readLine(strippingNewline: true) else {
            echo(prompt + "\n")
            return .end
        }
        echo(prompt + line.sanitizedLine + "\n")
        return .line(line)
    }
}

extension String {
    /// The line with control characters shown as spaces, for echoing what was typed.
    fileprivate var sanitizedLine: String {
        String(unicodeScalars.map { $0.properties.generalCategory == .control ? " " : Character($0) })
    }
}
