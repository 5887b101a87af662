@testable import DeckCompiler
import Testing

/// The tagger on sentences written for these tests: each token's part of speech, from the lexicon, the suffix
/// rules and the context rules.
struct TaggerTests {
    /// Tags in order, as short names, for sentences that exercise one rule each.
    @Test(arguments: [
        // lexicon: a verb with -s, a determiner, adjectives and nouns
        ("Smoking damages the small blood vessels.", "noun verbPresent3 determiner adjective noun noun punctuation"),
        // a modal makes the bare word after it a verb ("cause" is a noun to the lexicon)
        ("Anaemia can cause tiredness.", "noun modal verb noun punctuation"),
        // after "be" or "have", and an adverb, an -ed form is a participle
        ("Rest is sometimes recommended for a sprain.", "noun auxiliary adverb pastParticiple preposition determiner noun punctuation"),
        // after "to", a plural noun stays a noun; a bare word is a verb
        ("In addition to medications, rest helps.", "preposition noun to noun punctuation noun verbPresent3 punctuation"),
        // a bracketed aside between a subject and its -s verb
        ("A clot (thrombus) forms in the vein.", "determiner noun punctuation noun punctuation verbPresent3 preposition determiner noun punctuation"),
        // …also past its adverb or negation
        ("Blisters can also form on the heel.", "noun modal adverb verb preposition determiner noun punctuation"),
        // after a determiner a verb-looking word is a noun
        ("The spread is slow.", "determiner noun auxiliary adjective punctuation"),
        // an unknown -s word between a subject and an object is a verb
        ("Lymphoedema affects the arm.", "noun verbPresent3 determiner noun punctuation"),
        // suffix rules: -ly adverb, -ous adjective, unknown word noun
        ("Sepsis is dangerous and spreads rapidly.", "noun auxiliary adjective conjunction verbPresent3 adverb punctuation"),
        // "that" after a noun opens a relative clause
        ("Avoid foods that contain salt.", "verb noun wh verb noun punctuation"),
        // a bare word opening a sentence before a determiner is an order
        ("Rest the leg.", "verb determiner noun punctuation"),
        // …and so is one after a linking adverb and its comma
        ("However, rest the leg.", "adverb punctuation verb determiner noun punctuation"),
        // numbers, with their units kept whole
        ("Take 4 to 6 tablets.", "verb number to number noun punctuation"),
        // a singular pointer before an -s verb stands alone: "this" is the subject, not a determiner
        ("This involves: a scan.", "pronoun verbPresent3 punctuation determiner noun punctuation"),
        // a plural the word list knows only as a noun, before "that", has a relative clause: it is no verb
        ("Most blood cells that break down are replaced.",
         "determiner noun noun wh verb preposition auxiliary pastParticiple punctuation"),

    ])
    func tagsFollowTheLexiconSuffixesAndContext(sentence: String, expected: String) {
        let passage = Passage(sentence)
        #expect(passage.tokens.map(\.tag.rawValue).joined(separator: " ") == expected)
    }

    /// After the clause's verb, an -s word before "that" is a plural noun with its relative clause; with no
    /// verb before it, it is the verb ("Research shows that…").
    @Test func anSWordBeforeThatIsANounAfterTheVerb() {
        let tag = { (sentence: String, word: String) in Passage(sentence).tokens.first { $0.key == word }?.tag }
        #expect(tag("Sores affect people with health conditions that limit movement.", "conditions") == .noun)
        #expect(tag("The nurse explains that rest helps.", "explains") == .verbPresent3)
    }

    /// "may cause X or cause Y": the word after the conjunction repeats the verb, so it is the verb again.
    @Test func aRepeatedVerbAfterAConjunctionIsAVerb() {
        let tags = Passage("Gout may cause swelling or cause redness.").tokens.map(\.tag)
        #expect(tags[2] == tags[5])
        #expect(tags[5].isVerb)
        #expect(Passage("Cause and effect are linked.").tokens[0].tag == .noun)
    }

    /// Between a conjunction and a possessive only a verb fits: "…to kill germs or slow their growth".
    @Test func aWordBetweenAConjunctionAndAPossessiveIsAVerb() {
        let tokens = Passage("Drugs are used to kill germs or slow their growth.").tokens
        #expect(tokens.first { $0.key == "slow" }?.tag == .verb)
        #expect(Passage("Eat fruit and green vegetables.").tokens.first { $0.key == "green" }?.tag != .verb)
    }

    @Test func tokensKeepInnerPunctuationAndSplitEdges() {
        let passage = Passage("Check levels (below 4mmol/L), then re-test.")
        #expect(passage.tokens.map { passage.text[$0.range] } ==
            ["Check", "levels", "(", "below", "4mmol/L", ")", ",", "then", "re-test", "."])
        #expect(passage.text(3..<5) == "below 4mmol/L")
    }

    @Test func anSuffixRuleNamesUnknownWords() {
        #expect(Tagger.suffixTag("carefully") == .adverb)
        #expect(Tagger.suffixTag("bruising") == .gerund)
        #expect(Tagger.suffixTag("infectious") == .adjective)
        #expect(Tagger.suffixTag("thrombosis") == .noun)
    }

    @Test func theLexiconKnowsOpenAndClosedClasses() {
        #expect(Lexicon.english.tag(of: "the") == .determiner)
        #expect(Lexicon.english.tag(of: "should") == .modal)
        #expect(Lexicon.english.tag(of: "reduce") == .verb)
        #expect(Lexicon.english.tag(of: "quickly") == .adverb)
        #expect(Lexicon.english.tag(of: "zzqx") == nil)
    }
}
