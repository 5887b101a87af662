#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a file descriptor in large blocks and hands out its lines without their newline,
/// so input of any size needs only the memory of one line and one block.
enum LineReader {
    static func forEachLine<Failure: Error>(
        fileDescriptor: Int32, _ body: (UnsafeBufferPointer<UInt8>) throws(Failure) -> Void) throws(Failure)
    {
        let blockSize = 1 << 20
        var pending: [UInt8] = []
        var block = [UInt8](repeating: 0, count: blockSize)
        while true {
            let count = block.withUnsafeMutableBytes { read(fileDescriptor, $0.baseAddress, blockSize) }
            if count < 0 && errno == EINTR { continue }
            if count <= 0 { break }
            try block.withUnsafeBufferPointer { (buffer) throws(Failure) in
                var start = 0
                for index in 0..<count where buffer[index] == 0x0A {
                    if pending.isEmpty {
                        try body(UnsafeBufferPointer(rebasing: buffer[start..<index]))
                    } else {
                        pending.append(contentsOf: buffer[start..<index])
                        try pending.withUnsafeBufferPointer { (line) throws(Failure) in try body(line) }
                        pending.removeAll(keepingCapacity: true)
                    }
                    start = index + 1
                }
                pending.append(contentsOf: buffer[start..<count])
            }
        }
        if !pending.isEmpty {
            try pending.withUnsafeBufferPointer { (line) throws(Failure) in try body(line) }
        }
    }
}

/// Writes all of `bytes` to standard output with write(2). A closed pipe (`| head`) ends writing quietly.
func writeToStandardOutput(_ bytes: UnsafeBufferPointer<UInt8>) {
    UnsafeRawBufferPointer(bytes).withUnsafeBytes { buffer in
        var offset = 0
        while offset < buffer.count, let base = buffer.baseAddress {
            let written = write(1, base + offset, buffer.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                return
            }
            offset += written
        }
    }
}

/// Writes text to standard output at once (unbuffered, so it interleaves correctly with readline's prompt).
func writeText(_ text: String) {
    var text = text
    text.withUTF8 { writeToStandardOutput($0) }
}
