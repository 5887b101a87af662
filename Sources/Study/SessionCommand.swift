/// The `:` commands a learner can type at any prompt of a session.
public enum SessionCommand: String, Sendable, CaseIterable {
    case help, skip, undo, edit, suspend, bury, flag, source, stats, quit

    /// What the command does, for `:help`.
    public var summary: String {
        switch self {
        case .help: "list these commands"
        case .skip: "leave this card for another session"
        case .undo: "take back the last answer (it is voided in the journal)"
        case .edit: "open the card's source in $EDITOR"
        case .suspend: "never show this card again until unsuspended"
        case .bury: "hide this card until tomorrow"
        case .flag: "flag this card for later attention"
        case .source: "show where the card comes from"
        case .stats: "show this session's and today's figures"
        case .quit: "end the session (every answer is already saved)"
        }
    }

    /// Reads `:name` (any unambiguous prefix, such as `:q`); `nil` if the text is not a command.
    /// A `:` followed by something that matches nothing is reported as `.failure`.
    public static func parse(_ text: String) -> Result<SessionCommand, UnknownCommand>? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard trimmed.hasPrefix(":") else { return nil }
        let name = trimmed.dropFirst().lowercased()
        if let exact = SessionCommand(rawValue: name) { return .success(exact) }
        let matches = allCases.filter { !name.isEmpty && $0.rawValue.hasPrefix(name) }
        if matches.count == 1 { return .success(matches[0]) }
        return .failure(UnknownCommand(text: trimmed, candidates: matches))
    }
}

/// A `:` line that names no command, or several.
public struct UnknownCommand: Error, Sendable, Equatable {
    public var text: String
    public var candidates: [SessionCommand]

    public var message: String {
        candidates.isEmpty
            ? "\(text) is not a command; type :help for the list"
            : "\(text) could be " + candidates.map { ":" + $0.rawValue }.joined(separator: " or ")
    }
}
