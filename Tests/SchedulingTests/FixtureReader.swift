import Foundation
import Testing

/// Reads the reference vectors written by Scripts/fsrs-reference-vectors.py.
enum Fixture {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    /// Each line of a JSON Lines fixture, decoded as `T`.
    static func lines<T: Decodable>(_ name: String, as type: T.Type, droppingHeader: Bool) throws -> [T] {
        let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
        let decoder = JSONDecoder()
        return try text.split(separator: "\n").dropFirst(droppingHeader ? 1 : 0).map {
            try decoder.decode(T.self, from: Data($0.utf8))
        }
    }

    /// The first line of a fixture, decoded as `T`.
    static func header<T: Decodable>(_ name: String, as type: T.Type) throws -> T {
        let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
        let first = try #require(text.split(separator: "\n").first)
        return try JSONDecoder().decode(T.self, from: Data(first.utf8))
    }
}

/// `actual` is within `tolerance` of `expected`, relative to its size (absolute below 1).
func isClose(_ actual: Double, _ expected: Double, relative tolerance: Double) -> Bool {
    abs(actual - expected) <= tolerance * max(1, abs(expected))
}
