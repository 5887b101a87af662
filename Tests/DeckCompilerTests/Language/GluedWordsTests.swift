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

    /// A run longer than any glued words (a data URI, a line of one letter held down) is left whole, and at once:
    /// trying every cut of a 3,000-letter run held `pearls compile` for minutes (a slow unit the fuzzer saved).
    @Test func aVeryLongRunIsLeftWhole() {
        let run = String(repeating: "e", count: 3_000) + "ofthe"
        #expect(GluedWords.separate(["The " + run + " word."]) == ["The " + run + " word."])
        // Just under the limit, a run is still read.
        #expect(GluedWords.separate(["Thirst canalsolead toaloss."]) == ["Thirst can also lead to a loss."])
    }

    /// A number word counts as the function word ("fourtimes"); a function word that would be carved out of a
    /// listed word ("urine-in-frequently") is left in it.
    @Test func numbersAndWholeWordsPartARun() {
        #expect(GluedWords.separate(["Passing urineinfrequently, less than three or fourtimes a day."])
            == ["Passing urine infrequently, less than three or four times a day."])
        let seven = ["Seventeen people were seen, eleven of them twice."]
        #expect(GluedWords.separate(seven) == seven)
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

    /// "warfarin" is no word the lists know, and "war far in" are three that they do: a drug's name was cut
    /// because its last two letters make a function word. Three parts need a function word before the last one
    /// ("can also lead"); two may end on one ("diarrhoeain" → "diarrhoea in").
    @Test func aNameEndingOnAFunctionWordStaysWhole() {
        let lines = ["Blood thinners such as warfarin can cause bruising."]
        #expect(GluedWords.separate(lines) == lines)
        #expect(GluedWords.separate(["She had diarrhoeain the night."]) == ["She had diarrhoea in the night."])
        let names = ["Take metformin with food, and tamoxifen at night."]
        #expect(GluedWords.separate(names) == names)
    }

    /// A lone letter split from its word is joined back; "a", "I" and real one-letter words stay.
    @Test func aLoneLetterSplitFromItsWordIsJoined() {
        #expect(GluedWords.rejoined("Fever can be mild or severe, d epending on the cause.", lexicon: .english)
            == "Fever can be mild or severe, depending on the cause.")
        #expect(GluedWords.rejoined("Take a tablet with vitamin d daily.", lexicon: .english) == "Take a tablet with vitamin d daily.")
        #expect(GluedWords.rejoined("Type b ulcers heal.", lexicon: .english) == "Type b ulcers heal.")
    }
}
