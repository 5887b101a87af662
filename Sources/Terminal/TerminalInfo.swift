#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What an output stream can show: whether it is a terminal, how wide it is, whether colour is wanted.
public struct TerminalInfo: Sendable, Equatable {
    /// Whether the stream is an interactive terminal.
    public var isTerminal: Bool
    /// Columns available; 80 when the stream is not a terminal and `COLUMNS` does not say.
    public var width: Int
    /// Whether to use colour and bold: only on a terminal, never when `NO_COLOR` is set or `TERM` is `dumb`.
    public var usesColor: Bool
    /// Whether the locale can show Unicode block characters.
    public var isUnicode: Bool

    /// Creates the facts directly, as tests do.
    public init(isTerminal: Bool, width: Int, usesColor: Bool, isUnicode: Bool) {
        self.isTerminal = isTerminal
        self.width = width
        self.usesColor = usesColor
        self.isUnicode = isUnicode
    }

    /// Reads the facts for a file descriptor from the system and the environment.
    public static func current(fileDescriptor: Int32 = 1, environment: [String: String]) -> TerminalInfo {
        let isTerminal = isatty(fileDescriptor) == 1
        var width = Int(environment["COLUMNS"] ?? "") ?? 80
        if isTerminal {
            var size = winsize()
            if ioctl(fileDescriptor, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { width = Int(size.ws_col) }
        }
        let noColor = !(environment["NO_COLOR"] ?? "").isEmpty || environment["TERM"] == "dumb"
        let locale = environment["LC_ALL"] ?? environment["LC_CTYPE"] ?? environment["LANG"] ?? ""
        let isUnicode = locale.uppercased().contains("UTF-8") || locale.uppercased().contains("UTF8")
        return TerminalInfo(isTerminal: isTerminal, width: max(20, width), usesColor: isTerminal && !noColor,
                            isUnicode: isUnicode)
    }
}
