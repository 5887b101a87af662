@testable import DeckCompiler
import Testing

/// Clauses: where a sentence splits, and each clause's subject, verb group and rest.
struct ClauseTests {
    private func parts(_ sentence: String) -> [String] {
        let passage = Passage(sentence)
        return passage.clauses.map { clause in
            "\(clause.opener ?? "-") | \(passage.text(clause.subject)) | \(passage.text(clause.verb)) | \(passage.text(clause.rest))"
        }
    }

    /// "…can start suddenly or it can build up slowly": "or" with a pronoun and its modal opens a clause, as "and"
    /// and "but" do; an "or" between two objects does not.
    @Test func orWithAPronounAndItsVerbOpensAClause() {
        #expect(parts("Shingles pain can start suddenly or it can build up slowly over days.")
            == ["- | Shingles pain | can start | suddenly", "- | it | can build | up slowly over days"])
        #expect(parts("The cream can sting or burn for a few minutes.").count == 1)
    }

    /// "Cells that break away from the tumour can travel…": a verb right after a relative word is the relative
    /// clause's; the subject runs to the clause's own verb, with the relative clause's commas.
    @Test func aRelativeClauseStaysInTheSubject() {
        #expect(parts("Cells that break away from a tumour can travel through the blood.")
            == ["- | Cells that break away from a tumour | can travel | through the blood"])
        #expect(parts("Medicines that affect clotting, such as aspirin, can make bruises larger.")
            == ["- | Medicines that affect clotting, such as aspirin | can make | bruises larger"])
        #expect(parts("Children who are unwell, tired or dehydrated, are more likely to faint.")
            == ["- | Children who are unwell, tired or dehydrated | are | more likely to faint"])
        // A relative clause with no verb after it is the sentence's own rest.
        #expect(parts("Tell the people who care for you.") == ["- |  | Tell | the people who care for you"])
    }

    /// "In addition to painkillers, treatments such as ice, splints, and massage can help": the list after "such as" is
    /// the subject's, neither a clause of its own nor cut at its last comma.
    @Test func aSubjectsExampleListAfterAnAdverbial() {
        #expect(parts("In addition to painkillers, treatments such as ice, splints, and gentle massage can ease the pain.")
            == ["- | treatments such as ice, splints, and gentle massage | can ease | the pain"])
        // Without examples, the adverbial still ends at the last comma.
        #expect(parts("In most cases, the pain eases within days.") == ["- | the pain | eases | within days"])
    }

    @Test func aConditionBeforeItsMainClause() {
        #expect(parts("If you feel dizzy, sit down slowly.") == ["if | you | feel | dizzy", "- |  | sit | down slowly"])
    }

    /// "if used correctly": a condition with its subject and "be" left out is a clause of its own.
    @Test func anEllipticalCondition() {
        #expect(parts("The drops work best if kept cold.") == ["- | The drops | work | best", "if |  | kept | cold"])
        #expect(parts("Swelling may spread unless treated early.") == ["- | Swelling | may spread | ", "unless |  | treated | early"])
    }

    /// "…, leading to…" opens a result clause; a participle before a modal is no verb ("bone caused by… can").
    @Test func aResultParticipleEndsTheMainClause() {
        #expect(parts("Damage caused by the virus can inflame the liver, leading to yellow skin.")
            == ["- | Damage caused by the virus | can inflame | the liver", "leading |  | leading | to yellow skin"])
    }

    @Test func aReasonAfterItsMainClause() {
        #expect(parts("Attacks often start at night because the body cools while people sleep.")
            == ["- | Attacks | start | at night", "because | the body | cools | ", "while | people | sleep | "])
    }

    @Test func aSemicolonAndACommaBeforeANewSubjectSplit() {
        #expect(parts("Rest the leg; keep it raised.") == ["- |  | Rest | the leg", "- |  | keep | it raised"])
        #expect(parts("The rash fades, and the itch eases.") == ["- | The rash | fades | ", "- | the itch | eases | "])
    }

    @Test func anAppositionIsNotTheSubject() {
        #expect(parts("A clot, also called a thrombus, can block a vein.")
            == ["- | A clot | can block | a vein"])
    }

    @Test func anOpeningAdverbialIsNotTheSubject() {
        #expect(parts("In most cases, the swelling goes down.") == ["- | the swelling | goes | down"])
    }

    @Test func aShortOpeningPhraseBeforeANounPhraseIsNotTheSubject() {
        #expect(parts("Many times, a fever is the only sign.") == ["- | a fever | is | the only sign"])
        #expect(parts("Most days, the pain eases.") == ["- | the pain | eases | "])
    }

    @Test func aClosingBracketAtTheEndStays() {
        #expect(parts("The patient may have chills and rigors (shaking).")
            == ["- | The patient | may have | chills and rigors (shaking)"])
    }

    @Test func anInstructionOpeningWithNever() {
        #expect(parts("Never ignore a TIA as it is a warning sign.") == ["- |  | ignore | a TIA", "as | it | is | a warning sign"])
    }

    @Test func aMainClauseWhoseVerbReadsAsANounBesideAReasonStillHasIt() {
        #expect(parts("Bone tumours cause pain because they stretch the periosteum.")
            == ["- | Bone tumours | cause | pain", "because | they | stretch | the periosteum"])
    }

    @Test func aConditionAfterADashEndsAtItsComma() {
        #expect(parts("Test your sugar after 10 minutes – if it has improved, move on to the next step.")
            == ["- |  | Test | your sugar after 10 minutes", "if | it | has improved | ", "- |  | move | on to the next step"])
    }

    @Test func aConditionWithTwoSubjectsEndsAtItsComma() {
        #expect(parts("When the heart and lungs fail together, it's called cardiorespiratory failure.")
            == ["when | the heart and lungs | fail | together", "- | it | is called | cardiorespiratory failure"])
    }

    @Test func aReasonClauseGetsItsVerbBeforeALaterOne() {
        #expect(parts("Bone tumours cause pain because the tumours stretch the periosteum, the layer that lines bone.")
            == ["- | Bone tumours | cause | pain", "because | the tumours | stretch | the periosteum, the layer that lines bone"])
    }

    @Test func aHeadingOfNounsGetsNoVerb() {
        #expect(Passage("Lymphoedema after breast cancer treatment").tokens.allSatisfy { !$0.tag.isFinite })
        #expect(Headings.subject(of: "Lymphoedema after breast cancer treatment") == "lymphoedema after breast cancer treatment")
    }

    @Test func aSecondVerbPhraseSharesTheSubject() {
        let passage = Passage("Sepsis can affect anyone and can be hard to spot.")
        let clauses = passage.clauses
        #expect(clauses.count == 2)
        #expect(clauses.map { passage.text($0.subject) } == ["Sepsis", "Sepsis"])
        #expect(passage.text(clauses[1].verb) == "can be")
    }

    /// "…is weak and an infection can spread": after a finite verb, "and" before a noun and a modal opens a new
    /// clause; "Pain and swelling can occur" is one subject.
    @Test func aNewSubjectAfterAndOpensAClause() {
        let passage = Passage("Your skin is weak after surgery and an infection can spread quickly.")
        #expect(passage.clauses.map { passage.text($0.subject) } == ["Your skin", "an infection"])
        let one = Passage("Pain and swelling can occur after surgery.")
        #expect(one.clauses.map { one.text($0.subject) } == ["Pain and swelling"])
    }

    @Test func negationIsMarked() {
        let clauses = Passage("Antibiotics do not treat viral infections.").clauses
        #expect(clauses.map(\.isNegated) == [true])
        #expect(Passage("Experts don't know why the rash spreads.").clauses.first?.isNegated == true)
        #expect(Passage("Experts know why the rash spreads.").clauses.first?.isNegated == false)
    }

    @Test func aConditionLinksToTheClauseBesideIt() {
        let clauses = Passage("A fever can be serious if you have cancer, but most fevers pass.").clauses
        #expect(clauses.count == 3)
        #expect(clauses[0].condition == 1)
        #expect(clauses[2].condition == nil)
    }

    /// After a dash a condition opens the next part of the sentence: it belongs to the clause after it.
    @Test func aConditionAfterADashBelongsToTheClauseAfterIt() {
        let passage = Passage("Check your level after 15 minutes – if it is still low, have another snack.")
        let clauses = passage.clauses
        #expect(clauses.count == 3)
        #expect(clauses.first?.condition == nil)
        #expect(clauses.last?.condition == 1)
        // A condition that follows its clause with no dash still belongs to it.
        #expect(Passage("Call your nurse if the pain gets worse.").clauses.first?.condition == 1)
    }

    /// After "and," a condition opens the next part of the sentence: it runs to its comma and belongs to the
    /// clause after it, not to the list before.
    @Test func aConditionAfterAndCommaBelongsToTheClauseAfterIt() {
        let passage = Passage("The check covers the skin and, if you have a cough, your chest will be scanned.")
        #expect(passage.clauses.map { $0.opener ?? "-" } == ["-", "if", "-"])
        #expect(passage.clauses.first?.condition == nil)
        #expect(passage.clauses.last?.condition == 1)
    }

    /// Without commas, a pronoun and its verb still open the next clause: after a leading "although" clause
    /// has its own verb, and after "and".
    @Test func aPronounAndItsVerbOpenAClauseWithoutAComma() {
        #expect(parts("Although eczema is not catching it can spread on your skin and it is often itchy.") == [
            "although | eczema | is not | catching", "- | it | can spread | on your skin", "- | it | is | often itchy",
        ])
    }

    /// "…if the catheter has come out and you can not pass urine": "and" and a pronoun's clause inside a condition
    /// add to the condition; split off, the card said to call 999 whenever the catheter comes out (a newcomer's
    /// page, whose "cannot" ingest writes as "can not").
    @Test func aPronounsClauseAfterAndStaysInItsCondition() {
        #expect(parts("Call 999 if the tube has come out and you can not pass urine, or if you feel very unwell.")
            == ["- |  | Call | 999", "if | the tube | has come | out and you can not pass urine", "if | you | feel | very unwell"])
        #expect(parts("Heart failure can happen suddenly or it can progress slowly.").count == 2, "outside a condition it still splits")
    }
}
