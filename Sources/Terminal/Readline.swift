import CReadline

/// Facts about the GNU readline library this binary is linked against.
public enum Readline {
    /// The linked library's version, such as `8.2`.
    public static var libraryVersion: String {
        creadline_library_version().map { String(cString: $0) } ?? "unknown"
    }
}
