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
    /// Replaces `path` with `bytes` atomically.
    public static func write(_ bytes: some Collection<UInt8>, to path: String) throws(AtomicFileError) {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        let temporary = folder + "/." + url.lastPathComponent + ".tmp-\(getpid())"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw .cannotWrite(path: path, reason: lastError()) }
        var failure: String?
        let data = Array(bytes)
        data.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let remaining = UnsafeRawBufferPointer(rebasing: buffer[offset...])
                #if canImport(Glibc)
                let written = Glibc.write(descriptor, remaining.baseAddress, remaining.count)
                #else
                let written = Darwin.write(descriptor, remaining.baseAddress, remaining.count)
                #endif
                if written < 0 {
                    if errno == EINTR { continue }
                    failure = lastError()
                    return
                }
                offset += written
            }
        }
        if failure == nil && fsync(descriptor) != 0 { failure = lastError() }
        close(descriptor)
        if failure == nil && rename(temporary, path) != 0 { failure = lastError() }
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

    private static func lastError() -> String { String(cString: strerror(errno)) }
}

/// Why a file could not be written.
public enum AtomicFileError: Error, Equatable, Sendable, CustomStringConvertible {
    case cannotWrite(path: String, reason: String)

    public var description: String {
        switch self {
        case .cannotWrite(let path, let reason): "cannot write \(path): \(reason)"
        }
    }
}
