@testable import DeckCompiler
import Testing

/// Runs of words a scraper glued together are parted; real words, names and compounds are not.
struct GluedWordsTests {
    @Test func gluedRunsWithAFunctionWordArePartedAgain() {
        #expect(GluedWords.separate(["Thirst canalsolead toaloss ofstrength and stamina."])
            == ["Thirst can also lead to a loss of strength and stamina."])
        #expect(GluedWords.separate(["It'sa main cause of falls.", "Ifsevere pain lasts, call."])
            == ["It's a main cause of falls.", "If severe pain lasts, call."])
    }

    @Test func aLineWithAccentsIsPartedAsAnASCIIOneIs() {
        #expect(GluedWords.separate(["Café staff canalsolead toaloss ofstrength."]) == ["Café staff can also lead to a loss of strength."])
    }

    @Test func wordsNamesAndCompoundsStayWhole() {
        let lines = ["Radiotherapy and intake of fluids tonight.", "Andover hospital gives ondansetron to inpatients.",
                     "Bisphosphonates strengthen the bones.", "Metastasis to the humerus is metastatic.",
                     "Watch the slideshow."]
        #expect(GluedWords.separate(lines) == lines)
    }
}
