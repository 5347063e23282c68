using Sitrep.Core.Documents;

namespace Sitrep.Core.Events;

/// <summary>The sentence reader's frame of one trigger: the gates that keep or drop it, its actor and target, then the event it makes.</summary>
internal sealed partial class SentenceReader
{
    private void Frame(Trigger trigger, int first, int last, List<Draft> into)
    {
        EventPhaseClock.Enter(EventPhaseClock.Phase.Gates);
        bool open = FrameGates(ref trigger, first, last, into, out var clause);
        EventPhaseClock.Exit();
        EventPhaseClock.Enter(EventPhaseClock.Phase.Roles);
        if (open) FrameRoles(trigger, first, last, into, clause);
        EventPhaseClock.Exit();
    }

    /// <summary>The gates a trigger meets before its roles are read, and the clause they settle; false when one drops it.</summary>
    /// <remarks>(<see cref="Frame"/> is cut in three: one method of a thousand lines had more locals than the JIT inlines
    /// into, so its small helpers, <c>Word</c>, the trigger's properties, string comparisons, were called, not inlined.)</remarks>
    private bool FrameGates(ref Trigger trigger, int first, int last, List<Draft> into, out FrameClause clause)
    {
        clause = default;
        if (trigger.Is(TriggerFlags.Negates) && !DeniedPart(first, last)) return false;
        // "- Deployments: On 17 June the Pentagon announced ...", "Arrests: ...": a word that heads a digest's item, with a
        // colon after it, labels what the item tells (as a noun, though "Arrests" reads as a verb); the item's words tell the act.
        if (Word(last + 1) == ":" && (first == _first || (first == _first + 1 && Word(_first) is "-" or "•" or "*"))) return false;
        // "X called the strike a terrorist attack", "described the raids as an assault on sovereignty": a noun of
        // attack given as the name of an act already told is the speaker's accusation, no second attack.
        // ("a \"terrorist attack\"": a quote may leave the word read as a verb.)
        if (trigger.Type == "ASSAULT" && NamesObject(first, trigger.IsVerb))
            trigger = trigger with { Type = "ACCUSE", Mode = null, Flags = TriggerFlags.Speech | TriggerFlags.Label };
        // "the Zionist-American aggression on its positions", "the American aggression on the bases of the Hashd": the noun of
        // aggression aimed at military sites, with no verb of naming or copula before it, tells the strike itself.
        else if (trigger.Type == "ACCUSE" && trigger.Is(TriggerFlags.Label) && !trigger.IsVerb && trigger.Lemma == "aggression" && AggressionOnSites(first, last))
            trigger = trigger with { Type = "ASSAULT", Mode = null, Flags = TriggerFlags.None };
        // "fired missiles at the base in retaliation for the killing of X", "in revenge for": the reprisal after "in" links the act
        // of the clause to the act it answers; it is no act of its own (the act answered, after "for", is framed by its own word).
        if (trigger.Type == "ASSAULT" && !trigger.IsVerb && first == last && AnswerIn(first) >= 0 && AnswerLink(last + 1)) return false;
        int clauseStart = ClauseStart(first), clauseEnd = ClauseEnd(last);
        // "arrested two men accused of planting the explosive devices", "detained a man suspected of firing rockets at the airport
        // on Sunday": the act laid on those held is theirs, not the subject's; with no time of its own it is only the charge.
        // "arrested 23 wanted in cases of murder, terrorism and drugs": a noun of attack among the crimes one is wanted or held
        // for (cue class crime-case, up to five words before it) is the charge, no act ("sentenced for the killing of X in July
        // 2020", dated in its own words, is told).
        if (trigger.Type == "ASSAULT" && !trigger.IsVerb && _cues.Last("crime-case", Math.Max(_first, first - 6), first - 1) is { Last: var charged }
            && !WordBetween(charged + 1, first - 1, ";") && !TimeIn(charged + 1, Math.Min(_end - 1, last + 6))) return false;
        // (An act with a target of its own, "accused of throwing stones at the soldiers", is kept.)
        bool alleged = trigger.Type == "ASSAULT" && Alleged(first, clauseStart), charge = alleged && !TimeIn(last + 1, clauseEnd);
        // "Khazali said the factions would resume attacks if Washington did not set a date", "warned that its fighters will strike
        // US bases unless ...", "said Washington would impose sanctions if ...": an attack or a sanction promised under
        // a condition, told by a speaker, is only the speaker's threat (ONTOLOGY.md: a conditional vow is only the THREATEN).
        if (trigger.Type is "ASSAULT" or "SANCTION" && _cues.Last("future", Math.Max(clauseStart, first - 3), first - 1) is { Cue.Value: "modal" }
            && _cues.First("future", last + 1, Math.Min(clauseEnd, last + 8)) is var cond && cond >= 0
            && _cues.ValueAt(cond, "future", out _) == "condition" && (Speaker(first) is not null || SaidAfter(cond) || SaidBefore(first)))
            trigger = trigger with { Type = "THREATEN", Mode = null, Flags = TriggerFlags.Vow };
        // "If Washington strikes Iran, the factions would target American bases, a Nujaba commander said", "Should the occupiers
        // stay, the resistance will strike their bases, the statement warned": so is one whose condition opens the sentence,
        // before a comma, told by a speaker before it or after it.
        else if (trigger.Type is "ASSAULT" or "SANCTION" && _cues.Last("future", Math.Max(clauseStart, first - 3), first - 1) is { Cue.Value: "modal" }
            && OpeningCondition(first) is var opened && opened >= 0 && opened < first && WordBetween(opened + 1, first - 1, ",")
            && (Speaker(first) is not null || SaidAfter(last) || SaidBefore(first)))
            trigger = trigger with { Type = "THREATEN", Mode = null, Flags = TriggerFlags.Vow };
        // "Since the assassination of X, ...": an act named to date another reaches only to the comma.
        // "in retaliation for a rocket attack that killed ...": the act answered is another, earlier one.
        int antecedent = Antecedent(first);
        bool anchor = Introducer(antecedent, out int introAt) is "since" or "after" or "following" or "before" or "until"
            || AnswerLink(introAt);
        // "The attack came five days after Iran fired a dozen ballistic missiles at the base": the weapons a verb fires over a
        // count are its act, an anchor as it is (not the main act the noun before "came" retells).
        if (!anchor && !trigger.IsVerb && FiringVerb(first) is var fired && fired >= 0)
            anchor = Introducer(Antecedent(fired), out introAt) is "since" or "after" or "following" or "before" or "until";
        // "fired missiles at the base in retaliation for the killing of X": the act answered has none of the answer's words
        // before the link (its subject, its weapon).
        if (introAt > clauseStart && AnswerLink(introAt)) clauseStart = introAt + 1;
        if (anchor)
            for (int t = last + 1; t <= clauseEnd; t++)
                if (Word(t) == ",") { clauseEnd = t - 1; break; }
        // "The attack came two days before the Pope's visit to Baghdad and Najaf": an act told as the subject of
        // "came" or "happened" with a time after it is retold to be dated; the names after it are not its parties.
        // "The US strikes came in response to a drone attack on Tower 22", 'the raids were "in direct retaliation" for the
        // bombing of ...': so is one told as the subject of an answer; the names after the link are the act answered's.
        bool answering = !trigger.IsVerb && (WordIs(last + 1, WordClass.OccurVerb) || Word(last + 1) is "was" or "were") && AnswerAfter(last + 2);
        // "His killing triggered protests in several provinces", "the strike sparked outrage": an act named as the subject of a
        // verb of what it brought about (cue class outcome-verb) is named again; the names after the verb are none of its parties.
        bool outcome = !trigger.IsVerb && EventLexicon.IsMaterial(trigger.Type) && OutcomeAfter(last + 1);
        bool dated = !trigger.IsVerb && WordIs(last + 1, WordClass.OccurVerb) && TimeLinkAfter(last + 2) || answering || outcome;
        if (dated) clauseEnd = last;
        // "fired rockets at the base in retaliation for the killing of its commander in Baghdad": the act answered has
        // its own parties, place and weapon.
        // "struck three sites on Wednesday after a missile attack on Ain al-Asad", "four days after militants fired
        // missiles at the base": so has an act told after "after", "following" or "before".
        if (EventLexicon.IsMaterial(trigger.Type))
            for (int t = last + 1; t <= clauseEnd; t++)
            {
                if (t >= last + 3 && AnswerNoun(t) is var noun && noun >= 0) { clauseEnd = AnswerIn(noun) is var opens && opens >= 0 ? opens - 1 : noun - 1; break; }
                if (Word(t) is "after" or "following" or "before" && ActWithin(t + 1, Math.Min(clauseEnd, t + 4))) { clauseEnd = t - 1; break; }
                // "struck a vehicle carrying militants who had just fired a missile at the base", "arrested three men who fired
                // rockets at the airport": an act told in a relative clause on the people named after this one is theirs, with
                // its own weapon, target and place.
                if (t >= last + 2 && Word(t) == "who" && ActWithin(t + 1, Math.Min(clauseEnd, t + 4))) { clauseEnd = t - 1; break; }
            }
        // "a roadside bomb hit a convoy ..., burning one truck", "struck the depot, destroying two launchers": an ambiguous
        // verb of harm in -ing after a comma tells what the attack told before it did, no act of its own.
        // "Security forces found the launch vehicle burning near the border": an -ing verb of harm after the object of a verb of
        // finding or seeing (cue class finding) is the state found, no act.
        // ("Witnesses saw militants firing rockets": a verb that is no weak one of harm is the act seen.)
        if (trigger.Type == "ASSAULT" && trigger.IsVerb && trigger.Is(TriggerFlags.Weak) && (trigger.Form & WordForm.Ing) != 0 && Word(first - 1) != ","
            && _cues.Last("finding", Math.Max(_first, first - 5), first - 3) is { Last: var found } && !WordBetween(found + 1, first - 1, ",")
            // ("The zone saw a day of fighting": the -ing word after "of" is the noun seen.)
            && Word(found + 1) is "the" or "a" or "an" or "its" or "their" or "his" or "her" && Word(first - 1) != "of")
            return false;
        // ("projectiles landed in Dora, setting fire to cars": so does a verb of cue class consequence.)
        if (trigger.Type == "ASSAULT" && trigger.IsVerb && (trigger.Is(TriggerFlags.Weak) || _cues.At(first, "consequence") >= 0) && !trigger.Is(TriggerFlags.Toll)
            && (trigger.Form & WordForm.Ing) != 0 && Word(first - 1) == "," && AttackBefore(first)) return false;
        // "the units will be pulled out within weeks, leaving police to hold the town", "withdrew from the base, handing it
        // to the army": a withdrawal in -ing after a comma tells what the withdrawal told before it leaves behind, no act of its own.
        if (trigger.Type == "RETREAT" && trigger.IsVerb && (trigger.Form & WordForm.Ing) != 0 && Word(first - 1) == ","
            && RetreatVerbBefore(first - 1)) return false;
        // "accused the ministry of leaving the orchards to a handful of conscripts", "accused Baghdad of abandoning the villages":
        // a leaving someone is accused of is a charge of neglect, no forces withdrawn.
        if (trigger.Type == "RETREAT" && trigger.IsVerb && (trigger.Form & WordForm.Ing) != 0 && Word(first - 1) == "of"
            && AccusedBefore(first - 1, clauseStart)) return false;
        // "two helicopters crashed in Duhok, killing nine", "were killed in a plane crash": the toll of an accident is no attack.
        if (trigger.Type == "ASSAULT" && trigger.Is(TriggerFlags.Toll) && Accident(first, last)) return false;
        // "accused the premier of complicity in the killing of al-Muhandis", "blamed the militia for a role in the murder of
        // the activist": a killing named only as what someone is accused of having had a part in is the accusation's
        // content, no killing told here.
        if (trigger.Type == "ASSAULT" && !trigger.IsVerb && KillingNoun(first)
            && _cues.Last("involvement", Math.Max(clauseStart, first - 4), first - 1) is { } share && AccusedBefore(share.First, clauseStart)) return false;
        // "The United States sanctioned six members of Kataib Hezbollah for their role in attacks on US forces": attacks named as the
        // reason for a sanction told before them are what the sanctioned are held to have had a part in, no attack told here (one with
        // its own date is: "for their role in the 2 February attack on ...").
        if (trigger.Type == "ASSAULT" && !trigger.IsVerb && _cues.Last("involvement", Math.Max(_first, first - 4), first - 1) is not null
            && SanctionBefore(first) && !TimeIn(first - 4, Math.Min(_end - 1, last + 8))) return false;
        // "the army launched a sweep of the valley", "troops conducted a wide search operation": an ambiguous verb of attack that is
        // a light verb (cue class light) with the noun of another act as its object is that act's verb, no attack of its own.
        if (trigger.Type == "ASSAULT" && trigger.IsVerb && trigger.Is(TriggerFlags.Weak) && _cues.At(first, "light") >= 0
            && ObjectAct(last) is { } other && other != "ASSAULT") return false;
        // "Police launched an investigation into the rocket fire", "the ministry launched a website": a verb of launching whose
        // object is no weapon or attack (cue class launched-thing) starts that thing, no attack of its own.
        if (trigger.Type == "ASSAULT" && trigger.IsVerb && trigger.Is(TriggerFlags.Weak) && trigger.Lemma == "launch"
            && _cues.First("launched-thing", last + 1, Math.Min(clauseEnd, last + 3)) is var launched && launched >= 0
            && !_cues.Any("mode", last + 1, launched)) return false;
        // "the embassy's counter-rocket defences opened fire", "air defence systems fired at the drones": the fire of
        // a defence against what comes in is no attack of its own.
        // (A drone they bring down is still the attack told: "air defences downed a drone".)
        if (trigger.Type == "ASSAULT" && WordIs(first, WordClass.FireWord)
            && DefenceBefore(first)) return false;
        // "promised more operations against US troops": a promise threatens only with the attack it promises.
        if (trigger.Is(TriggerFlags.OfAttack) && !AttackPromised(last, clauseEnd)) return false;
        // "told the security forces not to use live fire", "ordered his men not to open fire", "decided not to strike": an act
        // after "not to" is an order, a pledge or a choice about it, no happening and no denial of one.
        if (EventLexicon.IsMaterial(trigger.Type) && trigger.IsVerb && NotToBefore(first)) return false;
        // "rejected any suggestion that it had a hand in the strike", "rejected accusations that ...": a refusal of what
        // is said of the speaker is a denial, which negates the act it names; there is no refusal of its own.
        if (trigger.Type == "REJECT" && trigger.IsVerb && _cues.First("denial", first, Math.Min(_end - 1, last + 3)) == first) return false;
        // "which Ankara calls Operation Claw-Lock", "what Washington calls deterrence": "calls" right after a name is its
        // verb of naming, no phone call.
        if (trigger.Type == "CONSULT" && !trigger.IsVerb && Word(first) is "call" or "calls" && first - 1 >= _first && _index.Actor[first - 1] >= 0)
            return false;
        // "riot police fired tear gas to reopen the road", "security forces reopened the bridge after clearing a barricade": a way
        // opened by force against the crowd that blocked it is no concession.
        if (trigger.Type == "CONCEDE" && trigger.Lemma == "reopen"
            && (_hits.Exists(h => h.Trigger.Is(TriggerFlags.OnCrowd)) || _cues.Any("blockade", _first, _end - 1))) return false;
        // "summoned the ambassador to protest the shelling": a diplomatic protest is the complaint already told, no demonstration.
        if (trigger.Type == "PROTEST" && trigger.IsVerb && Word(first - 1) == "to" && ComplaintBefore(first, clauseStart)) return false;
        bool reduced = false;
        bool passive = trigger.IsVerb && (trigger.Form & WordForm.Participle) != 0 && Passive(first, last, out reduced);
        // "security forces seized three suspects in a raid", "the militants seized in the operation": people seized are arrested.
        if (trigger.Type == "COERCE" && trigger.Mode == "seize" && trigger.IsVerb && !reduced
            && (passive ? _cues.At(first - 2, "detainee") >= 0 || _cues.At(first - 3, "detainee") >= 0 : _cues.StartsWithin("detainee", last + 1, Math.Min(clauseEnd, last + 3)) && !ArmsStoreWithArms(last)))
            trigger = trigger with { Mode = "arrest" };
        // "Masked men seized the activist from his car", "gunmen snatched a journalist": a person taken by gunmen is abducted, an
        // assault (cue class abductor: who takes people by force outside the law).
        // So is one "seized by armed men", and "two shepherds" taken by gunmen (the people counted, cue class victims).
        else if (trigger.Type == "COERCE" && trigger.Mode == "seize" && trigger.IsVerb
            && (passive
                ? (_cues.Any("person", Math.Max(clauseStart, first - 4), first - 1) || _cues.Any("victims", Math.Max(clauseStart, first - 4), first - 1))
                  && Word(last + 1) == "by" && _cues.StartsWithin("abductor", last + 2, Math.Min(clauseEnd, last + 3))
                : (_cues.StartsWithin("person", last + 1, Math.Min(clauseEnd, last + 3)) || _cues.StartsWithin("victims", last + 1, Math.Min(clauseEnd, last + 3)))
                  && _cues.Any("abductor", Math.Max(clauseStart, first - 4), first - 1)))
            trigger = trigger with { Type = "ASSAULT", Mode = "unspecified" };
        // "the force destroyed a terrorist hideout that contained two explosive belts", "troops blew up a cache holding mortar
        // rounds": a store of arms destroyed by those who found it is a seizure of its arms, no bombing of the finders.
        // ("carried out an airborne operation, which resulted in killing four terrorists and destroying a hideout containing
        // weapons": what an act told before resulted in is that act's outcome, no act of its own.)
        if (trigger.Type == "ASSAULT" && trigger.IsVerb && trigger.Lemma is "destroy" or "blow up" && (trigger.Form & WordForm.Ing) != 0
            && _cues.Last("result-of", Math.Max(clauseStart, first - 10), first - 1) is { } result && !WordBetween(result.Last + 1, first - 1, ";"))
            return false;
        if (trigger.Type == "ASSAULT" && trigger.IsVerb && !passive && trigger.Lemma is "destroy" or "blow up" && ArmsStoreWithArms(last))
            trigger = trigger with { Type = "COERCE", Mode = "seize", Flags = trigger.Flags & ~TriggerFlags.Weak };
        // "The crossing has been closed to traffic since 2014", "fighters have been deployed along the border since 2017", "the
        // crossing, closed since 2012, ...": a perfect or bare passive with "since" and a year before the article's names a
        // state that has lasted since then, no happening.
        // (Attacks are repeated acts: "the field has been attacked 15 times since 2022" counts them.)
        if ((trigger.Type is "MOBILIZE" or "RETREAT" || (trigger.Type == "COERCE" && trigger.Mode == "ban")) && ((passive && (reduced || Word(first - 1) == "been" || Word(first - 2) == "been"))
                || (trigger.IsVerb && (trigger.Form & WordForm.Participle) != 0 && Word(first - 1) == ","))
            && SinceEarlierYear(last, clauseEnd)) return false;
        // "roadside bombs on supply convoys have become a near-weekly event", "mortar rounds fired at the Green Zone have
        // become routine": an act told as a habit (a noun, or a participle after one) is a state of affairs, no happening.
        // ("Kidnapping of foreigners has become an industry", "arrests of activists have become routine": a verb form with "of"
        // after it is a noun.)
        if (EventLexicon.IsMaterial(trigger.Type) && (!trigger.IsVerb || (trigger.Form & WordForm.Participle) != 0 || Word(last + 1) == "of")
            && Habit(last, trigger.IsVerb && Word(last + 1) != "of")) return false;
        // "its remnants still carry out hit-and-run attacks in the desert", "the group continues to mount attacks in Anbar": acts told
        // as what a side keeps doing, in the present and with no time of their own, are a state of affairs, no happening.
        if (EventLexicon.IsMaterial(trigger.Type) && Ongoing(first, clauseEnd)) return false;
        // "the remnants of Daesh that target the security forces", "militias which attack convoys": a verb of force in the
        // present in a relative clause, with no time in its clause, says what its subject does as a rule, no happening
        // (a heading's present tells news).
        if (EventLexicon.IsMaterial(trigger.Type) && GenericRelative(trigger, first, clauseEnd)) return false;
        // "Turkish strikes on Sinjar could intensify", "rocket attacks on the Green Zone are likely to increase", "further arrests
        // of activists could trigger protests": acts with no article of their own, told as the subject of a verb of what may
        // come, are a forecast, no happening ("the attack could have been worse" tells one that was).
        // (A side's own word, "Kataib Hezbollah said operations would continue", is a vow, read as one: only a forecast in the
        // writer's voice or an analyst's, cue class commentator, or one no named side makes.)
        if (EventLexicon.IsMaterial(trigger.Type) && !trigger.IsVerb && ForecastSubject(first, last, clauseStart, clauseEnd)
            && (_cues.Any("commentator", _first, _end - 1) || Speaker(first) is null)) return false;
        // "a site that houses troops of the US-led coalition fighting the Islamic State group", "Kurdish forces battling ISIS in
        // Syria": fighting told in -ing right after the force that fights (no auxiliary between) says what that force is for,
        // no fight told here.
        if (trigger.Type == "ASSAULT" && trigger.IsVerb && trigger.Lemma is "fight" or "battle" && (trigger.Form & WordForm.Ing) != 0
            && first - 1 >= _first && (_index.Actor[first - 1] >= 0 || _cues.Last("combatants", first - 1, first - 1) is not null || _cues.Last("troops", Math.Max(_first, first - 4), first - 1) is { } force && force.Last == first - 1)) return false;
        // "an insult to the men who fought Daesh", "because we fought the Islamic State when others ran away": fighting told in
        // the past with no day, time or place in its sentence is what its fighters did in a war the story does not tell, no
        // happening of its own ("fought in the 2016 offensive on Aleppo", "have fought the PKK inside Iraq for decades" are).
        if (trigger.Type == "ASSAULT" && trigger.IsVerb && trigger.Lemma is "fight" or "battle" && (trigger.Form & (WordForm.Past | WordForm.Participle)) != 0
            && !TimeIn(_first, _end - 1) && !PlaceIn(clauseStart, clauseEnd)) return false;
        // "The killing is a test for the new cabinet", "this attack was a message to Washington": a definite noun of an act
        // that is the subject of a copula with a noun after it names an act told elsewhere as a topic, no happening of its own.
        if (EventLexicon.IsMaterial(trigger.Type) && !trigger.IsVerb && Word(first - 1) is "the" or "this" or "that"
            && (first - 1 == clauseStart || Word(first - 2) is "," or "but" or "and" || first - 1 == _first)
            && Word(last + 1) is "is" or "was" && Word(last + 2) is "a" or "an") return false;
        // "the areas which the rockets are launched from usually", "where mortars are often fired from": an act told in the
        // present passive with a word of habit is what happens as a rule, no happening.
        // ("Katyusha rockets are usually launched at the Green Zone": so is the weapon that is the subject of one.)
        if (EventLexicon.IsMaterial(trigger.Type)
            && (trigger.IsVerb ? (trigger.Form & WordForm.Participle) != 0 && PresentPassive(first) : Word(AfterWeapon(last + 1)) is "is" or "are")
            && _cues.Any("habitual", Math.Max(clauseStart, first - 4), Math.Min(clauseEnd, last + 4))) return false;
        // "Turkish drones regularly strike PKK hideouts in Qandil", "police often detain smugglers at the crossing": a verb in the
        // present with an adverb of habit right before it tells what happens as a rule, no happening.
        // ("... regularly strike PKK targets": so is an act told in the words that verb governs.)
        if (EventLexicon.IsMaterial(trigger.Type) && HabitVerb(Math.Max(clauseStart, first - 5), first)) return false;
        // "The PKK is designated a terrorist organisation by Turkey and the United States", "both groups are listed as terrorist
        // organisations": a listing told in the present passive with no time of its own is a standing status, no act told here
        // ("was designated on Monday", "has been designated", "is designated today" are acts).
        if (trigger.Type == "SANCTION" && StandingListing(trigger, first) is var listed && listed >= 0
            && !TimeIn(listed, Math.Min(_end - 1, clauseEnd))) return false;
        // "Some 2,500 US troops are deployed in Iraq", "a brigade, several of whose battalions are deployed around Tal Afar": forces
        // told in the present passive where they are, with no time of their own, are a standing presence, no move told here
        // ("are being deployed", "were deployed on Monday", "are deployed to the border" are moves).
        if (trigger.Type == "MOBILIZE" && StandingPresence(trigger, first, last)
            && !TimeIn(first, Math.Min(_end - 1, clauseEnd))) return false;
        // "sent about 750 soldiers to Kuwait", "units were posted at the checkpoints": with forces moved.
        // "a statement posted on Telegram": a passive without its auxiliary only qualifies the noun before it.
        // ("The army, the Federal Police and the PMF were sent to Tarmiyah": so does a body of forces sent, the passive's subject.)
        if (trigger.Is(TriggerFlags.Troops) && (reduced || (!ObjectOfClass("troops", passive, first, last, clauseStart, clauseEnd, before: 10)
            && !(passive && trigger.Type == "MOBILIZE" && ForcesSent(first, clauseStart))
            && !(trigger.Is(TriggerFlags.Evacuates) && EvacueesOut(passive, first, last, clauseStart, clauseEnd))
            // "reduced its own staff at the base", "the embassy cut its staff": a withdrawal of staff too.
            && !(trigger.Type == "RETREAT" && ObjectOfClass("evacuee", passive, first, last, clauseStart, clauseEnd, before: 5, after: 4))))) return false;
        // "moved its troops out of Iraq", "sent the soldiers home", "were moved back to Kuwait": forces moved away
        // (a word of leaving right after the verb or its object) are no deployment.
        if (trigger.Is(TriggerFlags.Troops) && trigger.Type == "MOBILIZE" && ForcesMovedAway(last, clauseEnd)) return false;
        // "bringing supplies to PKK fighters", "sent food to the soldiers": forces after "to" or "for" get what is moved; they are not moved.
        if (trigger.Is(TriggerFlags.Troops) && trigger.Type == "MOBILIZE" && !passive && !reduced && ForcesOnlyReceive(last, clauseEnd)) return false;
        // "Patriot batteries had begun arriving at Ain al-Asad": arriving deploys only forces or their arms, told before it.
        if (trigger.Is(TriggerFlags.Arrives) && !ForcesArrive(first, clauseStart)) return false;
        // "radical groups backed by Iran", "the militias, funded by Tehran, ...": a participle of backing right after its noun
        // (no auxiliary before it) describes the noun; it tells no act of backing.
        // ("funded and armed by Tehran": so do two joined participles.)
        if (trigger.Type is "SUPPORT" or "AID" && trigger.IsVerb && (trigger.Form & WordForm.Participle) != 0
            && (Word(last + 1) == "by" || (Word(last + 1) is "and" or "or" && Word(last + 3) == "by")) && DescribesNounBefore(first)) return false;
        // "the coalition's mission in federal Iraq will end by ...": ending withdraws only a military mission, its subject.
        string? missionOwner = null;
        if (trigger.Is(TriggerFlags.MissionEnds) && (missionOwner = MissionOwner(first, clauseStart)) is null) return false;
        // "security forces found the launcher", "a rocket launcher was discovered in a field": finding arms seizes them.
        // ("found a pickup truck fitted with a launching rail": so does finding a vehicle that carries them.)
        // ("found no evidence that the drones took off from Iraqi soil", "found nothing": finding nothing seizes nothing.)
        if (trigger.Is(TriggerFlags.Seizes) && (reduced || Word(last + 1) is "that" or "out" or "no" or "nothing" || !(ObjectOfClass("seizable", passive, first, last, clauseStart, clauseEnd) || VehicleWithArms(passive, last, clauseEnd)))) return false;
        // "the man died in police custody", "began receiving suspects from SDF custody", "fighters held in detention facilities": a
        // noun of holding in the singular after "in" or "from" (cue class held-in), over no article, with no "of" after it, tells
        // where someone is held, a state, no arrest ("resulted in the detention of five men", "resulted in arrests" are ones,
        // "placed under arrest" too); so does a participle of holding after a verb of a lasting
        // state ("the two men remain jailed").
        if (trigger.Type == "COERCE" && trigger.Mode == "arrest" && (trigger.IsVerb
                ? (trigger.Form & WordForm.Participle) != 0 && WordIs(first - 1, WordClass.HabitVerb)
                : (trigger.Form & WordForm.Singular) != 0 && Word(last + 1) != "of" && HeldIn(first))) return false;
        // "Erbil International Airport suspended flights for several hours", "Turkish carriers had already stopped scheduled flights
        // to the city": an airport or airline (cue class flight-operator) that stops flights halts its own service, no ban
        // ("the aviation authority halted all flights", "flights at the airport were halted" are bans).
        if (trigger.Type == "COERCE" && trigger.Mode == "ban" && trigger.IsVerb && OwnFlightsStopped(first, last)) return false;
        // "officers picked up two men suspected of ...", "three infiltrators were caught near the border": taking arrests people only.
        // ("two men were caught in the crossfire", "were caught up in the clashes", "tankers caught fire, and six people ...": caught by events, not held.)
        // ("took Hussein al-Amiri into custody": taking into custody arrests whoever is taken, named or not.)
        if (trigger.Is(TriggerFlags.Detains) && (reduced || Word(last + 1) is "in" or "up" or "off" or "between" or "fire"
            || (trigger.Lemma != "take" && !ObjectOfClass("detainee", passive, first, last, clauseStart, clauseEnd)))) return false;
        // "sacked the Basra police chief", "two senior officers were removed": removing bans only an office-holder.
        if (trigger.Is(TriggerFlags.Office) && (reduced || !ObjectOfClass("office-holder", passive, first, last, clauseStart, clauseEnd, before: 5, after: 5))) return false;
        // "recalled the Iraqi ambassador in Ankara": recalling sanctions only with an envoy recalled.
        if (trigger.Is(TriggerFlags.Envoy) && (reduced || !ObjectOfClass("envoy", passive, first, last, clauseStart, clauseEnd, before: 4, after: 4))) return false;
        // "police held five protesters", "12 people were held overnight": holding arrests only the detainee right next to it
        // ("a funeral for the fighters was held", "held a vigil for the men", "held the gunmen responsible" are none).
        if (trigger.Is(TriggerFlags.Detains) && trigger.Lemma == "hold"
            && (Word(last + 1) is "responsible" or "accountable" or "liable" || _cues.Any("answerable", last + 1, Math.Min(clauseEnd, last + 6))
                || !ObjectOfClass("detainee", passive, first, last, clauseStart, clauseEnd, before: 3, after: 3))) return false;
        // "set the tents alight", "set a military vehicle on fire": setting attacks only with a word of burning after its object.
        if (trigger.Is(TriggerFlags.Kindles) && (reduced || passive || !FireAfterObject(last, clauseEnd))) return false;
        // "threw a hand grenade at the office", "petrol bombs were thrown at the consulate": throwing attacks with a weapon only.
        if (trigger.Is(TriggerFlags.Hurls) && (reduced || !ObjectOfClass("thrown", passive, first, last, clauseStart, clauseEnd))) return false;
        // "handed the K-1 air base to the Iraqi army", "the Qaim base was transferred to Iraqi forces": handing over a site.
        if (trigger.Is(TriggerFlags.HandsSite) && (reduced || !(ObjectOfClass("handed-site", passive, first, last, clauseStart, clauseEnd, after: 8) || PlaceHanded(passive, first, last)))) return false;
        // ("detained nine protesters and transferred them to a police station": people handed on are taken there, no site
        // handed over.)
        if (trigger.Is(TriggerFlags.HandsSite) && !passive && PeopleHanded(last)) return false;
        // "closed the road to the airport", "the border crossings were closed": closing is a ban only of a way in or
        // across ("the market closed higher", "closed the file" are none).
        // "a source close to the prime minister's office": the adjective.
        if (trigger.Type == "COERCE" && Word(first) == "close" && Word(last + 1) == "to") return false;
        // "massing troops to seal the border": sealing as the aim of a move is no closure told as done.
        if (trigger.Type == "COERCE" && trigger.Lemma == "seal" && Word(first - 1) == "to" && (trigger.Form & WordForm.Base) != 0) return false;
        if (trigger.Is(TriggerFlags.ClosesWay)
            && !WayWithin(Math.Max(clauseStart, first - 5), Math.Min(clauseEnd, last + 6))
            // "closed dozens of exchange shops", "the headquarters of all factions shall be closed": or of a place of business.
            && (reduced || !ObjectOfClass("closable", passive, first, last, clauseStart, clauseEnd, before: 18))) return false;
        // "the Kut highway was closed by a sandstorm", "the shops closed for the Eid holiday": a closing told with its cause of
        // weather, a holiday or repairs is none.
        if ((trigger.Is(TriggerFlags.ClosesWay) || trigger.Is(TriggerFlags.Closes)) && ClosedForCause(last, clauseEnd)) return false;
        // "cut mobile internet across the country": cutting bans only a service or a place of business.
        // ("Internet access in the capital and much of the south was cut": the subject may stand a long way before the passive.)
        if (trigger.Is(TriggerFlags.Closes) && (reduced || !ObjectOfClass("closable", passive, first, last, clauseStart, clauseEnd, before: 12))) return false;
        // "families had stopped driving on the road after dark": a verb of stopping before an -ing form tells of ceasing to do
        // it, no closure.
        if (trigger.Is(TriggerFlags.Closes) && trigger.IsVerb && !passive && Word(last + 1) is { Length: > 5 } gerund && gerund.EndsWith("ing")
            && _cues.At(last + 1, "closable") < 0) return false;
        // "pulled its staff out of the field", "contractors were flown out": moving staff out withdraws them.
        if (trigger.Is(TriggerFlags.Evacuates) && !trigger.Is(TriggerFlags.Troops) && (reduced || !EvacueesOut(passive, first, last, clauseStart, clauseEnd))) return false;
        // (The act told as the answer, as the one answered or as what brought something about is a retelling: EventMerger ties it
        // to the story's one act of its type and kind.)
        clause = new FrameClause(clauseStart, clauseEnd, alleged, charge, anchor, dated, reduced, passive, missionOwner,
            Retold: answering || outcome || AnswerLink(introAt));
        return true;
    }

    /// <summary>What the gates settle of a trigger's clause (see <see cref="FrameGates"/>).</summary>
    private readonly record struct FrameClause(int ClauseStart, int ClauseEnd, bool Alleged, bool Charge, bool Anchor, bool Dated, bool Reduced,
        bool Passive, string? MissionOwner, bool Retold);

    /// <summary>The trigger's actors and targets, and the gates that need them; then its drafts (<see cref="FrameDrafts"/>).</summary>
    private void FrameRoles(Trigger trigger, int first, int last, List<Draft> into, FrameClause clause)
    {
        var (clauseStart, clauseEnd, alleged, charge, anchor, _, reduced, passive, _, _) = clause;
        bool material = EventLexicon.IsMaterial(trigger.Type), demonym = false;
        // Only an interception and a suspension have their type or flags changed below; any other trigger meets the drops
        // that need no roles here, before its names are scanned (a quarter of the triggers framed were dropped after it).
        bool retyped = trigger.Is(TriggerFlags.Intercept) || (trigger.Type == "CONCEDE" && trigger.Lemma == "suspend");
        if (!retyped && DroppedWithoutRoles(trigger, first, last, clause, material)) return;
        int subjectLast = -1;
        // A passive without its auxiliary qualifies the noun before it, which is no actor ("six men accused of").
        // (The story's list, as the actors and targets below: a frame is read to its end before the next one starts.)
        var subjects = _scratch.Subjects;
        subjects.Clear();
        if (!reduced) Subjects(first, clauseStart, out subjectLast, subjects);
        // "shelled the villages, forcing dozens of families to flee", "prompting his supporters to storm the palace": the act after
        // a verb of causing and its object is the object's, not the subject's (nobody, when the object is no actor).
        if (trigger.IsVerb && Word(first - 1) == "to" && CausedBy(first - 2, clauseStart) is var caused && caused >= 0 && subjectLast < caused)
        {
            subjects = [];
            subjectLast = -1;
        }
        if (alleged)
        {
            subjects = [];
            subjectLast = -1;
        }
        // "Kadhimi ordered that those responsible be arrested", "the judge directed that the two men be released": a passive in
        // the "that" clause of a verb of command is the orderer's act, and only a name between "that" and "be" is its subject.
        List<string>? orderers = null;
        if (passive && trigger.IsVerb && Word(first - 1) == "be" && CommandThat(first) is var commandVerb && commandVerb >= 0 && subjectLast < commandVerb + 1)
        {
            orderers = Subjects(commandVerb, ClauseStart(commandVerb), out _);
            subjects = [];
            subjectLast = -1;
        }
        // "Iraqi and US officials held talks", "Iraqi and American negotiators will meet": the two states.
        if (trigger.Type is "AGREE" or "CONSULT" or "COOPERATE" && subjects.Count < 2 && JointPeoples(first, clauseStart, out var people) is var peopleLast && peopleLast >= 0)
        {
            subjects = people!;
            subjectLast = peopleLast;
        }

        if (!retyped && NoActorEver(trigger, first, clauseStart, passive, material, subjects)) return;
        // "conducted operations against ...", "claimed 75 operations": a light noun with no verb or count before it makes no act
        // (the branch below asks it again of those it keeps).
        if (!retyped && trigger.Is(TriggerFlags.Light) && !trigger.IsVerb && !trigger.Is(TriggerFlags.SubjectIsTarget)
            && !(subjects.Count > 0 && LightVerbBetween(subjectLast, first)) && !CountBefore(first) && !VowedAttack(trigger, first, last, clauseEnd)) return;
        var scan = ScanRight(last, clauseEnd, trigger);
        // The story's lists: a frame is read to its end before the next one starts, and drafts keep no list.
        List<string> actors = _scratch.Actors, targets = _scratch.Targets;
        actors.Clear();
        targets.Clear();
        bool downed = false;
        if (trigger.Is(TriggerFlags.Intercept))
        {
            // "Coalition air defences shot down two drones", "the rockets were intercepted by C-RAM": the
            // defender is the side attacked; only a weapon named near the word makes it an attack.
            if (passive) { if (scan.Agent is not null) targets.Add(scan.Agent); }
            else targets.AddRange(subjects);
            // "Police intercepted a pickup carrying three drones", "the army stopped two trucks": what is stopped on the road
            // is a load searched, not an attack fended off, whatever weapon it carries; arms or launchers (cue class seizable)
            // found aboard it are seized by those who stopped it (no arms named, no act).
            if (!passive && trigger.IsVerb && VehicleAfter(last))
            {
                if (!_cues.Any("seizable", last + 1, clauseEnd)) return;
                targets.Clear();
                actors.AddRange(subjects);
                trigger = trigger with { Type = "COERCE", Mode = "seize", Flags = trigger.Flags & ~TriggerFlags.Intercept };
            }
            // "the Guards shot down a US Navy drone", "air defences downed an American surveillance aircraft": a state's
            // own aircraft brought down is an attack by the one who downs it on that state's forces, no defence.
            else if (!passive && trigger.IsVerb && subjects.Count > 0 && StateCraft(last, clauseEnd) is { } craftOwner && !subjects.Contains(craftOwner)
                && SideOf(craftOwner) != SideOf(subjects[0]))
            {
                targets.Clear();
                actors.AddRange(subjects);
                targets.Add(craftOwner);
                trigger = trigger with { Flags = trigger.Flags & ~TriggerFlags.Intercept, Mode = null };
                downed = true;
            }
            else if (ModeNear(first, last, clauseStart, clauseEnd, aggregate: false, outside: true) is null
                && !_cues.Any("projectile", last + 1, Math.Min(clauseEnd, last + 4))) return;
        }
        else if (passive || trigger.Is(TriggerFlags.SubjectIsTarget))
        {
            // "the launcher it had been fired from", "the rockets were launched from a field", "the area where the rockets were
            // launched": what is fired or launched is the weapon, not the one hit ("protesters were fired on" names the hit side).
            if (!(passive && trigger.Lemma is "fire" or "launch" && Word(last + 1) is not ("on" or "upon" or "at"))) targets.AddRange(subjects);
            if (scan.Agent is not null) actors.Add(scan.Agent);
            else if (orderers is { Count: > 0 }) actors.AddRange(orderers);
            else if (passive && trigger.Type == "COERCE" && Announcer(first, last) is { } announcer) actors.Add(announcer);
            // "X was designated on Friday, the US Treasury said": a body of a state whose saying follows a listing told in the passive
            // with no agent made it (abroad too: a state lists foreigners).
            // ("The Iraqi foreign ministry said the bank had been sanctioned unfairly": one who speaks before it may only comment.)
            else if (passive && trigger.Type == "SANCTION" && ListerAfter(last) is { } lister) actors.Add(lister);
            // "Reinforcements had been sent to the valley, the army said", "the police said extra officers were deployed around the
            // court": forces moved in the passive, with no owner named, are those of the state force that tells of it (a government
            // or a ministry that tells of it moves its forces: Finish).
            else if (passive && !reduced && trigger.Type == "MOBILIZE" && subjects.Count == 0 && Announcer(first, last, home: false) is { } mover
                && _stage.Kb[mover]?.Kind == "state_force") actors.Add(mover);
            // "An army patrol came under sniper fire from ISIS militants", "the post came under attack from Daesh": whom the fire
            // came from is its doer.
            // ("The court has come under fire from the Kurdistan Democratic Party", "the speaker came under fire from the Framework":
            // fire from a party, a person or a body that bears no arms, or on a person, with no weapon named, is criticism, no attack.)
            else if (!passive && trigger.Type == "ASSAULT" && FireFrom(last, clauseEnd) is { } firer && !subjects.Contains(firer))
            {
                if ((KindOf(firer) is "party" or "person" or "organisation" or "media" || subjects.Exists(IsPerson))
                    && !_cues.Any("mode", last + 1, Math.Min(clauseEnd, last + 4))) return;
                actors.Add(firer);
            }
            // "The offices of X in Basra were closed", "the headquarters of X was raided": the owner after "of" of the
            // place that is the subject is the target.
            if (subjects.Count == 0 && material && OwnerOfSubject(first, clauseStart) is { } placeOwner) targets.Add(placeOwner);
            // "Komala says its camp at Zirgwez was hit by three drones", "their headquarters in Koya was shelled": the site of the
            // body "its" or "their" stands for, told as the one hit, names that body as the target.
            else if (subjects.Count == 0 && material && passive && OwnSiteHit(first) is { } siteOwner) targets.Add(siteOwner);
            // "Rockets were fired at US bases": the subject is the weapon, the name after is the target.
            if (subjects.Count == 0) targets.AddRange(scan.Aimed);
        }
        // "to protest the shelling of a resort": a gerund after its determiner is a noun, whose actor the
        // subject of the sentence is not.
        // ("the barbaric Turkish shelling of the villages", "Iranian shelling of Penjwen": so is a gerund after a people's adjective,
        // whose state Modifier reads as the doer.)
        else if (ReadAsVerb(trigger, first))
        {
            // "The US Treasury announced on Friday imposing sanctions on X", "the ministry announced imposing a curfew": an act
            // in -ing that a verb of announcing or deciding governs is the announcer's.
            if (subjects.Count == 0 && material && (trigger.Form & WordForm.Ing) != 0 && AnnouncedAct(first)
                && Speaker(first, out _, verbsOfSaying: true) is { } announcer && !IsPerson(announcer))
                subjects.Add(announcer);
            actors.AddRange(subjects);
            targets.AddRange(scan.Targets);
            // "shunned warnings by the prime minister", "condemned the attack by the militia": what is refused or
            // blamed was made by the one after "by", whom the act is against.
            if (trigger.Type is "REJECT" or "ACCUSE" && scan.Agent is { } maker && Word(last + 1) != "by" && !targets.Contains(maker))
                targets.Insert(0, maker);
        }
        else if (trigger.Is(TriggerFlags.Light) && !trigger.IsVerb)
        {
            // "conducted operations against ...", "claimed 75 operations": a verb or a count makes the act.
            bool verb = subjects.Count > 0 && LightVerbBetween(subjectLast, first);
            if (!verb && !CountBefore(first) && !VowedAttack(trigger, first, last, clauseEnd)) return;
            if (verb && !AttributedByOther(subjectLast, first, subjects[0])) actors.AddRange(subjects);
            targets.AddRange(scan.Targets);
        }
        else if (trigger.Is(TriggerFlags.Weak) && trigger.Type is "SUPPORT" or "REQUEST" or "AID" or "COOPERATE")
        {
            // "Washington's support for the peshmerga", "US pressure on Baghdad": a weak noun of saying or
            // backing names a state of affairs; it is an act only when a verb makes it one ("X offered support").
            if (subjects.Count > 0 && LightVerbBetween(subjectLast, first, offer: true)) actors.AddRange(subjects);
            targets.AddRange(scan.Targets);
        }
        else
        {
            // "the minister got a warning from American diplomats that ...": what the subject receives comes from "from X".
            if (!material && scan.From is not null && subjects.Count > 0 && Received(subjectLast, first))
            {
                actors.Add(scan.From);
                targets.AddRange(subjects);
                scan.Targets.Clear();
            }
            else if (Modifier(first, trigger, out int at) is { } modifier)
            {
                demonym = at >= 0;
                // "American and British airstrikes": one event per state.
                if (demonym) DemonymsBefore(at, actors);
                // "the embassy attack": a site before the noun is what was attacked.
                // "after the Soleimani strike", "the Muhandis killing": a person before an attack noun is the one hit, not the
                // doer (a state or group there, "the Turkish strike", stays the doer).
                if (_lex.SiteActors.Contains(modifier) || (trigger.Type == "ASSAULT" && !demonym && IsPerson(modifier))) targets.Add(modifier);
                else actors.Add(modifier);
            }
            // "Kataib Hezbollah denied any role", "said Tehran had no part in it": the one with no part is the subject.
            else if (trigger.Is(TriggerFlags.Negates) && subjects.Count > 0) actors.AddRange(subjects);
            else if (scan.Agent is not null) actors.Add(scan.Agent);
            else if (subjects.Count > 0 && LightVerbBetween(subjectLast, first, offer: !material, trigger.Type, trigger.Mode) && !NotClaimed(subjectLast, first)
                     && !AttributedByOther(subjectLast, first, subjects[0])) actors.AddRange(subjects);
            // "The governor announced a curfew", "the ministry declared the closure of the crossings": a verb of saying that is
            // also one of imposing a ban (cue light COERCE:ban) right before the noun, over its article and adjectives, makes
            // its speaker the one who imposes it (the noun stands in what is said, so the subject is no subject of it).
            // ("The Joint Operations Command announced the arrest of five suspects": so does a security body announce its arrest or
            // seizure, cue light COERCE:arrest or COERCE:seize.)
            // (A person who announces an arrest, "Prime Minister X announced his arrest", tells of his forces' act.)
            // ("The army announced the launch of a search operation": so does a body announce its search.)
            else if ((trigger.Type == "COERCE" || (trigger.Type == "MOBILIZE" && trigger.Mode == "search operation")) && trigger.Mode is { } coerced
                     && !trigger.IsVerb && AnnouncedBy(first, coerced, trigger.Type) is { } imposer
                     && (coerced == "ban" || !IsPerson(imposer))) actors.Add(imposer);
            // ("The US Treasury announced sanctions on X", "announced on Friday imposing sanctions on X": so does a body announce its sanctions.)
            else if (trigger.Type == "SANCTION" && !trigger.IsVerb && AnnouncedBy(first, type: "SANCTION") is { } sanctioner && !IsPerson(sanctioner)) actors.Add(sanctioner);
            // ("The Islamic Resistance in Iraq announced the targeting of Ain al-Asad", "Kataib Hezbollah announced the bombing of a US
            // base": an armed group, or a coalition of them, that announces an attack noun, cue light ASSAULT:claim, claims it as its
            // own; a state's body that announces a killing tells of it.)
            else if (trigger.Type == "ASSAULT" && (!trigger.IsVerb || ((trigger.Form & WordForm.Ing) != 0 && Word(first - 1) == "the"))
                     && ClaimAnnouncedBy(first) is { } claimer
                     && _stage.Kb[claimer]?.Kind is "armed_group" or "coalition") actors.Add(claimer);
            else if (trigger.Is(TriggerFlags.Label) && Namer(first, subjects, subjectLast) is { } namer) actors.Add(namer);
            // "X told Y in a phone call that ...": the call is the speaker's with the one told.
            else if (trigger.Type == "CONSULT" && Word(first - 1) is "a" or "an" && Word(first - 2) == "in" && Speaker(first, out var listener) is { } caller)
            {
                actors.Add(caller);
                if (listener is not null) targets.Add(listener);
            }
            // "After talks with X, Y said ...": a meeting in an opening phrase is the main clause's subject's.
            else if (trigger.Type == "CONSULT" && anchor && MainClauseSubject(last) is { } host) actors.Add(host);
            targets.AddRange(scan.Targets);
            // "The PMF repelled an attack by ISIS remnants on its positions", "the army foiled a Daesh assault on their
            // posts": the body "its" or "their" of the site an attack noun is aimed at stands for is the one hit.
            // ("Nasrallah was killed in Israeli strikes on its headquarters": the one killed in it is the one hit.)
            if (trigger.Type == "ASSAULT" && targets.Count == 0 && !HarmedBefore(clauseStart, first)
                && OwnSiteAimed(last, clauseEnd, actors.Count > 0 ? actors[0] : null) is { } siteOwner)
                targets.Add(siteOwner);
        }
        // "the YBS accused in a statement the army of attacking ...": the one accused of the act is named between the
        // verb of accusing and "of"; the accuser is never the act's author.
        if (material && trigger.IsVerb && (trigger.Form & WordForm.Ing) != 0 && Word(first - 1) == "of" && actors.Count > 0
            && AccusedBetween(first - 1, clauseStart) is var accuse && accuse >= 0)
            for (int i = actors.Count - 1; i >= 0; i--)
                if (!NamedBetween(actors[i], accuse + 1, first - 2)) actors.RemoveAt(i);
        // "KH was designated by the Department of State as a Foreign Terrorist Organization": in the passive, the body after "by"
        // declares and the subject is the one declared.
        if (trigger.Type == "SANCTION" && !trigger.IsVerb && PassiveDeclaredAs(first, clauseStart) is var (declarer, declaringVerb) && declarer is not null)
        {
            var declaredOnes = Subjects(declaringVerb, clauseStart, out _);
            if (declaredOnes.Count > 0 && !declaredOnes.Contains(declarer))
            {
                actors.Clear();
                actors.Add(declarer);
                targets.Clear();
                targets.AddRange(declaredOnes);
            }
        }
        // "the council has declared the PKK a \"banned organisation\"": a participle that describes what an object is declared
        // to be is the declarer's act on that object, not the object's own.
        // ("named Harakat al-Nujaba a Specially Designated Global Terrorist": so is a noun of sanction.)
        else if ((trigger.IsVerb ? (trigger.Form & WordForm.Participle) != 0 : trigger.Type == "SANCTION")
            && DeclaredAs(first, clauseStart) is var (declared, declaring) && declared is not null)
        {
            actors.Clear();
            actors.AddRange(Subjects(declaring, clauseStart, out _));
            targets.Clear();
            targets.Add(declared);
        }
        // "The group has been a designated Foreign Terrorist Organisation of the State Department since 2009", "Nujaba is a Specially
        // Designated Global Terrorist of the Treasury": a noun of sanction after a copula names what its subject is; the body after
        // "of" or "by" that put it there is the actor, the subject the one sanctioned.
        if (trigger.Type == "SANCTION" && !trigger.IsVerb && subjects.Count > 0 && CopulaBeforeNoun(first, clauseStart)
            && Word(last + 1) is "of" or "by" && (Word(last + 2) == "the" ? last + 3 : last + 2) is var listAt && listAt < _end
            && _index.Actor[listAt] is var lm && lm >= 0 && _index.ActorFirst[lm] == listAt && _doc.Mentions[lm].EntityId is { } listing
            && _stage.Kb[listing] is { Kind: "government" } && !subjects.Contains(listing))
        {
            actors.Clear();
            actors.Add(listing);
            targets.Clear();
            targets.AddRange(subjects);
        }
        // "the commission ordered eight channels to close their offices", "a decree ordering all units to ... close their
        // offices": a ban that the one ordered carries out on its own places is the orderer's ban on it.
        if (trigger.Type == "COERCE" && trigger.Mode == "ban" && trigger.IsVerb && !passive && BanOrderAt(first, clauseStart) is var (command, ordered) && command >= 0)
        {
            actors.Clear();
            actors.AddRange(Subjects(command, clauseStart, out _));
            targets.Clear();
            if (ordered is not null) targets.Add(ordered);
        }
        if (trigger.Type == "PROTEST")
        {
            // "gathered near the airport, chanting slogans against the United States": a crowd's slogans say whom it protests.
            if (targets.Count == 0 && Against(last, _end - 1) is { } opposed) targets.Add(opposed);
            // "gathered outside the US embassy in Baghdad": a protest at a state's mission, named as the place, is against the mission.
            if (targets.Count == 0)
                foreach (var p in scan.Places)
                    if (_lex.Hosts.TryGetValue(_doc.Places[p].PlaceId, out var mission) && _lex.SiteActors.Contains(mission)) { targets.Add(mission); break; }
            // "marched on the US embassy": a protest at an embassy is against the state it represents.
            for (int i = 0; i < targets.Count; i++)
                if (_lex.SiteActors.Contains(targets[i]) && _stage.Kb[targets[i]]?.Country is { } siteOf && _stage.Governments.TryGetValue(siteOf, out var state))
                    targets[i] = state;
        }
        // "called the raids terrorist acts that threaten the country's stability", "called the drones a threat to the
        // Iraqi forces": the names after a label are what it says, not whom it accuses.
        if (trigger.Is(TriggerFlags.Label) && !trigger.IsVerb) targets.Clear();
        if (charge && targets.Count == 0) return;
        // Acts two sides do together ("Iraq and the United States agreed"): the first is the actor, the
        // second the other side; it is one act, whatever else the clause names ("Iraq and Iran signed an
        // agreement under which Baghdad ...").
        // "discussed the future of the American presence with President Biden", "held talks on the coalition's mandate with
        // Blinken": when what follows the word of talks is its topic, the one talked with is named after "with".
        if (trigger.Type == "CONSULT" && actors.Count == 1 && PartnerAfterTopic(last, clauseEnd) is { } partner && partner != actors[0])
        {
            targets.Clear();
            targets.Add(partner);
        }
        if (trigger.Type is "AGREE" or "CONSULT" or "COOPERATE" && actors.Count >= 2)
        {
            RemoveIn(targets, actors);
            targets.Insert(0, actors[1]);
            actors.RemoveRange(1, actors.Count - 1);
        }
        // "US officials said Kata'ib Hezbollah was behind it", "CENTCOM said Saadi was responsible for planning
        // attacks": the speaker blames the one said to be behind the act; "X said it was behind ..." is a claim.
        if (trigger.Is(TriggerFlags.Attribution))
        {
            bool pronoun = subjectLast >= 0 && Coreference.IsPronoun(_doc.TokenText(subjectLast), out _);
            string? blamed = subjects.Count > 0 && !pronoun ? subjects[0] : null;
            // "rejected as baseless accusations that Tehran was behind ...": what is denied is no one's accusation here.
            if (pronoun || _cues.Any("denial", _first, first - 1) || (Speaker(first, out _, verbsOfSaying: true) ?? (blamed is null ? null : SpeakerAfter(last))) is not { } blamer
                || blamer == blamed) return;
            // "responsible for the security of the crossing" is a duty; "responsible for moving money", "for the attack" an act.
            if (trigger.Lemma.EndsWith(" for", StringComparison.Ordinal) && !Word(last + 1).EndsWith("ing", StringComparison.Ordinal)
                && !HitWithin(last + 1, last + 3)) return;
            // "said the state stood behind them" is backing; "stood behind the strikes" names an act.
            if (trigger.Lemma.StartsWith("stand", StringComparison.Ordinal) && !HitWithin(last + 1, last + 3)) return;
            actors.Clear();
            actors.Add(blamer);
            targets.Clear();
            if (blamed is not null) targets.Add(blamed);
        }
        // "Harakat al-Nujaba said it would respond", "Pompeo said Washington would not stand by": a promise
        // told as reported speech is the speaker's threat.
        // "An analyst said Washington would respond": what a commentator foresees is no threat.
        if (trigger.Is(TriggerFlags.Vow | TriggerFlags.Demand) && _cues.Any("commentator", _first, first - 1)) return;
        // "X told Y that the attackers must be found", "X said foreign troops must leave": an obligation in
        // reported speech is the speaker's demand of the one told; with no speaker it is none.
        if (trigger.Is(TriggerFlags.Demand))
        {
            if (Speaker(first, out var asked) is not { } asker) return;
            actors.Clear();
            actors.Add(asker);
            targets.Clear();
            if (asked is not null) targets.Add(asked);
            // "Tehran said Iraq must disarm the groups": with no one told, the one the obligation is laid on is asked.
            else if (subjects.Count > 0 && subjects[0] != asker && subjectLast >= 0 && !Coreference.IsPronoun(_doc.TokenText(subjectLast), out _)
                     && !SameCamp(subjects[0], asker))
                targets.Add(subjects[0]);
        }
        // "Al-Nasser ended by saying that Washington will respond": a promise reported by someone the story does not
        // name as an actor is that speaker's forecast of another's act, no threat.
        if (trigger.Is(TriggerFlags.Vow) && subjectLast > _first && !Coreference.IsPronoun(_doc.TokenText(subjectLast), out _)
            && _cues.First("speech", _first, subjectLast - 1) >= 0 && Speaker(first) is null) return;
        if (trigger.Is(TriggerFlags.Vow) && Speaker(first) is { } speaker)
        {
            // "Al-Nasser said Washington will respond": a promise told of another country's side is a
            // prediction or a report, not the speaker's threat.
            if (actors.Count > 0 && actors[0] != speaker && !(subjectLast >= 0 && Coreference.IsPronoun(_doc.TokenText(subjectLast), out _))
                && _stage.Kb[actors[0]]?.Country is { } side
                && _stage.Kb[speaker]?.Country is var own && own != side) return;
            actors.Clear();
            actors.Add(speaker);
            targets.Remove(speaker);
        }
        // "OFAC added three leaders of Kataib Hezbollah to its sanctions list": who adds sanctions those added.
        // Being on the list ("proud to be on the American sanctions list") is no act.
        // ("put Qais al-Khazali on its Magnitsky list", "added the group to its terrorism list": a list noun of its own.)
        // ("put him on its list of specially designated global terrorists": so does a noun of sanction after "list of".)
        bool listOf = trigger.Type == "SANCTION" && !trigger.IsVerb && Word(first - 1) == "of" && WordIs(first - 2, WordClass.ListNoun);
        if (trigger.Type == "SANCTION" && (Word(last + 1) is "list" or "lists" || WordIs(last, WordClass.ListNoun) || listOf)
            && !AddedToList(listOf ? first - 2 : first, clauseStart, actors, targets)) return;
        // "condemned what it called a terrorist attack on the region": the name a speaker gives an act told
        // elsewhere makes the speaker no party to it.
        // "X called the strike a terrorist attack": the act a speaker names is not the speaker's.
        if (material && (NamedAct(first) || NamedObject(first))) actors.Clear();
        // "The designations freeze any assets ...", "the sanctions bar Americans from dealing with them": what a
        // sanction does is the sanction itself, no second one.
        if (trigger.Type is "SANCTION" or "COERCE" && trigger.IsVerb && SanctionAsSubject(first, clauseStart)) return;
        if (trigger.Type == "SANCTION" && _triggerAt[first] != SureVerb && (Word(first - 1) is "the" or "these" or "those" || Word(first - 2) is "the" or "these" or "those")
            && SanctioningVerbAt(last + 1)) return;
        // "threatened to impose sanctions on Iraq", "threatened to strike US bases", "ruled out concluding a truce with
        // US forces": a threat or a refusal is against the one the act it names would hit or bind (a request is not:
        // "urged them to stop attacks on US bases").
        // ("warned that the movement would resume attacks on US forces": the speaker named again is no target.)
        if (trigger.Type is "THREATEN" or "REJECT" && trigger.IsVerb && actors.Count > 0 && AllSameCamp(targets, actors[0])
            && GovernedAct(first) is { } act)
        {
            targets.Clear();
            foreach (var t in ScanRight(act.Last, clauseEnd, act.Trigger).Targets)
                if (!targets.Contains(t)) targets.Add(t);
        }
        // "demanding the expulsion of all foreign troops, American ones too": a demand that forces leave is
        // against the state's forces, not its government.
        // ("called on the Iraqi government to expel US troops": the state addressed before the departure is asked; it
        // does not leave.)
        if (trigger.Type == "REQUEST" && targets.Count > 0 && _lex.Forces.TryGetValue(targets[0], out var leaving)
            && _cues.Any("departure", last + 1, Math.Min(clauseEnd, last + 6)) && !AddressedBefore(targets[0], last, clauseEnd))
            targets[0] = leaving;
        // "fighters clashed with security forces": the side one clashes with is the other side of the fight.
        if (trigger.Type == "ASSAULT" && trigger.IsVerb && targets.Count == 0 && WordIs(first, WordClass.ClashVerb)
            && Word(last + 1) == "with" && (Word(last + 2) == "the" ? last + 3 : last + 2) is var foe && foe < _end
            && _index.Actor[foe] >= 0 && _index.ActorFirst[_index.Actor[foe]] == foe)
            targets.Add(_doc.Mentions[_index.Actor[foe]].EntityId!);
        // "clashes between Saraya al-Salam and the Asaib", "fighting erupted in Basra between X and Y": a fight between two
        // named sides is the first one's against the second, whoever else the clause names.
        if (trigger.Type == "ASSAULT" && actors.Count == 0 && Sides(last, clauseEnd) is var (oneSide, otherSide) && oneSide is not null)
        {
            actors.Add(oneSide);
            targets.Clear();
            targets.Add(otherSide!);
        }
        // "the army and the Sinjar units clashed near Sinjar": the two sides of a fight told as its subject make one event,
        // the first named against the second.
        if (trigger.Type == "ASSAULT" && trigger.IsVerb && targets.Count == 0 && actors.Count == 2 && !passive
            && WordIs(first, WordClass.FightVerb))
        {
            targets.Add(actors[1]);
            actors.RemoveAt(1);
        }
        RemoveIn(actors, targets);
        // "warned that the United States would take further action": one threatens the other side, not one's own.
        // "Kataeb Hezbollah warned it would not stand idle if the PMF were targeted": nor its own umbrella.
        if (trigger.Type == "THREATEN" && actors.Count > 0)
            for (int i = targets.Count - 1; i >= 0; i--)
                if (SameCamp(targets[i], actors[0])) targets.RemoveAt(i);

        // "Federal Police fired tear gas at students rallying in Tahrir Square", "crowds marching on the Green Zone": a protest
        // told as a participle right after the crowd is that crowd's, not the clause subject's.
        if (trigger.Type == "PROTEST" && trigger.IsVerb && (trigger.Form & WordForm.Ing) != 0 && first - 1 > clauseStart
            && _cues.At(first - 1, "crowd") >= 0 && Word(first - 1) is not ("supporters" or "followers" or "loyalists" or "partisans"))
        {
            actors.Clear();
            if (_index.Actor[first - 1] is var m && m >= 0 && _doc.Mentions[m].EntityId is { } own) actors.Add(own);
            else if (Word(first - 1) is not ("mourners" or "worshippers") && _stage.Kb["protesters"] is not null) actors.Add("protesters");
        }
        // "Kadhimi suspended the police chief and the governor pending an inquiry", "the court suspended Halbousi from his post": a person
        // suspended is barred from office, a ban, no concession.
        if (trigger.Type == "CONCEDE" && trigger.IsVerb && trigger.Lemma == "suspend" && !passive && SuspendedPerson(last, targets))
        {
            trigger = trigger with { Type = "COERCE", Mode = "ban" };
            material = true;
        }
        // "Hundreds of people marched through Basra": a crowd that walks, gathers or rallies protests, whoever its people are.
        // ("Thousands of Jordanians gathered near the embassy", "dozens of unemployed graduates marched": so does any people
        // counted in hundreds or thousands.)
        bool crowd = trigger.Type == "PROTEST" && trigger.IsVerb && Intransitive(last)
            && (_cues.Any("crowd", Math.Max(clauseStart, first - 6), first - 1) || CountedPeopleBefore(first, clauseStart));
        if (!material && actors.Count == 0 && !crowd) return;
        // (With the trigger as it came, these ran before the roles were read: FrameRoles' opening.)
        if (retyped && DroppedWithoutRoles(trigger, first, last, clause, material)) return;
        // "X said its fighters would keep targeting US forces", "X said: 'we will strike them'": an attack
        // promised in reported speech is the speaker's threat, not a planned attack (ONTOLOGY.md: a vow is
        // only the THREATEN).
        if (trigger.Type == "ASSAULT" && VowedAttack(trigger, first, last, clauseEnd) && Speaker(first) is { } threatener
            && OwnSide(actors, subjectLast, threatener) && !_cues.Any("commentator", _first, first - 1))
        {
            Threat(trigger, first, last, threatener, targets, scan, clauseStart, clauseEnd, into);
            return;
        }
        // "\"The United States will continue to target all those who finance these groups\"", "the Guards would keep striking
        // the camps": an open-ended vow to go on attacking, with no speaker the story names, is its subject's threat, no planned
        // attack (ONTOLOGY.md: an open-ended vow is only the THREATEN).
        if (trigger.Type == "ASSAULT" && actors.Count == 1 && !passive && _cues.Any("persist", Math.Max(clauseStart, first - 4), first - 1)
            && VowedAttack(trigger, first, last, clauseEnd) && Speaker(first) is null && !_cues.Any("commentator", _first, first - 1))
        {
            Threat(trigger, first, last, actors[0], targets, scan, clauseStart, clauseEnd, into);
            return;
        }
        // "will strike with an iron fist anyone who tries", "ordered the forces to strike with an iron hand": a verb of attack
        // before "with an iron fist" (cue class firm-hand) is a figure of firm action, no attack (a vow of it, above, stays a threat).
        if (trigger.Type == "ASSAULT" && trigger.IsVerb && _cues.At(last + 1, "firm-hand") >= 0) return;
        EventPhaseClock.Enter(EventPhaseClock.Phase.Drafts);
        FrameDrafts(trigger, first, last, into, clause,
            new FrameParties(scan, subjects, subjectLast, actors, targets, material, demonym, downed, crowd));
        EventPhaseClock.Exit();
    }

    /// <summary>Whether a word of burning (cue class afire) follows the object of a verb of setting within nine words, with no
    /// comma, clause bound or other trigger between ("set the tents alight", "set part of the building on fire").</summary>
    private bool FireAfterObject(int last, int clauseEnd)
    {
        for (int t = last + 2; t <= Math.Min(clauseEnd, last + 10); t++)
        {
            if (_cues.At(t, "afire") >= 0) return true;
            if (Word(t) is "," or ";" or ":" or "." || _triggerAt[t] != 0) return false;
        }
        return false;
    }

    /// <summary>The drops of <see cref="FrameRoles"/> that ask nothing of the trigger's actors and targets (the mood, the clause
    /// and the words around the trigger): true when one drops it. Asked before the roles are read, so a trigger they drop costs
    /// no scan of its names; asked again after them only when the roles changed the trigger's type or flags.</summary>
    private bool DroppedWithoutRoles(Trigger trigger, int first, int last, FrameClause clause, bool material)
    {
        var (clauseStart, clauseEnd, _, _, _, _, _, passive, _, _) = clause;
        // "criticized the government for supporting the coalition", "a campaign of pressuring Washington":
        // a statement's -ing after "of" or "for" names what the word before is about, no act of its own.
        if (!material && trigger.IsVerb && (trigger.Form & WordForm.Ing) != 0 && _cues.At(first - 1, "content-of") == first - 1) return true;
        // "came under rocket fire", "was subjected to 7 attacks" — but not "came under pressure".
        if (trigger.Is(TriggerFlags.SubjectIsTarget) && !AttackFollows(last)) return true;
        // "measures to prevent attacks", "any attack", "areas likely to be used to launch rockets".
        // ... but "denied that it had carried out any airstrikes" denies an act: it is a negated event.
        // (A promise is made with "would": "would be held to account" is the threat itself.)
        // ("The Counter Terrorism Service said its forces killed two militants": a cue word inside a name is the name's; "denied any
        // role in the attack, accusing Washington of a plot": not over the comma of a clause of the subject's own.)
        if (!trigger.Is(TriggerFlags.Vow) && HypotheticalOutsideNames(Math.Max(clauseStart, first - 6), first - 1) && !OwnClauseAt(first - 1)
            && !(Status(trigger, first, clauseStart) == "negated" && OnlyAnyBefore(Math.Max(clauseStart, first - 6), first))
            && !DoneLikeAnother(trigger, first, clauseStart) && !MovePlanned(trigger, first, clauseStart, passive)) return true;
        // "would keep its forces in Iraq to fight the Islamic State", "joined the PMF in 2014 to fight ISIS": fighting as the aim of
        // another act is no fight told ("continued to fight" is one).
        if (trigger.Lemma == "fight" && trigger.IsVerb && (trigger.Form & WordForm.Base) != 0 && Word(first - 1) == "to"
            && Word(first - 2) is not ("continue" or "continued" or "continues" or "began" or "begin" or "begun" or "started" or "start" or "kept")) return true;
        // "stay and help them fight ISIS", "helping Iraqi forces fight the group": fighting as what help is for is no fight told.
        if (trigger.Lemma == "fight" && trigger.IsVerb && (trigger.Form & WordForm.Base) != 0 && HelpBefore(first, clauseStart)) return true;
        // "stationed in Syria under the pretext of fighting the Islamic State", "with the mission of countering ISIS": an act in -ing
        // after a noun of a declared aim and "of" is what another act is said to be for, no act told.
        if (material && trigger.IsVerb && (trigger.Form & WordForm.Ing) != 0 && Word(first - 1) == "of" && _cues.At(first - 2, "pretext") == first - 2) return true;
        // "avoid steps that could give Israel a pretext to strike Iraq", "not to give Ankara an excuse for the bombardment": an act
        // after a noun of a pretext (cue class excuse) is what another would be excused by, no act told.
        if (material && ExcuseBefore(trigger, first)) return true;
        // "Turkish officials use the term 'neutralised' to mean killed, captured or surrendered": a term's sense is no act.
        if (_cues.Any("definition", clauseStart, first - 1)) return true;
        // "Iraq will not allow any side to use its territory to attack Iran", "would never permit its soil to be used
        // for strikes": what a state will not let happen is a pledge, no act.
        if (material && NotAllowed(first, clauseStart)) return true;
        // "accused the PKK of using Sinjar as a base to stage attacks", "rejected the use of its land to attack any country":
        // an act told as what ground is used for, with no time in its clause, is a charge about that ground, no act.
        if (material && GroundUsedFor(first, clauseStart)) return true;
        // "Iran has been hit by nationwide protests", "the province was struck by floods": a passive verb of attack whose agent is
        // a happening that is no attack (protests, sanctions, hardship) tells no attack.
        if (trigger.Type == "ASSAULT" && trigger.IsVerb && passive && HitByNoAttack(last, clauseEnd)) return true;
        // "would hit the factions' business interests", "struck the group's finances": a verb of attack whose object is a thing
        // no weapon hits (cue class intangible: interests, finances, revenues) is a figure of speech, no attack.
        if (trigger.Type == "ASSAULT" && trigger.IsVerb && !passive && IntangibleObject(last, clauseEnd)) return true;
        // "if Washington were to announce a larger deployment", "Were Ankara to order a new offensive": an act in a clause of
        // a condition contrary to fact is no act, however far the condition stands before it.
        if (Counterfactual(first, clauseStart)) return true;
        // "Withdrawing the troops now would be reckless", "Opinion: Leaving Iraq on a timetable is fine": an -ing verb that
        // opens its sentence as the subject of the verb after it is a topic, no act.
        if (GerundTopic(trigger, first, last)) return true;
        // "the figures cover attacks at bases including A, B and C", "the tally includes strikes on X and Y": acts a count
        // covers, with no time of their own, are what the count is of, no acts told one by one.
        if (material && !trigger.IsVerb && _cues.Any("tally-covers", Math.Max(clauseStart, first - 4), first - 1)
            && !TimeIn(first, Math.Min(_end - 1, clauseEnd))) return true;
        // "push Erbil to relocate the camps rather than close them", "keep a force in place rather than to withdraw", "instead of
        // withdrawing": a verb right after words that set it against another course (cue class alternative) is the course not
        // taken, no act.
        if (material && trigger.IsVerb && AlternativeBefore(first)) return true;
        // "Lebanese fleeing Israeli bombardment", "families who fled the shelling": people who flee are no forces withdrawing.
        if (trigger.Type == "RETREAT" && trigger.Mode == "flight" && CiviliansFleeing(first)) return true;
        // "the factions could resume large-scale attacks on US bases", "Washington may repeat the strike": a material act told as
        // what could or might happen is a forecast, no act ("could not reach the base" denies one); one that should or must happen
        // is a demand.
        if (material && Possible(first, clauseStart)) return true;
        // "were accused of planning to attack foreign diplomats", "charged with plotting bombings", "accused Washington of
        // letting foreign drones in to bomb the depots": an act that someone is accused of planning or enabling is the charge,
        // no act (the accusation is its own event).
        if (material && AccusedOfPlan(first, clauseStart)) return true;
        // "The factions have for years fired rockets at bases and planted bombs on convoys", "Turkey has struck PKK hideouts in
        // the mountains for decades": an act told in the present perfect over a span of years (cue class lasting-span) is what a
        // side has done as a rule, no happening.
        if (material && PerfectOverYears(first, clauseStart, clauseEnd)) return true;
        // "US forces so far occupy some Iraqi bases", "American troops still occupy Iraq", "continue to occupy": an occupation
        // told as lasting, in the present, is a state the speaker decries, no seizure.
        if (material && trigger.IsVerb && trigger.Lemma == "occupy" && (trigger.Form & (WordForm.Past | WordForm.Participle)) == 0
            && LastingBefore(first, clauseStart)) return true;
        // "banks were targeted by US sanctions", "the new sanctions target the group's financiers", "targeted with
        // sanctions": what sanctions aim at is the sanction's target, no attack.
        if (trigger.Type == "ASSAULT" && trigger.IsVerb && trigger.Lemma == "target" && SanctionsAim(first, last, clauseStart, clauseEnd)) return true;
        // "Those who shoot and kidnap protesters will find no safe harbour", "whoever fires rockets at the embassy": an act
        // whose doer is anyone who does it speaks of a kind of act, no act done.
        if (material && trigger.IsVerb && AnyoneWho(first, clauseStart)) return true;
        // "It is a banner under which several factions have claimed drone and rocket attacks on US forces": what is done
        // under a name, told to explain the name with no count, is what the name stands for, no act told.
        if (material && UnderWhichName(first) && !CountBefore(first)) return true;
        // "storage sites for the faction's rocket, missile and drone capabilities", "drone and missile factories": a weapon
        // (or a list of them) that names what is held, made or hit is no act.
        if (trigger.Type == "ASSAULT" && !trigger.IsVerb && trigger.Mode is not null && WeaponListSite(last + 1)) return true;
        // "found a hideout containing 40 mortar rounds and three explosive devices", "seized in the possession of the accused two
        // explosive belts": a weapon told as what a store holds or what someone was found with is a thing seized, no act.
        if (trigger.Type == "ASSAULT" && !trigger.IsVerb && trigger.Mode is not null && HeldArms(first)) return true;
        // "the explosives were detonated in a controlled way", "engineers carried out a controlled detonation of the device": arms
        // destroyed on purpose by those who found them are no attack.
        if (trigger.Type == "ASSAULT" && ControlledBlast(Math.Max(clauseStart, first - 6), Math.Min(clauseEnd, last + 5))) return true;
        // "talks on the withdrawal of US forces", "called for the departure of coalition troops": forces that move
        // in what is talked about or asked for are no act (the talks and the demand are).
        // ("a mechanism for pulling its troops out", "talks on withdrawing the brigades": so do they as a gerund after the topic.)
        if (trigger.Type is "RETREAT" or "MOBILIZE" && (!trigger.IsVerb || ((trigger.Form & WordForm.Ing) != 0 && Word(first - 1) is "for" or "on" or "about" or "of" or "to"))
            && _cues.Any("topic", Math.Max(clauseStart, first - 6), first - 1)) return true;
        // "a timetable for foreign forces to leave", "voted for US troops to withdraw": so are forces named after "for"
        // as the ones who are to move.
        if (trigger.Type is "RETREAT" or "MOBILIZE" && trigger.IsVerb && Word(first - 1) == "to" && ForWhomAsked(first - 2, clauseStart)) return true;
        // "a law obliging the government to expel foreign forces", "the deal commits Iraq to disarm the groups": an act that a
        // law or an accord binds someone to is what it binds them to, not done.
        if (material && trigger.IsVerb && Word(first - 1) == "to" && BoundTo(first - 2, clauseStart)) return true;
        // "thanked him for his call to withdraw", "defied the order to pull out": an act after a noun of asking or
        // ordering is what was asked for, not done (the asking is its own event).
        if (material && trigger.IsVerb && Word(first - 1) == "to"
            && (WordIs(first - 2, WordClass.RequestNoun) || RequestOn(first - 2, clauseStart)))
            return true;
        // "called for the government to expel the ambassador and sever ties with Stockholm": so is the next bare verb of the
        // series asked for after "and".
        if (material && trigger.IsVerb && trigger.Form == WordForm.Base && Word(first - 1) == "and" && AskedSeriesTo(first - 2, clauseStart) is var to && to > 0
            && RequestOn(to - 1, clauseStart))
            return true;
        // "demanded at the time that the Turkish troops leave", "insisted that all foreign forces withdraw": an act in the bare
        // form after "that" and a verb of asking is what was asked for (the request is its own event), no act.
        if (material && trigger.IsVerb && trigger.Form == WordForm.Base && AskedThat(first)) return true;
        // "ended a decade-long deployment", "closing the deployment of US troops": a deployment ended is no deployment
        // (the ending is a withdrawal of its own).
        if (trigger.Type == "MOBILIZE" && !trigger.IsVerb && EndingBefore(first, clauseStart)) return true;
        // "said no American personnel or facilities were hit": a passive whose subject is "no ..." tells that nothing
        // was struck; the attack, if any, is told elsewhere.
        if (material && passive && Word(first - 1) is "were" or "was" && NothingHit(first - 2, clauseStart)) return true;
        // "an umbrella of armed groups set up in 2014 to fight the Islamic State": what a body was founded to do
        // describes the body; it tells no act.
        if (material && trigger.IsVerb && Word(first - 1) == "to" && FoundedFor(first - 2, clauseStart)) return true;
        // "... would respond if attacks caused losses": an act under a condition is no event (the threat is).
        // ("if the US troops were forced to leave": the condition reaches over an auxiliary and a verb before the act.)
        if (trigger.Type != "THREATEN" && _cues.Last("future", Math.Max(clauseStart, first - 8), first - 1) is { Cue.Value: "condition" }) return true;
        // "its operations will go on until the occupation leaves Iraq": an act in the present after "until" is the
        // condition that ends another, not an act told as done ("fought until the army withdrew" tells one).
        if (trigger.IsVerb && (trigger.Form & (WordForm.Past | WordForm.Participle)) == 0 && _cues.Any("until", Math.Max(_first, first - 6), first - 1)) return true;
        // ("the strikes will go on until the corridor is sealed", "until the crossings have been reopened": so is a passive in the
        // present.)
        // ("until the very last soldier has left Iraq": so is an act in the present perfect.)
        if (trigger.IsVerb && (trigger.Form & WordForm.Participle) != 0 && (Word(first - 1) is "is" or "are" or "be" or "has" or "have" || (Word(first - 1) == "been" && Word(first - 2) is "has" or "have"))
            && _cues.Any("until", Math.Max(_first, first - 8), first - 1)) return true;
        // "will not stop its attacks before the occupation troops leave the country": a finite act in the present after "before"
        // is what another waits for, not an act told as done ("fired on the patrol before they fled" tells one; so does "before
        // withdrawing").
        if (material && trigger.IsVerb && (trigger.Form & (WordForm.Base | WordForm.Third)) != 0 && (trigger.Form & (WordForm.Past | WordForm.Participle | WordForm.Ing)) == 0
            && BeforeWithin(first)) return true;
        return false;
    }

    /// <summary>Whether a noun of a pretext (cue class excuse) stands right before "to" and a verb in the bare form at the trigger
    /// ("a pretext to strike"), or before "for" with at most two words between "for" and a noun or -ing of the act ("a pretext
    /// for the bombardment", "an excuse for new raids", "a pretext for attacking").</summary>
    private bool ExcuseBefore(Trigger trigger, int first)
    {
        if (trigger.IsVerb && (trigger.Form & WordForm.Base) != 0 && Word(first - 1) == "to")
            return Excuse(first - 2);
        if (trigger.IsVerb && (trigger.Form & WordForm.Ing) == 0) return false;
        for (int k = first - 1; k >= _first && k >= first - 3; k--)
        {
            if (Word(k) == "for") return Excuse(k - 1);
            if (!char.IsLetter(_doc.TokenText(k)[0])) return false;
        }
        return false;
    }

    /// <summary>Whether a noun of a pretext stands at the token, not after "as" ("used the protest as a pretext to attack the
    /// office" tells the act done).</summary>
    private bool Excuse(int t)
    {
        if (t < _first || _cues.At(t, "excuse") < 0) return false;
        int d = Word(t - 1) is "a" or "an" or "the" or "its" or "their" or "his" ? t - 2 : t - 1;
        return Word(d) != "as";
    }

    /// <summary>Whether "before" stands within six words before the trigger, in its sentence, with no comma or other act between.</summary>
    private bool BeforeWithin(int first)
    {
        for (int t = first - 1; t >= Math.Max(_first, first - 6); t--)
        {
            if (Word(t) is "," or ";" or ":" || (t < first - 1 && ActWithin(t, t))) return false;
            if (Word(t) == "before") return true;
        }
        return false;
    }

    /// <summary>Whether <see cref="FrameRoles"/> reads the trigger's subject as its actor: a verb, but not a gerund after its
    /// determiner ("to protest the shelling of a resort") or after a people's adjective ("the barbaric Turkish shelling of the
    /// villages", whose state <see cref="Modifier"/> reads as the doer).</summary>
    private bool ReadAsVerb(Trigger trigger, int first) =>
        trigger.IsVerb && !((trigger.Form & WordForm.Ing) != 0
            && (Word(first - 1) is "the" or "this" or "that" || _cues.At(first - 1, "many") >= 0 || _cues.At(first - 1, "adjective") >= 0
                || (_cues.EndingAt(first - 1, "demonym") >= 0 && !Word(first - 1).EndsWith('s'))));

    /// <summary>Whether a trigger that is no material act, read as a verb with no subject, can get no actor from any rule of
    /// <see cref="FrameRoles"/> (its names after it give only targets), so that it is dropped there whatever they are: not in
    /// the passive or of a subject hit, no protest (a crowd acts), no attribution, demand or vow (the speaker acts), no
    /// participle that says what an object is declared to be (the declarer acts).</summary>
    private bool NoActorEver(Trigger trigger, int first, int clauseStart, bool passive, bool material, List<string> subjects) =>
        !material && subjects.Count == 0 && !passive && trigger.Type != "PROTEST" && !trigger.Is(TriggerFlags.SubjectIsTarget)
        && !trigger.Is(TriggerFlags.Attribution | TriggerFlags.Demand | TriggerFlags.Vow) && ReadAsVerb(trigger, first)
        && !((trigger.Form & WordForm.Participle) != 0 && DeclaredAs(first, clauseStart).Declared is not null);

    /// <summary>What <see cref="FrameRoles"/> read of a trigger's parties.</summary>
    private readonly record struct FrameParties(RightScan Scan, List<string> Subjects, int SubjectLast, List<string> Actors, List<string> Targets,
        bool Material, bool Demonym, bool Downed, bool Crowd);

    /// <summary>Whether the words from a weapon to the verb at <paramref name="verb"/> are a participle phrase of the weapon
    /// ("rocket fired from the orchards of Dora landed"): a participle right after it, and no comma, verb of its own or trigger
    /// word before the verb.</summary>
    private bool HeadWeaponSubject(int weaponLast, int verb)
    {
        if (weaponLast + 2 >= verb || Word(weaponLast + 1) is not { Length: > 3 } participle
            || !(participle.EndsWith("ed", StringComparison.Ordinal) || participle is "hidden" or "left" or "shot" or "thrown" or "set"))
            return false;
        for (int t = weaponLast + 2; t < verb; t++)
            if (Word(t) is "," or ";" or "and" or "which" or "that" or "who" or "was" or "were" or "is" or "are" or "had" or "has" or "have"
                || _hits.Exists(h => h.First == t)) return false;
        return true;
    }

    /// <summary>Whether "between" stands a few words before place <paramref name="a"/> (over "the port of", "the towns of") and
    /// "and" right before place <paramref name="b"/>.</summary>
    private bool Between(int a, int b)
    {
        int first = _index.PlaceFirst[a];
        if (Word(_index.PlaceFirst[b] - 1) != "and" || _index.PlaceFirst[b] - 1 != _index.PlaceLast[a] + 1) return false;
        for (int t = first - 1; t >= _first && t >= first - 4; t--)
            if (Word(t) == "between") return true;
            else if (Word(t) is not ("the" or "of" or "port" or "towns" or "cities" or "city" or "town" or "provinces" or "villages")) return false;
        return false;
    }

    /// <summary>The trigger's weapon, place and time, and the drafts it makes (one per place or party when it is split).</summary>
    /// <summary>Whether a place that hosts troops (<c>hosts.tsv</c>) stands at a token from <paramref name="from"/> to
    /// <paramref name="to"/>.</summary>
    private bool HostBetween(int from, int to)
    {
        for (int t = from; t <= to; t++)
            if (_index.Place[t] is var p && p >= 0 && _lex.Hosts.ContainsKey(_doc.Places[p].PlaceId)) return true;
        return false;
    }

    private void FrameDrafts(Trigger trigger, int first, int last, List<Draft> into, FrameClause clause, FrameParties parties)
    {
        var (clauseStart, clauseEnd, _, _, anchor, dated, reduced, passive, missionOwner, retold) = clause;
        var (scan, subjects, subjectLast, actors, targets, material, demonym, downed, crowd) = parties;
        // A site that hosts troops is a target when the text names only the site ("rockets struck Ain al-Asad").
        bool hosted = false, precisePlace = false;
        foreach (var p in scan.Places)
        {
            hosted |= _lex.Hosts.ContainsKey(_doc.Places[p].PlaceId);
            precisePlace |= _doc.Places[p].Precision < 3;
        }
        // "Harir air base came under drone attack": a site that hosts troops, as the one hit, is a target.
        if ((passive || trigger.Is(TriggerFlags.SubjectIsTarget)) && !anchor)
            hosted |= HostBetween(clauseStart, Math.Min(first - 1, clauseStart + 3));
        // "counter-rocket guns at the Victory base complex downed a drone": a defence's subject placed at a site that hosts troops
        // names the site the weapon brought down flew at.
        if (trigger.Is(TriggerFlags.Intercept) && trigger.IsVerb && !passive && !anchor)
            hosted |= HostBetween(clauseStart, first - 1);
        // "Three rockets struck an empty lot near the airport": a weapon as subject makes an ambiguous verb an attack.
        // "A roadside bomb exploded beside a convoy in Muthanna": with a place or a target named too.
        var weaponCue = trigger.Type == "ASSAULT" && trigger.IsVerb ? _cues.Last("mode", Math.Max(clauseStart, first - 4), first - 1) : null;
        // "A rocket fired from the orchards of Dora landed near the embassy", "a bomb planted under the car of an activist exploded":
        // a weapon that opens the clause, with a participle of its own after it, is the verb's subject though further back.
        if (weaponCue is null && trigger.Type == "ASSAULT" && trigger.IsVerb && first - clauseStart <= 14 && Word(first - 1) is not ("was" or "were" or "been" or "be" or "is" or "are" or "being")
            && _cues.Last("mode", clauseStart, Math.Min(first - 1, clauseStart + 6)) is { } head && HeadWeaponSubject(head.Last, first))
            weaponCue = head;
        // "Two roadside bombs hit convoys. The first went off near Taji", "five rockets fell on Ain al-Asad and two more
        // fell on Balad", "a second salvo struck Taji": a subject that counts on from weapons told before is one of them.
        string? echoed = weaponCue is null && trigger.Type == "ASSAULT" && trigger.IsVerb && (!passive || reduced) ? EchoedWeapon(first, clauseStart, into) : null;
        // "An explosion hit a camp near Erbil", "a blast went off near the base": so is an explosion (cue class blast).
        bool blast = weaponCue is null && echoed is null && trigger.Type == "ASSAULT" && trigger.IsVerb && !passive
            && _cues.Any("blast", Math.Max(clauseStart, first - 4), first - 1);
        bool weapon = (weaponCue is not null || (echoed is not null && !trigger.Is(TriggerFlags.Toll)) || blast)
            && (precisePlace || scan.Places.Count > 0 || targets.Count > 0 || PlaceWithin(clauseStart, first - 1) || CountedObject(last, out _, out _, out _)
                // "two rockets hit an empty lot", "a drone struck a base of the brigade": a site hit, though unnamed.
                || _cues.Any("facility", last + 1, Math.Min(clauseEnd, last + 5)));
        // "a rocket fell near the embassy", "a bomb went off": only a weapon that flies or blows up makes these an attack.
        if (trigger.Is(TriggerFlags.Weapon) && !(weapon && (weaponCue?.Cue.Value ?? echoed) is not "airstrike")) return;
        // "Two convoys were struck near Iskandariya", "a checkpoint was targeted in Tarmiyah": a thing that
        // is hit and stands somewhere makes an ambiguous passive an attack.
        weapon |= trigger.Type == "ASSAULT" && passive && !reduced && _cues.Any("facility", Math.Max(clauseStart, first - 5), first - 1)
            && (scan.Places.Count > 0 || PlaceWithin(clauseStart, first - 1));
        // "A lawyer was killed by unknown gunmen in Nasiriyah", "two guards were wounded by a roadside bomb near Tikrit":
        // a passive whose agent is a weapon or gunmen (cue class mode) makes an ambiguous verb an attack, with a place
        // or a target named.
        weapon |= trigger.Type == "ASSAULT" && passive && Word(last + 1) == "by" && _cues.First("mode", last + 2, Math.Min(clauseEnd, last + 4)) >= 0
            && (scan.Places.Count > 0 || targets.Count > 0 || PlaceWithin(clauseStart, first - 1));
        // "Harir has been targeted at least five times": a place hit a number of times is a count of attacks on it.
        weapon |= trigger.Type == "ASSAULT" && passive && !reduced && PlaceWithin(clauseStart, first - 1)
            && CountedObject(last, out _, out _, out int timesNoun) && Word(timesNoun) == "times";
        // "the arrest was part of a plan against the Hashed", "the strike is a message to Washington": what follows
        // a copula after an act told before describes it; the names there are not its parties.
        if (!trigger.IsVerb && Word(first - 1) is "the" or "this" or "that" && Word(last + 1) is "is" or "was" or "are" or "were")
            targets.Clear();
        // "Qasim Muslih, the PMF's Anbar commander, whose arrest on May 26 ...": the one "whose" stands for is
        // the one the act was done to.
        if (!trigger.IsVerb && targets.Count == 0 && actors.Count == 0 && trigger.Type is "COERCE" or "ASSAULT" && Word(first - 1) == "whose"
            && WhoseAntecedent(first - 1) is { } owner)
            targets.Add(owner);
        // "Kataib Hezbollah, which Washington blames for most attacks", "the group, which the US designated in 2009": the
        // body a "which" before the subject stands for is the one the act is aimed at.
        if (trigger.IsVerb && !passive && targets.Count == 0 && actors.Count > 0 && WhichObject(first) is { } which && !actors.Contains(which))
            targets.Add(which);
        // "two years after his assassination", "the day of their arrest": a possessive pronoun before a noun of an act
        // done to someone stands for the one it was done to ("his killing of civilians" is his own act).
        bool owned = false;
        if (!trigger.IsVerb && targets.Count == 0 && trigger.Type is "COERCE" or "ASSAULT" && Word(first - 1) is "his" or "her" or "their"
            && _cues.At(first, "undergone") >= last && Word(last + 1) != "of"
            && ResolveUndergone(first - 1) is { } sufferer && !actors.Contains(sufferer))
        {
            targets.Add(sufferer);
            owned = IsPerson(sufferer);
        }
        // "Soleimani, the Quds Force commander killed in a US drone strike", "Muhandis, killed in the strike": the person
        // before a participle of death or wounds told of an attack noun is the one it hit.
        if (!trigger.IsVerb && targets.Count == 0 && trigger.Type == "ASSAULT" && KilledInBefore(first) is { } fallen && !actors.Contains(fallen))
            targets.Add(fallen);
        // "masked gunmen fired on a sit-in": an attack on a protest hits the protesters. "More than 480 people have been
        // killed since the protests began, most of them shot by the security forces": people hit by a named attacker
        // in a sentence of protests are the protesters.
        if (trigger.Type == "ASSAULT" && targets.Count == 0 && !actors.Contains("protesters")
            && (ProtestNounAt(last + 1) || (Word(last + 1) is "on" or "at" && ProtestNounAt(last + 2)) || (passive && Word(last + 1) == "by" && PeopleBefore(first - 1) && ProtestNounIn(_first, first - 1))))
            targets.Add("protesters");
        // "the killing of Abu Baqir al-Saadi" names its victim: an act, though no actor is told.
        bool victim = owned || !trigger.IsVerb && Word(last + 1) == "of" && targets.Count > 0 && IsPerson(targets[0]);
        // "the exit of US forces": a weak noun of leaving is an act when the forces that leave follow it.
        ForcesAfter(trigger, last, actors);
        // "the Treasury placed X under sanctions", "X was placed under US sanctions": the one put under them is the target, the
        // subject of the active verb the actor.
        PutUnder(trigger, first, clauseStart, actors, targets);
        // "some 1,500 more troops will deploy to Qatar": forces that move somewhere, though their side is not named.
        // ("additional army units were deployed around the Green Zone": so are forces moved, in the passive.)
        bool forcesGo = trigger.Type == "MOBILIZE" && trigger.IsVerb && !reduced && scan.Places.Count > 0
            && _cues.Any("troops", Math.Max(clauseStart, first - 6), first - 1);
        // "- Tuesday: rockets at the base in al-Shaddadi": a weapon aimed somewhere in a bulleted list, with no verb, is one
        // of the attacks the list tells, by the actor of the lead-in or of the count of attacks told before the list.
        bool listed = ListedAct(trigger, first, last);
        if (listed && actors.Count == 0 && ListActor() is { } lister && !targets.Contains(lister)) actors.Add(lister);
        // "a court ordered the closure of the offices of X": a ban noun on a side's places of business names whom it bans.
        bool closed = trigger.Type == "COERCE" && trigger.Mode == "ban" && !trigger.IsVerb && Word(last + 1) == "of" && targets.Count > 0
            && _cues.Any("closable", last + 2, Math.Min(clauseEnd, last + 5));
        // "The al-Qaim crossing has been shut to all traffic", "the airport road was closed on Friday": a way in or across closed,
        // its subject, is a ban though no one is said to have closed it.
        // ("Traffic was barred from the bridge", "air traffic over Basra was closed", "all flights were blocked": so is traffic
        // or a service stopped, its subject.)
        closed |= trigger.Type == "COERCE" && trigger.Mode == "ban" && trigger.IsVerb && trigger.Lemma is "close" or "shut" or "bar" or "block" && passive && !reduced
            && (WayWithin(Math.Max(clauseStart, first - 5), first - 1) || _cues.Any("closable", Math.Max(clauseStart, first - 7), first - 1))
            // ("the highway was blocked by snow", "traffic was blocked for hours by the floods": blocked by no one named is no ban.)
            && !(trigger.Lemma is "bar" or "block" && ByWithin(last + 1, Math.Min(clauseEnd, last + 6)));
        // "the committee decided the closure of all border crossings", "announced the closing of the Iraqi airspace": a noun (or a
        // gerund after "the") of closing with a way in or across after its "of", after a verb of imposing a ban (cue light COERCE:ban),
        // is a ban, though the body that decided it is unknown ("demanded the closing of all American bases" asks for one).
        closed |= trigger.Type == "COERCE" && trigger.Mode == "ban" && (!trigger.IsVerb || ((trigger.Form & WordForm.Ing) != 0 && Word(first - 1) == "the"))
            && trigger.Is(TriggerFlags.Weak) && Word(last + 1) == "of" && WayWithin(last + 2, Math.Min(clauseEnd, last + 6)) && BanDecidedBefore(first);
        // "A strike near Qaim killed two fighters", "two fighters died in a strike on their car": a weak noun of attack that
        // kills or wounds, as the subject of the toll or where the victims died, is an attack though no one is named.
        // (Asked last, so only of a weak trigger about to be dropped.)
        // "An activist was shot in Karrada", "two soldiers were hit by sniper fire": people, the subject of a weak verb of attack
        // in the passive, are the ones attacked, though no one is named.
        bool peopleHit = trigger.Type == "ASSAULT" && trigger.IsVerb && passive && !reduced && !trigger.Is(TriggerFlags.Toll) && PeopleSubject(first - 1);
        // "Soldiers killed two militants in Tuz Khurmatu", "gunmen on a motorcycle pulled up beside him in Nasiriyah and shot him dead":
        // armed men (cue class assailant) before a weak verb of attack in the active voice, with people as its object, in a
        // clause that names a place, attack though neither side is named ("the floods killed two people" names no armed men).
        peopleHit |= trigger.Type == "ASSAULT" && trigger.IsVerb && !passive && !reduced && scan.Places.Count > 0
            && PeopleObject(last + 1, armed: true) && _cues.Any("assailant", clauseStart, first - 1);
        // "A criminal court in Basra on Wednesday sentenced two men to death", "three men were sentenced to life on Monday": a
        // verdict a court (cue class court) hands down, or people sentenced, is an arrest though the reader knows no body by that name.
        // ("the court's verdict", "calls to sentence the killers": no court before the verb, no people as the passive's subject.)
        bool sentenced = trigger.Type == "COERCE" && trigger.IsVerb && trigger.Lemma is "sentence" or "convict" && !reduced
            && (passive ? PeopleSubject(first - 1) : _cues.Any("court", Math.Max(clauseStart, first - 8), first - 1));
        // "Militants fired two rockets at the airport", "launched a wave of drones toward the base": a weak verb of firing whose
        // object is a weapon (cue class mode), counted or not, is an attack though no side is named.
        bool fired = trigger.Type == "ASSAULT" && trigger.IsVerb && (trigger.Form & (WordForm.Past | WordForm.Participle)) != 0 && !passive && !reduced && trigger.Lemma is "fire" or "launch" && FiredWeapon(last, clauseEnd);
        if (trigger.Is(TriggerFlags.Weak) && actors.Count == 0 && ((targets.Count == 0 && !hosted && !weapon && !fired) || !trigger.IsVerb) && !victim && !crowd && !forcesGo && !listed && !closed && !peopleHit && !sentenced
            && !(trigger.Type == "ASSAULT" && !trigger.IsVerb && TollOfNoun(first, last, clauseStart, clauseEnd))) return;
        // "Kurds who fled Turkey in the 1990s", "families fled the shelling": people fleeing with no armed body named as the
        // ones who flee are civilians, and civilians withdraw no forces.
        if (trigger.Type == "RETREAT" && trigger.Lemma == "flee" && actors.Count == 0 && !forcesGo) return;
        // "police beat protesters", "gunmen beat a journalist": beating is an attack on people; "Iraq beat Iran 2-1"
        // is a match won.
        if (trigger.Lemma == "beat" && !PeopleObject(last + 1, armed: false)) return;
        // "Saied is seeking a second term", "the bloc backed the budget", "X's closest ally and main partner":
        // an ambiguous verb of asking, backing, joining or accepting ("approved a law") is an act between two sides
        // only when it names the other side (a pledge of money is aid, below).
        // "Abdul-Mahdi said Esper had phoned him": the person a statement's object pronoun stands for is the
        // speaker who tells of it, else the last person named, never the actor.
        if (!material && trigger.IsVerb && targets.Count == 0 && actors.Count > 0 && Word(last + 1) is "him" or "her")
        {
            var told = Speaker(first);
            if (told is null || told == actors[0] || !IsPerson(told)) told = Resolve(last + 1, person: true);
            if (told is not null && told != actors[0]) targets.Add(told);
        }
        // "with Washington implicating them in strikes", "accused them of ...": the body the object pronoun stands
        // for, the last one named before it other than the actor.
        if (!material && trigger.IsVerb && targets.Count == 0 && actors.Count > 0 && Word(last + 1) == "them"
            && Coreference.Resolve(_doc, _stage.Kb, _doc.Tokens[last + 1].Start, _sentence, person: false, skip: actors[0]) is { } they
            && SideOf(they) != SideOf(actors[0]))
            targets.Add(they);
        // "Police fired tear gas to drive them back", "the jets bombed them": the body an act of force's object pronoun
        // (or that of its purpose, "to V them") stands for, the last one named before it other than the actor.
        if (material && trigger.Type is "ASSAULT" or "COERCE" && trigger.IsVerb && !passive && targets.Count == 0 && actors.Count > 0
            && ObjectPronounAfter(last, clauseEnd) is var them && them >= 0
            && Coreference.Resolve(_doc, _stage.Kb, _doc.Tokens[them].Start, _sentence, person: false, skip: actors[0],
                skipIf: SameCampAs(actors[0])) is { } hit)
            targets.Add(hit);
        // "imposed sanctions on X, accusing him of ...": the one the participle's pronoun object stands for is
        // the other side of the act before the comma.
        if (!material && trigger.IsVerb && Word(first - 1) == "," && Word(last + 1) is "him" or "her" or "them" or "it")
            for (int i = into.Count - 1; i >= 0; i--)
                if (into[i].Sentence == _sentence && into[i].Last < first && into[i].Target is { } other)
                {
                    targets.Clear();
                    targets.Add(other);
                    break;
                }
        // "sent envoys to the faction leaders to ask for calm", "met X to press for ...": asking is the purpose of
        // the meeting told before it, of the one met.
        if (trigger.Type == "REQUEST" && targets.Count == 0 && Word(first - 1) == "to" && actors.Count > 0)
            foreach (var d in into)
                if (d.Sentence == _sentence && d.Type == "CONSULT" && d.Actor == actors[0] && d.Target is not null && d.Last < first) { targets.Add(d.Target); break; }
        // "Baghdad pledged to disarm Iranian Kurdish groups": the object of the verb after "to" is the other act's,
        // not the other side of the pledge.
        if (trigger.Is(TriggerFlags.Weak) && trigger.IsVerb && !material && Word(last + 1) == "to" && last + 2 < _end && _index.Actor[last + 2] < 0
            && _index.Place[last + 2] < 0 && _cues.At(last + 2, "noun-before") < 0 && Word(last + 2) is not ("the" or "a" or "an" or "its" or "their" or "his" or "her"))
            targets.Clear();
        // "asked the Swedish ambassador to leave the country", "told the envoy to leave": the envoy's state is the one asked (the
        // request becomes the expulsion below).
        if (trigger.Type == "REQUEST" && trigger.IsVerb && !passive && targets.Count == 0 && Envoy(last, clauseEnd) is { } envoyOf && ToLeave(last, clauseEnd))
            targets.Add(envoyOf);
        if (trigger.Is(TriggerFlags.Weak) && trigger.IsVerb && !passive && trigger.Type is "REQUEST" or "SUPPORT" or "COOPERATE" or "AGREE" && targets.Count == 0
            && !(trigger.Type == "AGREE" && Money(last + 1, Math.Min(clauseEnd, last + 4)))) return;
        // "militias supported by Iran", "factions backed by Tehran": a description, which the relation
        // stage reads, not an act.
        if (trigger.Type is "SUPPORT" or "AID" or "COOPERATE" && passive && first > _first && _index.Actor[first - 1] >= 0) return;
        // Forces move and leave; they do not do it to anyone. "the withdrawal of US forces", "the presence of
        // security forces": forces named after the noun are the ones that move.
        // "Sadr supporters stormed the parliament", "protesters stormed the Green Zone": a crowd breaking in without
        // setting fire or fighting protests; it attacks only with arson or arms (told by their own words).
        if (trigger.Type == "ASSAULT" && trigger.IsVerb && trigger.Lemma is "storm" or "break into" or "burst into" or "break through" && !passive && CrowdBefore(first, clauseStart) && !ArsonTold())
            trigger = trigger with { Type = "PROTEST", Mode = null };
        // "the charge d'affaires": the title of an envoy holds no charge against anyone.
        if (trigger.Type == "ACCUSE" && _cues.At(first, "envoy") > first) return;
        // "protesters burned the Swedish flag", "a copy of the Koran was burned": a thing burned as a gesture is no attack.
        // Nor is it when fire is set to it by other words: "setting fire to an American flag", "the burning of the Koran".
        if (trigger.Type == "ASSAULT" && trigger.IsVerb && trigger.Lemma is "burn" or "set fire to" or "torch" or "set ablaze" or "set on fire" or "set alight" or "set"
            && EffigyBurned(first, last, passive)) return;
        // "he left four children", "the blast left two dead": people left behind are no withdrawal.
        // ("handed three smaller bases to Iraqi forces", "handed over two more camps": sites counted after a verb of
        // handing are handed over.)
        // ("the protests left more than 330 martyrs": so with a qualifier before the number.)
        if (trigger.Type == "RETREAT" && trigger.Is(TriggerFlags.Weak) && trigger.IsVerb && !passive
            && (Cardinal(last + 1) is not null || (_cues.At(last + 1, "qualifier") is var q && q > last && Cardinal(q + 1) is not null))
            && !((trigger.Is(TriggerFlags.HandsSite) || trigger.Lemma.StartsWith("hand", StringComparison.Ordinal))
                 && _cues.StartsWithin("handed-site", last + 2, Math.Min(_end - 1, last + 4)))) return;
        // "fighters who left Kata'ib Hezbollah", "the bloc left the Coordination Framework": a body left that is no place is a
        // membership given up, no withdrawal.
        if (trigger.Type == "RETREAT" && trigger.IsVerb && trigger.Lemma == "leave" && !passive
            && (Word(last + 1) == "the" ? last + 2 : last + 1) is var body && body < _end && _index.Actor[body] >= 0 && _index.Place[body] < 0) return;
        // "danced on the desks and left a few hours later": leaving names a withdrawal only with the place or post left.
        // (Forces that leave withdraw wherever from: "the American troops were forced to leave".)
        if (trigger.Type == "RETREAT" && trigger.Is(TriggerFlags.Weak) && trigger.IsVerb && trigger.Lemma == "leave" && scan.Places.Count == 0
            && !LeftSite(last, clauseEnd) && !AnyForce(actors) && !AnyForce(subjects)) return;
        // "a mine left by ISIS went off", "explosives left behind by the Islamic State", "Daesh left behind hundreds of bombs":
        // a thing left (a reduced passive after a noun, or "left behind" with no site as its object) is no withdrawal;
        // "the base left by the coalition", "the positions left behind by the army" are sites given up.
        if (trigger.Type == "RETREAT" && trigger.IsVerb && trigger.Lemma == "leave" && Word(first) == "left"
            && ((Word(last + 1) is "by" or "behind" && Word(first - 1) is not ("was" or "were" or "been" or "is" or "are" or "be" or "being" or "had" or "has" or "have")
                 && first - 1 >= _first && _doc.Tokens[first - 1].Kind == TokenKind.Word && _index.Actor[first - 1] < 0 && !(_index.Place[first - 1] >= 0 || SiteNoun(first - 1) || _cues.At(first - 1, "site-left") >= 0))
                || (!passive && Word(last + 1) == "behind" && !LeftSite(last + 1, clauseEnd)))) return;
        // "withdrawing his support from the government", "withdrew its candidacy": what a party withdraws that is no force (cue
        // class stance) is no withdrawal.
        if (trigger.Type == "RETREAT" && trigger.IsVerb && trigger.Lemma == "withdraw" && _cues.StartsWithin("stance", last + 1, Math.Min(clauseEnd, last + 3))) return;
        // "President Salih left Baghdad for his home town of Sulaymaniyah", "the minister left Erbil for Ankara": a person leaving a
        // place for another travels ("officers who left Sulaymaniyah for Erbil" may be a force's); "the post left empty",
        // "questions left unanswered": a state left behind.
        if (trigger.Type == "RETREAT" && trigger.IsVerb && trigger.Lemma == "leave"
            && (_cues.At(last + 1, "left-state") >= 0 || ((subjects.Exists(s => _stage.Kb[s] is { Kind: "person" }) || UnknownPersonBefore(first, subjects)) && LeftFor(last, clauseEnd)))) return;
        if (trigger.Type is "MOBILIZE" or "RETREAT")
        {
            // "Counter-Terrorism Service units were posted at the checkpoints": the forces moved are the actor.
            if (actors.Count == 0 && passive && !reduced) actors.AddRange(targets);
            targets.Clear();
            // "will hand over the remaining tasks to Iraqi forces", "handed the base to the army": whom a handover goes to.
            if (trigger.Type == "RETREAT" && (trigger.Lemma.StartsWith("hand", StringComparison.Ordinal) || trigger.Is(TriggerFlags.HandsSite)) && HandedTo(last, clauseEnd) is { } receiver
                && !actors.Contains(receiver))
                targets.Add(receiver);
        }

        // "summoned the Turkish ambassador", "expelled Iran's envoy": the act is against the envoy's state, and
        // sending a diplomat away is a sanction, not an expulsion of people.
        string type = trigger.Type;
        // "pledged $5 million", "$5.2 million to support a UN mission": money given is aid, not a pledge or praise.
        if (type is "AGREE" or "SUPPORT" && trigger.IsVerb
            && (Money(last + 1, Math.Min(clauseEnd, last + 4)) || (Word(first - 1) == "to" && Money(Math.Max(_first, first - 7), first - 2))))
            type = "AID";
        // "the Islamic State seized a third of Iraq", "fighters captured the town of X", "recaptured the last village held by
        // the group": ground taken by force is an assault, not a seizure of goods or an arrest.
        if (type == "COERCE" && (trigger.Mode == "seize" || trigger.Lemma is "capture" or "recapture") && trigger.IsVerb && SeizedGround(last, clauseEnd))
        {
            trigger = trigger with { Type = "ASSAULT", Mode = null };
            type = "ASSAULT";
        }
        // "launched a wide operation on Sunday to clear ISIS remnants from the Hamrin range", "an operation to hunt down the cells": an
        // operation told by its aim of clearing or hunting an enemy out (cue class search-purpose) is a search operation, not a strike.
        if (type == "ASSAULT" && SearchOperation(trigger, last, clauseEnd))
        {
            trigger = trigger with { Type = "MOBILIZE", Mode = "search operation" };
            type = "MOBILIZE";
        }
        // "the army redeployed troops to the border", "the Peshmerga redeployed two brigades to Kirkuk": forces moved to a place
        // with no place they left are sent there, a deployment; "US forces redeployed from Qayyarah to Erbil" leave a base.
        if (type == "RETREAT" && trigger.IsVerb && trigger.Lemma is "redeploy" or "relocate" && !passive && MovedToNotFrom(last, clauseEnd))
        {
            trigger = trigger with { Type = "MOBILIZE", Mode = "redeployment" };
            type = "MOBILIZE";
        }
        // "the government dismissed the Basra police chief": dismissing an office-holder removes him from his post (a ban), where
        // dismissing a claim rejects it.
        if (type == "REJECT" && trigger.IsVerb && trigger.Lemma == "dismiss" && !passive
            && ObjectOfClass("office-holder", passive, first, last, clauseStart, clauseEnd, after: 5))
        {
            trigger = trigger with { Type = "COERCE", Mode = "ban", Flags = trigger.Flags & ~(TriggerFlags.Speech | TriggerFlags.Weak) };
            type = "COERCE";
        }
        // "withdrew its ambassador from Ankara", "to withdraw the Iraqi charge d'affaires from the Swedish capital": calling
        // one's own envoy home punishes the state he served in.
        string? sender = null, served = null;
        bool ownEnvoy = (type == "RETREAT" || trigger.Is(TriggerFlags.Envoy)) && trigger.IsVerb && !passive && OwnEnvoyHome(last, clauseEnd, out sender, out served);
        if (ownEnvoy)
        {
            type = "SANCTION";
            targets.Clear();
            if (served is not null) targets.Add(served);
            if (sender is not null) { actors.Clear(); actors.Add(sender); }
        }
        // "asked the Swedish ambassador to leave the country": telling another state's envoy to go expels him.
        if (type == "REQUEST" && trigger.IsVerb && Envoy(last, clauseEnd) is { } expelled && ToLeave(last, clauseEnd))
        {
            type = "SANCTION";
            targets.Clear();
            targets.Add(expelled);
        }
        // "ordered the Swedish ambassador to leave the country", "gave Turkey's envoy 72 hours to leave": an envoy told to
        // go is expelled; his leaving is no withdrawal of forces.
        // ("Baghdad ordered the Swedish ambassador to leave the country": with a verb of command that is no trigger of its own, the
        // leaving is the expulsion, by the commander, of the envoy's state; "asked the envoy to leave" is read from "asked".)
        if (type == "RETREAT" && trigger.IsVerb && Word(first - 1) == "to" && EnvoyToldToGo(first - 1))
        {
            if (OrderedEnvoyOut(first - 1, clauseStart) is not var (orderer, expelledState) || orderer is null) return;
            trigger = trigger with { Type = "SANCTION", Mode = "expulsion of ambassador" };
            type = "SANCTION";
            actors.Clear();
            actors.Add(orderer);
            targets.Clear();
            targets.Add(expelledState!);
        }
        // "recalled its charge d'affaires from Stockholm": a recall told by the trigger itself, with where from.
        if (type == "SANCTION" && targets.Count == 0 && _cues.Last("envoy", Math.Max(first, last - 3), last) is { Last: var envoyEnd } && envoyEnd == last
            && ServedFrom(last + 1, clauseEnd) is { } recalledFrom)
            targets.Add(recalledFrom);
        if (!ownEnvoy && type is "ACCUSE" or "SANCTION" or "COERCE" && (Envoy(last, clauseEnd) ?? PostedIn(trigger, last, clauseEnd)) is { } envoyState)
        {
            targets.Clear();
            targets.Add(envoyState);
            if (type == "COERCE") type = "SANCTION";
        }
        // "barred 14 Iraqi banks from dollar transactions", "blocked the company's accounts": a ban on banks or
        // money is a financial sanction.
        // ("removed central bank governor X": removing the holder of a post is no ban on the bank.)
        if (type == "COERCE" && trigger.Mode == "ban" && trigger.IsVerb && !trigger.Is(TriggerFlags.Office) && _cues.Any("finance", last + 1, Math.Min(clauseEnd, last + 6)))
            type = "SANCTION";
        // "Turkey closed its airspace to flights to and from Sulaymaniyah": shutting one's skies to another's flights punishes it.
        // ("Turkey's ban on flights from the city's airport": so does a ban on flights, told as a noun.)
        if (type == "COERCE" && trigger.Mode == "ban" && (trigger.IsVerb ? FlightsShut(last, clauseEnd)
                : Word(last + 1) == "on" && WordIs(last + 2, WordClass.FlightNoun) && Word(last + 3) is "to" or "from" or "into" or "over"))
        {
            trigger = trigger with { Type = "SANCTION", Mode = "flight ban" };
            type = "SANCTION";
        }
        // "Sadr ordered his followers to withdraw", "the council told its fighters to pull out": a leader ordering
        // his own side back makes a concession; the pulling back itself is told only when a sentence says it happened.
        if (type == "RETREAT" && trigger.IsVerb && OrderAt(first, clauseStart) is var order && order >= 0)
        {
            type = "CONCEDE";
            targets.Clear();
            if (order > _first && _index.Actor[order - 1] is var leader && leader >= 0)
            {
                actors.Clear();
                actors.Add(_doc.Mentions[leader].EntityId!);
            }
            // ("Sadr on Monday ordered his supporters to ...": "his supporters", read as his movement, is the one
            // ordered; the one who ordered is the subject of the verb of command.)
            else if (_index.Actor[order + 2] >= 0 && Subjects(order, clauseStart, out _) is { Count: > 0 } commanders)
            {
                actors.Clear();
                actors.AddRange(commanders);
            }
        }
        // "Sadr's withdrawal from politics", "the bloc withdrew from the talks": a leader or a party stepping back gives way;
        // only forces withdraw.
        if (missionOwner is not null)
        {
            actors.Clear();
            actors.Add(missionOwner);
        }
        if (type == "RETREAT" && ((actors.Count > 0 && AllUnarmed(actors)) || FromPolitics(last, clauseEnd)))
        {
            type = "CONCEDE";
            targets.Clear();
        }
        // "protesters are blocking the entrance to the port", "demonstrators closed the road": a crowd that blocks a way
        // protests; it bans nothing.
        // So does a crowd that takes a building or a square: "protesters who had occupied a car park", "demonstrators seized
        // the governorate building".
        if (type == "COERCE" && trigger.Mode is "ban" or "seize" && trigger.IsVerb && actors.Count > 0 && AllCrowds(actors))
        {
            trigger = trigger with { Type = "PROTEST", Mode = null };
            type = "PROTEST";
            material = false;
        }
        // "a Baghdad court issued an arrest warrant for President Trump": a warrant for a foreign state's man is blame, no arrest.
        if (trigger.Is(TriggerFlags.Warrant) && targets.Count > 0 && ForeignTo(targets[0], actors))
        {
            trigger = trigger with { Type = "ACCUSE", Mode = null };
            type = "ACCUSE";
            material = false;
        }
        // "the Treasury blocked all property of the two commanders": money or property blocked is frozen, a sanction, no ban.
        // ("any property he holds under US jurisdiction is blocked": told in the present passive, it is what a designation
        // told elsewhere does, no act of its own.)
        if (type == "COERCE" && trigger.IsVerb && trigger.Lemma == "block"
            && (ObjectOfClass("finance", passive, first, last, clauseStart, clauseEnd, before: 8, after: 4) || PropertyNear(first, last, clauseStart, clauseEnd)))
        {
            if (passive && Word(first - 1) is "is" or "are") return;
            trigger = trigger with { Type = "SANCTION", Mode = null };
            type = "SANCTION";
        }
        // "the faction said American forces 'have not ended their combat role, as they claim'", "said the handovers were a
        // redeployment, not a withdrawal": a move another side says was not made is that side's claim, no denial (a denial is
        // told with a verb of denying, or by the movers' own side).
        if (type is "RETREAT" or "MOBILIZE" && Status(trigger, first, clauseStart) == "negated" && !_cues.Any("denial", _first, first - 1)
            && Speaker(first) is { } claimant && (actors.Count == 0 || !SameCamp(actors[0], claimant))) return;
        EventPhaseClock.Enter(EventPhaseClock.Phase.Status);
        var status = Status(trigger, first, clauseStart);
        EventPhaseClock.Exit();
        var template = new Draft(type, trigger, _sentence, first, last) { Status = status, Anchor = anchor };
        // "said its fighters would not leave their camps", "US troops will not withdraw": forces that will not leave refuse to;
        // the refusal is the act.
        // ("will not hand over our arms or leave the villages": so do they after "or" in a series "will not" opens.)
        if (type == "RETREAT" && trigger.IsVerb && ((template.Status == "negated" && WillNot(first)) || WillNotSeries(first, clauseStart)))
        {
            trigger = trigger with { Type = "REJECT", Mode = null };
            type = "REJECT";
            material = false;
            template = new Draft(type, trigger, _sentence, first, last) { Status = "reported", Anchor = anchor };
        }
        template.Retold = retold && material;
        // "Analysts say the factions could strike ...", "an expert predicts that the US will strike ...":
        // what a commentator foresees is no event (the ontology codes no predictions).
        if (template.Status == "future" && trigger.Type != "THREATEN" && _cues.Any("commentator", _first, first - 1)) return;
        // "We expect more rocket fire at US sites", "Our view: expect more bombs on the convoys": the writer's own forecast
        // (cue class forecast) before the act in its sentence foresees it, whatever the verb's tense.
        // ("\"We expect them to strike again,\" the envoy said, a day after rockets hit the embassy": a quote closed between them
        // ends the forecast.)
        // ("The risk is that Ankara widens the campaign, days after its drones struck a car on Sunday": a verb in a past form,
        // no modal or "to" before it, dated in its clause, tells an act done, not the one foreseen.)
        if (_cues.Last("forecast", _first, first - 1) is { Last: var foreseen } && !QuoteOrStopBetween(foreseen + 1, first - 1)
            && !(trigger.IsVerb && (trigger.Form & (WordForm.Past | WordForm.Participle)) != 0 && Word(first - 1) != "to"
                 && template.Status != "future" && TimeIn(last + 1, ClauseEnd(last)))) return;
        // "was arrested ..., without mentioning the place of the arrest", "without saying whether he would withdraw": what is
        // left untold (cue class untold) is no act of its own.
        if (_cues.Any("untold", Math.Max(clauseStart, first - 8), first - 1)) return;
        // "but no arrests have been announced", "no arrest was reported": a noun of an act after "no" whose verb is a passive of
        // telling says only that none was told, no act denied ("no arrests were recorded" tells none was made).
        if (material && !trigger.IsVerb && Word(first - 1) == "no" && NoneTold(last)) return;
        // "About 2,500 US troops remain in Iraq to train and advise Iraqi forces", "has 5,200 troops in Iraq, training and
        // advising", "US troops there train Syrian fighters": training or assisting told in the present is what a mission is
        // for, no act done ("will continue to train" is the pledge; "trained the cell" is done).
        if (type == "AID" && template.Status == "reported" && (trigger.Form & (WordForm.Past | WordForm.Participle)) == 0
            && WordIs(first, WordClass.AdviseVerb)) return;
        // "Israel has so far not struck inside Iraq": an act the narrator says has not happened, with no one denying
        // it, is no event (a denial is: "X said its forces had not opened fire").
        if (material && template.Status == "negated" && !trigger.Is(TriggerFlags.Negates)
            && !_cues.Any("speech", _first, _end - 1) && !_cues.Any("denial", _first, _end - 1) && !_cues.Any("claim", _first, _end - 1)) return;
        if (material && subjectLast >= 0 && actors.Count > 0 && _cues.Any("claim", subjectLast + 1, first - 1))
            template.ClaimedBy = actors[0];
        EventPhaseClock.Enter(EventPhaseClock.Phase.Status);
        Counts(template, trigger, first, last, passive && !reduced);
        Time(template, first, last, clauseStart, clauseEnd);
        EventPhaseClock.Exit();
        template.Definite = Definite(trigger, first, last)
            // "the party accused Saraya al-Salam of attacking its office": the act one is accused of is the one the story told.
            || (material && trigger.IsVerb && (trigger.Form & WordForm.Ing) != 0 && Word(first - 1) == "of" && AccusedBetween(first - 1, clauseStart) >= 0);
        template.Mutual = trigger.Type == "ASSAULT" && _cues.At(first, "mutual") >= 0;
        // "fired missiles at the base in retaliation for the killing of Qassem Soleimani": an act named with "the" as what
        // another answers is a known one given as the cause, no happening told here.
        // ("in retaliation for the killing of Soleimani in Baghdad last week": one dated in its own words is told, as background.)
        if (material && template.Definite && AnsweredNamed(first) && !(template.Start is not null && TimeIn(last + 1, clauseEnd))) return;
        // "rejected these mediations", "turned down the offer": what is refused was made by someone told before.
        template.AnswersPrior = trigger.Type == "REJECT" && targets.Count == 0 && _cues.Any("appeal", last + 1, Math.Min(clauseEnd, last + 4));

        // Statements happen where their speaker is, which the text rarely says: only physical events
        // and protests get a place. A sanction is a decree, not an act at a place: the places around it
        // say what it punishes ("for attacks in Syria") or whom ("an envoy in Tehran").
        bool compound = false;
        EventPhaseClock.Enter(EventPhaseClock.Phase.Places);
        var places = (material && type is not ("SANCTION" or "CONCEDE")) || trigger.Type == "PROTEST" ? Places(first, last, clauseStart, clauseEnd, scan, anchor || dated, out compound, subjectHit: passive || trigger.Is(TriggerFlags.SubjectIsTarget) || AfterSubjectHit(first))
            : type is "CONSULT" or "AGREE" ? MeetingPlace(type, first, last, clauseStart, clauseEnd) : NoPlaces;
        EventPhaseClock.Exit();
        // "its fighters attacked three bases on Sunday, naming al-Rukban, al-Shaddadi and al-Tanf": as many sites or
        // towns listed as the act counts are one attack each ("two attacks in Iraq and Syria" stays one summary).
        // ("three bases on the Syrian-Jordanian border, naming ...": a wider place before the sites only says where they lie.)
        if (places.Count > 2 && template.Count is { } counted && Splits(first) && _doc.Places[places[0]].Precision > 1 && counted == places.Count - 1
            && AllSitesBut(places, places[0]))
            (places, compound) = (places.GetRange(1, places.Count - 1), true);
        if (compound && template.Count is { } sites && sites == places.Count && Splits(first) && AllSitesBut(places, -1))
            compound = false;
        // "more than 25 attacks on the convoys this year, most of them in Babylon and Diwaniyah": the places of a summary whose
        // count is not theirs say where its acts fell, one summary (and the weapon told with it), no act at each.
        if (!compound && places.Count > 1 && (template.Aggregate && template.Count is { } summed && summed != places.Count || CountedSummaryIn(type, places.Count)))
            compound = true;
        // "20 roadside bombs have targeted trucks between the port of Umm Qasr and Baghdad": two places an act falls between are
        // its route, one act (or one summary) along it, no act at each end.
        if (!compound && places.Count == 2 && Between(places[0], places[1])) compound = true;
        // "attacks on their forces in Iraq, Syria and now Jordan": a country named in the list of where is no target.
        if (compound && targets.Count > 0)
            foreach (var p in places)
                if (_stage.Gazetteer[_doc.Places[p].PlaceId] is { Kind: "country" } country && _stage.Governments.TryGetValue(country.Country, out var state))
                    targets.Remove(state);
        // "Army and Federal Police units were sent to seal off the roads", "the army and the border guards were reinforced":
        // forces of one state named together make one move, given to the first of them (one happening, one event).
        if (type is "MOBILIZE" or "COERCE" or "RETREAT" && actors.Count > 1 && OneStatesForces(actors))
            actors.RemoveRange(1, actors.Count - 1);
        // The sentence's subject list makes one event per actor ("A, B and C refused ..."); a list of
        // sites attacked makes one event per site.
        var actorList = actors.Count > 0 ? actors : NoActor;
        var placeList = places.Count > 0 && !compound ? places : places.Count > 0 ? [places[0]] : NoPlace;
        // A site named as the target among sites hit elsewhere ("including the embassy, Victory base and
        // Ain al-Asad") is one more site: an event of its own, where it stands.
        string? site = null;
        foreach (var t in targets) if (_lex.SiteActors.Contains(t)) { site = t; break; }
        if (placeList.Count > 1 && site is not null && !Hosted(placeList, site)) placeList = [.. placeList, -1];
        // The last draft is the template itself (nothing reads it after), one allocation less per trigger.
        int left = actorList.Count * placeList.Count;
        foreach (var actor in actorList)
            foreach (var place in placeList)
            {
                var d = --left == 0 ? template : template.Copy();
                d.Evidence.Add(_sentence);
                d.Actor = actor;
                d.Target = FirstOther(targets, actor);
                d.Place = place;
                d.PlaceId = place >= 0 ? _doc.Places[place].PlaceId : placeList.Count > 1 ? SiteOf(site) : null;
                // "Rockets struck Balad on 3 May, Ain al-Asad on 5 May and Erbil airport on 9 May": each place of the list
                // with its own day after it happened that day.
                if (placeList.Count > 1 && place >= 0 && OwnDayAfter(place, placeList) is { } ownDay)
                {
                    d.Start = ownDay.From;
                    d.End = ownDay.To ?? ownDay.From;
                }
                // "cut mobile internet across the country", "imposed a nationwide curfew", "Jordan closed its airspace": an act
                // of a state's body spread over its whole country, with no place named, is in that country. (A sanction is a
                // decree, at no place: "Turkey closed its airspace to flights from Sulaymaniyah" punishes Sulaymaniyah.)
                if (d.PlaceId is null && (material || type == "CONCEDE") && type != "SANCTION" && actor is not null && _cues.Any("nationwide", clauseStart, clauseEnd) && WholeCountry(actor) is { } whole)
                    d.PlaceId = whole;
                d.Demonym = demonym && actor is not null;
                // Split over sites, a site named as the target ("the embassy") is the target only at itself.
                if (placeList.Count > 1 && place >= 0 && d.Target is not null && _lex.SiteActors.Contains(d.Target)
                    && _lex.Hosts.GetValueOrDefault(d.PlaceId!) != d.Target)
                    d.Target = _lex.Hosts.GetValueOrDefault(d.PlaceId!) ?? OtherThanSite(targets, actor);
                if (compound)
                {
                    d.Also = places.Skip(1).ToArray();
                    d.PlaceId = JoinedIds(places);
                }
                if (template.ClaimedBy is not null) d.ClaimedBy = actor;
                // "launched drones at three bases: Shaddadi, al-Tanf and Rukban": the count is of the places listed,
                // and each place's attack is one of them, no summary.
                if (!compound && place >= 0 && d.Aggregate && d.Count is { } n && n == PlacesIn(placeList))
                {
                    d.Aggregate = false;
                    d.Count = null;
                    d.Qualifier = null;
                }
                EventPhaseClock.Enter(EventPhaseClock.Phase.Finish);
                Finish(d, first, last, clauseStart, clauseEnd);
                EventPhaseClock.Exit();
                if (echoed is not null && d.Mode == "unspecified") d.Mode = echoed;
                // (The aircraft downed and the verb say nothing of the weapon; "with a surface-to-air missile" does.)
                if (downed) d.Mode = MissileIn(clauseStart, clauseEnd) ? "missile" : "unspecified";
                into.Add(d);
            }
        // "The Treasury designated A, B and C", "sanctions on X and his brother Y": a listing of several is one measure on each.
        if (type == "SANCTION" && into.Count > 0 && into[^1].Sentence == _sentence && into[^1].Target is { } firstListed)
        {
            var told = into[^1];
            foreach (var other in targets)
                if (other != firstListed && other != told.Actor && !_lex.SiteActors.Contains(other) && ListedAfter(other, last))
                {
                    var each = told.Copy();
                    each.Evidence.Add(_sentence);
                    each.Target = other;
                    into.Add(each);
                }
        }
        RetoldOnOtherDays(trigger, type, last, into);
    }

    /// <summary>The attacks a verb of attack tells again on other days (see <see cref="FrameDrafts"/>): "struck on 3 March and again
    /// on 9 March", "following earlier strikes on 26 October and 8 November".</summary>
    private void RetoldOnOtherDays(Trigger trigger, string type, int last, List<Draft> into)
    {
        // "The refinery was struck on 3 March and again on 9 March": an attack told again on another date is a
        // second attack, the same in all but its date.
        if (type == "ASSAULT" && trigger.IsVerb && into.Count > 0 && into[^1].Sentence == _sentence && !into[^1].Aggregate
            && AgainOn(last) is var again && again >= 0 && _doc.Times[again].From is { } from && from != into[^1].Start)
        {
            var twice = into[^1].Copy();
            twice.Evidence.Add(_sentence);
            twice.Start = from;
            twice.End = _doc.Times[again].To ?? from;
            into.Add(twice);
        }
        // "US aircraft hit a site near Albu Kamal, following earlier strikes on 26 October and 8 November": the earlier
        // attacks of that word, one a date, are the same side's in the same way; where and on whom they fell is not told.
        if (type == "ASSAULT" && trigger.IsVerb && into.Count > 0 && into[^1].Sentence == _sentence && !into[^1].Aggregate
            && into[^1].Actor is not null && into[^1].Status == "reported" && into[^1].Start is { } day)
        {
            var told = into[^1];
            foreach (int time in EarlierOn(last))
                if (_doc.Times[time].From is { } on && on < day)
                {
                    var earlier = told.Copy();
                    earlier.Evidence.Add(_sentence);
                    earlier.Target = null;
                    earlier.Place = -1;
                    earlier.PlaceId = null;
                    earlier.Also = [];
                    earlier.Killed = earlier.Injured = null;
                    earlier.Count = null;
                    earlier.Qualifier = null;
                    earlier.DatedOnly = true;
                    earlier.Start = on;
                    earlier.End = _doc.Times[time].To ?? on;
                    into.Add(earlier);
                }
        }
    }

    /// <summary>Whether every place of the list but <paramref name="except"/> is a site (precision 1). (These helpers, not
    /// lambdas over the list: a closure over it was allocated on every frame that reached its drafts.)</summary>
    private bool AllSitesBut(List<int> places, int except)
    {
        foreach (int p in places) if (p != except && _doc.Places[p].Precision != 1) return false;
        return true;
    }

    /// <summary>The places' ids joined by "+" (a place told as several areas).</summary>
    private string JoinedIds(List<int> places)
    {
        var ids = new string[places.Count];
        for (int i = 0; i < ids.Length; i++) ids[i] = _doc.Places[places[i]].PlaceId;
        return string.Join("+", ids);
    }

    /// <summary>Whether a trigger of a sanction ends before the token (a loop: a lambda would capture the token on every frame).</summary>
    private bool SanctionBefore(int first)
    {
        foreach (var h in _hits) if (h.Trigger.Type == "SANCTION" && h.Last < first) return true;
        return false;
    }

    /// <summary>Whether the subject of a passive verb of moving forces, right before its auxiliaries, is a body of a state's forces
    /// ("the Federal Police were sent", "the army and the PMF were rushed"), not a person or a thing sent.</summary>
    private bool ForcesSent(int first, int clauseStart)
    {
        int t = BeforeAuxiliaries(first - 1, clauseStart);
        return t >= _first && _index.Actor[t] >= 0 && _index.ActorLast[_index.Actor[t]] == t
            && _doc.Mentions[_index.Actor[t]].EntityId is { } id && _stage.Kb[id] is { Kind: "state_force" };
    }

    /// <summary>Whether every actor of the list is a force or a body of the same state's government.</summary>
    private bool OneStatesForces(List<string> actors)
    {
        string? country = null;
        foreach (var id in actors)
        {
            if (_stage.Kb[id] is not { Kind: "state_force" or "government", Country: { } c }) return false;
            if (country is not null && c != country) return false;
            country = c;
        }
        return true;
    }

    /// <summary>"pressure on Prime Minister al-Sudani to expel US troops", "calls for the government to arrest the killers": a noun
    /// of asking (word class request-noun) with "on", "upon" or "for" after it, at most seven words before <paramref name="t"/> and
    /// with no clause bound between, names who is asked; the act after "to" is what is asked of them.</summary>
    private bool RequestOn(int t, int clauseStart)
    {
        for (int k = t; k > Math.Max(clauseStart, t - 7); k--)
        {
            if (Word(k) is "," or ";" or ":") return false;
            if (Word(k) is "on" or "upon" or "for" && (WordIs(k - 1, WordClass.RequestNoun) || CallingBefore(k - 1, clauseStart))) return true;
            // ("We call on Ankara to halt its raids, on the PKK to withdraw from the villages": the next one asked in a series
            // of "on ... to" after a comma.)
            if (Word(k) is "on" or "upon" && Word(k - 1) == ",") return CalledOnBefore(k - 2);
        }
        return false;
    }

    /// <summary>Whether "on" or "upon" after a verb or noun of calling stands at most twenty words before <paramref name="t"/>
    /// in its sentence, with no ";" or ":" between ("call on Ankara to halt its raids, on the PKK to ...").</summary>
    private bool CalledOnBefore(int t)
    {
        for (int k = t; k > Math.Max(_first, t - 20); k--)
        {
            if (Word(k) is ";" or ":" or ".") return false;
            if (Word(k) is "on" or "upon" && (WordIs(k - 1, WordClass.RequestNoun) || CallingBefore(k - 1, _first))) return true;
        }
        return false;
    }

    /// <summary>Whether a verb of calling (a word both of asking-verb and request-noun, "call", "calls", "demand", or "called")
    /// ends at <paramref name="t"/>, or stands at most five words before it in its clause ("called in a statement on Thursday for
    /// the government to ...", "called in a televised speech for the cabinet to ...").</summary>
    private bool CallingBefore(int t, int clauseStart)
    {
        for (int v = t; v >= Math.Max(clauseStart, t - 5); v--)
        {
            if (WordIs(v, WordClass.AskingVerb) && WordIs(v, WordClass.RequestNoun) || Word(v) == "called") return true;
            if (Word(v) is "," or ";" or ":" or "and" or "to") return false;
        }
        return false;
    }

    /// <summary>The "to" of an infinitive at most ten words before <paramref name="last"/> in its clause, with no comma or other
    /// "to" or "and" between ("to expel the Swedish ambassador and ..."); -1 if none.</summary>
    private int AskedSeriesTo(int last, int clauseStart)
    {
        for (int j = last; j >= Math.Max(clauseStart, last - 10); j--)
        {
            if (Word(j) is "," or ";" or ":" or "and" or "or") return -1;
            if (Word(j) == "to") return j;
        }
        return -1;
    }

    /// <summary>The verb of command (word class command-verb) right before "that", at most eight words before the "be" of the
    /// passive at <paramref name="first"/>, with no clause bound between ("ordered that those responsible be arrested"); -1 if none.</summary>
    private int CommandThat(int first)
    {
        for (int t = first - 2; t > Math.Max(_first, first - 10); t--)
        {
            if (Word(t) is "," or ";" or ":") return -1;
            if (Word(t) == "that") return WordIs(t - 1, WordClass.CommandVerb) ? t - 1 : -1;
        }
        return -1;
    }

    /// <summary>Whether the act at <paramref name="first"/> is laid on someone by a cue of class alleged right before its -ing verb:
    /// the trigger itself ("suspected of firing") or a verb up to three words before it ("accused of planting the explosive
    /// devices", "of launching two drones").</summary>
    private bool Alleged(int first, int clauseStart)
    {
        if (!_cues.MayHave("alleged")) return false;
        for (int t = first; t >= Math.Max(clauseStart + 1, first - 3); t--)
        {
            if (!Word(t).EndsWith("ing", StringComparison.Ordinal)) continue;
            // ("suspected of preparing rocket attacks": a plan laid on them is a future act, told as such.)
            if (t < first && _cues.ValueAt(t, "alleged", out _) == "plan") return false;
            return _cues.Last("alleged", Math.Max(clauseStart, t - 4), t - 1) is { Last: var end, Cue.Value: "-" } && end == t - 1;
        }
        return false;
    }

    /// <summary>The body "its" or "their" stands for when, with a word of a site after it, it follows "on" or "against" within
    /// eight words after an attack noun ending at <paramref name="last"/> ("an attack by ISIS on its positions"), the last body
    /// named before it other than the attacker and its camp; null otherwise.</summary>
    private string? OwnSiteAimed(int last, int clauseEnd, string? attacker)
    {
        for (int t = last + 1; t + 2 <= clauseEnd && t <= last + 8; t++)
        {
            if (_doc.Tokens[t].Kind != TokenKind.Word) return null;
            if (Word(t) is not ("on" or "against")) continue;
            if (Word(t + 1) is not ("its" or "their")) return null;
            if (_cues.At(t + 2, "military-site") < 0 && _cues.At(t + 2, "dwelling") < 0) return null;
            var owner = Coreference.Resolve(_doc, _stage.Kb, _doc.Tokens[t + 1].Start, _sentence, person: false, skip: attacker,
                skipIf: attacker is null ? null : SameCampAs(attacker));
            return owner is not null && owner != attacker ? owner : null;
        }
        return null;
    }

    /// <summary>The body named right after "from" that follows the fire or attack a subject came under ("came under heavy
    /// mortar fire from ISIS militants"), over words of the weapon and its manner only; null otherwise.</summary>
    private string? FireFrom(int last, int clauseEnd)
    {
        for (int t = last + 1; t + 1 <= clauseEnd && t <= last + 5; t++)
        {
            if (Word(t) == "from")
            {
                int k = Word(t + 1) is "the" ? t + 2 : t + 1;
                return k <= clauseEnd && _index.Actor[k] >= 0 && _index.ActorFirst[_index.Actor[k]] == k ? _doc.Mentions[_index.Actor[k]].EntityId : null;
            }
            if (!(_cues.At(t, "mode") >= 0 || TypeAt(t) == "ASSAULT" || _cues.At(t, "fire-manner") >= 0)) return null;
        }
        return null;
    }

    /// <summary>Whether a person named and a word of harm (killed, wounded ...) stand between <paramref name="from"/> and the act at
    /// <paramref name="first"/>: the person is the one hit.</summary>
    private bool HarmedBefore(int from, int first)
    {
        bool harm = false, person = false;
        for (int k = Math.Max(from, _first); k < first; k++)
        {
            if (_cues.At(k, "harm-done") >= 0) harm = true;
            if (_index.Actor[k] >= 0 && _doc.Mentions[_index.Actor[k]].EntityId is { } id && IsPerson(id)) person = true;
        }
        return harm && person;
    }

    /// <summary>The body "its" or "their" stands for when, with a word of a site after it ("its camp", "their offices"), it opens
    /// the subject of the passive act at <paramref name="first"/>, up to twelve words before it, and the sentence names that body
    /// before it; null otherwise.</summary>
    private string? OwnSiteHit(int first)
    {
        for (int t = first - 2; t >= _first && t >= first - 12; t--)
        {
            if (Word(t) is not ("its" or "their") || t + 1 >= first) continue;
            if (_cues.At(t + 1, "facility") < 0 && _cues.At(t + 1, "dwelling") < 0) return null;
            return Coreference.Resolve(_doc, _stage.Kb, _doc.Tokens[t].Start, _sentence, person: false, window: 0);
        }
        return null;
    }

    /// <summary>The time told right after a place of a list and before the next place of it (or, for the last, within three
    /// words), when every place of the list has one; null otherwise.</summary>
    private TimeMention? OwnDayAfter(int place, List<int> placeList)
    {
        TimeMention? own = null;
        for (int i = 0; i < placeList.Count; i++)
        {
            if (placeList[i] < 0) return null;
            int from = _index.PlaceLast[placeList[i]] + 1;
            int to = i + 1 < placeList.Count && placeList[i + 1] >= 0 ? _index.PlaceFirst[placeList[i + 1]] - 1 : Math.Min(_end - 1, from + 3);
            int found = -1;
            for (int t = from; t <= to && t <= from + 3; t++)
                if (_index.Time[t] >= 0) { found = _index.Time[t]; break; }
            if (found < 0 || _doc.Times[found].From is null) return null;
            if (placeList[i] == place) own = _doc.Times[found];
        }
        return own;
    }

    /// <summary>Whether the sentence counts acts of the type ("more than 30 roadside bomb attacks") by a number other than
    /// <paramref name="places"/>.</summary>
    private bool CountedSummaryIn(string type, int places)
    {
        foreach (var h in _hits)
        {
            // (A count of weapons, "22 missiles hit Ain al-Asad and Erbil", is no count of acts; nor is a date's day.)
            if (h.Trigger.Type != type || h.Trigger.IsVerb || !EventStage.PluralS(_doc.TokenText(h.Last)) || _cues.At(h.Last, "mode") >= 0) continue;
            for (int t = h.First - 1; t >= _first && h.First - t <= 3 && _doc.Tokens[t].Kind is TokenKind.Word or TokenKind.Number && _index.Time[t] < 0; t--)
                if (Cardinal(t) is { } n)
                {
                    if (n != places) return true;
                    break;
                }
        }
        return false;
    }

    /// <summary>Whether a time expression lies in [from, to].</summary>
    /// <summary>Whether "not to" (or "never to") stands right before the verb, over one word of a verb group ("not to use", "not
    /// to be deployed").</summary>
    private bool NotToBefore(int first)
    {
        int to = Word(first - 1) == "to" ? first - 1 : Word(first - 2) == "to" && WordIs(first - 1, WordClass.VerbGroup) ? first - 2 : -1;
        return to > _first && Word(to - 1) is "not" or "never";
    }

    /// <summary>Whether a verb group of keeping on in the present (cue class ongoing: "still carry out", "continues to mount")
    /// ends right before the act, over at most three words ("still carry out regular hit-and-run attacks"), with no time from
    /// it to the clause's end.</summary>
    private bool Ongoing(int first, int clauseEnd)
    {
        if (!_cues.MayHave("ongoing")) return false;
        // ("still carry out ambushes, bombings and kidnappings": so does each later noun of a list of acts after it.)
        first = ListOfActsStart(first);
        for (int end = first - 1; end >= _first && end >= first - 4; end--)
            if (_cues.EndingAt(end, "ongoing") is var start && start >= 0) return !TimeIn(start, clauseEnd);
        return false;
    }

    /// <summary>The first token of the list of act nouns whose later item starts at <paramref name="first"/> ("ambushes,
    /// bombings and kidnappings": each joined by a comma, "and" or "or", each a material noun), or <paramref name="first"/>.</summary>
    private int ListOfActsStart(int first)
    {
        for (bool moved = true; moved && Word(first - 1) is "," or "and" or "or";)
        {
            moved = false;
            int end = Word(first - 1) == "and" && Word(first - 2) == "," ? first - 3 : first - 2;
            foreach (var h in _hits)
                if (h.Last == end && !h.Trigger.IsVerb && EventLexicon.IsMaterial(h.Trigger.Type)) { first = h.First; moved = true; break; }
        }
        return first;
    }

    /// <summary>Whether a verb of announcing or deciding stands right before the token, over a time ("announced on Friday").</summary>
    private bool AnnouncedAct(int first) =>
        Word(BeforeTime(first - 1)) is "announced" or "announces" or "announce" or "decided" or "decides" or "decide";

    /// <summary>Whether the act noun at [<paramref name="first"/>, <paramref name="last"/>] opens its clause's subject, with no
    /// article or possessive of its own, and that subject's verb is a modal or "likely/expected to" with a verb other than
    /// be or have after it: "Turkish strikes on Sinjar could intensify", "ISIS attacks in Diyala will continue".</summary>
    private bool ForecastSubject(int first, int last, int clauseStart, int clauseEnd)
    {
        // Left: over the act's modifiers (names, peoples, modes, "further", "new") to the clause's start or a "that".
        int k = first - 1;
        while (k >= clauseStart && k >= first - 4 && _doc.Tokens[k].Kind == TokenKind.Word
               && (_index.Actor[k] >= 0 || _cues.At(k, "demonym") >= 0 || _cues.At(k, "mode") >= 0 || Word(k) is "further" or "more" or "new" or "renewed" or "fresh"
                   || TypeAt(k) is not null))
            k--;
        // ("Experts believe ISIS attacks will continue", "a researcher said US strikes might push them ...": so after a verb of
        // saying or thinking.)
        if (!(k < clauseStart || k < _first || Word(k) is "that" or "believe" or "believes" or "fear" or "fears" or "think" or "thinks" or "expect" or "expects" or "predict" or "predicts"
              || _cues.At(k, "speech") >= 0 || (_doc.Tokens[k].Kind != TokenKind.Word && Word(k) is not "'s" and not "’s"))) return false;
        // Right: over the act's own phrase ("on the Green Zone", "of activists in Nasiriyah") to its verb.
        for (int t = last + 1; t + 1 <= clauseEnd && t <= last + 10; t++)
        {
            if (_doc.Tokens[t].Kind != TokenKind.Word) return false;
            var w = Word(t);
            int verb = -1;
            // ("carried out 40 attacks in Kirkuk in May.": a month is no modal.)
            if (w is "could" or "may" or "might" or "would" or "will" or "can" && _index.Time[t] < 0) verb = t + 1;
            else if (w is "is" or "are" && Word(t + 1) is "likely" or "expected" or "set" && Word(t + 2) == "to") verb = t + 3;
            if (verb >= 0)
            {
                if (Word(verb) is "also" or "still" or "soon" or "well") verb++;
                return verb <= clauseEnd && Word(verb) is not ("be" or "have" or "not" or "been");
            }
            if (w is "that" or "which" or "who" or "was" or "were" or "is" or "are" or "has" or "have" or "had" or "and" || VerbAt(t)) return false;
        }
        return false;
    }

    private bool GenericRelative(Trigger trigger, int first, int clauseEnd) =>
        trigger.IsVerb && (trigger.Form & (WordForm.Base | WordForm.Third)) != 0 && (trigger.Form & (WordForm.Past | WordForm.Participle | WordForm.Ing)) == 0
        && Word(first - 1) is "that" or "which" or "who" && !TimeIn(first, clauseEnd)
        && _doc.Blocks[_doc.Sentences[_sentence].Block].Kind != Documents.BlockKind.Heading;

    /// <summary>Whether a form of "help" stands within four words before the bare verb at <paramref name="first"/>, with only
    /// its object between ("help them fight", "helping Iraqi forces fight", "help fight").</summary>
    private bool HelpBefore(int first, int clauseStart)
    {
        for (int t = first - 1; t >= Math.Max(clauseStart, first - 4); t--)
        {
            if (Word(t) is "help" or "helps" or "helped" or "helping") return true;
            if (Word(t) is "," or ";" or ":" or "and" or "to" || ActWithin(t, t)) return false;
        }
        return false;
    }

    private bool TimeIn(int from, int to)
    {
        for (int t = from; t <= to; t++) if (_index.Time[t] >= 0) return true;
        return false;
    }

    /// <summary>Whether a place lies in [from, to].</summary>
    private bool PlaceIn(int from, int to)
    {
        for (int t = from; t <= to; t++) if (_index.Place[t] >= 0) return true;
        return false;
    }

    /// <summary>Whether a quote mark or ";" stands in [from, to] (a forecast's reach ends there; "Our view: expect ..." reaches over the colon).</summary>
    private bool QuoteOrStopBetween(int from, int to)
    {
        for (int t = from; t <= to; t++)
            if (_doc.Tokens[t].Kind == TokenKind.Quote || Word(t) is ";") return true;
        return false;
    }

    /// <summary>"Salih left Baghdad for Sulaymaniyah", "he left Erbil for Ankara": with no subject the lists know, a pronoun of a
    /// person or a capitalised name that is no place, force or body right before the verb is a person.</summary>
    private bool UnknownPersonBefore(int first, List<string> subjects)
    {
        if (subjects.Count > 0 || first - 1 < _first) return false;
        if (Word(first - 1) is "he" or "she") return true;
        return _doc.Tokens[first - 1].Is(TokenFlags.Capitalized) && _index.Place[first - 1] < 0 && _index.Actor[first - 1] < 0
            && !_cues.StartsWithin("troops", first - 1, first - 1) && !WordIs(first - 1, WordClass.ForceNoun);
    }
    /// <summary>The type of the act a noun trigger names as the object right after a verb ending at <paramref name="last"/>
    /// (within four words, no punctuation or verb trigger between: "launched a wide sweep"), or null. A time told between,
    /// with its commas, is read over ("launched yesterday, Monday, a search operation").</summary>
    private string? ObjectAct(int last)
    {
        for (int t = last + 1, words = 0; words < 4 && t < _end; t++)
        {
            if (TimeWord(t) || (Word(t) == "," && (TimeWord(t - 1) || TimeWord(t + 1)))) continue;
            words++;
            if (_doc.Tokens[t].Kind == TokenKind.Punctuation) return null;
            foreach (var h in _hits)
                if (h.First == t)
                    return h.Trigger.IsVerb ? null
                        : h.Trigger.Type == "ASSAULT" && SearchOperation(h.Trigger, h.Last, _end) ? "MOBILIZE"
                        : h.Trigger.Type;
        }
        return null;
    }
    /// <summary>Whether the token is a time's or a word that opens one ("on", "early", "late", "at" before it: "early on
    /// Thursday").</summary>
    private bool TimeWord(int t) =>
        t >= _first && t < _end && (_index.Time[t] >= 0
            || (Word(t) is "on" or "early" or "late" or "at" && (t + 1 < _end && _index.Time[t + 1] >= 0 || t + 2 < _end && Word(t + 1) == "on" && _index.Time[t + 2] >= 0)));

    /// <summary>Whether the actor is named after the token as an item of a list: its name right after a comma or "and" (over
    /// "the"), not after "of" nor as a role set off by a comma ("Qais al-Khazali of Asa'ib Ahl al-Haq", "X, the chairman of Y").</summary>
    private bool ListedAfter(string id, int last)
    {
        for (int t = last + 1; t < _end; t++)
        {
            int m = _index.Actor[t];
            if (m < 0 || _index.ActorFirst[m] != t || _doc.Mentions[m].EntityId != id) continue;
            int before = Word(t - 1) == "the" ? t - 2 : t - 1;
            return Word(before) is "," or "and";
        }
        return false;
    }

    /// <summary>The state body (a government body or state force) that is the subject of the first verb of saying after the
    /// token ("..., the US Treasury said"); null when that speaker is none such.</summary>
    private string? ListerAfter(int last)
    {
        foreach (var (f, _, cue) in _cues.Hits)
        {
            if (cue.Class != "speech" || f <= last || _index.Actor[f] >= 0) continue;
            var sayers = Subjects(f, ClauseStart(f), out _);
            return sayers.Count > 0 && _stage.Kb[sayers[0]] is { Kind: "state_force" or "government" } ? sayers[0] : null;
        }
        return null;
    }

    /// <summary>"aggression on its positions", "aggression against the bases of X": "on" or "against" right after the noun and a
    /// word of military sites (cue class military-site) over a determiner and an adjective; no verb of naming (cue class label)
    /// within twelve words before it, nor a copula or "as" right before its article.</summary>
    private bool AggressionOnSites(int first, int last)
    {
        if (Word(last + 1) is not ("on" or "against")) return false;
        int t = last + 2;
        if (Word(t) is "its" or "their" or "our" or "the") t++;
        if (_cues.At(t, "military-site") < 0 && _cues.At(t + 1, "military-site") < 0) return false;
        if (_cues.Last("label", Math.Max(_first, first - 12), first - 1) is not null) return false;
        int b = first - 1;
        while (b > _first && (Word(b) is "a" or "an" or "the" or "\"" or "“" or "'" || _cues.At(b, "adjective") >= 0 || _cues.EndingAt(b, "demonym") >= 0)) b--;
        return Word(b) is not ("was" or "were" or "is" or "are" or "as");
    }

    /// <summary>Whether a bare noun of an act (light, no mode: "operation") is a search operation by its aim ("an operation on
    /// Sunday to clear ...").</summary>
    private bool SearchOperation(Trigger trigger, int last, int clauseEnd) =>
        !trigger.IsVerb && trigger.Is(TriggerFlags.Light) && trigger.Mode is null && SearchPurpose(last, clauseEnd);

    /// <summary>Whether "to" and a verb of clearing or hunting out (cue class search-purpose) follow the noun ending at
    /// <paramref name="last"/> within six words of its clause, with no comma between ("an operation on Sunday to clear").</summary>
    private bool SearchPurpose(int last, int clauseEnd)
    {
        for (int t = last + 1; t <= Math.Min(clauseEnd - 1, last + 6); t++)
        {
            if (Word(t) == ",") return false;
            if (Word(t) == "to" && _cues.At(t + 1, "search-purpose") >= 0) return true;
        }
        return false;
    }
    /// <summary>Whether words of another course (cue class alternative) end right before the verb at <paramref name="first"/>,
    /// or before "to" right before it ("rather than close", "rather than to withdraw", "instead of withdrawing").</summary>
    private bool AlternativeBefore(int first) =>
        _cues.Last("alternative", Math.Max(_first, first - 4), first - 1) is { } a
        && (a.Last == first - 1 || (a.Last == first - 2 && Word(first - 1) == "to"));

    /// <summary>Whether the trigger is a participle of a verb in the present passive ("are deployed", "is currently deployed")
    /// with a preposition of where (not of whither: "to", "into", "toward") right after it.</summary>
    private bool StandingPresence(Trigger trigger, int first, int last) =>
        trigger.IsVerb && (trigger.Form & WordForm.Participle) != 0 && PresentPassive(first)
        && WordIs(last + 1, WordClass.PlacePreposition) && Word(last + 1) is not ("to" or "into" or "toward" or "towards");

    /// <summary>The participle of listing in the present passive that tells a listing ("is designated", "are listed"), or that a
    /// noun of sanction right after it completes ("is designated a Foreign Terrorist Organisation", "is listed as a terrorist
    /// group"); -1 when there is none.</summary>
    private int StandingListing(Trigger trigger, int first)
    {
        int v = first;
        if (!trigger.IsVerb)
        {
            v = first - 1;
            while (v > _first && (Word(v) is "a" or "an" or "as" || _doc.Tokens[v].Kind == TokenKind.Quote)) v--;
            if (!WordIs(v, WordClass.ListingVerb | WordClass.DeclaringVerb)) return -1;
        }
        else if ((trigger.Form & WordForm.Participle) == 0) return -1;
        return PresentPassive(v) ? v : -1;
    }
    /// <summary>Whether a modal of what may happen (cue class possibility), not followed by "not" or "have", or one of what should
    /// happen (cue class obligation), not followed by "have", stands within five words before the trigger in its clause with no
    /// comma or other act between.</summary>
    private bool Possible(int first, int clauseStart)
    {
        // (Only a cue of the two classes makes it true: a sentence with neither is not walked, trigger after trigger.)
        if (!_cues.MayHave("possibility") && !_cues.MayHave("obligation")) return false;
        for (int t = first - 1; t >= Math.Max(clauseStart, first - 5); t--)
        {
            if (Word(t) is "," or ";" or ":" || (t < first - 1 && ActWithin(t, t))) return false;
            // ("militants might have fired the rockets": a past act whose doer is guessed is told.)
            // ("on 8 May another drone hit the base": a month is no modal.)
            if (_cues.At(t, "possibility") >= 0 && _index.Time[t] < 0) return Word(_cues.At(t, "possibility") + 1) is not ("not" or "never" or "n't" or "have");
            // "parliament should vote to expel the troops", "the factions must not strike embassies": what should or must
            // (not) be done is a demand ("must have fired" tells an act).
            if (_cues.At(t, "obligation") >= 0) return Word(t + 1) != "have";
        }
        return false;
    }

    /// <summary>The last token of the last condition (cue class future, value condition) before <paramref name="before"/> that
    /// opens the sentence or a clause of what is said ("If ...", "Should the ...", "said that if ...", ": if ..."), or -1.</summary>
    private int OpeningCondition(int before)
    {
        int found = -1;
        for (int t = _first; t < before; t++)
            if ((t == _first || Word(t - 1) is "that" or ":" or "-" or "\"" or "“") && _cues.ValueAt(t, "future", out int end) == "condition") found = end;
        return found;
    }

    /// <summary>Whether a verb of saying follows the token ("..., a Nujaba commander said"), told by no commentator ("..., an
    /// analyst said": what one foresees is no threat).</summary>
    private bool SaidAfter(int t) => _cues.First("speech", t + 1, _end - 1) >= 0 && !_cues.Any("commentator", t + 1, _end - 1);

    /// <summary>Whether a verb of saying comes before the token in its sentence ("The group said it would strike US bases if
    /// ..."), told by no commentator.</summary>
    private bool SaidBefore(int t) => _cues.Any("speech", _first, t - 1) && !_cues.Any("commentator", _first, t - 1);

    /// <summary>Whether a passive of a verb of telling (cue class speech) follows the noun ending at <paramref name="last"/> over
    /// its auxiliaries ("have been announced", "was reported").</summary>
    private bool NoneTold(int last)
    {
        int t = last + 1;
        while (t < _end && (_cues.At(t, "finite-aux") >= 0 || Word(t) is "been" or "was" or "were" or "is" or "are" || WordIs(t, WordClass.OngoingWord))) t++;
        return t > last + 1 && t < _end && Word(t - 1) is "been" or "was" or "were" or "is" or "are" && _cues.At(t, "speech") >= 0;
    }

    /// <summary>Whether the word right before the verb group at <paramref name="first"/> (over its auxiliaries and adverbs) is an
    /// airport or airline (cue class flight-operator) and flights (word class flight-noun) are the verb's object.</summary>
    private bool OwnFlightsStopped(int first, int last)
    {
        int t = first - 1;
        while (t > _first && (_cues.At(t, "finite-aux") >= 0 || WordIs(t, WordClass.OngoingWord) || Word(t).EndsWith("ly", StringComparison.Ordinal))) t--;
        if (t < _first || _cues.At(t, "flight-operator") < 0) return false;
        for (int k = last + 1; k < Math.Min(_end, last + 5); k++)
        {
            if (WordIs(k, WordClass.FlightNoun)) return true;
            // ("Baghdad and Basra airports stay closed to passenger flights": flights after a preposition are no object.)
            if (_doc.Tokens[k].Kind != TokenKind.Word || _cues.At(k, "preposition") >= 0) return false;
        }
        return false;
    }

    /// <summary>Whether a word of cue class held-in ("in", "from") stands before the noun at <paramref name="first"/>
    /// over at most two words of its own phrase, none of them an article or possessive ("in police custody", "from SDF custody").</summary>
    private bool HeldIn(int first)
    {
        for (int t = first - 1; t >= Math.Max(_first, first - 3); t--)
        {
            if (_cues.At(t, "held-in") >= 0) return true;
            if (_cues.At(t, "noun-before") >= 0 || _doc.Tokens[t].Kind != TokenKind.Word) return false;
        }
        return false;
    }

    /// <summary>Whether a material verb in the present (no past or participle form) with an adverb of habit right before it
    /// ("regularly strike", "often also detain") starts in [<paramref name="from"/>, <paramref name="to"/>].</summary>
    private bool HabitVerb(int from, int to)
    {
        foreach (var h in _hits)
        {
            if (h.First < from || h.First > to || !h.Trigger.IsVerb || !EventLexicon.IsMaterial(h.Trigger.Type)
                || (h.Trigger.Form & (WordForm.Base | WordForm.Third)) == 0 || (h.Trigger.Form & (WordForm.Past | WordForm.Participle | WordForm.Ing)) != 0) continue;
            if (_cues.At(h.First - 1, "habitual") >= 0 || (Word(h.First - 1) is "still" or "also" && _cues.At(h.First - 2, "habitual") >= 0)) return true;
        }
        return false;
    }

    /// <summary>Whether a verb of what an act brought about (cue class outcome-verb: "triggered", "sparked", "led to") stands at
    /// <paramref name="t"/>, over a tense and "also" ("has sparked", "had also drawn").</summary>
    private bool OutcomeAfter(int t)
    {
        while (t < _end && Word(t) is "has" or "had" or "have" or "also") t++;
        return t < _end && _cues.At(t, "outcome-verb") >= 0;
    }

    /// <summary>Whether the link of an answer ("in response to", 'in direct "retaliation" for') ends within six words from
    /// <paramref name="t"/>, no comma between.</summary>
    private bool AnswerAfter(int t)
    {
        for (int k = t; k < _end && k <= t + 5 && Word(k) != ","; k++)
            if (AnswerLink(k)) return true;
        return false;
    }
}
