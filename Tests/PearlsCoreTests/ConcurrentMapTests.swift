import PearlsCore
import Testing

struct ConcurrentMapTests {
    @Test(arguments: [0, 1, 31, 64, 65, 1000, 10_007])
    func givesWhatMapGivesInTheSameOrder(count: Int) {
        let input = (0..<count).map { "item \($0)" }
        let transform: @Sendable (String) -> [String] = { [$0, String($0.reversed())] }
        #expect(input.concurrentMap(transform) == input.map(transform))
        #expect(input.concurrentMap(minimumChunk: 1, transform) == input.map(transform))
    }
}
