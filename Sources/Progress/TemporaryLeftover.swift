import Foundation
import PearlsCore

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A temporary file an atomic write left in a profile when it was killed between writing and renaming:
/// the file it was replacing is intact, so the leftover is only clutter (and never an answer).
public struct TemporaryLeftover: Sendable, Equatable {
    /// The path inside the profile folder, such as `.progress.json.tmp-4242` or `decks/.bone.json.tmp-77`.
    public var name: String
    public var path: String
    public var bytes: Int
    public var modified: Date

    /// The leftovers in the profile folder and its `decks` folder: regular files whose names are those
    /// `AtomicFile` gives its temporary files, and nothing else.
    public static func find(in profile: Profile) -> [TemporaryLeftover] {
        var found: [TemporaryLeftover] = []
        for (folder, prefix) in [(profile.folder, ""), (profile.decksFolder, "decks/")] {
            let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted()
            for name in names where AtomicFile.isTemporaryName(name) {
                let path = folder + "/" + name
                // Not following links: a link by that name is not ours, whatever it points at.
                guard let attributes = try? FileManager.default.attributesOfItem(atPath: path),
                      attributes[.type] as? FileAttributeType == .typeRegular else { continue }
                found.append(TemporaryLeftover(
                    name: prefix + name, path: path, bytes: (attributes[.size] as? Int) ?? 0,
                    modified: (attributes[.modificationDate] as? Date) ?? .distantPast))
            }
        }
        return found
    }

    /// Removes the leftovers of `profile` (whose lock the caller holds, so no write of its own is under
    /// way) and returns those removed.
    public static func remove(in profile: Profile) -> [TemporaryLeftover] {
        find(in: profile).filter { unlink($0.path) == 0 }
    }

    /// The name, size and age at `now`: `.progress.json.tmp-4242 (9 bytes, 3 hours old)`.
    public func described(now: Date) -> String {
        let seconds = max(0, Int(now.timeIntervalSince(modified)))
        let age = switch seconds {
        case ..<120: Self.count(seconds, "second")
        case ..<7_200: Self.count(seconds / 60, "minute")
        case ..<172_800: Self.count(seconds / 3_600, "hour")
        default: Self.count(seconds / 86_400, "day")
        }
        return "\(name) (\(Self.count(bytes, "byte")), \(age) old)"
    }

    private static func count(_ value: Int, _ unit: String) -> String { "\(value) \(unit)\(value == 1 ? "" : "s")" }
}
