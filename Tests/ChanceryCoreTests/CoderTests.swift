import ChanceryCore
import Testing

@Suite struct CoderTests {
    @Test func activeMeetingWithDateAndLocation() {
        let e = events("Russian President Vladimir Putin met with Chinese President Xi Jinping in Beijing on Tuesday.")
        #expect(dyads(e) == ["RUS-CHN-04"])
        #expect(e.first?.date.value == "2026-02-03")
        #expect(e.first?.date.basis == .text)
        #expect(e.first?.location?.country == "CHN")
        #expect(e.first?.status == .asserted)
    }

    @Test func aPlannedReleaseIsIntentToRelease() {
        let e = events("Colombia's ELN rebels said on Monday they will release two Venezuelan soldiers.")
        #expect(e.map(\.code.cameo) == ["0353"])
        #expect(e.first?.status == .planned)
    }

    @Test func aRefusalStatedNowIsARejection() {
        let e = events("Turkey said on Monday it will not lift sanctions on Armenia.")
        #expect(e.map(\.code.cameo) == ["1244"])
        #expect(e.first?.status == .reported)
        #expect(events("Turkey may not lift sanctions on Armenia.").allSatisfy { $0.code.root.digits != "12" })
    }

    @Test func passiveVoiceSwapsSourceAndTarget() {
        let e = events("Ukrainian troops were attacked by Russian forces near Kharkiv.")
        #expect(dyads(e) == ["RUS-UKR-" + (e.first?.code.root.digits ?? "")])
        #expect(e.first?.code.quad == 4)
    }

    @Test func compoundActorsGiveOneEventPerPair() {
        let e = events(
            "Negotiations between Russia, Ukraine and the United States ended in Abu Dhabi on Wednesday and Thursday.")
        #expect(Set(dyads(e)) == ["RUS-UKR-04", "RUS-USA-04", "UKR-USA-04"])
        #expect(e.first?.date.value == "2026-02-04/2026-02-05")
    }

    @Test func reportedSpeechCarriesTheChain() {
        let e = events(
            "Bloomberg, citing anonymous sources, reported that French President Emmanuel Macron met Vladimir Putin.")
        #expect(dyads(e) == ["FRA-RUS-04"])
        #expect(e.first?.status == .reported)
        #expect(e.first?.attribution.map(\.text) == ["Bloomberg", "anonymous sources"])
        #expect(e.first?.attribution.first?.code == "USAMED")
    }

    @Test func negationIsMarked() {
        let e = events("German Chancellor Olaf Scholz did not meet Chinese President Xi Jinping.")
        #expect(e.first?.status == .negated)
    }

    @Test func futureIsPlanned() {
        let e = events("Indian Prime Minister Narendra Modi will visit Japan next week.")
        // An announced visit is CAMEO's intent to meet (036), status planned.
        #expect(dyads(e) == ["IND-JPN-03"])
        #expect(e.first?.code.cameo == "036")
        #expect(e.first?.status == .planned)
        #expect(e.first?.date.value == "2026-02-09/2026-02-15")
    }

    @Test func denialMakesTheEventDenied() {
        let e = events("Iran denied that it had attacked Israel.")
        #expect(e.contains { $0.source.country == "IRN" && $0.target?.country == "ISR" && $0.status == .denied })
    }

    @Test func declineToConfirmIs011AndTheEventUnconfirmed() {
        let e = events(
            "On Thursday, the Kremlin said it would neither confirm nor deny that Emmanuel Macron met with Vladimir Putin."
        )
        #expect(e.contains { $0.code.cameo == "011" && $0.source.country == "RUS" && $0.date.value == "2026-02-05" })
        #expect(e.contains { $0.code.root == .consult && $0.status == .unconfirmed })
    }

    @Test func sameCountryDyadsAreNotCoded() {
        #expect(events("French President Emmanuel Macron met French Foreign Minister Jean-Noël Barrot.").isEmpty)
    }

    @Test func demandsAreHypothetical() {
        let e = events("Britain said Russia must withdraw its troops from Ukraine.")
        // The withdrawal is only demanded; the demand itself is Britain's act.
        #expect(e.filter { $0.code.root != .demand }.allSatisfy { $0.status != .asserted })
        #expect(dyads(e).contains("GBR-RUS-10"))
    }

    @Test func noDateInTextFallsBackToTheArticle() {
        let e = events("Turkey condemned Sweden.")
        #expect(dyads(e) == ["TUR-SWE-11"])
        #expect(e.first?.date.basis == .article)
        #expect(e.first?.date.value == "2026-02-05")
        let undated = sharedPipeline.run(Document(id: "u", text: "Turkey condemned Sweden.")).events
        #expect(undated.first?.date.basis == .unknown)
        #expect(undated.first?.date.value == nil)
    }

    @Test func titleLearnedFromACaptionCodesTheSurname() {
        let text =
            " date 2026-02-05 Site\nHeadline\n\nFrench diplomatic adviser Emmanuel Bonne. EPA / TASS\n\nBonne met with Kremlin aide Yury Ushakov in Moscow on Tuesday.\n"
        let docs = readBytes(Array(text.utf8), name: "c.txt").0
        let e = sharedPipeline.run(docs[0]).events
        #expect(dyads(e) == ["FRA-RUS-04"])
        #expect(e.first?.source.actor == "Emmanuel Bonne")
        #expect(e.first?.target?.actor == "Yury Ushakov")
        #expect(e.first?.location?.name.contains("Moscow") == true)
    }

    @Test func theTwoLeadersStandForBothParties() {
        let e = events(
            "German Chancellor Olaf Scholz spoke with Polish President Andrzej Duda. The two leaders agreed to meet again.",
            date: "2023-05-04")
        #expect(
            e.contains {
                Set([$0.source.country, $0.target?.country ?? ""]) == ["DEU", "POL"]
                    && $0.code.root == .expressIntentToCooperate
            })
    }

    @Test func theLeadersStandForEveryoneOfTheLatestGroupAndTheTwoLeadersForTwo() {
        let e = events(
            "Macron spoke with Scholz and Meloni on Friday. The leaders urged Iran to release the detained aid workers.",
            date: "2023-05-04")
        #expect(Set(dyads(e).filter { $0.hasSuffix("IRN-02") }) == ["FRA-IRN-02", "DEU-IRN-02", "ITA-IRN-02"])
        let two = events(
            "Macron spoke with Scholz and Meloni on Friday. Later Scholz spoke with Biden. The two leaders urged Iran to act.",
            date: "2023-05-04")
        #expect(Set(dyads(two).filter { $0.hasSuffix("IRN-02") }) == ["DEU-IRN-02", "USA-IRN-02"])
    }

    @Test func anInfinitiveOfPurposeKeepsTheMainSubject() {
        let doc = Document(
            id: "w",
            text:
                "The President spoke separately today with Chancellor Merkel of Germany and President Hollande of France "
                + "to consult about the crisis in Ukraine.", date: Day(iso: "2014-06-20"),
            url: "https://www.whitehouse.gov/readout")
        let e = sharedPipeline.run(doc).events
        #expect(Set(dyads(e)) == ["USA-DEU-04", "USA-FRA-04"])
    }

    @Test func objectControlVerbsHandTheInfinitiveToTheirObject() {
        let e = events(
            "Macron sent his diplomatic adviser to meet Russian President Vladimir Putin in Moscow on Tuesday.")
        #expect(dyads(e).contains("FRA-RUS-04"))
    }

    @Test func aPronounOpeningASentenceIsThePreviousSubject() {
        let doc = Document(
            id: "g",
            text:
                "The Prime Minister spoke to President Erdogan of Turkey today. He underlined the UK's continued support for Turkey.",
            date: Day(iso: "2020-03-03"), url: "https://www.gov.uk/government/news/pm-call")
        let e = sharedPipeline.run(doc).events
        #expect(e.contains { $0.source.country == "GBR" && $0.target?.country == "TUR" && $0.code.cameo == "051" })
        #expect(!e.contains { $0.source.country == "TUR" && $0.code.root == .diplomaticCooperation })
    }

    @Test func aFrontedMeetingBelongsToTheClauseSubject() {
        let e = events(
            "Following a meeting with the Polish defense minister at the Pentagon, Hagel said NATO would be strengthened.",
            date: "2014-03-13")
        #expect(dyads(e).contains("USA-POL-04"))
    }

    @Test func theyStandsForPeopleNamedEarlierInTheSentence() {
        let e = events(
            "The summit between North Korean leader Kim Jong Un and U.S. President Donald Trump took place in June, where they signed an agreement.",
            date: "2018-08-13")
        #expect(
            e.contains {
                Set([$0.source.country, $0.target?.country ?? ""]) == ["PRK", "USA"]
                    && $0.code.root == .diplomaticCooperation
            })
    }

    @Test func theIssuerIsTheStateWhosePeopleGoUnnamed() {
        // No URL and no spelling clue: the UK is an actor here but none of its people is named.
        let text =
            "The Prime Minister spoke to the Egyptian President, Abdel Fattah al-Sisi, this evening on the situation in Sudan. "
            + "They agreed that the UK and Egypt would coordinate with other partners. "
            + "The Prime Minister also thanked President Sisi for the support given to the UK."
        let e = events(text, date: "2023-04-23")
        #expect(e.contains { $0.source.country == "GBR" && $0.target?.country == "EGY" && $0.code.root == .consult })
        #expect(e.contains { $0.source.country == "GBR" && $0.target?.country == "EGY" && $0.code.cameo == "051" })
    }

    @Test func aCountryAfterACityIsWhereNotWho() {
        let doc = Document(
            id: "w", text: "The President condemned the July 20 terrorist attack in Suruç, Turkey.",
            date: Day(iso: "2015-07-22"),
            url: "https://www.whitehouse.gov/the-press-office/readout")
        let e = sharedPipeline.run(doc).events
        #expect(e.count == 1)
        #expect(e.first?.source.country == "USA" && e.first?.code.root == .disapprove && e.first?.target == nil)
    }

    @Test func aDemandReachesIntoItsThatClause() {
        let e = events(
            "The United States on Thursday demanded that North Korea abandon its nuclear program.", date: "2003-01-10")
        #expect(dyads(e).contains("USA-PRK-10"))
    }

    @Test func sayingAnotherMustActIsADemand() {
        let e = events(
            "Russia said on Tuesday that Sudan must return a helicopter that was captured last week.",
            date: "2012-02-21")
        #expect(dyads(e) == ["RUS-SDN-10"])
        #expect(
            events("Russia said on Tuesday that the talks were useful.", date: "2012-02-21").allSatisfy {
                $0.code.root != .demand
            })
    }

    @Test func yieldingNeedsNoTarget() {
        let e = events("Georgian President Eduard Shevardnadze resigned on Sunday.", date: "2003-11-24")
        #expect(
            e.count == 1 && e.first?.source.country == "GEO" && e.first?.code.root == .yield && e.first?.target == nil)
    }

    @Test func aPassivePatientMaySitInsideTheSubjectPhrase() {
        let e = events(
            "A camp for Congolese refugees was attacked by Burundian militiamen on Friday.", date: "2004-08-14")
        #expect(dyads(e).contains("BDI-COD-18") || dyads(e).contains("BDI-COD-19"))
    }

    @Test func aCountrysProposalStandsForItsGovernment() {
        let e = events("Serbia on Thursday flatly rejected an Australian ultimatum.", date: "1999-06-10")
        #expect(dyads(e).contains("SRB-AUS-12"))
    }

    @Test func itAfterASpeechVerbIsTheSpeaker() {
        let e = events("Hungary has said it will support a U.N. Security Council resolution.", date: "1993-04-20")
        #expect(e.contains { $0.source.country == "HUN" && $0.target?.country == "IGOUN" && $0.status == .planned })
        #expect(events("The report said it was raining in Hungary.", date: "1993-04-20").isEmpty)
    }

    @Test func givingAGrantIsAid() {
        let e = events(
            "Finland will give Tanzania a grant of 580 million shillings over the next three years.", date: "1995-03-01"
        )
        #expect(
            e.contains {
                $0.source.country == "FIN" && $0.target?.country == "TZA"
                    && [.expressIntentToCooperate, .provideAid].contains($0.code.root)
            })
    }

    @Test func forceWithoutANamedTargetStrikesThePlacesCountry() {
        let e = events("Russian tanks shelled positions in Kharkiv on Monday.", date: "2022-03-08")
        #expect(e.contains { $0.source.country == "RUS" && $0.target?.country == "UKR" && $0.code.root == .fight })
        #expect(events("Russian tanks shelled positions near Moscow on Monday.", date: "2022-03-08").isEmpty)
    }

    @Test func aTopicDiscussedIsNotAPartner() {
        let e = events("Putin spoke with Erdogan on Monday. They also discussed Syria.", date: "2019-09-16")
        #expect(!e.contains { $0.target?.country == "SYR" })
        #expect(e.contains { Set([$0.source.country, $0.target?.country ?? ""]) == ["RUS", "TUR"] })
    }

    @Test func anInfinitiveAfterAnOwnedNounBelongsToTheOwner() {
        let e = events(
            "Mattis commended Mexico's willingness to host the conference of Central American defense ministers.",
            date: "2017-02-08")
        #expect(!e.contains { $0.source.country == "USA" && $0.code.cameo == "043" })
        #expect(
            events("Austin said the aid enhanced that country's ability to fight Russia.", date: "2023-04-21")
                .allSatisfy { $0.code.root != .fight })
    }

    @Test func mixedCaseAcronymsNeedCapitals() {
        #expect(
            events("Let me start by welcoming President Poroshenko to Brussels.", date: "2014-08-30").allSatisfy {
                $0.source.country != "PAK"
            })
    }

    @Test func aHyphenatedWordCountsOnceInAGap() {
        let e = events("Hagel announced the U.S. will provide more non-lethal assistance to Kyiv.", date: "2014-04-17")
        #expect(
            e.contains {
                $0.source.country == "USA" && $0.target?.country == "UKR"
                    && [.expressIntentToCooperate, .provideAid].contains($0.code.root)
            })
    }

    @Test func aTranscriptSpeakerIsI() {
        let text = "SECRETARY LAVROV: Good afternoon. I met Foreign Minister Wang Yi of China in Beijing on Monday."
        let e = events(text, date: "2022-03-30")
        #expect(e.contains { $0.source.country == "RUS" && $0.target?.country == "CHN" && $0.code.root == .consult })
        #expect(
            events("I met Foreign Minister Wang Yi of China in Beijing on Monday.", date: "2022-03-30").allSatisfy {
                $0.source.country != "RUS"
            })
    }

    @Test func alongWithMeansEveryoneMetEveryone() {
        let e = events(
            "German Chancellor Olaf Scholz met French President Emmanuel Macron in Kyiv, along with Italian Prime Minister Mario Draghi.",
            date: "2022-06-16")
        let pairs = Set(
            e.filter { $0.code.root == .consult }.map { Set([$0.source.country, $0.target?.country ?? ""]) })
        #expect(pairs == [["DEU", "FRA"], ["DEU", "ITA"], ["FRA", "ITA"]])
    }

    @Test func anHonorificIsNotAFirstName() {
        let e = events(
            "EU foreign policy chief Catherine Ashton arrived in Kyiv. Lady Ashton met Ukrainian Prime Minister Arseniy Yatsenyuk on Tuesday.",
            date: "2014-02-25")
        #expect(e.contains { $0.source.country == "IGOEU" && $0.target?.country == "UKR" })
    }

    @Test func theSubjectStandsBeforeAnApposition() {
        let e = events(
            "Pakistan, a key U.S. ally in the region, has refused to send troops to Iraq.", date: "2003-07-14")
        #expect(e.allSatisfy { $0.source.country != "USA" })
        #expect(e.contains { $0.source.country == "PAK" && $0.code.root == .reject })
    }

    @Test func twoSidesAgreeWithEachOther() {
        let e = events("The Turkish and Greek sides agreed to share information on Friday.", date: "1997-05-02")
        #expect(e.contains { Set([$0.source.country, $0.target?.country ?? ""]) == ["TUR", "GRC"] })
    }

    @Test func amountsDoNotCountInAGap() {
        let e = events(
            "The European Community on Monday gave the Ivory Coast 5.1 million dollars of aid for farming projects.",
            date: "1990-05-14")
        #expect(
            e.contains { $0.source.country == "IGOEU" && $0.target?.country == "CIV" && $0.code.root == .provideAid })
    }

    @Test func aThreatenedActIsAThreat() {
        let e = events("Iran today threatened to launch a new military offensive against Iraq.", date: "1987-01-05")
        #expect(e.allSatisfy { $0.code.root != .fight })
        #expect(e.contains { $0.source.country == "IRN" && $0.target?.country == "IRQ" && $0.code.root == .threaten })
    }

    @Test func aCoordinatedVerbSharesTheFirstSubject() {
        let e = events(
            "Afghan rebels have kidnapped Russian officials and attacked Pakistani troops.", date: "1988-03-02")
        #expect(dyads(e).contains("AFG-PAK-18") || dyads(e).contains("AFG-PAK-19"))
        #expect(!e.contains { $0.source.country == "RUS" })
    }

    @Test func aTitleWithASurnameReachesAnEarlierOfficeHolder() {
        // Reagan left office in 1989: alone his surname is too weak a cue in 2000, with "President" it is not.
        let e = events("President Reagan warned Libya against new attacks.", date: "2000-01-01")
        #expect(e.contains { $0.source.country == "USA" && $0.target?.country == "LBY" })
    }

    @Test func aSubjectlessVerbAfterButBelongsToTheSentenceSubject() {
        let e = events(
            "Kenya reopened its border to traders from Uganda on Monday, but was still refusing entry to Somalis.",
            date: "1992-03-04")
        #expect(dyads(e).contains("KEN-SOM-12"))
        #expect(!e.contains { $0.source.country == "UGA" })
    }

    @Test func theReporterAfterACommaIsNotTheObject() {
        let e = events(
            "Iran and Iraq have agreed to exchange prisoners next month, a UN spokesman said.", date: "1990-08-20")
        #expect(!e.contains { $0.target?.country == "IGOUN" })
        #expect(e.contains { Set([$0.source.country, $0.target?.country ?? ""]) == ["IRN", "IRQ"] })
    }

    @Test func anObligationAfterAPartyTheLexiconLacksIsStillADemand() {
        let e = events(
            "The French foreign minister said that the Malian government and the armed groups in the north must return to talks.",
            date: "2014-05-20")
        #expect(dyads(e).contains("FRA-MLI-10"))
    }

    @Test func whatADemandAsksForIsNotAnEvent() {
        let e = events("China demanded that Japan stop selling weapons to Taiwan.", date: "1998-03-02")
        #expect(dyads(e) == ["CHN-JPN-10"])
        let chained = events(
            "Egypt urged the Arab League to refuse to recognize the new government of Chad.", date: "1995-03-02")
        #expect(!chained.contains { $0.target?.country == "TCD" })
    }

    @Test func membersOfACollectiveActForIt() {
        let e = events(
            "A delegation of Chinese officials held talks with Kenyan President William Ruto.", date: "2024-04-02")
        #expect(dyads(e).contains("CHN-KEN-04"))
    }

    @Test func aPlaceAfterInTheIsWhereNotWho() {
        let e = events(
            "Turkish and Greek warships held joint exercises in the Mediterranean on Monday.", date: "2001-06-04")
        #expect(dyads(e) == ["TUR-GRC-06"])
    }

    @Test func aWithdrawalFromAPlaceYieldsItToItsCountry() {
        let e = events(
            "Syria completed the withdrawal of its troops from the Bekaa valley in Lebanon on Tuesday.",
            date: "2005-04-27")
        #expect(e.contains { $0.source.country == "SYR" && $0.target?.country == "LBN" && $0.code.root == .yield })
    }

    @Test func theSecondHalfOfAHyphenatedCompoundIsNoVerb() {
        let e = events("Turkey launched its long-threatened offensive against Syria on Wednesday.", date: "2019-10-10")
        #expect(!e.contains { $0.code.root == .threaten })
    }

    @Test func reportersNamedWithAnAcronymOrInPairsAreNotObjects() {
        let e = events(
            "Security forces in Zimbabwe have tortured Malawian refugees, Amnesty International (AI) said on Friday.",
            date: "2008-05-23")
        #expect(dyads(e) == ["ZWE-MWI-18"])
        let pair = events(
            "Security forces in Zimbabwe have tortured Malawian refugees, Egyptian officials and British diplomats said.",
            date: "2008-05-23")
        #expect(dyads(pair) == ["ZWE-MWI-18"])
    }

    @Test func whatIsRejectedIsNotDone() {
        let e = events("Damascus rejected a UN appeal for sending troops to Lebanon.", date: "1996-04-18")
        #expect(dyads(e).contains("SYR-IGOUN-12"))
        #expect(!e.contains { $0.source.country == "IGOUN" })
    }

    @Test func aKoreanLeaderIsLaterNamedByFamilyName() {
        let e = events(
            "North Korean envoy Kim Sung-nam arrived in Moscow on Monday. Kim and Russian Foreign Minister Sergei Lavrov held talks.",
            date: "2024-12-15")
        #expect(
            e.filter { $0.sentence == 1 }.contains {
                Set([$0.source.country, $0.target?.country ?? ""]) == ["PRK", "RUS"]
            })
    }

    @Test func aRelativeClauseHappensAtItsAntecedentsTime() {
        let e = events(
            "The talks culminated in a summit between Iran and Iraq in June, where they signed a border agreement.",
            date: "1990-08-20")
        #expect(e.contains { $0.code.root == .diplomaticCooperation && $0.date.value == "1990-06" })
    }

    @Test func anInitiativeToActIsPlanned() {
        let e = events("The ministers welcomed Egypt's initiative to host talks with Israel.", date: "1990-08-20")
        #expect(e.filter { $0.source.country == "EGY" }.allSatisfy { $0.status == .planned })
        #expect(e.contains { $0.source.country == "EGY" })
    }

    @Test func plansInsideAPatternsGapMakeItsActPlanned() {
        let e = events("Canada announced plans to impose sanctions on Nicaragua.", date: "2024-05-02")
        #expect(e.map { "\($0.code.root.digits)-\($0.status)" } == ["13-planned"])
        let done = events("Canada announced sanctions on Nicaragua.", date: "2024-05-02")
        #expect(done.map { "\($0.code.root.digits)-\($0.status)" } == ["16-asserted"])
    }

    @Test func aSubjectAfterAnOpeningAdverbialIsThePronounsAntecedent() {
        let e = events(
            "During a call on Monday, Secretary of State John Kerry urged Foreign Minister Sergey Lavrov to act. He also criticized Iran.",
            date: "2014-07-27")
        #expect(e.filter { $0.sentence == 1 }.map { $0.source.country } == ["USA"])
    }

    @Test func anObjectKnownByItsCountrysAdjectiveIsTheTarget() {
        let e = events("Syria rejected new Turkish proposals on water sharing.", date: "1998-10-02")
        #expect(dyads(e) == ["SYR-TUR-12"])
    }

    @Test func anAnnouncedWithdrawalOfPeacekeepersIsAThreat() {
        let e = events(
            "Ghana announced that it will withdraw its peacekeeping troops from Liberia.", date: "1990-11-02")
        #expect(dyads(e) == ["GHA-LBR-13"])
        #expect(e.first?.status == .planned)
    }

    @Test func aSuspensionOfLinksWithACountryReducesRelations() {
        let e = events("Greece announced a suspension of air links with Albania on Monday.", date: "1994-08-22")
        #expect(dyads(e) == ["GRC-ALB-16"])
    }

    @Test func aModalInsideANameIsNotAModal() {
        let e = events(
            "Prime Minister Theresa May spoke with French President Emmanuel Macron on Monday.", date: "2018-06-06")
        #expect(e.first?.status == .asserted)
        #expect(e.first?.code.root == .consult)
    }

    @Test func anUnqualifiedRoyalTitleIsTheOneTheTextNamed() {
        let text = """
            PM call with King Abdullah of Jordan

            Prime Minister Boris Johnson spoke with King Abdullah II of Jordan today. The Prime Minister and the King condemned the attack on Israel.
            """
        let e = events(text, date: "2020-03-03")
        #expect(e.filter { $0.code.root == .disapprove }.map(\.source.country).sorted() == ["GBR", "JOR"])
        // They condemned the attack; they did not make it.
        #expect(!e.contains { $0.code.root == .fight || $0.code.root == .assault })
    }

    @Test func aStatementHeadlinePutsTheTextInItsSpeakersVoice() {
        let text = """
            Statement by Secretary-General Jens Stoltenberg after his meeting with President Zelensky

            Good afternoon. I met President Volodymyr Zelensky of Ukraine in Kyiv today.
            """
        let e = events(text, date: "2023-04-20")
        #expect(
            e.contains {
                $0.sentence >= 0 && $0.source.country == "IGONATO" && $0.target?.country == "UKR"
                    && $0.code.root == .consult
            })
    }

    @Test func aNominativePronounAfterACommaIsNoObject() {
        let e = events(
            "U.S. and British aircraft struck Houthi targets in Yemen. While U.S. and British aircraft hit the depots, they were supported by allies.",
            date: "2024-02-03")
        #expect(!e.contains { Set([$0.source.country, $0.target?.country ?? ""]) == ["USA", "GBR"] })
    }

    @Test func aDeedNounNamesItsAuthorOnlyThroughASupportVerb() {
        let hypothetical = events(
            "Secretary of State Antony Blinken said that an armed attack on Philippine forces would invoke the treaty.",
            date: "2023-02-22")
        #expect(!hypothetical.contains { $0.code.root == .fight || $0.code.root == .assault })
        let launched = events("Turkey launched a new offensive against Kurdish militias in Syria.", date: "2019-10-10")
        #expect(launched.contains { $0.source.country == "TUR" && $0.code.root == .fight })
    }

    @Test func aDemonymBeforeADeedNounIsItsAuthor() {
        let e = events("Russian airstrikes on Ukraine intensified overnight.", date: "2023-03-10")
        #expect(dyads(e).contains("RUS-UKR-19"))
    }

    @Test func aParticipleAfterACommaSharesTheMainSubjectAndObject() {
        let e = events(
            "German Chancellor Olaf Scholz spoke with Russian President Vladimir Putin, calling for a ceasefire.",
            date: "2022-05-13")
        #expect(dyads(e).contains("DEU-RUS-02"))
    }

    @Test func condolencesGoToThePeopleWhoSuffered() {
        let e = events(
            "German Chancellor Angela Merkel expressed her condolences for the loss of Egyptian lives in the crash.",
            date: "2016-05-20")
        #expect(e.contains { $0.code.cameo == "018" && $0.target?.country == "EGY" })
    }

    @Test func anObjectIsNotLookedForPastAClauseEnd() {
        let e = events(
            "Syrian rebels have sworn to fight until they control the villages near the border with Iraq.",
            date: "1996-05-20")
        #expect(!e.contains { $0.target?.country == "IRQ" })
        #expect(!e.contains { $0.target == nil && $0.code.root == .threaten })
    }

    @Test func aFailedActIsNegated() {
        let e = events("Ethiopia and Eritrea failed to sign an agreement on Sunday.", date: "1999-05-20")
        #expect(!e.isEmpty)
        #expect(e.allSatisfy { $0.status == .negated })
    }

    @Test func anInfinitiveOfSayingReportsNothing() {
        let e = events(
            "Since Egypt and Israel met in Cairo, it is fair to say that progress has been slow.", date: "1995-05-20")
        #expect(e.contains { $0.code.root == .consult && $0.status == .asserted })
    }

    @Test func aFrontedPhraseIsThePublishersNarration() {
        let e = events(
            "Following a meeting with the Polish defense minister, Hagel said the alliance was ready.",
            date: "2014-04-17")
        #expect(e.contains { $0.code.root == .consult && $0.status == .asserted && $0.attribution.isEmpty })
    }

    @Test func aDateInsideTheObjectOrThePreviousClauseIsNotTheActs() {
        let e = events(
            "Prime Minister Boris Johnson expressed his condolences for the loss of Turkish life in Syria last week and underlined the UK's support for Turkey.",
            date: "2020-03-03")
        #expect(!e.isEmpty)
        #expect(e.allSatisfy { $0.date.value == "2020-03-03" })
        let condemned = events("President Barack Obama condemned the July 20 bombing in Turkey.", date: "2015-07-22")
        #expect(condemned.contains { $0.code.root == .disapprove && $0.date.value == "2015-07-22" })
        #expect(!condemned.contains { $0.code.root == .fight || $0.code.root == .assault })  // Obama condemned it; he did not bomb
    }

    @Test func aidToPeopleOfAPlaceGoesToItsCountry() {
        let e = events(
            "Japan will provide emergency food aid to refugees fleeing the fighting in Sudan.", date: "2023-05-02")
        #expect(e.contains { $0.source.country == "JPN" && $0.target?.country == "SDN" })
    }

    @Test func aHyphenJoinsTwoCountriesAsACommaDoes() {
        let e = events(
            "Secretary of State Antony Blinken praised the U.S.-India partnership on Monday.", date: "2023-03-06")
        #expect(dyads(e) == ["USA-IND-05"])
    }

    @Test func releasingSomethingOtherThanPeopleIsNoRelease() {
        let e = events("The Indian government released a list of 789 approved projects.", date: "2009-06-05")
        #expect(e.isEmpty)
    }

    @Test func aCurrencyIsNotAnActor() {
        let e = events("Air India has signed a deal with Airbus for a further US$7 billion.", date: "2009-06-05")
        #expect(!e.contains { $0.target?.country == "USA" })
    }

    @Test func aVerbInARelativeClauseReportsNothingAboutTheMainClause() {
        let e = events(
            "President Barack Obama condemned Syria over the attack, for which the rebels have claimed responsibility.",
            date: "2013-08-22")
        #expect(e.contains { $0.code.root == .disapprove && $0.status == .asserted && $0.attribution.isEmpty })
    }
}
