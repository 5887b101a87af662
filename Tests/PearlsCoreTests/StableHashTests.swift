import PearlsCore
import Testing

struct StableHashTests {
    @Test func matchesFNV1aOfTheTextAndItsSeparator() {
        // FNV-1a 64 of the bytes "a" 0x1F, computed independently with Python.
        var hash = StableHash()
        hash.combine("a")
        #expect(hash.hexDigest == "089be907b544fdc9")
    }

    @Test func separatesParts() {
        var one = StableHash(), two = StableHash()
        one.combine("ab"); one.combine("c")
        two.combine("a"); two.combine("bc")
        #expect(one.hexDigest != two.hexDigest)
        #expect(one.hexDigest.count == 16)
    }
}

struct SplitMix64Tests {
    @Test func producesTheReferenceSequence() {
        // The first outputs for seed 42, computed independently from the published algorithm.
        var rng = SplitMix64(seed: 42)
        #expect([rng.next(), rng.next(), rng.next()] == [13679457532755275413, 2949826092126892291, 5139283748462763858])
    }
}

struct EditDistanceTests {
    @Test(arguments: [
        ("", "", 0), ("abc", "", 3), ("kitten", "sitting", 3), ("zoledronic", "zoledronc", 1),
        ("titel", "title", 2), ("same", "same", 0),
    ])
    func countsInsertionsDeletionsAndSubstitutions(lhs: String, rhs: String, expected: Int) {
        #expect(editDistance(lhs, rhs) == expected)
        #expect(editDistance(rhs, lhs) == expected)
    }

    @Test func stopsPastTheLimit() {
        #expect(editDistance("abcdefgh", "zyxwvuts", limit: 2) == 3)
        #expect(editDistance("a", "abcdef", limit: 2) == 3)
    }
}
