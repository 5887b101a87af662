import PearlsCore
import Testing

struct ByteBufferTests {
    @Test func appendsAndGrowsPastItsFirstCapacity() {
        let buffer = ByteBuffer(capacity: 16)
        buffer.append("{\"a\": ")
        buffer.append(0.9094932559773545)
        buffer.append(", ")
        buffer.append(-42)
        for _ in 0..<100 { buffer.append(UInt8(ascii: "x")) }
        let text = String(decoding: buffer.bytes, as: UTF8.self)
        #expect(text == "{\"a\": 0.9094932559773545, -42" + String(repeating: "x", count: 100))
        buffer.removeAll()
        #expect(buffer.count == 0)
    }
}
