using Sitrep.Core.Documents;

namespace Sitrep.Core.Events;

/// <summary>The sentence reader's subject before a trigger: the nearest name not governed by a preposition, with its list, over appositions and relative clauses; pronouns taken up.</summary>
internal sealed partial class SentenceReader
{
    /// <summary>Whether "by" (or "by the") stands right before the token after a noun of endeavour ("efforts by
    /// the government", "an attempt by militants"), not after a participle ("a room set up by X to ...").</summary>
    private bool AfterBy(int t)
    {
        int by = Word(t - 1) == "the" ? t - 2 : t - 1;
        return Word(by) == "by" && WordIs(by - 1, WordClass.EndeavourNoun);
    }

    /// <summary>The first token of the nearest finite verb before <paramref name="comma"/> in the clause: a
    /// trigger read as a verb or a verb of saying, not an -ing form; -1 when there is none.</summary>
    private int VerbBefore(int comma, int clauseStart)
    {
        for (int t = comma - 1; t >= clauseStart; t--)
        {
            if (Word(t).EndsWith("ing", StringComparison.Ordinal)) continue;
            foreach (var h in _hits)
                if (h.Last == t && h.Trigger.IsVerb && (h.First != h.Last || !_stage.PreferNoun(_doc, h.First, h.Last, _scratch))) return h.First;
            if (_cues.At(t, "speech") == t && _index.Actor[t] < 0) return t;
        }
        return -1;
    }

    /// <summary>Whether the sentence opens with "the" and a plural noun that is no name ("The factions have said"),
    /// with no name before <paramref name="before"/>.</summary>
    private bool OpensWithPlural(int before)
    {
        if (Word(_first) != "the" || _first + 1 >= before || _index.Actor[_first + 1] >= 0 || !Word(_first + 1).EndsWith('s')) return false;
        for (int t = _first; t < before; t++) if (_index.Actor[t] >= 0) return false;
        return true;
    }

    /// <summary>Whether a verb of saying, of naming or a statement trigger of saying starts at the token.</summary>
    private bool Says(int t)
    {
        if (_cues.At(t, "label") >= 0 || _cues.At(t, "speech") >= 0) return true;
        foreach (var h in _hits) if (h.First == t) return h.Trigger.IsVerb && h.Trigger.Is(TriggerFlags.Speech);
        return false;
    }

    /// <summary>Whether the token may be a word of a title before a name ("the", "Shia", "cleric"): a word, no
    /// preposition, conjunction or relative word.</summary>
    private bool TitleWord(int t) =>
        t >= _first && t < _end && _doc.Tokens[t].Kind == TokenKind.Word && Word(t) is not ("of" or "against" or "and" or "or" or "to" or "with"
            or "from" or "for" or "in" or "on" or "at" or "by" or "who" or "which" or "that" or "not" or "than");

    /// <summary>"The coalition fighting the Islamic State handed ...", "forces opposing the PKK arrested ...": a name right
    /// after an -ing word that follows a noun is the object of a clause about that noun, not the subject of the verb after
    /// it. (Not after a preposition, an auxiliary or a conjunction: "after fighting X", "were backing X".)</summary>
    private bool ParticipleObject(int listHead, int clauseStart)
    {
        int ing = Word(listHead - 1) is "the" or "a" or "an" ? listHead - 2 : listHead - 1;
        if (ing - 1 < clauseStart || Word(ing) is not { Length: > 5 } word || !word.EndsWith("ing", StringComparison.Ordinal)) return false;
        int noun = ing - 1;
        return _doc.Tokens[noun].Kind == TokenKind.Word && _cues.At(noun, "preposition") < 0 && !WordIs(noun, WordClass.VerbGroup) && !WordIs(noun, WordClass.Adverb)
            && Word(noun) is not ("and" or "or" or "but" or "while" or "as" or "is" or "are" or "was" or "were" or "be" or "been" or "being" or "not");
    }

    /// <summary>The subject before the trigger: the nearest actor not governed by a preposition, with the
    /// list it heads ("A, B and C"); a pronoun stands for the last person (he, she) or body (it, they, we)
    /// named before it.</summary>
    /// <summary>Whether a name of an actor stands on any token of [<paramref name="from"/>, <paramref name="to"/>].</summary>
    private bool ActorBetween(int from, int to)
    {
        for (int t = Math.Max(from, _first); t <= to && t < _end; t++) if (_index.Actor[t] >= 0) return true;
        return false;
    }

    /// <summary>The actor mention whose name ends on the token <paramref name="end"/> (the noun before a relative pronoun or
    /// "whose"), or -1.</summary>
    private int ActorEndingAt(int end)
    {
        int m = end >= _first ? _index.Actor[end] : -1;
        return m >= 0 && _index.ActorLast[m] == end ? m : -1;
    }

    /// <summary>The last token of the name before an apposition of a few words that ends at <paramref name="end"/> ("Ali Hassan,
    /// a lawyer", "X, an American teacher"): opened by a comma and "a", "an" or "the", no name nor clause inside; -1 when none.</summary>
    private int ApposedName(int end, int clauseStart)
    {
        for (int k = end - 1; k > clauseStart && k >= end - 5; k--)
        {
            if (_index.Actor[k + 1] >= 0 || _index.Place[k + 1] >= 0) return -1;
            if (Word(k) != ",") continue;
            return Word(k + 1) is "a" or "an" or "the" && ActorEndingAt(k - 1) >= 0 ? k - 1 : -1;
        }
        return -1;
    }

    /// <summary>The head of a chain of words of a body's people ("a group of the elements of ISIS", cue class remnant) that
    /// ends at <paramref name="t"/>: the first of them.</summary>
    private int RemnantsHead(int t)
    {
        while (true)
        {
            int of = Word(t - 1) == "the" ? t - 2 : t - 1;
            if (Word(of) != "of" || _cues.At(of - 1, "remnant") < 0) return t;
            t = of - 1;
        }
    }

    private List<string> Subjects(int first, int clauseStart, out int subjectLast) => Subjects(first, clauseStart, out subjectLast, []);

    /// <summary>Whether a place name ends right before the colon, or before a bracketed part that ends there ("Hasakah (Syria):").</summary>
    private bool HeadingPlace(int colon)
    {
        int p = colon - 1;
        if (Word(p) == ")")
        {
            int open = p - 1;
            while (open > _first && p - open <= 6 && Word(open) != "(") open--;
            if (Word(open) != "(") return false;
            p = open - 1;
        }
        return p >= _first && _index.Place[p] >= 0;
    }

    /// <summary>The subject of the verb at <paramref name="first"/>, added to <paramref name="found"/> (empty; the frame hands
    /// in the story's reused list, other callers a new one) and returned.</summary>
    private List<string> Subjects(int first, int clauseStart, out int subjectLast, List<string> found)
    {
        subjectLast = -1;
        int head = VerbGroupStart(first, clauseStart);
        var before = Word(head - 1);
        // "the factions that continue to target US bases", "militants who were preparing to launch ...":
        // the subject of a relative clause is the noun before its pronoun, an actor or nobody named.
        if (before is "who" or "which" or "that" && head - 1 > clauseStart)
        {
            int end = Word(head - 2) == "," ? head - 3 : head - 2;
            // "Ali Hassan, a lawyer who was shot dead": "who" after a named person's apposition is that person.
            if (ActorEndingAt(end) < 0 && before == "who" && ApposedName(end, clauseStart) is >= 0 and var named) end = named;
            if (ActorEndingAt(end) is not (>= 0 and var m)) return found;
            subjectLast = end;
            found.Add(_doc.Mentions[m].EntityId!);
            ListBefore(_index.ActorFirst[m], clauseStart, quotes: true, found);
            return found;
        }
        // "farmers whose crops were burned", "the minister, whose convoy was hit": the subject after "whose" is the thing owned; its
        // owner is the noun before "whose", an actor or nobody named, never a name further back.
        // ("Washington, whose State Department called it ...": a name after "whose" is the subject itself; "the PMF, several of
        // whose units were deployed": the owner stands before "several of".)
        int whose = Word(head - 2) == "whose" ? head - 2 : Word(head - 3) == "whose" ? head - 3 : -1;
        if (whose > clauseStart && !ActorBetween(whose + 1, head - 1))
        {
            int end = whose - 1;
            if (Word(end) == "of" && end - 2 >= clauseStart) end -= 2;
            if (Word(end) == ",") end--;
            if (ActorEndingAt(end) is not (>= 0 and var m)) return found;
            subjectLast = end;
            found.Add(_doc.Mentions[m].EntityId!);
            return found;
        }
        // "The CTS stormed a hideout in Wadi Houran. The force seized weapons and explosive belts": a sentence that opens with
        // "the" and a word of forces right before its verb takes up the subject that opened the sentence before.
        if (head - 2 == _first && Word(_first) == "the" && Word(head - 1) is "force" or "forces" or "detachment" or "detachments" && MaterialAt(first)
            && PreviousSubject() is { } earlier)
        {
            subjectLast = head - 1;
            found.Add(earlier);
            return found;
        }
        // "American F-15E jets struck ...", "Turkish warplanes bombed ...": arms of a people's state act for it.
        // ("Turkish jets carried out strikes on ...", "American aircraft conducted two raids": so do they as the subject of
        // the light verb that gives a noun of the act its doer.)
        int armsHead = head == first ? LightVerbGroupBefore(first, clauseStart) : head;
        if (MaterialAt(first) && DemonymSubject(armsHead, clauseStart, TypeAt(first) == "RETREAT") is { } state) { subjectLast = armsHead - 1; found.Add(state); return found; }
        // "The Treasury imposed sanctions on X, accusing him of ...": a statement's participle after a comma has
        // the subject of the verb before the comma, not the nearest name.
        if (head == first && Word(head - 1) == "," && Says(first) && Word(first).EndsWith("ing", StringComparison.Ordinal)
            && VerbBefore(head - 1, clauseStart) is var mainVerb && mainVerb >= 0)
            return Subjects(mainVerb, clauseStart, out subjectLast, found);
        // "..., with Washington implicating them in strikes": the name after "with" is the subject of its -ing.
        if (head - 1 >= clauseStart && _index.Actor[head - 1] is var w && w >= 0 && Word(_index.ActorFirst[w] - 1) == "with"
            && Word(first).EndsWith("ing", StringComparison.Ordinal))
        {
            subjectLast = head - 1;
            found.Add(_doc.Mentions[w].EntityId!);
            return found;
        }
        // "efforts by the Iraqi government to mediate", "an attempt by militants to storm the base": the agent of
        // the noun before "to" is the subject of the verb.
        if (Word(head) == "to" && head - 1 >= clauseStart && _index.Actor[head - 1] is var agent && agent >= 0 && AfterBy(_index.ActorFirst[agent]))
        {
            subjectLast = head - 1;
            found.Add(_doc.Mentions[agent].EntityId!);
            return found;
        }
        // "X raided a headquarters and detained 14 members": verbs joined by "and" share their subject.
        if (before == "and" && PreviousVerb(head - 1, clauseStart) is var previous && previous >= 0)
            return Subjects(previous, clauseStart, out subjectLast, found);
        // "Protesters surrounded the consulate late on Sunday, threw petrol bombs over its walls and chanted ...": a verb right
        // after the comma that closes another act's verb and its object (no comma, no relative pronoun between) is the next of
        // a series of verbs with one subject; the object of the first is not its subject.
        if (before == "," && head == first && !Word(first).EndsWith("ing", StringComparison.Ordinal) && !Says(first)
            && PreviousVerb(head - 1, clauseStart) is var serial && serial >= 0 && !Says(serial)
            && !ClauseWordBetween(serial + 1, head - 2))
            return Subjects(serial, clauseStart, out subjectLast, found);
        // "X said the five were its members and called the strike an aggression", "X said ... and warned that
        // ...": a second verb of saying after "and" shares the subject of the first, not of the clause it reported.
        if (before == "and" && Says(first) && Speaker(head - 1, out _, verbsOfSaying: true) is { } sayer)
        {
            found.Add(sayer);
            return found;
        }
        // The comma that closes an apposition after the subject: the subject reaches to it, so a verb after it is next to it.
        int apposed = -1;
        for (int t = first - 1; t >= clauseStart && first - t <= 30; t--)
        {
            // "Tuesday - Erbil: a drone targeted the airport", "Hasakah (Syria): rockets hit the base": a place that heads an
            // item before a colon tells where, not who; the clause after the colon has its own subject or none.
            if (Word(t) == ":" && HeadingPlace(t)) return found;
            // "Two activists, who had criticized Sadr online, were detained": the names of a relative clause
            // between commas are not the subject; it is the noun before the clause.
            if (Word(t) == "," && RelativeClauseStart(t, clauseStart) is var open && open >= 0) { t = open; continue; }
            // "The Islamic Resistance in Iraq, an umbrella of groups including A and B, claimed ...": the names
            // of an apposition closed right before the verb describe the name before it, which is the subject.
            // "X, a banner taken up since the fighting in Gaza began, claimed ...": an act inside the apposition
            // is not done by the name it describes.
            if (Word(t) == "," && apposed < 0 && AppositionOpens(t) && AppositionCloses(first)) return found;
            if (Word(t) == "," && VerbAfterComma(t, head) && AppositionStart(t, clauseStart) is var opened && opened >= 0)
            {
                apposed = t;
                t = opened;
                continue;
            }
            // "After X called on Iraqis to take up arms, thousands of volunteers joined ...": the names of an
            // opening subordinate clause are not the main clause's subject.
            if (Word(t) == "," && OpeningSubordinate(t)) return found;
            int m = _index.Actor[t];
            // "the Popular Mobilization Units (PMU)": an abbreviation in brackets is the name before it.
            if (m >= 0 && Word(_index.ActorFirst[m] - 1) == "(" && _index.ActorFirst[m] - 2 >= clauseStart && _index.Actor[_index.ActorFirst[m] - 2] >= 0)
            {
                t = _index.ActorFirst[m] - 1;
                continue;
            }
            if (m >= 0)
            {
                int f = _index.ActorFirst[m];
                // "The United Nations envoy for Iraq, Jeanine Hennis-Plasschaert, condemned": a person between
                // commas names the noun before, no list; the person is the subject.
                if (Word(f - 1) == "," && Word(_index.ActorLast[m] + 1) == "," && _index.ActorLast[m] + 1 < first && IsPerson(_doc.Mentions[m].EntityId!)
                    && Word(f - 2) is not ("and" or "or") && (_index.Actor[f - 2] < 0 || !IsPerson(_doc.Mentions[_index.Actor[f - 2]].EntityId!)))
                {
                    subjectLast = _index.ActorLast[m];
                    found.Add(_doc.Mentions[m].EntityId!);
                    return found;
                }
                int listHead = ListBefore(f, clauseStart, quotes: false, null);
                // "Thousands of supporters of X rallied": a crowd of X's people acts for X in what it says or protests.
                // ("supporters of the Shia cleric X": words of a title may stand between "of" and the name.)
                int crowdOf = listHead - 1;
                while (crowdOf > clauseStart && listHead - crowdOf <= 3 && _index.Actor[crowdOf] < 0 && TitleWord(crowdOf)) crowdOf--;
                bool crowd = !MaterialAt(first) && Word(crowdOf) == "of" && _cues.At(crowdOf - 1, "crowd") >= 0;
                // "members of the Counter-Terrorism Service stormed a building", "troops from the Joint Operations Command
                // moved into ...": a body's own people act for it.
                int of = Word(listHead - 1) == "the" ? listHead - 2 : listHead - 1;
                // ("elements of ISIS attacked a post", "a group of ISIS militants", "remnants of the Daesh gangs": so are its
                // elements and cells, cue class remnant.)
                bool members = MaterialAt(first) && Word(of) is "of" or "from" && (OwnForces(of - 1) || _cues.At(of - 1, "remnant") >= 0) && !GovernedByPreposition(RemnantsHead(of - 1));
                // "guards at the office of X opened fire on the crowd", "the guards of the headquarters of X": the men who guard
                // a body's building act for that body.
                members |= MaterialAt(first) && Word(of) == "of" && GuardedSite(of - 1);
                // ("the bodyguards of a Badr Organization office": the body's name stands inside the building's noun phrase.)
                members |= MaterialAt(first) && Word(listHead - 1) is "a" or "an" && Word(listHead - 2) == "of" && _cues.At(listHead - 3, "own-forces") >= 0
                    && (_cues.At(_index.ActorLast[m] + 1, "dwelling") >= 0 || _cues.At(_index.ActorLast[m] + 1, "closable") >= 0);
                // "a spokesman for Kataib Hezbollah condemned ...", "the political bureau of Asa'ib Ahl al-Haq accused ...": one
                // who speaks for a body says what the body says (a statement, never an act of force).
                // ("Qais al-Khazali, leader of Asa'ib Ahl al-Haq, spoke": a role set off by a comma describes the name before it.)
                members |= !MaterialAt(first) && Word(of) is "of" or "for" && (SpeakerRole(of - 1) || _cues.At(of - 1, "spokes-body") >= 0)
                    && !GovernedByPreposition(of - 1) && !AppositiveRole(of - 1, clauseStart);
                // "Thousands of followers of X stormed ...", "dozens of Kataib Hezbollah fighters": a count of a body's people
                // is that body acting (not a mere crowd: "thousands of protesters" names no body).
                // ("Hundreds of protesters torched the party's offices": a counted crowd is the doer of an act of force, though its
                // protest or statement is told with no actor.)
                bool counted = Word(listHead - 1) == "of" && (!Crowd(_doc.Mentions[m].EntityId!) || MaterialAt(first)) && (Cardinal(listHead - 2) is not null
                    || GreatCount(listHead - 2));
                if (!crowd && !members && !counted && (GovernedByPreposition(listHead) || Locative(m, f) || ParticipleObject(listHead, clauseStart))) { t = f; continue; }
                subjectLast = apposed >= 0 && Word(_index.ActorLast[m] + 1) == "," ? apposed : _index.ActorLast[m];
                // ("the supporters of X", read as the body X leads: that body.)
                found.Add(_doc.Mentions[crowd && _index.Actor[crowdOf - 1] is var led && led >= 0 ? led : m].EntityId!);
                // The list the subject closes: "A, B and C" (quoted names too: "A," "B" and "C"); of an act of force, also
                // "A, B and eight others".
                ListBefore(f, clauseStart, quotes: true, found, othersAfter: MaterialAt(first));
                return found;
            }
            // "The coalition said the rockets hit the base": a verb of saying before the act is a speaker's,
            // who is no party to what he reports.
            // An attack is never the act of the one who reports it; a statement may be ("X said in a
            // statement that ... and rejected ...").
            if (_cues.At(t, "speech") >= 0 && _cues.At(t, "claim") < 0 && TypeAt(t) is null && Word(t + 1) is not ("itself" or "themselves")
                && (MaterialAt(first) || ReportedSubjectAfter(t))) return found;
            // "... were killed when 18 rockets struck the base": a subordinate clause has its own subject.
            // ("Security forces searched the area after the attack and arrested two men": "after" and a noun phrase in the
            // first of two verbs joined by "and" is no clause; the second verb's subject is the first one's.)
            if (_index.Place[t] < 0 && _index.Time[t] < 0 && Word(t) is "when" or "after" or "before" or "because" or "until" or "unless" or "once" or "whereas"
                && !(Word(t) is "after" or "before" && Word(t + 1) is "the" or "a" or "an" or "its" or "their" or "his" or "her" && Word(head - 1) == "and"
                     && !WordBetween(t + 1, head - 2, ",") && !WordBetween(t + 1, head - 2, "and")))
                return found;
            // "Syria bases carry the load as Kirkuk strikes raise the stakes": a verb a few words after "as" (not "as well as",
            // "such as", "as part of") is the subordinate clause's, whose subject is no name before "as".
            if (Word(t) == "as" && first - t <= 5 && Word(t + 1) is not ("well" or "part" or "such" or "a" or "an" or "of")
                && Word(t - 1) is not ("well" or "such" or "known" or "so" or "same" or "just" or "," or "")
                && !WordBetween(t + 1, first - 1, ",")) return found;
            // "a source told Shafaq News that four suspects were detained", "X said that rockets hit": the
            // reported clause has its own subject; the speaker and whom they told are no party to the act.
            if (Word(t) == "that" && t < head - 1 && ReportThat(t)) return found;
            // "It is mentioned that an unknown drone bombed a truck", "it is worth noting that a gunman opened fire": after an "it"
            // that stands for no one, a clause whose subject is a noun with "a" or "an" has that subject, no name taken up.
            if (Word(t) == "that" && t < head - 1 && Word(t + 1) is "a" or "an" && DummyIt(t)) return found;
            // "The two sides agreed ...", "both governments pledged ...": the pair of the last joint act told.
            if (JointNoun(t))
            {
                if (!GovernedByPreposition(Word(t - 2) == "the" ? t - 2 : t - 1) && Word(t + 1) is not ("'" or "’" or "'s" or "’s"))
                {
                    // What the two do or say together; who of them gives aid or force is not told.
                    if (TypeAt(first) is not (null or "AID") && !MaterialAt(first) && JointPair(4, Word(t) is not ("leaders" or "men" or "ministers"), out var a, out var b)) { found.Add(a); found.Add(b); subjectLast = t; }
                    return found;
                }
                continue;
            }
            // '"We struck three sites," the spokesman said', 'GEN. MILLEY: ... our forces responded': the first person in a quote
            // or a transcript's turn is the speaker's side (the body a spokesman, an office holder or a leader speaks for); in a
            // reporter's question it is no one.
            if (Word(t) is "we" || (Word(t) == "our" && MaterialAt(first) && OwnForces(t + 1)
                && (t + 1 == head - 1 || (_triggerAt[first] == SureNoun && LightVerbBetween(t + 1, first, type: TypeAt(first))))))
            {
                var side = QuoteSide(t, MaterialAt(first), out bool quoted);
                if (quoted)
                {
                    if (side is not null) { found.Add(side); subjectLast = Word(t) == "our" ? t + 1 : t; }
                    return found;
                }
            }
            // "The Islamic Resistance in Iraq says its fighters attacked three bases", "they said their men fired": a
            // body's own fighters act for it, the body the possessive stands for.
            // ("X said its units had been placed on maximum alert": so are they with a light verb between them and a noun.)
            if (Word(t) is "its" or "their" && MaterialAt(first) && OwnForces(t + 1)
                && (t + 1 == head - 1 || (_triggerAt[first] == SureNoun && LightVerbBetween(t + 1, first, type: TypeAt(first)))))
            {
                var owner = SpeechBefore(t) ? MainSubject(t, false) : null;
                // "KH has claimed dozens of attacks on US bases, and its fighters launched a drone": after ", and" the fighters
                // are those of the clause's subject before it, not of a body that clause named after a preposition ("The US
                // struck a KH base, and its fighters fired back": the body named as the object is the one they fight for).
                if (owner is null && Word(t - 1) == "and" && Word(t - 2) == "," && t - 2 > _first && LastNameAfterPreposition(t - 2))
                    owner = MainSubject(t - 2, false);
                // ("KH threatened the US embassy, and its fighters fired rockets": a site, such as an embassy, has no fighters.)
                owner ??= Coreference.Resolve(_doc, _stage.Kb, _doc.Tokens[t].Start, _sentence, false, skipIf: _lex.SiteActors.Contains);
                if (owner is { } id) { found.Add(id); subjectLast = t + 1; }
                return found;
            }
            // "It is worth mentioning that the army and the units clashed": an "it" that only opens the sentence stands for no one.
            if (Word(t) == "it" && Word(t + 1) is "is" or "was" && WordIs(t + 2, WordClass.OpenerAdjective))
                return found;
            if (Coreference.IsPronoun(_doc.TokenText(t), out bool person))
            {
                // "Iraq and Kuwait held talks. They agreed ...": "they" right after a joint act of two is the pair.
                if (Word(t) == "they" && !person && JointPair(1, false, out var a, out var b))
                {
                    found.Add(a);
                    found.Add(b);
                    subjectLast = t;
                    return found;
                }
                // "No group said it had fired the rockets", "nobody said they were behind it": a pronoun that takes up a speaker
                // who is no one stands for no one.
                if (SpeechBefore(t) && Word(_first) is "no" or "nobody" or "none" or "neither" && _index.Actor[_first] < 0) return found;
                // "X claimed the attack, saying it had targeted ...": the speaker the clause reports is the
                // sentence's subject, not the last name before the pronoun.
                // ("Kataib Hezbollah, the group US officials blame for such attacks, denied it had fired the rockets": so is the
                // subject of a denial, not a name inside the aside between them.)
                var main = SpeechBefore(t) || DenialBefore(t) ? MainSubject(t, person) : null;
                // "The factions have said they ...": "they" is the plural that opens the sentence, which names no
                // actor; it is not whichever body the story named last.
                if (main is null && Word(t) == "they" && SpeechBefore(t) && OpensWithPlural(t)) return found;
                // "The Counter-Terrorism Service raided a Kataib Hezbollah site. They detained 14 men": a pronoun that
                // opens the sentence takes up the subject that opened the sentence before, not the last name in it.
                if (main is null && t == _first && !person) main = PreviousSubject();
                // "On 25 February it struck a crossing used by KH and KSS, and on 27 June it bombed three sites", "drones hit a
                // hideout and then they struck a car": a pronoun that opens a clause after "and" (over "then" and a time) takes up
                // the doer of the act the clause before told, not the last name in it ("..., and they fired back" answers it).
                // ("Police arrested three KH men, and they opened fire on the officers": after an arrest, an act of another kind may be
                // the object's.)
                if (main is null && !person && MaterialAt(first) && PronounAfterAnd(t) && DoerOfClauseBefore(t, TypeAt(first)!) is { } doer) main = doer;
                if ((main ?? Resolve(t, person)) is { } id) { found.Add(id); subjectLast = t; }
                return found;
            }
        }
        return found;
    }

    /// <summary>Whether the pronoun opens a clause after "and" (", and", "and then", "and on 27 June"), with no word of
    /// answering ("fired back", "responded") in the four words after it.</summary>
    private bool PronounAfterAnd(int t)
    {
        int k = t - 1;
        while (k > _first && (Word(k) is "then" or "later" or "," || _index.Time[k] >= 0 || Word(k) is "on" or "in" && _index.Time[k + 1] >= 0)) k--;
        if (Word(k) != "and") return false;
        for (int j = t + 1; j < _end && j <= t + 5; j++)
            if (Word(j) == "back" || _cues.At(j, "answer") >= 0) return false;
        return true;
    }

    /// <summary>The doer of the last act of force told by a verb before the token in this sentence, if one was found (after an
    /// arrest or a seizure, only for an act of the same type).</summary>
    private string? DoerOfClauseBefore(int t, string type)
    {
        var drafts = _scratch.Drafts;
        for (int i = drafts.Count - 1; i >= 0; i--)
        {
            var d = drafts[i];
            if (d.Sentence != _sentence || d.Last >= t) continue;
            if (!d.Trigger.IsVerb || !MaterialAt(d.First)) continue;
            // (Those taken in an arrest or a seizure may be the ones who act next.)
            return d.Type == type || d.Type != "COERCE" ? d.Actor : null;
        }
        return null;
    }

    /// <summary>Whether a denial ("denied", "denies", "rejected claims"), and "that", stands right before the token: "denied it had".</summary>
    private bool DenialBefore(int t)
    {
        int k = Word(t - 1) == "that" ? t - 2 : t - 1;
        return k >= _first && _cues.EndingAt(k, "denial") >= 0;
    }

    /// <summary>Whether a comma, "and" or a relative pronoun ("who", "which", "that") lies in [from, to].</summary>
    private bool ClauseWordBetween(int from, int to)
    {
        for (int t = from; t <= to; t++) if (Word(t) is "," or "and" or "who" or "which" or "that") return true;
        return false;
    }

    private bool WordBetween(int from, int to, string word)
    {
        for (int t = from; t <= to; t++) if (Word(t) == word) return true;
        return false;
    }

    /// <summary>The body named at the opening of the sentence before (within its first words, over "the" and "members of",
    /// after an opening phrase closed by a comma), if any.</summary>
    private string? PreviousSubject()
    {
        if (_sentence == 0) return null;
        var before = _doc.Sentences[_sentence - 1];
        if (_doc.Sentences[_sentence].Block != before.Block) return null;
        // "On the night of 25-26 June, members of the CTS stormed ...": the subject opens the clause after an opening
        // phrase that a comma closes, and may be the members, fighters or units of a body.
        int open = before.FirstToken;
        for (int t = open; t < _first && t < open + 16 && _index.Actor[t] < 0; t++)
            if (_doc.TokenText(t) is ",") open = t + 1;
        for (int t = open; t < open + 6 && t < _first; t++)
        {
            int m = _index.Actor[t];
            if (m >= 0) return _doc.Mentions[m].EntityId is { } id && !IsPerson(id) ? id : null;
            // (Words of the sentence before: the cue view holds only this sentence's.)
            if (_doc.TokenText(t) is not ("The" or "the" or "members" or "Members" or "fighters" or "Fighters" or "units" or "Units" or "of"
                or "heroes" or "Heroes" or "falcons" or "Falcons" or "forces" or "Forces" or "troops" or "Troops" or "men" or "Men")) return null;
        }
        return null;
    }

    /// <summary>A body's building told as what its own guards stand at: "guards at the office", "the guards of the
    /// headquarters" (a site noun, its article, "at"/"of" and a word of the body's own men before them).</summary>
    private bool GuardedSite(int t) =>
        t - 3 >= _first && (_cues.At(t, "dwelling") >= 0 || _cues.At(t, "facility") >= 0 || _cues.At(t, "closable") >= 0) && Word(t - 1) is "the" or "its" or "their"
        && Word(t - 2) is "at" or "of" or "outside" or "guarding" && _cues.At(t - 3, "own-forces") >= 0;

    /// <summary>The two parties of the latest act two sides do together (a meeting, an agreement, joint work)
    /// told with both its actor and its other side in the <paramref name="back"/> sentences before this one;
    /// with <paramref name="bodies"/> a person stands for the government they hold office in ("the two
    /// governments", "the two sides"; not "the two leaders").</summary>
    private bool JointPair(int back, bool bodies, out string a, out string b)
    {
        a = b = "";
        if (_story is null) return false;
        for (int i = _story.Count - 1; i >= 0; i--)
        {
            var d = _story[i];
            if (d.Sentence < _sentence - back) break;
            if (d.Sentence >= _sentence || d.Type is not ("CONSULT" or "AGREE" or "COOPERATE") || d.Actor is null || d.Target is null) continue;
            (a, b) = bodies ? (BodyOf(d.Actor), BodyOf(d.Target)) : (d.Actor, d.Target);
            return a != b;
        }
        return false;
    }

    /// <summary>The body a person holds office in on the story's date, else the actor itself.</summary>
    private string BodyOf(string id)
    {
        var kb = _stage.Kb;
        if (kb[id] is { Kind: "person" } person)
            foreach (var role in kb.RolesOn(person, _doc.Published))
                if (role.Of is not null && kb[role.Of] is { Kind: "government" }) return role.Of;
        return id;
    }

    /// <summary>A "that" opening a reported clause: after a verb of saying or the name of whom it was told to.</summary>
    private bool ReportThat(int that)
    {
        int before = that - 1;
        if (before < _first) return false;
        if (_index.Actor[before] >= 0) return true;
        foreach (var (f, l, cue) in _cues.Hits)
            if (l == before && cue.Class == "speech") return true;
        return false;
    }

    /// <summary>Whether an "it" that opens its sentence or follows a comma is followed by "is" or "was" and, within four words and no
    /// name, by the "that": the "it" is no one ("It is mentioned that", "It is worth noting that").</summary>
    private bool DummyIt(int that)
    {
        for (int k = that - 2; k >= _first && that - k <= 5; k--)
        {
            if (_index.Actor[k] >= 0 || Word(k) == ",") return false;
            if (Word(k) == "it" && Word(k + 1) is "is" or "was" && (k == _first || Word(k - 1) is "," or "and" or "but")) return true;
        }
        return false;
    }

    /// <summary>Whether the comma closes a subordinate clause that opens the sentence ("After X ..., ", "In June,
    /// when X ..., "): a subordinating word after the previous comma, with no name before it in the sentence.</summary>
    private bool OpeningSubordinate(int comma)
    {
        for (int k = comma - 1; k >= _first && comma - k <= 30; k--)
        {
            if (Word(k) == ",") return false;
            if (Word(k) is not ("after" or "when" or "since" or "before" or "because" or "although" or "though" or "once" or "until" or "unless" or "if")
                || _index.Time[k] >= 0 || k + 1 >= comma)
                continue;
            for (int j = _first; j < k; j++) if (_index.Actor[j] >= 0) return false;
            return true;
        }
        return false;
    }

    /// <summary>The comma that opens ", who/which ..." closed by the comma at <paramref name="close"/>, or -1.</summary>
    private int RelativeClauseStart(int close, int clauseStart)
    {
        for (int k = close - 1; k > clauseStart && close - k <= 25; k--)
        {
            if (Word(k) != ",") continue;
            // ", who commands ...,", ", the bloc from which Sudani emerged,": a relative pronoun inside.
            for (int r = k + 1; r < close; r++)
                if (Word(r) is "who" or "which" or "whose" or "whom") return k;
            return -1;
        }
        return -1;
    }

    /// <summary>Whether the verb right after the comma is the trigger's own verb group, or a verb that joins a
    /// subject to a noun trigger ("claimed the attack", "has carried out"), auxiliaries and adverbs before it.</summary>
    private bool VerbAfterComma(int comma, int head)
    {
        if (comma == head - 1) return true;
        for (int t = comma + 1; t < _end && t <= comma + 3; t++)
        {
            if (_cues.At(t, "claim") >= 0 || _cues.At(t, "light") >= 0) return true;
            if (!WordIs(t, WordClass.VerbGroup | WordClass.Adverb)) return false;
        }
        return false;
    }

    /// <summary>Whether a comma after the token, within 12 words, closes an apposition: a verb joining its name to
    /// an act follows it.</summary>
    private bool AppositionCloses(int from)
    {
        for (int c = from + 1; c < _end && c <= from + 12; c++)
            if (Word(c) == "," ) return VerbAfterComma(c, -1);
        return false;
    }

    /// <summary>Walks back over the list a mention closes ("of A, B and C"), separators being commas, "and",
    /// "&amp;" and, with <paramref name="quotes"/>, quotation marks; adds the listed actors to the front of
    /// <paramref name="into"/> (once each) and returns the first token of the list's head.</summary>
    private int ListBefore(int mentionFirst, int clauseStart, bool quotes, List<string>? into, bool othersAfter = false)
    {
        int head = TitleStart(mentionFirst, clauseStart);
        // "Iraq and the United States": the article belongs to the name.
        if (head - 1 > clauseStart && Word(head - 1) == "the" && Separator(Word(head - 2), quotes)) head--;
        int at = head - 1;
        // "Soleimani, al-Muhandis and eight others were killed": with <paramref name="othersAfter"/>, a name that a count of
        // others follows after "and" is no list's last item, so a bare comma before it joins the list.
        // ("..., al-Muhandis, and eight others": a comma may stand before the "and".)
        int andAt = _index.Actor[mentionFirst] is var own && own >= 0 ? _index.ActorLast[own] + (Word(_index.ActorLast[own] + 1) == "," ? 2 : 1) : -1;
        bool lastItem = !(othersAfter && andAt > 0 && Word(andAt) == "and" && (Cardinal(andAt + 1) is not null || Word(andAt + 1) == "several") && Word(andAt + 2) is "others" or "other");
        while (at > clauseStart && Separator(Word(at), quotes))
        {
            int k = at;
            bool conjunction = false;
            while (k > clauseStart && Separator(Word(k), quotes)) conjunction |= Word(k--) is "and" or "&";
            int mm = _index.Actor[k];
            // "The PMF said its units and the Iraqi army launched ...": a body's own forces, first in the list, act for the body.
            if (mm < 0 && into is not null && conjunction && lastItem && k - 1 > clauseStart && Word(k - 1) is "its" or "their" && OwnForces(k)
                && ((SpeechBefore(k - 1) ? MainSubject(k - 1, false) : null) ?? Resolve(k - 1, false)) is { } owner && !into.Contains(owner))
            {
                into.Insert(0, owner);
                head = k - 1;
            }
            if (mm < 0) break;
            // A list closes with "and": "In Baghdad, the ministry ...", "after briefing President X, Defense
            // Secretary Y said": a name before a bare comma is an opening phrase's, no item of the subject.
            if (lastItem && !conjunction) break;
            lastItem = false;
            var id = _doc.Mentions[mm].EntityId!;
            if (into is not null && !into.Contains(id)) into.Insert(0, id);
            head = TitleStart(_index.ActorFirst[mm], clauseStart);
            if (head - 1 > clauseStart && Word(head - 1) == "the" && Separator(Word(head - 2), quotes)) head--;
            at = head - 1;
        }
        return head;
    }

    /// <summary>The first token of the title before a person's name ("Iraqi Prime Minister Mustafa al-Kadhimi",
    /// "Iraq's caretaker Prime Minister X", "Defense Secretary Lloyd Austin"): role words of
    /// <c>role-cues.tsv</c>, a people's adjective, capitalized words and "of" between them, a country's
    /// possessive before them; the name's own first token when no role word stands before it.</summary>
    private int TitleStart(int mentionFirst, int clauseStart)
    {
        int m = _index.Actor[mentionFirst];
        if (m < 0 || _stage.Kb[_doc.Mentions[m].EntityId!]?.Kind != "person") return mentionFirst;
        int start = mentionFirst;
        for (int t = mentionFirst - 1, steps = 0; t >= clauseStart && steps < 7; t--, steps++)
        {
            var text = _doc.TokenText(t);
            var cls = RoleOfWord(t);
            if ((cls & (Names.CueClass.Person | Names.CueClass.Title)) != 0) { start = t; continue; }
            if (start == mentionFirst) break;
            if (Word(t) is "'s" or "’s" && t - 1 >= clauseStart && _index.Actor[t - 1] >= 0) { start = _index.ActorFirst[_index.Actor[t - 1]]; break; }
            if (_cues.At(t, "demonym") >= 0 || Word(t) == "of" || (_index.Actor[t] < 0 && _doc.Tokens[t].Kind == TokenKind.Word && char.IsUpper(text[0]) && t > _first)) continue;
            break;
        }
        // A people's adjective and capitalized words before the first role word ("Iraqi Foreign Minister").
        while (start > clauseStart && start < mentionFirst && mentionFirst - start < 9
               && (_cues.At(start - 1, "demonym") >= 0 || (start - 1 > _first && _index.Actor[start - 1] < 0
                   && _doc.Tokens[start - 1].Kind == TokenKind.Word && char.IsUpper(_doc.TokenText(start - 1)[0]))))
            start--;
        return start;
    }

    private static bool Separator(string w, bool quotes) =>
        w is "," or "and" or "&" || (quotes && w is "\"" or "“" or "”");

    /// <summary>Whether the role word at <paramref name="role"/>, over the lower-case words before it ("the", "senior",
    /// "political"), follows a comma: an apposition that describes the name before it ("X, leader of Y, said").</summary>
    private bool AppositiveRole(int role, int clauseStart)
    {
        int k = role - 1;
        while (k > clauseStart && role - k <= 3 && _doc.Tokens[k].Kind == TokenKind.Word && _index.Actor[k] < 0 && !char.IsUpper(_doc.TokenText(k)[0])) k--;
        return k >= _first && Word(k) == ",";
    }

    /// <summary>The side the first person at <paramref name="t"/> stands for inside a quote or a transcript's turn whose speaker
    /// is known (<paramref name="quoted"/>): in a <paramref name="material"/> act the body a person speaks for, holds office in
    /// or leads on the story's day, else the speaker; null in a reporter's question.</summary>
    private string? QuoteSide(int t, bool material, out bool quoted)
    {
        quoted = false;
        int offset = _doc.Tokens[t].Start;
        QuoteMention? within = null;
        foreach (var q in _doc.Quotes)
        {
            if (q.Start > offset) break;
            if (offset < q.End && (q.Question || q.Speaker is not null)) within = q;
        }
        if (within is not { } quote) return null;
        quoted = true;
        if (quote.Question || quote.Speaker is not { } speaker) return null;
        // ('"We will not accept these results," Amiri said': what a leader says for his side is his own word; strikes,
        // arrests and moves are his side's.)
        if (!material) return speaker;
        if (_stage.Kb[speaker] is { Kind: "person" } person)
            foreach (var role in _stage.Kb.RolesOn(person, _doc.Published))
                if (role.Role is "spokesperson" or "office" or "leader" && role.Of is not null) return role.Of;
        // ("Kataib Hezbollah spokesman Abu Ali al-Askari said": or the body the story makes him speak for or lead.)
        foreach (var r in _doc.Relations)
            if (r.Subject == speaker && r.Type is "spokesperson_of" or "leader_of") return r.Object;
        return speaker;
    }

    /// <summary>Whether the token is a word of one who acts for a body ("spokesman", "leader", "official"): a person
    /// role cue.</summary>
    private bool SpeakerRole(int t) => t >= _first && (RoleOfWord(t) & Names.CueClass.Person) != 0;

    /// <summary>The state whose people's adjective opens the subject right before the verb group at
    /// <paramref name="head"/>, when the rest of the subject is arms or forces ("American F-15E jets",
    /// "Turkish drones"); null otherwise. With <paramref name="leaving"/> (a verb of withdrawing or fleeing) a state's staff are
    /// its people too: "the Iranian staff had fled through a back door", "American diplomats left".</summary>
    private string? DemonymSubject(int head, int clauseStart, bool leaving = false)
    {
        bool platform = false;
        for (int t = head - 1; t >= clauseStart && head - t <= 7; t--)
        {
            // "The Iraqi army deployed ...", "Iraqi Army units sealed off ...": a force named in full, a branch of its state's
            // forces (not the forces as a whole: "the Turkish army" is Turkey's), is the subject itself.
            if (_index.Actor[t] is var named && named >= 0 && _index.ActorLast[named] >= head - 2
                && _doc.Mentions[named].EntityId is { } force && _stage.Kb[force] is { Kind: "state_force" }
                && _cues.ValueAt(t, "demonym", out _) is { } of && _lex.Forces.GetValueOrDefault(of) is { } whole && whole != force) return null;
            if (_cues.ValueAt(t, "demonym", out _) is { } state) return platform && _stage.Kb[state] is not null ? state : null;
            // A list of arms: "Turkish jets, helicopters and artillery".
            if (platform && Word(t) == "," && _index.Actor[t] < 0) continue;
            if (_cues.At(t, "platform") >= 0 || _cues.At(t, "mode") >= 0 || (leaving && WordIs(t, WordClass.Staff))) { platform = true; continue; }
            // Model names and counts between: "F-15E", "two", "B-1".
            if (_index.Actor[t] < 0 && (_doc.Tokens[t].Kind == TokenKind.Number || _doc.Tokens[t].Is(TokenFlags.HasDigit)
                || Cardinal(t) is not null || Word(t) is "and" || _cues.At(t, "platform") >= 0 || _doc.Tokens[t].Is(TokenFlags.AllCaps)))
                continue;
            // Words inside a platform phrase ("fighter jets", "air force").
            if (t + 1 < head && _cues.At(t, "platform") < 0 && Word(t) is "fighter" or "air" or "special" or "jet") continue;
            return null;
        }
        return null;
    }

    /// <summary>The start of the verb group of a light verb ("carried out", "launched") right before the noun at
    /// <paramref name="first"/>, over an article, "any", a count or "new", "further", "more", "several"; <paramref name="first"/> when there is none.</summary>
    private int LightVerbGroupBefore(int first, int clauseStart)
    {
        int t = first - 1;
        while (t > clauseStart && first - t <= 3 && (Word(t) is "a" or "an" or "any" or "new" or "further" or "more" or "several"
            || _doc.Tokens[t].Kind == TokenKind.Number || Cardinal(t) is not null)) t--;
        if (t >= clauseStart && LightEndingAt(t) is var light && light >= 0) return VerbGroupStart(light, clauseStart);
        if (AnswerBefore(t, clauseStart) is var verb && verb >= 0) return VerbGroupStart(verb, clauseStart);
        return first;
    }

    /// <summary>"Washington answered with air strikes", "Turkey responded on Sunday with drone strikes": the first token of a verb
    /// of answering before "with" (at <paramref name="with"/>), a time between them or not; -1 when there is none.</summary>
    private int AnswerBefore(int with, int clauseStart)
    {
        if (with - 1 <= clauseStart || Word(with) != "with" || !_cues.MayHave("answer")) return -1;
        int before = with - 1;
        if (_index.Time[before] >= 0)
        {
            while (before > clauseStart && before >= with - 5 && _index.Time[before] >= 0) before--;
            if (Word(before) is "on" or "in" or "at") before--;
        }
        // ("Washington responded within hours with air strikes": over how soon, cue class answer-manner.)
        if (_cues.EndingAt(before, "answer-manner") is var soon && soon > clauseStart) before = soon - 1;
        // ("The United States responded two days later with air strikes": over the count of "days later" too.)
        if (soon > clauseStart && before > clauseStart && (Cardinal(before) is not null || _doc.Tokens[before].Kind == TokenKind.Number || Word(before) is "a" or "an")
            && Word(soon) is "days" or "hours" or "weeks" or "minutes") before--;
        return before >= clauseStart ? _cues.EndingAt(before, "answer") : -1;
    }

    private bool MaterialAt(int first) => TypeAt(first) is { } type && EventLexicon.IsMaterial(type);

    /// <summary>Whether a reported clause with its own subject follows the verb of saying at <paramref name="t"/>:
    /// "said the rockets hit", "said two drones struck" (not "said in a statement that ... and rejected").</summary>
    private bool ReportedSubjectAfter(int t) =>
        Word(t + 1) is "the" or "a" or "an" or "those" or "these" || _doc.Tokens.Length > t + 1 && _doc.Tokens[t + 1].Kind == TokenKind.Number
        || Numbers.Cardinal(_doc.TokenText(t + 1)) is not null || _cues.At(t + 1, "mode") >= 0;

    /// <summary>Whether the last name before <paramref name="before"/> in the sentence stands after a preposition ("attacks on
    /// US bases").</summary>
    private bool LastNameAfterPreposition(int before)
    {
        for (int t = before - 1; t >= _first; t--)
            if (_index.Actor[t] is var m && m >= 0) return GovernedByPreposition(_index.ActorFirst[m]);
        return false;
    }
}
