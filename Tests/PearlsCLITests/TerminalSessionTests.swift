import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// A study session on a real pseudo-terminal, so GNU readline is in charge: line editing, Tab completion,
/// history, Ctrl-C and Ctrl-D, and every answer saved.
struct TerminalSessionTests {
    /// The controlling side of a pseudo-terminal with `pearls` running on the other side.
    final class PseudoTerminal {
        let master: Int32
        let process = Process()
        private(set) var output = ""

        init(arguments: [String], environment: [String: String]) throws {
            var master: Int32 = -1
            var slave: Int32 = -1
            var size = winsize(ws_row: 40, ws_col: 100, ws_xpixel: 0, ws_ypixel: 0)
            guard openpty(&master, &slave, nil, nil, &size) == 0 else { throw CLIFailure("openpty failed") }
            self.master = master
            let handle = FileHandle(fileDescriptor: slave, closeOnDealloc: true)
            process.executableURL = PearlsProcess.binary
            process.arguments = arguments
            process.environment = environment
            process.standardInput = handle
            process.standardOutput = handle
            process.standardError = handle
            try process.run()
        }

        deinit {
            if process.isRunning { process.terminate() }
            close(master)
        }

        func type(_ text: String) {
            _ = text.withCString { write(master, $0, strlen($0)) }
        }

        /// Reads until `text` has appeared after everything already matched, or fails after a few seconds.
        @discardableResult
        func expect(_ text: String, timeout: Double = 10) throws -> String {
            let deadline = Date().addingTimeInterval(timeout)
            var buffer = [UInt8](repeating: 0, count: 4096)
            while !output.contains(text) {
                guard Date() < deadline else { throw CLIFailure("timed out waiting for \(text.debugDescription); got:\n\(output)") }
                var descriptor = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
                guard poll(&descriptor, 1, 100) > 0 else { continue }
                let count = read(master, &buffer, buffer.count)
                if count <= 0 { continue }
                output += String(decoding: buffer[0..<count], as: UTF8.self)
            }
            let range = output.range(of: text)!  // checked by the loop above
            let seen = String(output[..<range.upperBound])
            output = String(output[range.upperBound...])
            return seen
        }
    }

    struct CLIFailure: Error, CustomStringConvertible {
        let description: String
        init(_ description: String) { self.description = description }
    }

    @Test func readlineEditingCompletionHistoryAndSignals() throws {
        let home = try PearlsProcess.temporaryFolder()
        let terminal = try PseudoTerminal(arguments: ["--seed", "1"], environment: [
            "PEARLS_HOME": home.path, "PEARLS_NOW": "2026-11-21T09:30:00+01:00", "TERM": "xterm",
            "LANG": "C.UTF-8", "HOME": home.path, "NO_COLOR": "1", "PATH": "/usr/bin:/bin",
        ])
        try terminal.expect("What are bone metastases?")
        try terminal.expect("answer> ")
        terminal.type("cancer spread to bonx\u{7F}e\r")          // Backspace edits the line
        try terminal.expect("✓ right")
        try terminal.expect("grade [Good]> ")
        terminal.type("\r")

        try terminal.expect("called the [...].")
        try terminal.expect("answer> ")
        terminal.type(":he\t")                                   // Tab completes the command
        try terminal.expect(":help")
        terminal.type("\r")
        try terminal.expect(":quit     end the session")
        try terminal.expect("answer> ")
        terminal.type("primary site\u{01}the \r")                // Ctrl-A moves to the start of the line
        try terminal.expect("✓ right")
        try terminal.expect("grade [Good]> ")
        terminal.type("\r")

        try terminal.expect("grown away from the original")
        try terminal.expect("answer> ")
        terminal.type("\u{1B}[A")                                // Up recalls the last answer from history
        try terminal.expect("the primary site")
        terminal.type("\r")
        try terminal.expect("✗ not right")
        try terminal.expect("grade [Again]> ")
        terminal.type("\r")

        try terminal.expect("answer> ")
        terminal.type("half typed")
        try terminal.expect("half typed")
        kill(terminal.process.processIdentifier, SIGINT)         // Ctrl-C cancels the line, not the session
        try terminal.expect("line cancelled")
        try terminal.expect("answer> ")
        terminal.type("\u{04}")                                  // Ctrl-D ends the session
        try terminal.expect("Session over: 3 answered")
        terminal.process.waitUntilExit()
        #expect(terminal.process.terminationStatus == 0)

        let journal = try String(contentsOf: home.appendingPathComponent("default/reviews.jsonl"), encoding: .utf8)
        let answers = journal.split(separator: "\n").dropFirst().map { line -> String in
            let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
            return object?["answer"] as? String ?? "?"
        }
        #expect(answers == ["cancer spread to bone", "the primary site", "the primary site"])
        let history = try String(contentsOf: home.appendingPathComponent("default/history"), encoding: .utf8)
        #expect(history.contains("the primary site"))
    }

    @Test func ctrlDAtTheGradePromptSavesTheCheckedAnswer() throws {
        let home = try PearlsProcess.temporaryFolder()
        let terminal = try PseudoTerminal(arguments: ["--seed", "1"], environment: [
            "PEARLS_HOME": home.path, "PEARLS_NOW": "2026-11-21T09:30:00+01:00", "TERM": "xterm",
            "LANG": "C.UTF-8", "HOME": home.path, "NO_COLOR": "1", "PATH": "/usr/bin:/bin",
        ])
        try terminal.expect("answer> ")
        terminal.type("cancer spread to bone\r")
        try terminal.expect("grade [Good]> ")
        terminal.type("\u{04}")                                  // Ctrl-D before choosing a grade
        try terminal.expect("Saved your answer with the proposed grade, Good.")
        try terminal.expect("Session over: 1 answered")
        terminal.process.waitUntilExit()
        #expect(terminal.process.terminationStatus == 0)
        let journal = try String(contentsOf: home.appendingPathComponent("default/reviews.jsonl"), encoding: .utf8)
        let lines = journal.split(separator: "\n").dropFirst()
        #expect(lines.count == 1)
        #expect(lines.first?.contains(#""rating":3,"answer":"cancer spread to bone""#) == true)
    }
}
