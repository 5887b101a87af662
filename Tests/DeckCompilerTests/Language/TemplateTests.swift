@testable import DeckCompiler
import PearlsCore
import Testing

/// Each clause template on the sentence it was written for (sentences written for these tests).
struct TemplateTests {
    func context(_ sentence: String, clause index: Int = 0, antecedent: String? = nil) -> ClauseContext {
        var passage = Passage(sentence)
        // A sentence with too few clauses would trap in the template; say so and test a stand-in instead.
        if !passage.clauses.indices.contains(index) {
            Issue.record("'\(sentence)' parses into \(passage.clauses.count) clauses, so it has no clause \(index)")
            passage = Passage("This stand-in has one clause.")
            return ClauseContext(passage: passage, clauses: passage.clauses, index: 0, antecedent: antecedent,
                                 block: ArticleBlock(kind: .paragraph, text: sentence, line: 1, topic: "Topic"), file: "f.txt",
                                 siblings: SiblingTerms())
        }
        return ClauseContext(passage: passage, clauses: passage.clauses, index: index, antecedent: antecedent,
                             block: ArticleBlock(kind: .paragraph, text: sentence, line: 1, topic: "Topic"), file: "f.txt",
                             siblings: SiblingTerms())
    }

    func lines(_ candidates: [Candidate]) -> [String] {
        candidates.map { "\($0.card.type.rawValue): \($0.card.prompt) => \($0.card.answers.joined(separator: " | "))" }
    }

    @Test func copulaDefinitionAsksWhatTheSubjectIs() {
        #expect(lines(CopulaDefinition.candidates(context("Cellulitis is an infection of the deeper layers of skin."))) == [
            "basic: What is cellulitis? => an infection of the deeper layers of skin",
            "cloze: [...] is an infection of the deeper layers of skin. => Cellulitis",
        ])
    }

    @Test func anAimIsWhatTheSubjectIs() {
        #expect(lines(CopulaDefinition.candidates(context("The aim of physiotherapy is to help you move freely again.")))
            .first == "basic: What is the aim of physiotherapy? => to help you move freely again")
    }

    @Test func theOnlyOneIsAskedFor() {
        #expect(lines(CopulaDefinition.candidates(context("A fever is the only sign of an infection."))) == [
            "basic: What is the only sign of an infection? => A fever",
        ])
    }

    /// A property that holds only under a condition keeps it, before or after: alone it would be false.
    @Test func aPropertyKeepsItsCondition() {
        #expect(lines(CopulaDefinition.candidates(context("If you have diabetes, your feet are more likely to get sores.", clause: 1)))
            == ["truefalse: If you have diabetes, your feet are more likely to get sores. => True"])
        #expect(lines(CopulaDefinition.candidates(context("A burn can be serious when it covers a large area.")))
            == ["truefalse: A burn can be serious when it covers a large area. => True"])
    }

    /// A statement with one word of direction, asked with it turned, is false; a comparison within a group, a
    /// hedge, an amount and a condition are left alone.
    @Test func aStatementWithItsDirectionTurnedIsFalse() throws {
        let made = ComparativeFlip.candidates(context("Joint pain from gout is usually worse at night."))
        #expect(lines(made) == ["truefalse: Joint pain from gout is usually better at night. => False"])
        #expect(try #require(made.first?.card).correct == [1])
        #expect(lines(ComparativeFlip.candidates(context("Gout is more common in older men.")))
            == ["truefalse: Gout is less common in older men. => False"])
        #expect(lines(ComparativeFlip.candidates(context("Drinking water reduces the chance of another attack.")))
            == ["truefalse: Drinking water increases the chance of another attack. => False"])
        #expect(ComparativeFlip.candidates(context("Certain foods are more likely to cause an attack.")).isEmpty, "part of a group")
        #expect(ComparativeFlip.candidates(context("Gout is more common in men than in women.")).isEmpty, "a comparison")
        #expect(ComparativeFlip.candidates(context("An attack causes more pain in the big toe.")).isEmpty, "an amount")
        #expect(ComparativeFlip.candidates(context("Gout is not more common in children.")).isEmpty, "negated")
        #expect(ComparativeFlip.candidates(context("Pain is worse and swelling is higher at night.")).isEmpty, "two turns")
        #expect(ComparativeFlip.candidates(context("Regular exercise can lower your blood pressure.")).isEmpty, "a verb")
        #expect(ComparativeFlip.candidates(context("Cutting down on salt helps to lower blood pressure.")).isEmpty, "a verb after to")
    }

    /// A negated statement is asked as a yes/no question with its "not" taken out, answered No; only a plain
    /// copula or modal is flipped. Each option says in full what it claims, so the answer teaches the statement.
    @Test func aNegatedStatementIsAskedAsAQuestionAnsweredNo() throws {
        let made = NegationFlip.candidates(context("Shingles is not usually passed on through coughing."))
        #expect(lines(made) == ["mcq: Is shingles usually passed on through coughing? => No, shingles is not usually passed on through coughing."])
        let card = try #require(made.first?.card)
        #expect(card.options == ["Yes, shingles is usually passed on through coughing.", "No, shingles is not usually passed on through coughing."])
        #expect(card.correct == [1] && card.tags.contains("keep-order"))
        #expect(QualityFilter.flaw(of: card) == nil)
        #expect(lines(NegationFlip.candidates(context("Antibiotics should not be shared with other people."))) == [
            "mcq: Should antibiotics be shared with other people? => No, antibiotics should not be shared with other people.",
        ])
        #expect(lines(NegationFlip.candidates(context("MRSA is not always easy to treat.")))
                == ["mcq: Is MRSA always easy to treat? => No, MRSA is not always easy to treat."])
        // "does not" gives its "does" to the question, the bare verb staying as it is.
        let spread = NegationFlip.candidates(context("Shingles does not spread through the air."))
        #expect(lines(spread) == ["mcq: Does shingles spread through the air? => No, shingles does not spread through the air."])
        #expect(spread.first?.card.options?.first == "Yes, shingles does spread through the air.")
        // What is held has no "any": "do spread diseases".
        #expect(NegationFlip.candidates(context("Head lice do not spread any diseases.")).first?.card.options
                == ["Yes, head lice do spread diseases.", "No, head lice do not spread any diseases."])
        // A verb of the mind denies an opinion, no fact.
        #expect(NegationFlip.candidates(context("You do not think the rash is part of healing.")).isEmpty)
        #expect(lines(NegationFlip.candidates(context("You do not catch shingles from someone else.")))
                == ["mcq: Do you catch shingles from someone else? => No, you do not catch shingles from someone else."])
        #expect(NegationFlip.candidates(context("Do not scratch the blisters.")).isEmpty, "an order")
        #expect(NegationFlip.candidates(context("The rash is not only painful but also itchy.")).isEmpty)
        #expect(NegationFlip.candidates(context("Shingles is not spread if the blisters are covered.")).isEmpty, "a condition")
    }

    @Test func aShortPropertyIsTrueOrFalse() {
        #expect(lines(CopulaDefinition.candidates(context("Sepsis can be fatal."))) == ["truefalse: Sepsis can be fatal. => True"])
        #expect(lines(CopulaDefinition.candidates(context("Gout is more common in men than in women.")))
            == ["truefalse: Gout is more common in men than in women. => True"])
    }

    @Test func aSentenceGivingThePreviousOnesReasonAsksWhy() {
        let previous = context("Smokers heal more slowly after surgery.")
        #expect(lines(ReasonFollowUp.candidates(context("This is due to poor blood flow to the skin."), previous: previous)) == [
            "basic: Why do smokers heal more slowly after surgery? => poor blood flow to the skin",
        ])
        #expect(lines(ReasonFollowUp.candidates(context("This is because nicotine narrows the vessels."), previous: previous)) == [
            "basic: Why do smokers heal more slowly after surgery? => nicotine narrows the vessels",
        ])
        // A sentence that only continues the story gives no reason.
        #expect(ReasonFollowUp.candidates(context("This is common in winter."), previous: previous).isEmpty)
    }

    @Test func aReasonAfterAsAndAPronounIsAsked() {
        #expect(lines(ReasonClause.candidates(context("People over 70 years old are at risk of falls, as they often have weaker muscles."))) == [
            "basic: Why are people over 70 years old at risk of falls? => they often have weaker muscles",
        ])
    }

    @Test func aPointerStandingAloneAsSubjectResolves() {
        #expect(lines(ConditionFact.candidates(context("This can happen after surgery when lymph nodes are removed.", antecedent: "lymphoedema"))) == [
            "basic: When can lymphoedema happen after surgery? => when lymph nodes are removed",
        ])
    }

    @Test func aNameForWhatAConditionDescribesIsAsked() {
        let sentence = "When the kidneys stop working, it's called kidney failure."
        #expect(Passage(sentence).clauses.count == 2)
        #expect(lines(Naming.candidates(context(sentence, clause: 1))) == [
            "basic: What is it called when the kidneys stop working? => kidney failure",
        ])
    }

    @Test func anInstructionWithItsReasonAsksWhy() {
        #expect(lines(ReasonClause.candidates(context("Never ignore a TIA as it is a warning sign of a stroke."))) == [
            "basic: Why should you never ignore a TIA? => it is a warning sign of a stroke",
        ])
        #expect(lines(ReasonClause.candidates(context("Do not stop the tablets, because the pain may return."))) == [
            "basic: Why should you not stop the tablets? => the pain may return",
        ])
        // "as soon as you can" is no reason.
        #expect(ReasonClause.candidates(context("See your GP as soon as you can.")).isEmpty)
    }

    @Test func aLongReasonWithARenamingInsideIsAsked() {
        #expect(lines(ReasonClause.candidates(context("Bone tumours cause pain because they stretch the periosteum, the thin layer that lines bone, and press on nerves."))) == [
            "basic: Why do bone tumours cause pain? => they stretch the periosteum, the thin layer that lines bone, and press on nerves",
        ])
    }

    @Test func aListItemQualifiedByARelativeClauseIsAskedByItsHead() {
        let items = ["a fever", "a cough that lasts three weeks", "a rash that does not fade", "another rash that itches at night", "aching muscles"]
        let made = ItemDetail.candidates(items: items, question: "What are the signs of measles?", context: context("The signs are listed below."))
        // Two items are rashes: neither has one answer.
        #expect(lines(made) == ["basic: What kind of cough is one of the signs of measles? => a cough that lasts three weeks"])
        #expect(ItemDetail.candidates(items: items, question: "How do you treat measles?", context: context("The signs are listed below.")).isEmpty)
    }

    /// Two or more modifiers before the item's noun make it a fact of its own; one ("dry mouth") does not.
    @Test func aListItemQualifiedByItsModifiersIsAskedByItsHead() {
        let items = ["very fast or very slow heartbeat", "dry mouth", "a cough"]
        let made = ItemDetail.candidates(items: items, question: "What are the signs of shock?", context: context("The signs are listed below."))
        #expect(lines(made) == ["basic: What kind of heartbeat is one of the signs of shock? => very fast or very slow heartbeat"])
    }

    @Test func aListWrittenInASentenceIsOneCard() {
        #expect(lines(InlineList.candidates(context("Early signs can include stiff joints, dry skin, and tight rings."))) == [
            "basic: What can early signs include? Name all 3. => stiff joints | dry skin | tight rings",
        ])
        // Advice joined by "or" offers choices: any one answers. Signs joined by "or" are still all signs. People to
        // call are asked by "whom".
        let choices = InlineList.candidates(context("If you feel dizzy, you must call your GP, a pharmacist or a nurse immediately.", clause: 1))
        #expect(lines(choices) == ["basic: If you feel dizzy, whom must you call? => your GP | a pharmacist | a nurse"])
        #expect(choices.first?.card.needed == nil)
        #expect(lines(InlineList.candidates(context("Early signs can include stiff joints, dry skin, or tight rings."))) == [
            "basic: What can early signs include? Name all 3. => stiff joints | dry skin | tight rings",
        ])
        // Commas in brackets, verb phrases and infinitives make no list.
        #expect(InlineList.candidates(context("Some people wear garments (sleeves, gloves or bras) to control swelling.")).isEmpty)
        #expect(InlineList.candidates(context("Exercise can help maintain strength, improve mobility and reduce fatigue.")).isEmpty)
    }

    @Test func adviceWithAnEmptyItAsksWhatToDo() {
        #expect(lines(ExpletiveAdvice.candidates(context("It is also a good idea to keep as active as possible."))) == [
            "cloze: It is also a good idea to keep [...]. => as active as possible",
        ])
        #expect(lines(ExpletiveAdvice.candidates(context("If your ankles swell, it is important to raise your legs.", clause: 1))) == [
            "basic: What should you do if your ankles swell? => raise your legs",
        ])
        #expect(lines(ExpletiveAdvice.candidates(context("It is best to keep the splint on until the swelling goes down."))) == [
            "basic: How long should you keep the splint on? => until the swelling goes down",
        ])
        #expect(ExpletiveAdvice.candidates(context("It is a common problem in older adults.")).isEmpty)
        // Whom to turn to is the gap, not what to bring them.
        #expect(lines(ExpletiveAdvice.candidates(context("It is important to report any new pain to your nurse or care team."))) == [
            "cloze: It is important to report any new pain to [...]. => your nurse or care team",
        ])
    }

    @Test func anyoneAsksWho() {
        #expect(lines(VerbRelation.candidates(context("Remember, anyone can get shingles, including young healthy people."))) == [
            "basic: Who can get shingles? => anyone, including young healthy people",
        ])
    }

    @Test func aFrequencyAsksHowOften() {
        #expect(lines(VerbRelation.candidates(context("Preventer inhalers are used twice a day."))) == [
            "basic: How often are preventer inhalers used? => twice a day",
            "basic: What is used twice a day? => Preventer inhalers",
        ])
        #expect(lines(VerbRelation.candidates(context("Preventers are taken every day to calm the airways."))).first
            == "basic: How often are preventers taken? => every day")
    }

    @Test func aConditionHeadingGoesBeforeItsSectionsQuestions() throws {
        let condition = try #require(SectionCondition(heading: "If you take blood thinners"))
        var asked = ConditionAdvice.candidates(context("Call your nurse if you have a nosebleed.", clause: 0))
        #expect(!asked.isEmpty)
        for index in asked.indices { condition.apply(to: &asked[index]) }
        #expect(asked.first?.card.prompt == "If you take blood thinners, what should you do if you have a nosebleed?")
        // A question that already says it is left alone; a heading that is no condition is none.
        var said = asked
        for index in said.indices { condition.apply(to: &said[index]) }
        #expect(said.first?.card.prompt == asked.first?.card.prompt)
        #expect(SectionCondition(heading: "Signs of a nosebleed") == nil)
    }

    @Test func aRenamingBetweenCommasDefinesItsTerm() {
        #expect(lines(Apposition.candidates(context("Tumours stretch the periosteum, the thin layer that covers bone, and irritate nerves."))) == [
            "basic: What is the periosteum? => the thin layer that covers bone",
        ])
        #expect(lines(Apposition.candidates(context("Doctors may give denosumab, an antibody, by injection."))) == [
            "basic: What is denosumab? => an antibody",
        ])
        // A list of items and a new clause after a comma rename nothing.
        #expect(Apposition.candidates(context("Signs include nausea, a fever, and chills.")).isEmpty)
        #expect(Apposition.candidates(context("Attacks often start after a large meal, a drink or a fall.")).isEmpty)
        #expect(Apposition.candidates(context("As the tumour grows, the bone releases calcium into the blood.")).isEmpty)
    }

    @Test func aRenamingBetweenDashesDefinesItsTermAndLeavesTheParse() {
        let sentence = "If you notice signs of a pulmonary embolism (PE) — a dangerous clot in the lungs — call 999."
        #expect(lines(Apposition.candidates(context(sentence))) == [
            "basic: What is a pulmonary embolism (PE)? => a dangerous clot in the lungs",
        ])
        // The aside closed the condition, so a comma stands in its place and the advice is read.
        let stripped = DashAside.stripped(sentence)
        #expect(stripped == "If you notice signs of a pulmonary embolism (PE), call 999.")
        #expect(lines(ConditionAdvice.candidates(context(stripped, clause: 1))).first
            == "basic: What should you do if you notice signs of a pulmonary embolism (PE)? => call 999")
        #expect(DashAside.stripped("Take them daily – even when you feel fine – to prevent attacks.")
            == "Take them daily to prevent attacks.")
        // A dash that joins two clauses is no aside.
        #expect(DashAside.stripped("Rest – then walk a little – and rest again.") == "Rest – then walk a little – and rest again.")
    }

    @Test func examplesOfAClassAskForOne() {
        #expect(lines(SuchAsExample.candidates(context("Gentle exercises, such as walking or swimming, keep joints moving."))) == [
            "basic: What is an example of gentle exercises? => walking | swimming",
        ])
        #expect(SuchAsExample.candidates(context("Watch for signs such as a fever.")).isEmpty)
        // Every example of a list is right, not only the first.
        #expect(lines(SuchAsExample.candidates(context("Painkillers such as paracetamol, ibuprofen and codeine may help."))) == [
            "basic: Give an example of painkillers that may help. => paracetamol | ibuprofen | codeine",
        ])
        // Examples a dash sets aside after an order, with ranges and a bracketed aside in them.
        let aside = context("Have a sugary drink or snack – like a glass of cola (not a diet one) or fruit juice, 4 to 5 jelly sweets, or 2 tubes of glucose gel.")
        #expect(lines(SuchAsExample.candidates(aside, asideOnly: true)) == [
            "basic: Give an example of a sugary drink or snack to have. => a glass of cola (not a diet one) | fruit juice | 4 to 5 jelly sweets | 2 tubes of glucose gel",
        ])
    }

    @Test func verbRelationAsksBothSides() {
        #expect(lines(VerbRelation.candidates(context("Smoking damages the small blood vessels."))) == [
            "basic: What does smoking damage? => the small blood vessels",
            "basic: What damages the small blood vessels? => Smoking",
        ])
        #expect(lines(VerbRelation.candidates(context("Clots can travel to the lungs."))) == [
            "cloze: Clots can travel to [...]. => the lungs",
            "basic: What can travel to the lungs? => Clots",
        ])
    }

    /// "a loss of", "a build-up of": a head that only measures stays in the question and says what changes.
    @Test func aMeasuringHeadStaysOutOfTheGap() {
        #expect(lines(VerbRelation.candidates(context("Heat stroke can lead to a loss of salt and water."))).first
            == "cloze: Heat stroke can lead to a loss of [...]. => salt and water")
        #expect(lines(VerbRelation.candidates(context("Heart failure can lead to a lack of oxygen in the blood."))).first
            == "cloze: Heart failure can lead to a lack of [...]. => oxygen in the blood")
    }

    @Test func aPronounSubjectIsShownResolved() {
        #expect(lines(VerbRelation.candidates(context("It damages the nerves.", antecedent: "high blood sugar")))
            == ["basic: What does high blood sugar damage? => the nerves"])
        #expect(VerbRelation.candidates(context("It damages the nerves.")).isEmpty)
    }

    @Test func conditionAdviceAsksWhatToDoAndWhen() {
        let sentence = "If your temperature is 38C or higher, call the ward straight away."
        #expect(lines(ConditionAdvice.candidates(context(sentence, clause: 1))) == [
            "basic: What should you do if your temperature is 38C or higher? => call the ward straight away",
            "basic: When should you call the ward straight away? => if your temperature is 38C or higher",
        ])
        // "When should you call your doctor?" has as many answers as the page has reasons to call.
        #expect(lines(ConditionAdvice.candidates(context("If your temperature is 38C or higher, call your doctor.", clause: 1))) == [
            "basic: What should you do if your temperature is 38C or higher? => call your doctor",
        ])
    }

    /// A condition on the subject itself would be asked in a circle, so it is not asked.
    @Test func aConditionOnTheSubjectItselfIsNotAsked() {
        #expect(ConditionFact.candidates(context("If a burn is left uncovered, the burn can become infected.", clause: 1)).isEmpty)
    }

    /// Asking for the subject needs a verb that fits one subject, and an answer the question does not show.
    @Test func aLooseOrGivenAwaySubjectIsNotAskedFor() {
        #expect(!lines(VerbRelation.candidates(context("Symptoms vary depending on the bone affected.")))
            .contains { $0.hasPrefix("basic: What varies") })
        #expect(lines(VerbRelation.candidates(context("Nebuliser machines deliver medicine as a fine mist.")))
            .contains { $0.hasPrefix("basic: What delivers") }, "a fair question: the answer is not shown")
        #expect(!lines(VerbRelation.candidates(context("Powder inhalers deliver medicine in a powdered form.")))
            .contains { $0.hasPrefix("basic: What delivers") }, "'powdered' gives 'powder' away")
    }

    /// "are used because…": a passive verb group with nothing after it still asks why.
    @Test func aPassiveStatementAsksWhy() {
        #expect(lines(ReasonClause.candidates(context("Ice packs are used because they reduce the swelling.")))
            == ["basic: Why are ice packs used? => they reduce the swelling"])
    }

    /// "involves: A, B and C": the colon only announces the list.
    @Test func aListAfterAColonIsOneCard() {
        #expect(lines(InlineList.candidates(context("A check-up involves: a blood test, a urine test and a scan.")))
            == ["basic: What does a check-up involve? Name all 3. => a blood test | a urine test | a scan"])
    }

    /// "begins to break down", "easier for cells to attach": an infinitive that completes the verb is no purpose.
    @Test func anInfinitiveThatCompletesTheVerbIsNoPurpose() {
        #expect(PurposeClause.candidates(context("The skin slowly begins to break down under pressure.")).isEmpty)
        #expect(PurposeClause.candidates(context("Soft bone makes it easier for cancer cells to settle there.")).isEmpty)
        #expect(!PurposeClause.candidates(context("Nurses turn patients every two hours to protect their skin.")).isEmpty)
    }

    @Test func aConditionalFactAsksWhen() {
        #expect(lines(ConditionFact.candidates(context("Inhalers only work well if they are used correctly.")))
            == ["basic: When do inhalers work well? => only if they are used correctly"])
        // The condition's subject and "be" left out: "if used correctly".
        #expect(lines(ConditionFact.candidates(context("Inhalers only work well if used correctly.")))
            == ["basic: When do inhalers work well? => only if used correctly"])
        // Examples after the condition are not part of a typed answer (a clause boundary may cut them short).
        #expect(lines(ConditionFact.candidates(context("A clot can form in the leg if you sit still for a long time, such as on a long flight.")))
            == ["basic: When can a clot form in the leg? => if you sit still for a long time"])
    }

    @Test func aReasonAsksWhy() {
        #expect(lines(ReasonClause.candidates(context("Older people get pressure ulcers because their skin is thinner.")))
            == ["basic: Why do older people get pressure ulcers? => their skin is thinner"])
    }

    @Test func aPurposeAsksWhy() {
        #expect(lines(PurposeClause.candidates(context("Nurses turn patients every two hours to relieve pressure.")))
            == ["basic: Why do nurses turn patients every two hours? => to relieve pressure"])
    }

    @Test func aQuantityIsHiddenWhole() {
        #expect(lines(QuantityCloze.candidates(context("Recheck the level after 10 to 15 minutes."))) ==
            ["cloze: Recheck the level after [...]. => 10 to 15 minutes"])
        // A number that names something ("type 2 diabetes") is not a quantity.
        #expect(QuantityCloze.candidates(context("People with type 2 diabetes need foot checks.")).isEmpty)
        // "up to" qualifies a number; a "to" that only leads to it stays in the question.
        #expect(lines(QuantityCloze.candidates(context("Multiple myeloma is the name given to two or more tumours in the marrow.")))
            == ["cloze: Multiple myeloma is the name given to [...] tumours in the marrow. => two or more"])
        // An open end belongs to its quantity, after the count or after its unit.
        #expect(lines(QuantityCloze.candidates(context("A child who vomits three times or more in a day needs a doctor.")))
            == ["cloze: A child who vomits [...] in a day needs a doctor. => three times or more"])
        #expect(lines(QuantityCloze.candidates(context("Take up to 8 tablets in a day.")))
            == ["cloze: Take [...] tablets in a day. => up to 8"])
    }

    /// A unit joins its number in the gap; what is counted stays in the question, where it says what the number is of.
    @Test func whatIsCountedStaysInTheQuestion() {
        #expect(lines(QuantityCloze.candidates(context("Chew 4 to 6 glucose tablets straight away.")))
            == ["cloze: Chew [...] glucose tablets straight away. => 4 to 6"])
        #expect(lines(QuantityCloze.candidates(context("Adults should drink 2 litres per day in hot weather.")))
            == ["cloze: Adults should drink [...] in hot weather. => 2 litres per day"])
        #expect(lines(QuantityCloze.candidates(context("Give 3 doses per patient on the ward.")))
            == ["cloze: Give [...] doses per patient on the ward. => 3"])
        // A single one of something is no quantity worth a card; one hour is.
        #expect(QuantityCloze.candidates(context("Most people will have at least 1 cold sore in their life.")).isEmpty)
        #expect(lines(QuantityCloze.candidates(context("You should rest for at least 1 hour after the dose."))) == ["cloze: You should rest for [...] after the dose. => at least 1 hour"])
    }

    /// The gap hides the whole list, and the card asks for its items one by one.
    @Test func aCoordinationIsHiddenWholeNeverOneMember() {
        #expect(lines(CoordinationCloze.candidates(context("Avoid injections, blood tests and blood pressure cuffs on that arm.")))
            == ["basic: Avoid [...] on that arm. Name all 3. => Injections | Blood tests | Blood pressure cuffs"])
        let many = CoordinationCloze.candidates(context("Gout often affects the toes, ankles, knees, wrists and fingers."))
        #expect(many.first?.card.needed == 3)
        #expect(many.first?.card.prompt.hasSuffix("[...]. Name any 3 of the 5.") == true)
    }

    /// An item that only points on is no answer, and a name with its other names is one thing, not a list.
    @Test func aCoordinationsItemsAreThingsToRecall() {
        #expect(lines(CoordinationCloze.candidates(context("Gout can lead to joint damage, kidney stones and other problems.")))
            == ["basic: Gout can lead to [...]. Name both. => Joint damage | Kidney stones"])
        // "damp" may be a verb, but in a list set off by commas it is an item's word.
        #expect(lines(CoordinationCloze.candidates(context("A night attack may cause headaches, tiredness or damp sheets in the morning.")))
            == ["basic: A night attack may cause [...] in the morning. Name all 3. => Headaches | Tiredness | Damp sheets"])
        // A bracket after the gap glosses its last item only, and leaves the question.
        #expect(lines(CoordinationCloze.candidates(context("A night attack may cause headaches, tiredness or damp sheets (from sweat) in the morning.")))
            == ["basic: A night attack may cause [...] in the morning. Name all 3. => Headaches | Tiredness | Damp sheets"])
        #expect(lines(CoordinationCloze.candidates(context("Low blood sugar, also called hypoglycaemia or a hypo, is common in diabetes.")))
            == ["cloze: [...], is common in diabetes. => Low blood sugar, also called hypoglycaemia or a hypo"])
    }

    @Test func namingAsksForOtherNames() {
        #expect(lines(Naming.candidates(context("Pressure ulcers, also known as bedsores, are injuries to the skin.")))
            == ["basic: What are other names for pressure ulcers? => bedsores"])
    }

    @Test func theFallbackHidesTheKeyChunk() {
        #expect(lines(ClozeFallback.candidates(context("Dehydration makes the heart work harder during exercise.")))
            == ["cloze: Dehydration makes the [...] during exercise. => heart work harder"])
    }

    private func context(_ sentence: String, topic: String) -> ClauseContext {
        let passage = Passage(sentence)
        return ClauseContext(passage: passage, clauses: passage.clauses, index: 0, antecedent: nil,
                             block: ArticleBlock(kind: .paragraph, text: sentence, line: 1, topic: topic), file: "f.txt",
                             siblings: SiblingTerms())
    }

    /// "using X" and "by V-ing" name how something is done: asked by "How", the object kept in the question.
    @Test func theMeansIsAskedByHow() {
        #expect(lines(MeansClause.candidates(context("You can recognise a stroke using the FAST test.")))
            == ["basic: How can you recognise a stroke? => using the FAST test"])
        #expect(lines(MeansClause.candidates(context("You can reduce the risk of a clot by walking every hour.")))
            == ["basic: How can you reduce the risk of a clot? => by walking every hour"])
        // Without an object before it, "using" is the verb's own object: no means to ask for.
        #expect(MeansClause.candidates(context("You should keep using the spray every day.")).isEmpty)
    }

    /// A renaming between a pair of dashes may run to ten words; between commas it stays short.
    @Test func aDashedRenamingDefinesItsTerm() {
        #expect(lines(Apposition.candidates(context("A stroke — a sudden loss of blood flow to the brain — needs urgent care.")))
            == ["basic: What is a stroke? => a sudden loss of blood flow to the brain"])
        #expect(Apposition.candidates(context("A stroke, a sudden loss of blood flow to the brain, needs urgent care.")).isEmpty)
    }

    /// "Everyone with asthma should carry one" under "Spacers (holding chambers)": one spacer.
    @Test func oneStandsForWhatTheSectionNames() {
        #expect(lines(VerbRelation.candidates(context("Everyone with asthma should carry one.", topic: "Spacers (holding chambers)")))
            == ["basic: Who should carry a spacer? => Everyone with asthma"])
        // Under a heading that names nothing countable, "one" names nothing: no card.
        #expect(VerbRelation.candidates(context("Everyone with asthma should carry one.", topic: "Living with asthma")).isEmpty)
    }

    /// A dash ends what a verb relates; a modal in the "object" means a clause was misread as one.
    @Test func aRelationStopsAtADashAndRefusesAClause() {
        #expect(lines(VerbRelation.candidates(context("Spacers come in different sizes - and each one suits a different age.")))
            == ["cloze: Spacers come in [...] - and each one suits a different age. => different sizes"])
        #expect(VerbRelation.candidates(context("Getting help early can make all the difference.")).filter { $0.card.type == .basic }.isEmpty)
    }

    /// The fallback's gap ends before a qualifier such as "depending on".
    @Test func theFallbackGapEndsBeforeAQualifier() {
        #expect(lines(ClozeFallback.candidates(context("You may need one or more sprays depending on your plan.")))
            == ["cloze: You may need [...] depending on your plan. => one or more sprays"])
    }

    /// A timing after the verb is asked by "When", a "within" by "How quickly"; the whole timing answers.
    @Test func aTimingIsAskedByWhen() {
        #expect(lines(VerbRelation.candidates(context("Shingles pain can start during or soon after the rash."))).first
            == "basic: When can shingles pain start? => during or soon after the rash")
        #expect(lines(VerbRelation.candidates(context("The cream works within minutes."))).first
            == "basic: How quickly does the cream work? => within minutes")
    }

    /// A verb the lexicon does not know, ending in "s" after a singular subject, is asked with "does".
    @Test func anUnknownVerbAfterASingularSubjectTakesDoes() {
        #expect(QuestionForm.looksThirdPerson("fades", subject: "The rash"))
        #expect(!QuestionForm.looksThirdPerson("fades", subject: "Bruises"))
        #expect(!QuestionForm.looksThirdPerson("press", subject: "The nurse"))
        #expect(QuestionForm.thirdPerson(of: "fades") == "fades")
        #expect(QuestionForm.thirdPerson(of: "carry") == "carries")
    }

    /// What makes a symptom worse or better: "with Y" asks what, "when Y" asks when.
    @Test func whatMakesASymptomWorse() {
        #expect(lines(ChangeTrigger.candidates(context("The ache gets worse with exercise.")))
            == ["basic: What makes the ache worse? => exercise"])
        #expect(lines(ChangeTrigger.candidates(context("Chest pain worsens when you breathe in deeply.")))
            == ["basic: When does chest pain get worse? => when you breathe in deeply"])
        #expect(ChangeTrigger.candidates(context("The ache gets worse.")).isEmpty)
    }

    /// A list item with a relative clause is read as a statement about its head.
    @Test func anItemsRelativeClauseIsAStatement() {
        #expect(ItemRelative.statement("redness around the wound which can spread up the arm")
            == "Redness around the wound can spread up the arm.")
        #expect(ItemRelative.statement("a cough that gets worse at night;") == "A cough gets worse at night.")
        // No relative clause, or a clause before it: nothing to read.
        #expect(ItemRelative.statement("redness around the wound") == nil)
        #expect(ItemRelative.statement("if it spreads, which is rare, call us") == nil)
    }

    /// "it means you're not…" is the sentence talking about itself: no relation, no gap.
    @Test func itMeansIsNoRelation() {
        let sentence = "When the kidneys are not filtering well, it means you're not clearing waste."
        #expect(VerbRelation.candidates(context(sentence, clause: 1, antecedent: "the kidneys")).isEmpty)
        #expect(ClozeFallback.candidates(context(sentence, clause: 1, antecedent: "the kidneys")).isEmpty)
    }

    /// A relation that holds under a condition keeps it, with the clause's own pronoun; a second verb phrase
    /// joined by "and" is not part of the answer.
    @Test func aRelationKeepsItsCondition() {
        #expect(lines(VerbRelation.candidates(context("If a burn is deep, it can damage the nerves and leave scars.", clause: 1,
                                                      antecedent: "a burn"))).first
            == "basic: If a burn is deep, what can it damage? => the nerves")
        #expect(lines(VerbRelation.candidates(context("A deep burn can damage the nerves."))).first
            == "basic: What can a deep burn damage? => the nerves")
    }

    /// A class named in the singular with its article, opening the clause, is asked with what the clause says.
    @Test func aSingularClassWithItsExampleAsksForOne() {
        #expect(lines(SuchAsExample.candidates(context("A barrier cream such as zinc oxide can be used to soothe the skin.")))
            == ["basic: Give an example of a barrier cream that can be used to soothe the skin. => zinc oxide"])
        // Inside the clause, a singular class gives no question: "an example of a cream" names no context.
        #expect(SuchAsExample.candidates(context("You can use a barrier cream such as zinc oxide.")).isEmpty)
    }

    /// A list that an "and," closes, with a new clause after it, is still a list.
    @Test func aListClosedByAndCommaIsAList() {
        let passage = Passage("The check covers: the skin, the mouth, the lungs and, if needed, the urine.")
        #expect(InlineList.items(in: passage.clauses[0].rest, of: passage) == ["the skin", "the mouth", "the lungs"])
    }

    /// A quantity's gap never opens on a "than" that its comparative leaves behind.
    @Test func aGapDoesNotOpenOnThan() {
        #expect(lines(QuantityCloze.candidates(context("A fever is a temperature of or greater than 38 °C.")))
            == ["cloze: A fever is a temperature of or greater than [...]. => 38 °C"])
        #expect(lines(QuantityCloze.candidates(context("Drink more than 2 litres a day."))).first?.hasSuffix("=> more than 2 litres") == true)
    }

    /// "those" never stands for a singular noun phrase.
    @Test func aPluralPointerNeverStandsForASingularPhrase() {
        #expect(context("Those will also be tested.", antecedent: "The work-up").subjectText == nil)
        #expect(context("Those will also be tested.", antecedent: "Your symptoms").subjectText == "Your symptoms")
    }

    /// "…, making them more prone to X": the result asked as why, the main clause (its object named) as the answer.
    @Test func aResultIsAskedAsWhy() {
        #expect(lines(ResultReason.candidates(context("Steroids weaken the skin, making it more likely to tear.", clause: 1))).isEmpty)
        #expect(lines(ResultReason.candidates(context("Steroids weaken the skin, making it fragile and easily torn.", clause: 1)))
            == ["basic: Why is the skin fragile and easily torn? => Steroids weaken the skin"])
        #expect(lines(ResultReason.candidates(context("Long flights reduce blood flow in the legs, making clots more likely.", clause: 1))).isEmpty)
    }

    /// The subject asked for is its head phrase, without the participle that qualifies it.
    @Test func anAskedSubjectDropsItsParticiple() {
        #expect(lines(VerbRelation.candidates(context("The breakdown of muscle caused by the injury can release potassium into the blood.")))
            .contains("basic: What can release potassium into the blood? => The breakdown of muscle"))
    }

    /// A coordination ends before a participle that qualifies it, never runs into a second verb phrase, and two
    /// alternatives after a comma are not a list of three.
    @Test func aCoordinationKeepsToItsItems() {
        let hidden = { (sentence: String) -> String? in
            let passage = Passage(sentence)
            return CoordinationCloze.coordination(in: passage.clauses[0].range, of: passage).map { passage.text($0) }
        }
        #expect(hidden("Care includes the use of pads, rolls and wraps designed to ease pressure.") == "pads, rolls and wraps")
        #expect(hidden("Swelling may affect the leg on that side, or the groin or lower belly.") == nil)
        #expect(lines(ClozeFallback.candidates(context("The wound becomes short of oxygen and sugar, and begins to break down.")))
            == ["cloze: The wound becomes [...], and begins to break down. => short of oxygen and sugar"])
    }

    /// A fallback gap is never a bare comparative, and takes its noun phrase whole.
    @Test func theFallbackGapIsAWholePhrase() {
        #expect(ClozeFallback.candidates(context("You may then get worse over the next hour.")).isEmpty)
        #expect(lines(ClozeFallback.candidates(context("Sores tend to affect people with health conditions that limit movement.")))
            == ["cloze: Sores tend to affect [...] that limit movement. => people with health conditions"])
    }

    /// A clause with an inline list is asked by the list card, not also by a gap over the same items.
    @Test func anInlineListIsNotAlsoAGap() throws {
        let page = "Lymph care\n\nEarly signs of lymph swelling can include stiff joints, dry skin, aching and tight rings.\n"
        let deck = try #require(DeckCompiler.compile([DeckSource(name: "p.txt", kind: .article, bytes: Array(page.utf8))],
                                                     fallbackID: "p").deck)
        #expect(deck.cards.contains { $0.prompt.hasSuffix("Name any 3 of the 4.") && $0.needed == 3 && $0.answers.count == 4 })
        #expect(!deck.cards.contains { $0.type == .cloze && $0.answers.first?.contains("dry skin") == true })
    }

    /// "in response to", "due to": a preposition's "to" opens no purpose.
    @Test func aPrepositionsToIsNoPurpose() {
        #expect(PurposeClause.candidates(context("New bone may form in response to the tumour.")).isEmpty)
        #expect(lines(PurposeClause.candidates(context("Nurses turn patients every two hours to prevent sores."))).first
            == "basic: Why do nurses turn patients every two hours? => to prevent sores")
    }

    /// A list item's gloss is not asked for its label ("What strains the heart?" fits other items too).
    @Test func anItemsGlossIsNotAskedForItsLabel() {
        let sentence = "This strains the heart."
        let passage = Passage(sentence)
        let item = ClauseContext(passage: passage, clauses: passage.clauses, index: 0, antecedent: "High blood pressure",
                                 block: ArticleBlock(kind: .item, text: sentence, line: 1, topic: "Causes"), file: "f.txt",
                                 siblings: SiblingTerms())
        #expect(!VerbRelation.candidates(item).contains { $0.card.answers == ["High blood pressure"] })
        #expect(lines(VerbRelation.candidates(item)).first == "basic: What does high blood pressure strain? => the heart")
    }

    /// A qualifier after a comma ("especially…", "including…") is no part of the object asked for.
    @Test func aRelationStopsBeforeAQualifier() {
        #expect(lines(VerbRelation.candidates(context("Sores tend to affect people who cannot move, especially those in bed all day."))).first
            == "basic: Who do sores tend to affect? => people who cannot move")
    }

    /// "…increase the risk of X": what it raises the risk of, with "of" kept.
    @Test func theRiskOfIsAskedWhole() {
        #expect(lines(VerbRelation.candidates(context("Smoking can increase the risk of a stroke."))).first
            == "basic: What can smoking increase the risk of? => a stroke")
    }

    /// "…affect X and raise Y": a second verb phrase is no part of the first one's object, even when the lexicon
    /// reads its verb as a noun ("increase", "damage").
    @Test func aSecondVerbPhraseEndsTheObject() {
        #expect(lines(VerbRelation.candidates(context("Gout can damage your joints and increase the risk of kidney stones."))).first
            == "basic: What can gout damage? => your joints")
        #expect(lines(VerbRelation.candidates(context("Smoking can harm the lungs and damage the heart."))).first
            == "basic: What can smoking harm? => the lungs")
        // The second verb phrase is asked under the modal it shares; a risk has many causes, so not who raises it.
        #expect(lines(VerbRelation.candidates(context("Gout can damage your joints and increase the risk of kidney stones.", clause: 1)))
            == ["basic: What can gout increase the risk of? => kidney stones"])
        #expect(lines(VerbRelation.candidates(context("If gout goes on, it can damage your joints and raise the risk of stones.", clause: 2,
                                                      antecedent: "Gout"))).first
            == "basic: If gout goes on, what can it raise the risk of? => stones")
    }

    /// "…done to drain the joint or to ease the pain": the second purpose is no answer to why the first is done;
    /// the two are asked together.
    @Test func twoPurposesAreAskedTogether() {
        // The two purposes are asked together instead.
        #expect(lines(PurposeClause.candidates(context("An operation may be done to drain the joint or to ease severe pain.")))
            == ["basic: Why may an operation be done? Name both. => To drain the joint | To ease severe pain"])
        #expect(lines(PurposeClause.candidates(context("Steroid inhalers are taken every day to reduce swelling in the airways.")))
            == ["basic: Why are steroid inhalers taken every day? => to reduce swelling in the airways"])
    }

    /// "cause you to wake up": the object's own verb is no purpose; "especially if…" narrows, so no when-card.
    @Test func aCausativesObjectVerbIsNoPurpose() {
        #expect(PurposeClause.candidates(context("Night sweats may cause you to wake up often.")).isEmpty)
        #expect(ConditionFact.candidates(context("Gout mainly affects men, especially if they drink beer.")).isEmpty)
    }

    /// A relation keeps its condition only when the condition bounds it, and shows "it" only where the
    /// condition names what "it" stands for.
    @Test func aNarrowingConditionIsNotTheRelations() {
        let narrowing = lines(VerbRelation.candidates(context("It mainly affects older men, especially if they smoke.",
                                                              antecedent: "Gout")))
        #expect(narrowing.first == "basic: Who does gout affect? => older men")
        let other = lines(VerbRelation.candidates(context("If you drink a lot, it can damage the liver.", clause: 1, antecedent: "Gout")))
        #expect(other.first == "basic: If you drink a lot, what can gout damage? => the liver")
    }

    /// "one in 10" is one quantity; an infinitive after a fallback chunk is not part of its gap.
    @Test func aProportionIsHiddenWholeAndAPurposeStaysOutOfAGap() {
        #expect(lines(QuantityCloze.candidates(context("About one in 10 people will have a second stroke."))).first
            == "cloze: [...] people will have a second stroke. => About one in 10")
        #expect(lines(ClozeFallback.candidates(context("You may be given a blood test to check your salts.")))
            == ["cloze: You may be given a [...] to check your salts. => blood test"])
    }

    /// What something is effective in doing, asked with the sentence's own verb.
    @Test func whatSomethingIsEffectiveInDoing() {
        #expect(lines(EffectiveFor.candidates(context("Physiotherapy can be very effective in easing back pain.")))
            == ["basic: What can physiotherapy be very effective in easing? => back pain"])
        #expect(EffectiveFor.candidates(context("Physiotherapy can be very effective.")).isEmpty)
    }
}
