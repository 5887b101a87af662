import Foundation

extension LearnerStats {
    /// The figures as indented JSON with sorted keys, ending in a newline (docs/stats-json.md).
    public func jsonText() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(self), as: UTF8.self) + "\n"
    }
}
