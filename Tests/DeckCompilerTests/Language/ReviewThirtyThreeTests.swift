@testable import DeckCompiler
import PearlsCore
import Testing

/// Defects blind review 33 found (sentences of our own).
struct ReviewThirtyThreeTests {
    func cards(_ body: String) throws -> [Card] { try goutPageCards(body) }

    /// "Bone metastases: systemic Cancer Treatments include…" (cards 19, 31 and 60).
    @Test func aTitleCaseOpeningIsLowerCasedAfterALabel() {
        #expect("Systemic Cancer Treatments include chemotherapy".lowercasedOpening == "systemic cancer treatments include chemotherapy")
        #expect("Pain Management may involve rest".lowercasedOpening == "pain management may involve rest")
        #expect("MRI Scans show the bone".lowercasedOpening == "MRI Scans show the bone")
        #expect("Cold packs help".lowercasedOpening == "cold packs help")
    }

    /// "What kind of complication of deep vein thrombosis is a pulmonary embolism? – life-threatening" (card 65).
    @Test func howSeriousSomethingIsIsNoKind() throws {
        let made = try cards("Kidney failure is a life-threatening complication of untreated gout.")
        #expect(!made.contains { $0.prompt.hasPrefix("What kind of complication") }, "\(made.map(\.prompt))")
    }
}
