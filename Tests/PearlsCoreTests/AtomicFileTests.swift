import Foundation
import PearlsCore
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// Special files are streamed to or refused, never renamed over (made in a temporary folder, never /dev).
@Suite struct AtomicFileTests {
    private func folder() throws -> String {
        let path = NSTemporaryDirectory() + "pearls-atomic-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    @Test func aFIFOIsStreamedToOrRefusedAndStaysAFIFO() throws {
        let base = try folder()
        defer { try? FileManager.default.removeItem(atPath: base) }
        let fifo = base + "/pipe"
        #expect(mkfifo(fifo, 0o600) == 0)
        let reader = open(fifo, O_RDONLY | O_NONBLOCK)
        #expect(reader >= 0)
        defer { close(reader) }
        #expect(throws: AtomicFileError.self) { try AtomicFile.write(Array("no".utf8), to: fifo) }
        try AtomicFile.write(Array("hello".utf8), to: fifo, streamingToDevices: true)
        var buffer = [UInt8](repeating: 0, count: 16)
        let count = buffer.withUnsafeMutableBytes { Glibc.read(reader, $0.baseAddress, 16) }
        #expect(count == 5)
        #expect(Array(buffer.prefix(5)) == Array("hello".utf8))
        var status = stat()
        #expect(lstat(fifo, &status) == 0 && status.st_mode & S_IFMT == S_IFIFO)
        #expect(try FileManager.default.contentsOfDirectory(atPath: base) == ["pipe"])
    }

    @Test func aFolderIsRefused() throws {
        let base = try folder()
        defer { try? FileManager.default.removeItem(atPath: base) }
        #expect(throws: AtomicFileError.self) { try AtomicFile.write(Array("x".utf8), to: base, streamingToDevices: true) }
    }
}
