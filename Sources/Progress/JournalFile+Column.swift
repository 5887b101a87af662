import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension JournalFile {
    /// The column (1-based, in bytes) where the value of `key` starts on line `number` of the journal at
    /// `path`, or `nil` if it is not found. It reads the file again, so it is for the few lines a message
    /// names, never for every line read.
    static func column(ofValueOf key: String, line number: Int, in path: String) -> Int? {
        guard number >= 1, let data = FileManager.default.contents(atPath: path) else { return nil }
        return data.withUnsafeBytes { raw -> Int? in
            guard let base = raw.baseAddress else { return nil }
            var start = 0
            for _ in 1..<number {
                guard let newline = memchr(base + start, 0x0A, raw.count - start) else { return nil }
                start = base.distance(to: UnsafeRawPointer(newline)) + 1
            }
            let end = memchr(base + start, 0x0A, raw.count - start).map { base.distance(to: UnsafeRawPointer($0)) } ?? raw.count
            return valueColumn(of: key, in: Array(raw[start..<end]))
        }
    }

    /// Where the value of `"key"` starts in `line`: after the key, optional spaces, the colon and spaces.
    private static func valueColumn(of key: String, in line: [UInt8]) -> Int? {
        let quoted = Array("\"\(key)\"".utf8)
        guard line.count >= quoted.count else { return nil }
        for start in 0...(line.count - quoted.count) where line[start..<(start + quoted.count)].elementsEqual(quoted) {
            var index = start + quoted.count
            while index < line.count, line[index] == 0x20 { index += 1 }
            guard index < line.count, line[index] == UInt8(ascii: ":") else { continue }
            index += 1
            while index < line.count, line[index] == 0x20 { index += 1 }
            return index + 1
        }
        return nil
    }
}
