import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes files so that a crash leaves either the old file or the new one, never a torn mix:
/// the bytes go to a temporary file in the same folder, which is fsync'd, renamed over the target,
/// and the folder fsync'd so the rename itself survives a power cut.
public enum AtomicFile {
    /// Replaces `path` with `bytes` atomically; `operations` are the system calls that write and fsync it.
    ///
    /// A symbolic link is written through: its target is replaced, in the target's folder, and the link
    /// stays. An existing file keeps its permission bits. A FIFO or a character device (`/dev/stdout`)
    /// is written to as a stream when `streamingToDevices` (outputs a learner names with `-o`), and
    /// refused otherwise; anything else that is not a regular file is refused. Nothing is ever renamed
    /// over a special file.
    public static func write(
        _ bytes: some Collection<UInt8>, to path: String, streamingToDevices: Bool = false,
        operations: FileOperations = .system
    ) throws(AtomicFileError) {
        let data = Array(bytes)
        try write(to: path, streamingToDevices: streamingToDevices, operations: operations,
                  fill: { descriptor in writeAll(data, to: descriptor, operations: operations) })
    }

    /// Replaces `path` atomically with what `contents` writes, piece by piece, through the function it is
    /// given (which says whether the piece was written), so that a large output is never held whole.
    ///
    /// An error `contents` throws leaves `path` as it was and is thrown again; a failed write is an
    /// `AtomicFileError`. Links, modes and special files are treated as by `write(_:to:streamingToDevices:)`.
    public static func write(
        to path: String, streamingToDevices: Bool = false,
        contents: (_ write: ([UInt8]) -> Bool) throws -> Void
    ) throws {
        var thrown: (any Error)?
        do {
            try write(to: path, streamingToDevices: streamingToDevices, operations: .system, fill: { descriptor in
                var failure: String?
                do {
                    try contents { piece in
                        if failure == nil { failure = writeAll(piece, to: descriptor, operations: .system) }
                        return failure == nil
                    }
                } catch {
                    thrown = error
                    return "stopped: \(error)"
                }
                return failure
            })
        } catch {
            throw thrown ?? error
        }
    }

    /// Replaces `path` with what `fill` writes to the descriptor it is given (returning the reason if a
    /// write failed).
    private static func write(
        to path: String, streamingToDevices: Bool, operations: FileOperations, fill: (Int32) -> String?
    ) throws(AtomicFileError) {
        var target = finalTarget(of: path)
        var mode: mode_t = 0o644
        var status = stat()
        if stat(path, &status) == 0 {
            let type = status.st_mode & S_IFMT
            if type == S_IFIFO || type == S_IFCHR {
                guard streamingToDevices else { throw .cannotWrite(path: path, reason: "it is not a regular file") }
                return try stream(to: path, fill: fill)
            }
            guard type == S_IFREG else {
                throw .cannotWrite(path: path, reason: "it is not a regular file (a folder, socket or device)")
            }
            mode = status.st_mode & 0o7777
            if let resolved = realpath(path, nil) {
                target = String(cString: resolved)
                free(resolved)
            }
        }
        let url = URL(fileURLWithPath: target)
        let folder = url.deletingLastPathComponent().path
        let temporary = folder + "/" + temporaryName(for: url.lastPathComponent)
        // A leftover of a killed process with the same id is ours to replace; a link there is never followed.
        var descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
        if descriptor < 0 && errno == EEXIST {
            unlink(temporary)
            descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
        }
        guard descriptor >= 0 else { throw .cannotWrite(path: path, reason: lastError()) }
        var failure = fill(descriptor)
        if failure == nil && fchmod(descriptor, mode) != 0 { failure = lastError() }
        if failure == nil && operations.fsync(descriptor) != 0 { failure = lastError() }
        close(descriptor)
        if failure == nil { StopPoint.rename.reached() }
        if failure == nil && rename(temporary, target) != 0 { failure = lastError() }
        if let failure {
            unlink(temporary)
            throw .cannotWrite(path: path, reason: failure)
        }
        let folderDescriptor = open(folder.isEmpty ? "." : folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if folderDescriptor >= 0 {
            fsync(folderDescriptor)
            close(folderDescriptor)
        }
    }

    /// The name of the temporary file a write of `name` goes through: `.<name>.tmp-<process id>`, hidden
    /// and beside it, so that the rename stays in one folder.
    static func temporaryName(for name: String) -> String { "." + name + ".tmp-\(getpid())" }

    /// Whether `name` is one `temporaryName(for:)` makes (of any process): what a write killed before
    /// its rename leaves behind, and nothing else.
    public static func isTemporaryName(_ name: String) -> Bool {
        guard name.hasPrefix("."), let marker = name.range(of: ".tmp-", options: .backwards),
              marker.lowerBound > name.index(after: name.startIndex) else { return false }
        let digits = name[marker.upperBound...]
        return !digits.isEmpty && digits.allSatisfy { $0.isASCII && $0.isNumber }
    }

    /// The file a path finally names, following symbolic links (at most 40, as the kernel does), even
    /// when the last one points at nothing yet; the path itself if it is not a link.
    static func finalTarget(of path: String) -> String {
        var current = path
        for _ in 0..<40 {
            var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
            let count = readlink(current, &buffer, Int(PATH_MAX))
            guard count > 0 else { return current }
            let link = String(decoding: buffer[0..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
            current = link.hasPrefix("/") ? link
                : (URL(fileURLWithPath: current).deletingLastPathComponent().path as NSString).appendingPathComponent(link)
        }
        return current
    }

    private static func stream(to path: String, fill: (Int32) -> String?) throws(AtomicFileError) {
        let descriptor = open(path, O_WRONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw .cannotWrite(path: path, reason: lastError()) }
        defer { close(descriptor) }
        if let failure = fill(descriptor) { throw .cannotWrite(path: path, reason: failure) }
    }

    /// Writes every byte, retrying after interruptions; the error's text if a write fails.
    private static func writeAll(_ data: [UInt8], to descriptor: Int32, operations: FileOperations) -> String? {
        data.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let remaining = UnsafeRawBufferPointer(rebasing: buffer[offset...])
                let written = operations.write(descriptor, remaining.baseAddress, remaining.count)
                if written < 0 {
                    if errno == EINTR { continue }
                    return lastError()
                }
                offset += written
            }
            return nil
        }
    }

    private static func lastError() -> String { String(cString: strerror(errno)) }
}

/// Why a file could not be written.
public enum AtomicFileError: Error, Equatable, Sendable, CustomStringConvertible {
    case cannotWrite(path: String, reason: String)

    /// The file that could not be written.
    public var path: String {
        switch self {
        case .cannotWrite(let path, _): path
        }
    }

    /// Why, without the path (for callers whose own message names it).
    public var reason: String {
        switch self {
        case .cannotWrite(_, let reason): reason
        }
    }

    public var description: String {
        switch self {
        case .cannotWrite(let path, let reason): "cannot write \(path): \(reason)"
        }
    }
}
