import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Keeps a second process from writing the same profile: an exclusive `flock` on `<profile>/lock`, whose
/// text says who holds it.
///
/// The kernel drops the lock when its process ends, however it ends, so a lock left by a crashed or
/// killed process is taken over without anyone deleting files. A class because it owns the descriptor
/// whose lifetime is the lock's.
public final class ProfileLock {
    private let descriptor: Int32

    /// Takes the lock or throws `.locked`, naming the holder. `holder` describes this process.
    public init(profile: Profile, holder: String) throws(ProgressError) {
        let path = profile.lockPath
        // Never through a symbolic link: taking the lock truncates the file and writes into it.
        descriptor = open(path, O_RDWR | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            let reason = errno == ELOOP ? "it is a symbolic link, which the lock never follows; remove it"
                                        : JournalFile.lastError()
            throw .cannotWrite(path: path, reason: reason)
        }
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            let text = (try? String(contentsOfFile: path, encoding: .utf8))?
                .trimmingCharacters(in: .whitespacesAndNewlines)
            // No close here: a class whose properties are all set runs deinit when its init throws, and a
            // second close could shut a descriptor another thread has just been given the same number for.
            throw .locked(profile: profile.learner, holder: text.flatMap { $0.isEmpty ? nil : $0 } ?? "another process")
        }
        let text = Array((holder + "\n").utf8)
        ftruncate(descriptor, 0)
        _ = text.withUnsafeBytes { pwrite(descriptor, $0.baseAddress, $0.count, 0) }
    }

    deinit {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }

    /// Who holds the profile's lock now, if anyone; takes nothing and writes nothing.
    public static func holder(of profile: Profile) -> String? {
        let descriptor = open(profile.lockPath, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        if flock(descriptor, LOCK_SH | LOCK_NB) == 0 {
            flock(descriptor, LOCK_UN)
            return nil
        }
        let text = (try? String(contentsOfFile: profile.lockPath, encoding: .utf8))?
            .trimmingCharacters(in: .whitespacesAndNewlines)
        return text.flatMap { $0.isEmpty ? nil : $0 } ?? "another process"
    }

    /// "pearls study (process 4242, since 2026-11-21 09:30)": how a lock holder describes itself.
    public static func describe(command: String, since: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "yyyy-MM-dd HH:mm"
        return "\(command) (process \(getpid()), since \(formatter.string(from: since)))"
    }
}
