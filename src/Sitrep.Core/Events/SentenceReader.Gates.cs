using Sitrep.Core.Documents;

namespace Sitrep.Core.Events;

/// <summary>The sentence reader's tests that only Frame asks: whether a trigger tells a happening here, and of what kind.</summary>
internal sealed partial class SentenceReader
{
    /// <summary>Whether the object after a verb of firing or launching is a weapon (cue class mode, no shooter): "fired two
    /// rockets", "launched a wave of drones", "fired at least three Katyusha rockets"; counts, qualifiers, articles and names
    /// of makes may stand before it ("fired the commander at the base" and "launched an investigation into rocket attacks"
    /// name none).</summary>
    private bool FiredWeapon(int last, int clauseEnd)
    {
        int end = Math.Min(clauseEnd, last + 6);
        for (int t = last + 1; t <= end; t++)
        {
            if (_cues.At(t, "mode") >= 0) return _cues.At(t, "shooter") < 0;
            if (_cues.At(t, "many") is var many and >= 0) { t = many; continue; }
            if (_cues.ValueAt(t, "qualifier", out int q) is not null) { t = q; continue; }
            if (Cardinal(t) is not null || Word(t) is "a" or "an" or "the" or "its" or "their" or "his" or "her" or "more" or "another" or "new"
                or "fresh" or "further" or "dozen" or "dozens" or "several" or "some") continue;
            if (Word(t) == "of" && t > last + 1 && (Cardinal(t - 1) is not null || Word(t - 1) is "dozens" or "scores" or "hundreds" or "dozen")) continue;
            // A make or a model before the weapon: "Katyusha rockets", "Grad rockets".
            if (_doc.Tokens[t].Is(TokenFlags.Capitalized) && _index.Actor[t] < 0 && _index.Place[t] < 0) continue;
            return false;
        }
        return false;
    }

    /// <summary>Whether the first name after the trigger is the actor and stands before any departure word: "called on
    /// the Iraqi government to expel US troops", against "demanded the expulsion of the American forces".</summary>
    private bool AddressedBefore(string actor, int last, int clauseEnd)
    {
        for (int t = last + 1; t < clauseEnd; t++)
        {
            if (_index.Actor[t] < 0) continue;
            return _doc.Mentions[_index.Actor[t]].EntityId == actor && !_cues.Any("departure", last + 1, t);
        }
        return false;
    }

    /// <summary>"The Pentagon denied any role.", "said Tehran had no part in it", "denied any connection to the
    /// incident": a part in an act denied, with no word of the act after it (then that word tells the act), is a denial
    /// of the act the story told. "any role" needs a denial before it, or a negated "have" ("asked whether Iran had any
    /// role" is none); "no role in the new cabinet" names something else.</summary>
    private bool DeniedPart(int first, int last)
    {
        // ("has not confirmed any involvement" denies nothing; "did not have any role" does.)
        if (Word(first) == "any" && !_cues.Any("denial", _first, first - 1)
            && !(Word(first - 1) is "have" or "had" or "play" or "played" && _cues.Any("negation", Math.Max(_first, first - 3), first - 2))) return false;
        for (int t = last + 1; t < _end; t++)
        {
            var w = Word(t);
            if (w is "." or "," or ";" or ":" or "and" or "but" || _doc.Tokens[t].Kind == TokenKind.Quote) return true;
            // "denied any involvement on Tuesday"
            if (_index.Time[t] >= 0 || (w == "on" && t + 1 < _end && _index.Time[t + 1] >= 0)) continue;
            // "denied any connection of its formations to the crime": the denier's own men, no act.
            if (w == "of" && Word(t + 1) is "its" or "their" or "his" && t + 2 < _end && (_cues.At(t + 2, "own-forces") >= 0 || _cues.At(t + 2, "troops") >= 0))
            {
                t += 2;
                continue;
            }
            if (w is not ("in" or "to" or "with" or "it" or "this" or "that" or "them" or "these" or "those" or "the"
                or "incident" or "incidents" or "crime" or "crimes" or "act" or "acts" or "affair" or "whatsoever" or "at" or "all"))
                return false;
        }
        return true;
    }

    /// <summary>Whether every one of the actors stands on one side with <paramref name="other"/> (a loop: a lambda
    /// would capture Frame's actors, and its closure was made on every call of Frame).</summary>
    private bool AllSameCamp(List<string> actors, string other)
    {
        foreach (var a in actors) if (!SameCamp(a, other)) return false;
        return true;
    }

    /// <summary>Whether a trigger of withdrawal told by a verb ends before <paramref name="before"/> in the sentence.
    /// (A loop, not a lambda: a lambda over <c>Frame</c>'s <c>first</c> made a closure on every framed trigger.)</summary>
    private bool RetreatVerbBefore(int before)
    {
        foreach (var h in _hits)
            if (h.Trigger.Type == "RETREAT" && h.Trigger.IsVerb && h.Last < before) return true;
        return false;
    }

    /// <summary>Whether an attack word of the sentence ends before the token.</summary>
    private bool AttackBefore(int first)
    {
        foreach (var h in _hits)
            if (h.Trigger.Type == "ASSAULT" && h.Last < first) return true;
        return false;
    }

    /// <summary>"demanded (at the time) that they leave", "insisted that all foreign forces withdraw": "that" at most seven
    /// words before the act with no verb of telling between ("was", "had", "did" ...), and a verb of asking, urging or
    /// ordering at most six words before "that"; fourteen words when the act follows a comma or "and" as the next of a series
    /// of asked acts ("demands that Ankara offer a formal apology, withdraw its soldiers and pay compensation").</summary>
    private bool AskedThat(int first)
    {
        int reach = Word(first - 1) is "," or "and" or "or" ? 14 : 7;
        for (int t = first - 1; t >= Math.Max(_first, first - reach); t--)
        {
            if (Word(t) is ";" or ":" or "." or "is" or "are" or "was" or "were" or "has" or "have" or "had" or "did" or "do" or "does"
                or "will" or "would") return false;
            if (Word(t) != "that") continue;
            for (int a = t - 1; a >= Math.Max(_first, t - 6); a--)
            {
                if (Word(a) is ";" or ":") return false;
                if (WordIs(a, WordClass.AskingVerb))
                    return true;
            }
            return false;
        }
        return false;
    }

    /// <summary>A verb of ending at most four words before the noun in its clause: "ended a decade-long deployment", "closing
    /// the deployment".</summary>
    private bool EndingBefore(int first, int clauseStart)
    {
        for (int t = first - 1; t >= Math.Max(clauseStart, first - 4); t--)
            if (WordIs(t, WordClass.EndingVerb)) return true;
        return false;
    }

    /// <summary>Whether "property" or "properties" stands at most eight words before the verb or four after it in its clause.</summary>
    private bool PropertyNear(int first, int last, int clauseStart, int clauseEnd)
    {
        for (int t = Math.Max(clauseStart, first - 8); t <= Math.Min(clauseEnd, last + 4); t++)
            if (Word(t) is "property" or "properties") return true;
        return false;
    }

    /// <summary>"still", "so far", "continue(s) to", "remain(s)" or "already" at most three words before the verb in its clause.</summary>
    private bool LastingBefore(int first, int clauseStart)
    {
        for (int t = first - 1; t >= Math.Max(clauseStart, first - 3); t--)
            if (WordIs(t, WordClass.OngoingWord)
                || (Word(t) == "far" && Word(t - 1) == "so")) return true;
        return false;
    }

    /// <summary>"the sanctions target X", "sanctions that target", "targeted by new US sanctions", "targeted with sanctions": a noun
    /// of sanctions at most three words before the verb in its clause, or after "by" or "with" and at most two words right
    /// after it.</summary>
    private bool SanctionsAim(int first, int last, int clauseStart, int clauseEnd)
    {
        // "the sanctions were \"a medal on the chest\" of the men they targeted": a pronoun subject whose sentence opened on sanctions.
        if (Word(first - 1) is "they" or "it" or "which" or "that")
            for (int t = first - 2; t >= Math.Max(_first, first - 15); t--)
            {
                if (WordIs(t, WordClass.SanctionNoun)) return true;
                if (_index.Actor[t] >= 0 || Word(t) is ";" or ".") break;
            }
        for (int t = first - 1; t >= Math.Max(clauseStart, first - 3); t--)
            if (WordIs(t, WordClass.SanctionNoun)) return true;
        if (Word(last + 1) is "by" or "with")
            for (int t = last + 2; t <= Math.Min(clauseEnd, last + 4); t++)
                if (WordIs(t, WordClass.SanctionNoun)) return true;
        // "targeted Baghdad with new sanctions", "hit the two banks with sanctions": "with" after the object, then the noun.
        for (int w = last + 2; w <= Math.Min(clauseEnd, last + 6); w++)
        {
            if (Word(w) != "with") continue;
            for (int t = w + 1; t <= Math.Min(clauseEnd, w + 3); t++)
                if (WordIs(t, WordClass.SanctionNoun)) return true;
            break;
        }
        return false;
    }

    /// <summary>"accused of planning to attack", "charged with plotting bombings", "accuses him of actively developing plans to
    /// attack", "accused the US of letting Israeli drones in to bomb": true when, at most twelve words before the act in its
    /// clause, "of" or "with" and a verb of planning, trying or enabling (or an -ing verb up to three words before "plans" or
    /// "plot": "of having drawn up plans to strike") follow a word of accusing or charging at most eight words before them,
    /// and the act comes at most seven words after that verb with no verb of its own between and no "the" before it. (Being
    /// suspected is no charge: "detained 14 men suspected of preparing rocket attacks" tells the plan that grounds an arrest.)</summary>
    private bool AccusedOfPlan(int first, int clauseStart)
    {
        for (int t = first - 2; t >= Math.Max(clauseStart, first - 12); t--)
        {
            if (Word(t) is ";" or ":") return false;
            if (Word(t) is not ("of" or "with" or "for")) continue;
            int g = t + 1;
            // ("of having brought drones in to attack": the perfect's "having" leads to the verb.)
            while (g < first - 1 && (Word(g).EndsWith("ly", StringComparison.Ordinal) || Word(g) == "having")) g++;
            bool plan = WordIs(g, WordClass.PlottingVerb)
                || (Word(g).EndsWith("ing", StringComparison.Ordinal) && PlanNounWithin(g + 1, Math.Min(first - 1, g + 3)));
            if (!plan || first - g > 7) continue;
            // ("accused of planning the attack", "men accused of plotting were detained": an act told with "the" or a verb
            // of its own after the charge is not what is charged.)
            if (Word(first - 1) is "the" or "this" or "that" or "its" or "their") return false;
            for (int b = g + 1; b < first; b++)
                if (Word(b) is "was" or "were" or "is" or "are" or "has" or "have" or "had") return false;
            for (int a = t - 1; a >= Math.Max(clauseStart, t - 8); a--)
                if (WordIs(a, WordClass.ChargeWord))
                    return true;
        }
        return false;
    }

    /// <summary>Whether the act at <paramref name="first"/> is told in the present perfect over a span of years: "has" or "have"
    /// at most fifteen words before it, with no subject, time or clause bound of another verb between ("have for years fired",
    /// "have fired rockets at bases and planted bombs": a verb joined by "and" shares the auxiliary), and a span of years (cue
    /// class lasting-span) after the auxiliary, in the act's clause or before it.</summary>
    private bool PerfectOverYears(int first, int clauseStart, int clauseEnd)
    {
        if (!_cues.MayHave("lasting-span")) return false;
        for (int t = first - 1; t >= Math.Max(_first, first - 15); t--)
        {
            if (Word(t) is "has" or "have" or "'ve") return _cues.StartsWithin("lasting-span", t + 1, clauseEnd);
            if (Word(t) is ";" or ":" or "but" or "had" or "was" or "were" or "is" or "are" or "it" or "they" or "he" or "she" or "we"
                || _index.Actor[t] >= 0 || _index.Time[t] >= 0) return false;
        }
        return false;
    }

    /// <summary>Whether "plans", "plan", "plot" or "plots" stands in [from, to].</summary>
    private bool PlanNounWithin(int from, int to)
    {
        for (int t = from; t <= to; t++)
            if (Word(t) is "plans" or "plan" or "plot" or "plots") return true;
        return false;
    }

    /// <summary>"will not allow any side to use its territory to attack Iran", "would never permit foreign forces to deploy",
    /// "is not allowed to launch operations from Iraqi soil", "refused to let the convoy cross": a verb of letting, negated
    /// or refused, before the act in its clause; what it keeps from happening is no act.</summary>
    private bool NotAllowed(int first, int clauseStart)
    {
        for (int t = first - 1; t >= Math.Max(clauseStart, first - 12); t--)
        {
            if (Word(t) is ";" or ":") return false;
            if (Word(t) is not ("allow" or "allows" or "allowing" or "allowed" or "permit" or "permits" or "permitting" or "permitted"
                or "let" or "lets" or "tolerate" or "tolerates")) continue;
            for (int n = t - 1; n >= Math.Max(clauseStart, t - 3); n--)
                if (Word(n) is "not" or "never" or "n't" or "won't" or "wo" or "cannot" or "can't" or "refuse" or "refuses" or "refused" or "refusing")
                    return true;
            return false;
        }
        return false;
    }

    /// <summary>Whether the object of an attack verb ending at <paramref name="last"/> is a thing no weapon hits: within six words
    /// after it, over articles, possessives, adjectives and names, a word of cue class intangible ("interests", "finances",
    /// "revenues") before any punctuation, other act or place.</summary>
    private bool IntangibleObject(int last, int clauseEnd)
    {
        // (Only such a cue makes it true: a sentence with none is not walked.)
        if (!_cues.MayHave("intangible")) return false;
        for (int t = last + 1; t <= Math.Min(clauseEnd, last + 6); t++)
        {
            if (_cues.At(t, "intangible") >= 0) return true;
            if (_doc.Tokens[t].Kind == TokenKind.Punctuation && Word(t) is not ("'s" or "’s" or "'" or "’") || _triggerAt[t] != 0
                || _index.Place[t] >= 0 || _cues.At(t, "mode") >= 0) return false;
        }
        return false;
    }

    /// <summary>Whether the trigger at <paramref name="first"/> stands in a clause of a condition contrary to fact: "if" (or "even
    /// if") and then "were to" or "was to" within twelve words before it, no comma or other act between; or "Were" opening the
    /// clause with "to" after the name it inverts ("Were Ankara to order ...").</summary>
    private bool Counterfactual(int first, int clauseStart)
    {
        for (int t = first - 1; t >= Math.Max(clauseStart, first - 12); t--)
        {
            if (Word(t) is "," or ";" or ":" || _triggerAt[t] != 0) return false;
            if (Word(t) is not ("were" or "was") || Word(t + 1) != "to") continue;
            for (int k = t - 1; k >= Math.Max(clauseStart, t - 5); k--)
            {
                if (Word(k) is "," or ";" or ":") break;
                if (Word(k) is "if" or "If") return true;
            }
            return false;
        }
        // ("Were Ankara to order a new offensive": the inverted condition opens its clause.)
        int open = clauseStart;
        while (open < first && _doc.Tokens[open].Kind != TokenKind.Word) open++;
        if (Word(open) is not ("Were" or "were") || open == first) return false;
        for (int t = open + 1; t < first && t <= open + 5; t++)
            if (Word(t) == "to") return true;
        return false;
    }

    /// <summary>Whether the -ing verb at [first, last] opens its sentence (or follows a label and a colon, "Opinion:") as the
    /// subject of a finite verb after its object, with no comma or word that opens a clause between ("Withdrawing the troops
    /// now would be reckless", "Leaving Iraq on a timetable is fine"): the act is a topic talked about, not one told.</summary>
    private bool GerundTopic(Trigger trigger, int first, int last)
    {
        if (!trigger.IsVerb || (trigger.Form & WordForm.Ing) == 0 || !Word(first).EndsWith("ing")) return false;
        int open = _first;
        if (Word(open + 1) == ":" && first == open + 2) open = first;
        if (first != open || !char.IsUpper(_doc.Text[_doc.Tokens[first].Start])) return false;
        // ("Shelling was heavy overnight": a gerund right before its verb, with no object, is the act's noun.)
        if (Word(last + 1) is "was" or "were" or "is" or "are" || _cues.At(last + 1, "finite-aux") >= 0) return false;
        return FiniteVerbAfter(last);
    }

    /// <summary>Whether the word before the verb of flight (over "who", "that" and auxiliaries) names civilians (cue class civilians,
    /// "residents", "families") or a people by its name ("Lebanese", "Syrians").</summary>
    private bool CiviliansFleeing(int first)
    {
        int t = BeforeAuxiliaries(first - 1, relative: true);
        if (t < _first) return false;
        if (_cues.At(t, "civilians") >= 0) return true;
        // ("Lebanese fleeing", "Syrians who fled", "Kurds fleeing": a people by its name, a capitalised word of people, cue
        // class victims, not a name of forces.)
        return _index.Actor[t] < 0 && char.IsUpper(_doc.Text[_doc.Tokens[t].Start]) && _cues.At(t, "victims") >= 0;
    }

    /// <summary>Whether the passive verb of attack ending at <paramref name="last"/> is "hit by" a happening that is no attack
    /// ("has been hit by nationwide protests", "was struck by a wave of sanctions", "were hit hard by the drought"): within four
    /// words after "by", a noun of protest or of sanctions (a trigger of that type) or of hardship (cue class hardship: floods,
    /// a crisis, power cuts) before any weapon or other word of an act; a name may stand before it ("hit by US sanctions").</summary>
    private bool HitByNoAttack(int last, int clauseEnd)
    {
        if (Word(last + 1) != "by") return false;
        for (int t = last + 2; t <= Math.Min(clauseEnd, last + 5); t++)
        {
            if (_cues.At(t, "mode") >= 0 || Word(t) is "," or ";" or ":" or ".") return false;
            if (_cues.At(t, "hardship") >= 0 || TypeAt(t) is "PROTEST" or "SANCTION") return true;
            if (TypeAt(t) is not null) return false;
        }
        return false;
    }

    /// <summary>Whether the act is what a side's ground is used for: "to" within four words before it, a verb or noun of using
    /// (cue class employ) within eight words before "to" with ground (cue class staging-ground) between them, no comma
    /// between, and no time in the clause but one told of another act before the using.</summary>
    private bool GroundUsedFor(int first, int clauseStart)
    {
        // (Only a ground's cue makes it true: a sentence with none is not walked, trigger after trigger.)
        if (!_cues.MayHave("staging-ground")) return false;
        int to = -1;
        for (int t = first - 1; t >= Math.Max(clauseStart, first - 4) && to < 0; t--)
        {
            if (Word(t) is "," or ";" or ":") return false;
            if (Word(t) == "to") to = t;
        }
        if (to < 0) return false;
        bool ground = false;
        for (int u = to - 1; u >= Math.Max(clauseStart, to - 8); u--)
        {
            if (Word(u) is "," or ";" or ":") return false;
            if (_cues.At(u, "staging-ground") >= 0) ground = true;
            if (!ground || Word(u) is not ("use" or "uses" or "used" or "using") || _cues.At(u, "employ") < 0) continue;
            // ("signed a pact on Sunday under which it will stop groups using its territory to attack Iran": that time is the signing's.)
            for (int t = clauseStart; t < _end; t++)
                if (_index.Time[t] >= 0 && !(t < u && ActWithin(t + 1, u - 1))) return false;
            return true;
        }
        return false;
    }

    /// <summary>"a banner under which several factions have claimed attacks", "an umbrella through which the groups have
    /// struck": "under which" or "through which" after a noun of naming, before the act in its sentence.</summary>
    private bool UnderWhichName(int first)
    {
        for (int t = first - 2; t > _first + 1; t--)
        {
            if (Word(t) is ";" or ":") return false;
            if (Word(t + 1) == "which" && Word(t) is "under" or "through")
                return WordIs(t - 1, WordClass.NameNoun);
        }
        return false;
    }

    /// <summary>"Those who shoot, kidnap and terrorise peaceful citizens", "anyone who attacks our forces", "whoever fires
    /// rockets at the embassy": the act's doer is whoever does it, a kind of act and no act done. True when "who" after
    /// "those", "anyone", "anybody" or "everyone" (or "whoever") stands at most six words before the verb, with no name,
    /// date or clause end between.</summary>
    private bool AnyoneWho(int first, int clauseStart)
    {
        for (int t = first - 1; t >= Math.Max(_first, first - 6); t--)
        {
            var w = Word(t);
            if (w is "whoever" or "whomever") return true;
            if (w == "who") return Word(t - 1) is "those" or "anyone" or "anybody" or "everyone" or "everybody";
            if (w is "." or ";" or ":" || _index.Actor[t] >= 0 || _index.Time[t] >= 0 || _doc.Tokens[t].Kind == TokenKind.Quote) return false;
        }
        return false;
    }


    /// <summary>"X claimed a similar bombing near Nasiriyah", "gunmen carried out a similar attack on Monday": an act like
    /// one told before, as the object of a verb that claims or carries it out, is done, not only possible ("to prevent
    /// similar attacks" is). True when "similar" is the only word of the hypothetical class before the noun, after
    /// "a" or "another" and such a verb. "A similar device went off beside a convoy", "a similar clash in Qurna killed two":
    /// so is one as the subject of a verb of attack in the past, with no comma between.</summary>
    private bool DoneLikeAnother(Trigger trigger, int first, int clauseStart)
    {
        if (trigger.Type != "ASSAULT") return false;
        int similar = -1;
        foreach (var (f, l, cue) in _cues.Hits)
            if (cue.Class == "hypothetical" && f >= Math.Max(clauseStart, first - 6) && f < first)
            {
                if (f != l || Word(f) != "similar") return false;
                similar = f;
            }
        if (trigger.IsVerb)
        {
            if (similar < 0 || Word(similar - 1) is not ("a" or "A" or "another" or "Another") || (trigger.Form & WordForm.Past) == 0) return false;
            for (int t = similar + 1; t < first; t++)
                if (Word(t) is "," or ";" or ":" or "would" or "could" or "will" or "might" or "may" or "can") return false;
            return true;
        }
        if (similar < 0 || similar < first - 3 || Word(similar - 1) is not ("a" or "another")) return false;
        int verb = Word(similar - 1) == "a" ? similar - 2 : similar - 1;
        return _cues.Last("claim", Math.Max(_first, verb - 2), verb) is { Last: var claim } && claim == verb
            || _cues.Last("light", Math.Max(_first, verb - 2), verb) is { Last: var light } && light == verb;
    }

    /// <summary>"1,000 more troops would be sent to the region", "the unit would be withdrawn by June": forces that
    /// "would be" moved, in reported speech, are a planned move (future), not a hypothetical one. True when "would be" right
    /// before a passive verb of MOBILIZE or RETREAT is the only word of the hypothetical class before it.</summary>
    private bool MovePlanned(Trigger trigger, int first, int clauseStart, bool passive)
    {
        if (trigger.Type is not ("MOBILIZE" or "RETREAT") || !passive || Word(first - 1) != "be" || Word(first - 2) != "would") return false;
        foreach (var (f, _, cue) in _cues.Hits)
            if (cue.Class == "hypothetical" && f >= Math.Max(clauseStart, first - 6) && f < first && f != first - 2) return false;
        return true;
    }

    private bool MissileIn(int from, int to)
    {
        foreach (var (f, l, cue) in _cues.Hits)
            if (cue.Class == "mode" && cue.Value == "missile" && f >= from && l <= to) return true;
        return false;
    }

    /// <summary>Whether a toll is told with a word of accident (cue class accident) before it in its sentence or just after
    /// it ("in a helicopter crash"), with no other attack word in the sentence and no weapon that flies or blows up named
    /// before the toll ("a drone crashed into the house, killing two" is an attack).</summary>
    private bool Accident(int first, int last)
    {
        if (!_cues.Any("accident", _first, first - 1) && !_cues.Any("accident", last + 1, Math.Min(_end - 1, last + 5))) return false;
        foreach (var h in _hits)
            if (h.Trigger.Type == "ASSAULT" && !h.Trigger.Is(TriggerFlags.Toll)) return false;
        for (int t = _first; t < first; t++)
            if (_cues.ValueAt(t, "mode", out _) is { } mode && mode != "airstrike") return false;
        return true;
    }

    /// <summary>Whether a weapon noun is an item of a bulleted list aimed at somewhere with no verb before it ("- Monday: a
    /// drone at the Rmelan landing zone", "- Friday: rockets at Rmelan again").</summary>
    private bool ListedAct(Trigger trigger, int first, int last)
    {
        if (trigger.Type != "ASSAULT" || trigger.IsVerb || trigger.Mode is null || !EventStage.ListItem(_doc, _sentence)) return false;
        if (Word(last + 1) is not ("at" or "on" or "against" or "targeting" or "near" or "toward" or "towards")) return false;
        for (int t = _first + 1; t < first; t++)
            if (_triggerAt[t] == SureVerb) return false;
        return true;
    }

    /// <summary>Whether the attack is promised: a word of promise (cue class vow) before the verb in its verb
    /// group, over words that carry an act on (cue class persist: "would keep targeting", "will continue to
    /// strike"); for a noun, a promise and such a word before it ("would carry on their operations") or
    /// after it in its clause ("its attacks will go on"). A negation between ("will not attack") is no promise.</summary>
    private bool VowedAttack(Trigger trigger, int first, int last, int clauseEnd)
    {
        if (trigger.IsVerb && !_stage.PreferNoun(_doc, first, last, _scratch)) return VowBefore(first - 1, persisted: true);
        int t = first - 1;
        while (t >= _first && first - t <= 4 && (Word(t) is "its" or "their" or "our" or "his" or "the" or "more" or "further" || _cues.At(t, "mode") >= 0)) t--;
        if (PersistEndingAt(t) is var persist && persist >= 0 && VowBefore(persist - 1, persisted: false)) return true;
        for (int k = last + 1; k <= clauseEnd && k <= last + 8; k++)
        {
            // ("condemned the cowardly attack and said it would keep supporting the army": a verb of saying after it opens
            // another clause, whose promise is not the act's.)
            if (Word(k) is "," or ";" or ":" or "." || _triggerAt[k] != 0 || _cues.At(k, "speech") >= 0) return false;
            if (_cues.At(k, "vow") < 0) continue;
            int next = k + 1;
            while (next <= clauseEnd && Word(next) is "also" or "certainly" or "surely") next++;
            return _cues.At(next, "persist") >= 0;
        }
        return false;
    }

    /// <summary>Whether a word of promise ends the verb group that ends at <paramref name="t"/>, over adverbs, "be",
    /// "to", quotation marks and (with <paramref name="persisted"/>) words that carry an act on.</summary>
    private bool VowBefore(int t, bool persisted)
    {
        for (int steps = 0; t >= _first && steps < 6; t--, steps++)
        {
            if (_cues.At(t, "vow") >= 0) return true;
            if (_doc.Tokens[t].Kind == TokenKind.Quote || Word(t) is "also" or "then" or "to" or "be" or "certainly" or "definitely" or "surely" or "again")
                continue;
            if (persisted && PersistEndingAt(t) is var p && p >= 0) { t = p; continue; }
            return false;
        }
        return false;
    }

    /// <summary>Whether the one said to attack is the speaker's own side: nobody named ("its fighters", "the
    /// attacks"), a pronoun, the speaker, or a body the speaker speaks for or belongs to (the story's relations,
    /// the knowledge base's roles on the story's date).</summary>
    private bool OwnSide(List<string> actors, int subjectLast, string speaker)
    {
        if (actors.Count == 0 || actors[0] == speaker) return true;
        if (subjectLast >= 0 && Coreference.IsPronoun(_doc.TokenText(subjectLast), out _)) return true;
        var actor = actors[0];
        foreach (var r in _doc.Relations)
            if (r.Subject == speaker && r.Object == actor) return true;
        return SideOf(speaker) == SideOf(actor);
    }

    /// <summary>Whether a sum of money is told in [from, to]: "$5 million", "500 million dollars", "40 million euros".</summary>
    private bool Money(int from, int to)
    {
        for (int t = from; t <= to && t < _end; t++)
        {
            var text = _doc.TokenText(t);
            if (text.Length > 0 && text[0] is '$' or '€' or '£') return true;
            if (WordIs(t, WordClass.Currency)) return true;
        }
        return false;
    }

    /// <summary>Whether an actor's name stands before the first verb of the sentence (before <paramref name="before"/>).</summary>
    private bool OpensWithName(int before)
    {
        for (int t = _first; t < before && t < _first + 12; t++)
        {
            if (_index.Actor[t] >= 0 && !GovernedByPreposition(_index.ActorFirst[_index.Actor[t]])) return true;
            if (_triggerAt[t] != 0 || TypeAt(t) is not null || _cues.At(t, "speech") >= 0) return false;
        }
        return false;
    }

    /// <summary>Whether the actor is named in [from, to].</summary>
    private bool NamedBetween(string actor, int from, int to)
    {
        for (int t = Math.Max(from, _first); t <= to && t < _end; t++)
            if (_index.Actor[t] is var m && m >= 0 && _doc.Mentions[m].EntityId == actor) return true;
        return false;
    }

    /// <summary>Whether an accusation or a sanction is told before the trigger in its clause.</summary>
    private bool ComplaintBefore(int first, int clauseStart)
    {
        foreach (var h in _hits)
            if (h.Last < first && h.First >= clauseStart && h.Trigger.Type is "ACCUSE" or "SANCTION") return true;
        return false;
    }

    /// <summary>Whether the object right after the verb is one's own envoy (cue class envoy, over "its", "the", a people's
    /// adjective): "withdrew its ambassador", "recalled the Iraqi charge d'affaires". <paramref name="sender"/> is the
    /// government the adjective names ("the Iraqi charge d'affaires": Iraq's), <paramref name="served"/> that of the place,
    /// capital or people named after "from", if any.</summary>
    private bool OwnEnvoyHome(int last, int clauseEnd, out string? sender, out string? served)
    {
        sender = served = null;
        int t = last + 1;
        while (t <= clauseEnd && t < last + 5)
        {
            if (_cues.ValueAt(t, "demonym", out _) is { } people) { if (_stage.Kb[people] is { Kind: "government" }) sender = people; }
            // ("recall Iraq's own charge d'affaires from Ankara": a state named as the envoy's owner sends him.)
            else if (_index.Actor[t] is var m && m >= 0 && _index.ActorLast[m] + 1 < _end && Word(_index.ActorLast[m] + 1) is "'s" or "\u2019s"
                     && _doc.Mentions[m].EntityId is { } owner && _stage.Kb[owner] is { Kind: "government" })
            {
                sender = owner;
                t = _index.ActorLast[m] + 1;
            }
            else if (Word(t) is not ("the" or "its" or "their" or "his" or "her" or "own" or "top" or "senior" or "a")) break;
            t++;
        }
        int envoy = t <= clauseEnd ? _cues.At(t, "envoy") : -1;
        // One head of mission called home is a recall; diplomats or staff pulled out are an evacuation, a withdrawal.
        if (envoy < 0 || WordIs(envoy, WordClass.EnvoyStaff)) return false;
        served = ServedFrom(envoy + 1, clauseEnd);
        return true;
    }

    /// <summary>"Baghdad ordered the Swedish ambassador to leave", "asked the Swedish ambassador to leave": the subject of a verb of
    /// telling (cue class dismissal-verb) that is no sure request or sanction of its own, right before the envoy named before the
    /// "to" at <paramref name="to"/>, and the state the envoy serves; null when the verb is one (the reader turns that request into
    /// the expulsion) or either is unknown.</summary>
    private (string? Orderer, string? State)? OrderedEnvoyOut(int to, int clauseStart)
    {
        for (int t = to - 1; t >= Math.Max(clauseStart, to - 6); t--)
        {
            if (!WordIs(t, WordClass.DismissalVerb)) continue;
            // ("called on the ambassador to leave": a sure request, which the reader turns into the expulsion itself.)
            if (_hits.Exists(h => h.First == t && (h.Trigger.Type == "SANCTION" || (h.Trigger.Type == "REQUEST" && !h.Trigger.Is(TriggerFlags.Weak))))
                || Envoy(t, to - 1) is not { } state) return null;
            var orderers = Subjects(t, clauseStart, out _);
            return orderers.Count > 0 && orderers[0] != state ? (orderers[0], state) : null;
        }
        return null;
    }

    /// <summary>Whether an envoy (cue class envoy) stands in the six words before the "to" at <paramref name="to"/>, after a
    /// verb of telling ("ordered the ambassador to leave", "gave the envoy 48 hours to depart"), with no comma between.</summary>
    private bool EnvoyToldToGo(int to)
    {
        for (int t = to - 1; t >= Math.Max(_first, to - 6); t--)
        {
            if (Word(t) is "," or ";") return false;
            if (_cues.At(t, "envoy") < 0) continue;
            for (int k = t - 1; k >= Math.Max(_first, t - 5); k--)
                if (WordIs(k, WordClass.DismissalVerb)) return true;
            return false;
        }
        return false;
    }

    /// <summary>Whether "to leave" or "to depart" follows within a few words of the trigger, in its clause.</summary>
    private bool ToLeave(int last, int clauseEnd)
    {
        for (int t = last + 1; t < Math.Min(clauseEnd, last + 9); t++)
            if (Word(t) == "to" && Word(t + 1) is "leave" or "depart" or "quit") return true;
        return false;
    }

    /// <summary>Whether "to" (or "into", "towards") opens a destination within nine words after the verb, before any "from"
    /// and any comma: "redeployed two brigades to Kirkuk".</summary>
    private bool MovedToNotFrom(int last, int clauseEnd)
    {
        for (int t = last + 1; t <= Math.Min(clauseEnd, last + 9); t++)
        {
            if (Word(t) is "from" or "," or "out" or "away") return false;
            if (Word(t) is "to" or "into" or "towards" or "toward") return true;
        }
        return false;
    }

    /// <summary>Whether the object right after the verb is ground: a place, or a share or control of one ("a third of
    /// Iraq", "control of the town of X"): words of cue class ground, over "of", "a" and "the"; or a noun of land with no
    /// place named (cue class ground-noun: "recaptured the town", "the last village held by the militants").</summary>
    private bool SeizedGround(int last, int clauseEnd)
    {
        bool land = false;
        for (int t = last + 1; t <= Math.Min(clauseEnd, last + 6); t++)
        {
            if (_index.Place[t] >= 0) return Word(t - 1) is not ("in" or "near" or "at" or "from" or "on");
            if (_cues.At(t, "ground-noun") >= 0) { land = true; continue; }
            if (Word(t) is not ("of" or "a" or "the") && _cues.At(t, "ground") < 0) return land;
        }
        return land;
    }

    /// <summary>Whether a verb of receiving (cue class receive) joins the subject to the noun: "X received a
    /// warning", "X has received threats", "X got a call" — the verb soon after the subject, only
    /// determiners and adjectives between it and the noun.</summary>
    private bool Received(int subjectLast, int first)
    {
        if (!_cues.MayHave("receive")) return false;
        foreach (var (f, l, cue) in _cues.Hits)
        {
            if (cue.Class != "receive" || f <= subjectLast || l >= first || f - subjectLast > 4 || first - l > 4) continue;
            for (int t = l + 1; t < first; t++)
                if (_index.Actor[t] >= 0 || _doc.Tokens[t].Kind != TokenKind.Word) return false;
            return true;
        }
        return false;
    }

    /// <summary>"X added A and B to its sanctions list", "placed A on the sanctions list": a verb of adding (cue class add-to) before "to" or "on" and the
    /// list noun; its subject becomes the actor and the names between it and "to" the targets.</summary>
    private bool AddedToList(int first, int clauseStart, List<string> actors, List<string> targets)
    {
        int to = first - 1;
        while (to > clauseStart && first - to <= 3 && Word(to) is not ("to" or "on")) to--;
        if (Word(to) is not ("to" or "on")) return false;
        int add = -1;
        for (int t = to - 1; t >= clauseStart && to - t <= 20; t--)
            if (_cues.At(t, "add-to") >= 0) { add = t; break; }
        if (add < 0) return false;
        var adders = Subjects(add, clauseStart, out _);
        if (adders.Count == 0) return false;
        // "Rayan al-Kildani was added to the US terrorism list", "the group was put on the sanctions list by the Treasury": the
        // subject of the passive is the one listed; the one who lists is the agent after "by", else the state the list's words
        // name, else not told.
        if (PassiveAuxiliary(Word(add - 1)) || (WordIs(add - 1, WordClass.Adverb) && PassiveAuxiliary(Word(add - 2))))
        {
            actors.Clear();
            targets.Clear();
            targets.AddRange(adders);
            string? owner = null;
            for (int t = to + 1; t < first && owner is null; t++)
                if (_index.Actor[t] is var m && m >= 0) owner = _doc.Mentions[m].EntityId!;
            for (int t = first + 1; t <= first + 8 && t + 1 < _end && Word(t) is not ("," or ";" or "."); t++)
                if (Word(t) == "by" && _index.Actor[Word(t + 1) == "the" ? t + 2 : t + 1] is var m && m >= 0)
                {
                    owner = _doc.Mentions[m].EntityId!;
                    break;
                }
            if (owner is not null && !targets.Contains(owner)) actors.Add(owner);
            return true;
        }
        actors.Clear();
        actors.AddRange(adders);
        targets.Clear();
        for (int t = add + 1; t < to; t++)
            if (_index.Actor[t] is var m && m >= 0)
            {
                var id = _doc.Mentions[m].EntityId!;
                if (!targets.Contains(id) && !actors.Contains(id)) targets.Add(id);
                t = _index.ActorLast[m];
            }
        // "put him on its list": the person a pronoun object stands for.
        if (targets.Count == 0 && Word(add + 1) is "him" or "her"
            && Coreference.Resolve(_doc, _stage.Kb, _doc.Tokens[add + 1].Start, _sentence, person: true, skip: actors[0]) is { } listed)
            targets.Add(listed);
        return true;
    }

    /// <summary>Whether a noun of protest starts at <paramref name="t"/>, over an article ("fired on a sit-in").</summary>
    private bool ProtestNounAt(int t)
    {
        if (Word(t) is "a" or "an" or "the") t++;
        return ProtestNounIn(t, t);
    }

    /// <summary>Whether a noun of protest (not a strike) starts within [from, to].</summary>
    private bool ProtestNounIn(int from, int to)
    {
        foreach (var h in _hits)
            if (h.First >= from && h.First <= to && !h.Trigger.IsVerb && h.Trigger.Type == "PROTEST" && !h.Trigger.Lemma.Contains("strike")) return true;
        return false;
    }

    /// <summary>Whether people are the subject of the passive ending at <paramref name="t"/>, over its auxiliaries
    /// ("most of them shot", "people were shot").</summary>
    private bool PeopleBefore(int t) => Word(BeforeAuxiliaries(t)) is "them" or "people";

    /// <summary>The token before the auxiliaries that end at <paramref name="t"/> ("were", "had been", "are being"), and the
    /// adverbs that stand among them (cue class auxiliary: "were also", "has reportedly", "had already"), not past
    /// <paramref name="floor"/>; with <paramref name="relative"/>, over "who" or "that" too ("families who had fled").</summary>
    private int BeforeAuxiliaries(int t, int floor = -1, bool relative = false)
    {
        if (floor < 0) floor = _first;
        while (t > floor && (_cues.At(t, "auxiliary") >= 0 || relative && Word(t) is "who" or "that")) t--;
        return t;
    }

    /// <summary>Whether a noun of people (cue classes person, victims, crowd, civilians) ends right before the passive's
    /// auxiliaries that end at <paramref name="t"/> ("an activist was", "two soldiers were").</summary>
    private bool PeopleSubject(int t)
    {
        int aux = t;
        t = BeforeAuxiliaries(t);
        if (t == aux || t < _first) return false;
        return _cues.At(t, "person") == t || _cues.At(t, "victims") == t || _cues.At(t, "crowd") == t || _cues.At(t, "civilians") == t;
    }

    /// <summary>Whether people are the object at <paramref name="t"/>: a pronoun, or a noun of people (cue classes person,
    /// crowd, victims) over an article, a count and "of" or "of the" ("him", "two soldiers", "three of the protesters",
    /// "a shepherd"); with <paramref name="armed"/>, armed men too (cue class assailant: "three of the attackers").</summary>
    private bool PeopleObject(int t, bool armed)
    {
        if (Word(t) is "him" or "her" or "them") return true;
        if (Word(t) is "a" or "an" or "the" or "two" or "three" or "four" or "five" or "six" or "several" or "dozens" || (Word(t) is { Length: > 0 } n && char.IsDigit(n[0]))) t++;
        if (Word(t) == "of") t += Word(t + 1) is "the" or "them" ? 2 : 1;
        return _cues.At(t, "person") >= 0 || _cues.At(t, "crowd") >= 0 || (armed && _cues.At(t, "assailant") >= 0)
            || (_cues.At(t, "victims") >= 0 && Word(t) is not ("the" or "of" or "their" or "its" or "had"));
    }

    /// <summary>Whether a verb of sanctioning or banning starts at <paramref name="t"/> ("the sanctions freeze ...").</summary>
    private bool SanctioningVerbAt(int t)
    {
        foreach (var h in _hits)
            if (h.First == t && h.Trigger.IsVerb && h.Trigger.Type is "SANCTION" or "COERCE" && !_stage.PreferNoun(_doc, h.First, h.Last, _scratch)) return true;
        return false;
    }

    /// <summary>Whether a word of attack follows a verb of promise within three lower-case words and no
    /// clause bound ("promised more operations", "promised to keep up their attacks").</summary>
    private bool AttackPromised(int last, int clauseEnd)
    {
        foreach (var h in _hits)
        {
            if (h.Trigger.Type != "ASSAULT" || h.First <= last || h.First > Math.Min(clauseEnd, last + 4)) continue;
            bool plain = true;
            for (int t = last + 1; t < h.First && plain; t++)
                plain = _doc.Tokens[t].Kind == TokenKind.Word && char.IsLower(_doc.TokenText(t)[0]) && !Boundary(t, t);
            if (plain) return true;
        }
        return false;
    }

    /// <summary>Whether air defences are the subject right before the trigger ("defences opened fire", "the C-RAM system
    /// fired", "interceptors engaged"), with at most "opened" between.</summary>
    private bool DefenceBefore(int first)
    {
        int t = first - 1;
        if (Word(t) is "opened" or "open" or "opens") t--;
        if (WordIs(t, WordClass.DefenceSystem)) t--;
        return WordIs(t, WordClass.DefenceNoun);
    }

    /// <summary>Whether the noun at <paramref name="first"/> names a killing ("killing", "assassination", "murder").</summary>
    private bool KillingNoun(int first) => WordIs(first, WordClass.KillingNoun);

    /// <summary>Whether a verb of accusing stands a few words before <paramref name="share"/> in its clause: "accused X of
    /// complicity in", "accusing him of involvement in", "blamed them for a role in".</summary>
    private bool AccusedBefore(int share, int clauseStart)
    {
        for (int t = share - 1; t >= clauseStart && share - t <= 12; t--)
            if (Word(t).StartsWith("accus", StringComparison.Ordinal) || WordIs(t, WordClass.BlameVerb))
                return true;
        return false;
    }

    /// <summary>Whether the noun at <paramref name="first"/> is the object of a verb of naming (cue class label):
    /// "called the strike ...", "described the overnight raids as ..." (a determiner and up to two modifiers between).</summary>
    private bool NamedObject(int first)
    {
        int t = first - 1;
        // "called the 4 January strike", "described the 12 March raids as ...": a date may stand among the modifiers too.
        while (t > _first && first - t <= 4 && Word(t) is not ("the" or "this" or "that" or "these" or "those" or "its" or "their")
               && ((_doc.Tokens[t].Kind == TokenKind.Word && char.IsLower(_doc.TokenText(t)[0]))
                   || _index.Time[t] >= 0) && _cues.At(t, "label") < 0) t--;
        return Word(t) is "the" or "this" or "that" or "these" or "those" or "its" or "their" && _cues.At(t - 1, "label") >= 0;
    }

    /// <summary>Whether the noun at <paramref name="first"/> is the name a verb of naming (cue class label) gives
    /// its own object: "called the strike a \"terrorist attack\"", "described the raids as a cowardly attack",
    /// "called them an assault on ..." (the object, 1 to 6 words, then "a", "an" or "as", quotes and up to two
    /// modifiers before the noun). Not "called for an attack" or "what it called an attack".</summary>
    private bool NamesObject(int first, bool verb)
    {
        int t = first - 1, modifiers = 0;
        while (t > _first && (_doc.Tokens[t].Kind == TokenKind.Quote || (modifiers < 2 && Word(t) is not ("a" or "an" or "as") && _doc.Tokens[t].Kind == TokenKind.Word
               && char.IsLower(_doc.TokenText(t)[0]) && _cues.At(t, "label") < 0)))
        {
            if (_doc.Tokens[t].Kind != TokenKind.Quote) modifiers++;
            t--;
        }
        if (Word(t) is not ("a" or "an" or "as") || (verb && Word(t) == "as")) return false;
        int article = t, asAt = article - 1;
        while (asAt > _first && _doc.Tokens[asAt].Kind == TokenKind.Quote) asAt--;
        for (t = article - 1; t >= _first && article - t <= 7; t--)
        {
            if (_cues.At(t, "label") >= 0)
                return t < article - 1 && Word(t + 1) is not ("for" or "on" or "off" or "up" or "upon" or "out" or "a" or "an" or "as") && Word(t - 2) != "what" && Word(t - 1) != "what";
            // "denounced the raids as an assault on Iraq's sovereignty", "condemned the strike as a blatant attack": a
            // condemnation that names what it condemns "as" an attack names it too.
            if (Word(asAt) == "as" && t < asAt - 1 && WordIs(t, WordClass.CondemnVerb))
                return true;
            if (Word(t) is "." or ";" or "," or ":" or "and" or "or" or "that" or "which" or "who") return false;
        }
        return false;
    }

    /// <summary>Whether a noun is the name a speaker gives an act: "what it called a \"terrorist attack\"",
    /// "what they described as a cowardly attack" (a verb of naming, cue class label, after "what" and a
    /// pronoun or name, a few words before the noun).</summary>
    private bool NamedAct(int first)
    {
        for (int t = first - 1; t >= _first && first - t <= 6; t--)
        {
            if (_cues.At(t, "label") >= 0) return Word(t - 2) == "what" || Word(t - 3) == "what";
            if (Word(t) is "." or ";" or "," || _index.Actor[t] >= 0) return false;
        }
        return false;
    }

    /// <summary>Whether the subject of a sanctioning verb is a noun of sanction ("the designations freeze",
    /// "the sanctions freeze ... and bar ..."): it tells what a sanction does.</summary>
    private bool SanctionAsSubject(int first, int clauseStart)
    {
        int head = VerbGroupStart(first, clauseStart);
        if (Word(head - 1) == "and" && PreviousVerb(head - 1, clauseStart) is var previous && previous >= 0)
            head = VerbGroupStart(previous, clauseStart);
        int t = head - 1;
        if (t < clauseStart || _index.Actor[t] >= 0) return false;
        foreach (var h in _hits)
            if (h.Last == t && h.Trigger.Type == "SANCTION" && _triggerAt[h.First] != SureVerb) return true;
        return false;
    }

    /// <summary>Whether the subject right before the verb at <paramref name="first"/> is people counted in the hundreds or
    /// thousands: "thousands of Jordanians", "hundreds of unemployed university graduates", "dozens of Yazidis" (a plural
    /// noun after "of" and at most two more words, with a word of a great number before the "of").</summary>
    private bool CountedPeopleBefore(int first, int clauseStart)
    {
        int head = VerbGroupStart(first, clauseStart) - 1;
        // ("hundreds of soldiers gathered at the base": forces that gather do not protest.)
        if (head <= clauseStart || _index.Actor[head] >= 0 || _index.Place[head] >= 0 || !EventStage.PluralS(Word(head)) || OwnForces(head)) return false;
        for (int of = head - 1; of > clauseStart && head - of <= 3; of--)
        {
            if (Word(of) != "of") { if (_doc.Tokens[of].Kind != TokenKind.Word || _index.Actor[of] >= 0) return false; continue; }
            return GreatCount(of - 1) || Word(of - 1) is "tens" or "millions";
        }
        return false;
    }

    /// <summary>Whether the verb ending at <paramref name="last"/> takes no object: a preposition, a place, a
    /// time, a comma or the end of the sentence follows it ("marched through Basra", not "gathered enough votes").</summary>
    private bool Intransitive(int last)
    {
        int next = last + 1;
        if (next >= _end || _doc.Tokens[next].Kind is TokenKind.Punctuation or TokenKind.Dash) return true;
        return _cues.At(next, "preposition") >= 0 || _index.Place[next] >= 0 || _index.Time[next] >= 0 || Word(next) is "through" or "peacefully";
    }

    /// <summary>Whether a word of time order opens within three words of <paramref name="t"/> ("two days before",
    /// "hours after", "amid", "as", "ahead of", "weeks into").</summary>
    private bool TimeLinkAfter(int t)
    {
        for (int k = t; k < _end && k <= t + 3; k++)
            if (Word(k) is "before" or "after" or "amid" or "as" or "ahead" or "during" or "shortly" or "just" or "days" or "hours" or "weeks") return true;
        return false;
    }

    /// <summary>Whether the subject ending at <paramref name="t"/> opens with "no" ("no US troops", "no personnel or
    /// facilities") at the start of its clause or after "that".</summary>
    private bool NothingHit(int t, int clauseStart)
    {
        for (int k = t, steps = 0; k >= clauseStart && steps < 6; k--, steps++)
        {
            if (Word(k) == "no") return k == clauseStart || Word(k - 1) is "that" or "said" or "says" or ",";
            if (Word(k) is "," or "that") return false;
        }
        return false;
    }

    /// <summary>Whether a verb of founding (cue class founding) ends at <paramref name="t"/>, a date, "in"/"on" or its founder between ("formed
    /// in 2014", "was created on 15 June", "set up by the ministry").</summary>
    private bool FoundedFor(int t, int clauseStart)
    {
        // "set up by the Interior Ministry to fight ...": the founder named with "by" stands between too.
        for (int steps = 0; steps < 8 && t >= clauseStart && t >= 0
            && (_index.Time[t] >= 0 || _index.Actor[t] >= 0 || Word(t) is "in" or "on" or "back" or "originally" or "initially" or "by" or "the"); steps++)
            t--;
        if (t < clauseStart || t < 0) return false;
        return _cues.Last("founding", Math.Max(clauseStart, t - 1), t) is { Last: var end } && end == t;
    }

    private bool AttackFollows(int last)
    {
        for (int t = last + 1; t < _end && t <= last + 5; t++)
        {
            if (_cues.At(t, "mode") >= 0) return true;
            foreach (var h in _hits) if (h.First == t && h.Trigger.Type == "ASSAULT") return true;
        }
        return false;
    }

    /// <summary>"closed its airspace to flights to and from X", "shut its airspace to flights from X": the airspace right after
    /// the verb, and flights to or from somewhere after it.</summary>
    private bool FlightsShut(int last, int clauseEnd)
    {
        int air = -1;
        for (int t = last + 1; t <= Math.Min(clauseEnd, last + 3) && air < 0; t++) if (Word(t) == "airspace") air = t;
        if (air < 0) return false;
        for (int t = air + 1; t < Math.Min(clauseEnd, air + 4); t++)
            if (WordIs(t, WordClass.FlightNoun)
                && (Word(t + 1) is "to" or "from" || (Word(t + 1) is "flying" or "travelling" or "traveling" or "bound" && Word(t + 2) is "to" or "from" or "for"))) return true;
        return false;
    }

    /// <summary>Whether "by" stands in [from, to].</summary>
    private bool ByWithin(int from, int to)
    {
        for (int t = from; t <= to; t++)
            if (Word(t) == "by") return true;
        return false;
    }

    /// <summary>Whether a road, border, crossing, bridge, airport or airspace (cue class way) is named in [from, to].</summary>
    private bool WayWithin(int from, int to)
    {
        for (int t = from; t <= to; t++)
            if (_cues.At(t, "way") >= 0) return true;
        return false;
    }

    /// <summary>Whether the words ending at <paramref name="last"/> are "for" and a short name of forces after a word of
    /// asking or talks ("a timetable for foreign forces", "called for all US troops") or a vote ("voted for foreign
    /// troops").</summary>
    private bool ForWhomAsked(int last, int clauseStart)
    {
        for (int f = last; f >= Math.Max(clauseStart, last - 5); f--)
        {
            if (Word(f) != "for") continue;
            // ("voted on 5 January for ...": the date of the vote stands between.)
            int v = f - 1;
            while (v > clauseStart && (_index.Time[v] >= 0 || Word(v) is "on" or "in")) v--;
            return _cues.Any("topic", Math.Max(clauseStart, f - 3), f)
                || WordIs(v, WordClass.VoteWord);
        }
        return false;
    }

    /// <summary>Whether a verb of binding in the present (cue class binding: "obliges", "commits", "requires", "obliging") stands within twelve words
    /// ending at <paramref name="last"/>, with the one bound after it.</summary>
    private bool BoundTo(int last, int clauseStart)
    {
        for (int t = last; t >= Math.Max(clauseStart, last - 12); t--)
            if (_cues.At(t, "binding") >= 0) return t < last;
        return false;
    }

    /// <summary>Whether "will not", "would not", "won't" or "will never" stands right before the token, an opening quote
    /// mark between them or not ("said it would \"not leave the valley\"").</summary>
    private bool WillNot(int first)
    {
        int b = QuoteSkipped(first - 1);
        if (Word(b) is "won't" or "wouldn't" or "won’t" or "wouldn’t") return true;
        int a = QuoteSkipped(b - 1);
        return (Word(b) is "not" or "never" && Word(a) is "will" or "would")
            || (Word(b) is "n't" or "n’t" && Word(a) is "wo" or "would");
    }

    /// <summary>The last token at or before <paramref name="t"/> that is no quote mark.</summary>
    private int QuoteSkipped(int t)
    {
        while (t > _first && Word(t) is "\"" or "“" or "”" or "'" or "‘") t--;
        return t;
    }

    /// <summary>Whether the verb is the second of two joined by "or" after "will not" ("will not hand over our arms or
    /// leave the villages"): the negation reaches it too.</summary>
    private bool WillNotSeries(int first, int clauseStart)
    {
        if (Word(first - 1) != "or") return false;
        for (int v = first - 2; v >= Math.Max(clauseStart, first - 8); v--)
        {
            if (Word(v) is "," or ";" or ":" or "and" or "but") return false;
            if (WillNot(v)) return true;
        }
        return false;
    }

    /// <summary>Whether the verb between the subject and an act is a claim told as not made ("the Brigades had not
    /// claimed the embassy attack", "the group never claimed the strike"): who does not claim an act is not its actor.</summary>
    private bool NotClaimed(int subjectLast, int first) =>
        _cues.Last("claim", subjectLast + 1, first - 1) is { } claim && _cues.Any("negation", subjectLast + 1, claim.First - 1);

    /// <summary>Whether the verb between the subject and an act only says who was behind it, and someone else says so
    /// ("officials said Kata'ib Hezbollah was behind the attack", "X stood behind the strikes, the Pentagon said"): a third
    /// party's attribution is its accusation, not the subject's act told; "X said it was behind the attack" is a claim.</summary>
    private bool AttributedByOther(int subjectLast, int first, string subject)
    {
        int at = subjectLast + 1;
        while (at < first && Word(at) is not ("behind" or "responsible")) at++;
        if (at >= first || !_cues.MayHave("speech") || Coreference.IsPronoun(_doc.TokenText(subjectLast), out _)) return false;
        foreach (var (f, l, cue) in _cues.Hits)
            if (cue.Class == "speech" && f >= _first && (l < subjectLast || f > first) && _index.Actor[f] < 0)
                return (f < subjectLast ? Speaker(first) : SpeakerAfter(first)) is not { } speaker || (speaker != subject && !SameCamp(speaker, subject));
        return false;
    }

    /// <summary>Whether the participle at <paramref name="first"/> stands right after a noun or a comma, over adverbs, with no
    /// auxiliary before it ("groups backed by Iran"; not "the plan was backed by the bloc").</summary>
    private bool DescribesNounBefore(int first)
    {
        int t = first - 1;
        while (t >= _first && WordIs(t, WordClass.Adverb)) t--;
        if (t < _first) return false;
        var w = Word(t);
        return w is "," || (_doc.Tokens[t].Kind == TokenKind.Word && !PassiveAuxiliary(w) && w is not ("has" or "have" or "had" or "who" or "which" or "that"));
    }

    /// <summary>A number (with its qualifier) right before the noun: "75 operations", "more than 70 attacks".</summary>
    private bool CountBefore(int first)
    {
        for (int t = first - 1; t >= _first && first - t <= 3; t--)
            if (_doc.Tokens[t].Kind == TokenKind.Number || Cardinal(t) is not null) return true;
        return false;
    }

    /// <summary>Whether the noun is the attack a verb whose subject is hit names ("came under drone attack").</summary>
    private bool AfterSubjectHit(int first)
    {
        foreach (var (trigger, _, last) in _hits)
            if (trigger.Is(TriggerFlags.SubjectIsTarget) && last < first && first - last <= 3) return true;
        return false;
    }

    private bool PlaceWithin(int from, int to)
    {
        for (int t = Math.Max(from, _first); t <= to && t < _end; t++) if (_index.Place[t] >= 0) return true;
        return false;
    }

    /// <summary>Whether one of the places is the site <paramref name="actor"/> stands at.</summary>
    private bool Hosted(List<int> places, string actor)
    {
        foreach (var p in places) if (p >= 0 && _lex.Hosts.GetValueOrDefault(_doc.Places[p].PlaceId) == actor) return true;
        return false;
    }

    /// <summary>Whether a cue of class hypothetical lies wholly within [from, to], outside an actor's name.</summary>
    private bool HypotheticalOutsideNames(int from, int to)
    {
        // (The cue view's own search, as _cues.Any makes it, stepped past the cues that start inside a name.)
        for (int t = _cues.First("hypothetical", from, to); t >= 0; t = t < to ? _cues.First("hypothetical", t + 1, to) : -1)
            if (_index.Actor[t] < 0) return true;
        return false;
    }

    /// <summary>Whether the only cues of what may not happen that start in [from, <paramref name="first"/>) are "any":
    /// "denied any role in the overnight strike" denies an act; "denied any role in such strikes" speaks of a kind of act.</summary>
    private bool OnlyAnyBefore(int from, int first)
    {
        foreach (var (f, l, cue) in _cues.Hits)
            if (cue.Class == "hypothetical" && f >= from && f < first && !(f == l && Word(f) == "any")) return false;
        return true;
    }

    private bool HitWithin(int from, int to)
    {
        foreach (var h in _hits) if (h.First >= from && h.First <= to) return true;
        return false;
    }

    /// <summary>Whether the noun of an act ending at <paramref name="last"/> (or a participle after one, "rounds fired at
    /// the Green Zone have become ...") is the subject of "become" with a word of
    /// frequency after it (cue class habit), no other act of force between but a participle right after it ("bombs aimed at
    /// lorries ... have become a near-weekly event").</summary>
    private bool Habit(int last, bool participle)
    {
        for (int t = last + 1; t < _end && t <= last + 15; t++)
        {
            if (Word(t) is ";" or ".") return false;
            // "attacked the base, which has become a daily target": a participle read as such has no clause between.
            if (participle && Word(t) is "," or "which" or "who" or "that" or "where") return false;
            // "kidnappings of foreigners have been rare", "such raids remain common": a state told with "been" or "remain" too.
            if (!(WordIs(t, WordClass.HabitVerb)
                || (Word(t) == "been" && Word(t - 1) is "has" or "have" or "had"))) continue;
            foreach (var h in _hits)
                if (h.First >= last + 2 && h.First < t && EventLexicon.IsMaterial(h.Trigger.Type)) return false;
            return _cues.Any("habit", t + 1, Math.Min(_end - 1, t + 4));
        }
        return false;
    }

    /// <summary>Whether "since" and a year before the article's own follow the act ending at <paramref name="last"/> in its clause
    /// ("closed to civilian traffic since 2012").</summary>
    private bool SinceEarlierYear(int last, int clauseEnd)
    {
        if (_doc.Published is not { } day) return false;
        for (int t = last + 1; t < Math.Min(clauseEnd, last + 10); t++)
        {
            if (Word(t) != "since") continue;
            if (Word(t + 1).Length == 4 && int.TryParse(Word(t + 1), out int year) && year >= 1900 && year < day.Year) return true;
            // "since the war against Islamic State", "since the fall of Mosul": an era, not a day.
            if (Word(t + 1) == "the" && WordIs(t + 2, WordClass.EraNoun))
                return true;
        }
        return false;
    }

    /// <summary>Whether "is" or "are" (an adverb between) stands right before the participle at <paramref name="first"/>.</summary>
    private bool PresentPassive(int first)
    {
        int t = first - 1;
        if (WordIs(t, WordClass.Adverb) || _cues.At(t, "habitual") >= 0) t--;
        return Word(t) is "is" or "are";
    }

    /// <summary>Whether the word of forces (cue class troops) ends the subject right before the verb of arriving at
    /// <paramref name="first"/>, over its auxiliaries ("batteries had begun arriving", "more Marines have now arrived").</summary>
    private bool ForcesArrive(int first, int clauseStart)
    {
        int t = first - 1;
        while (t > clauseStart && Word(t) is "had" or "has" or "have" or "begun" or "began" or "begin" or "begins" or "started" or "start"
               or "starts" or "to" or "already" or "now" or "also" or "finally" or "will" or "would" or "were" or "are" or "was" or "is" or "been" or "being"
               // "two more batteries are due to move in", "units were expected to arrive": a plan of moving.
               or "due" or "expected" or "scheduled" or "set")
            t--;
        if (t < clauseStart) return false;
        // ("Iraqi tanks and armoured vehicles rolled into Kirkuk": a cue of two words ends right before the verb.)
        if (_cues.At(t, "troops") >= 0 || _cues.At(t - 1, "troops") == t) return true;
        // "commandos backed by air and artillery support had entered Haftanin", "the units, supported by drones, moved into the
        // valley": the forces' backing (cue class backed-by, then "by"), told between them and the verb, is read over.
        for (int k = t; k > clauseStart && t - k <= 7; k--)
        {
            if (_cues.At(k, "backed-by") >= 0 && Word(k + 1) == "by")
            {
                int end = Word(k - 1) == "," ? k - 2 : k - 1;
                return end > clauseStart && (_cues.At(end, "troops") >= 0 || _cues.At(end - 1, "troops") == end);
            }
            if (_triggerAt[k] != 0 || Word(k) is ";" or ":" or "that" or "which" or "who") break;
        }
        // "Troops from the Joint Operations Command moved into Mandali", "armed men of the group drove into": the forces
        // are named before the body they belong to.
        if (_index.Actor[t] is var m && m >= 0 && _index.ActorLast[m] == t)
        {
            int before = _index.ActorFirst[m] - 1;
            if (before > clauseStart && Word(before) == "the") before--;
            return before > clauseStart && Word(before) is "from" or "of" && OwnForces(before - 1);
        }
        return false;
    }

    /// <summary>The token of a verb of causing (cue class causative: "forcing", "prompting") up to six words before
    /// <paramref name="t"/>, over its object; -1 if none.</summary>
    private int CausedBy(int t, int clauseStart)
    {
        for (int k = t; k >= Math.Max(clauseStart, t - 6); k--)
        {
            if (_cues.At(k, "causative") >= 0) return k;
            if (_triggerAt[k] != 0 || Word(k) is "," or "and") return -1;
        }
        return -1;
    }

    /// <summary>Whether the act at <paramref name="first"/> follows an answer link and "the" (over its weapon words):
    /// "in response to the drone attack".</summary>
    private bool AnsweredNamed(int first)
    {
        int t = first - 1;
        while (t >= _first && _cues.At(t, "mode") >= 0) t--;
        return Word(t) == "the" && AnswerLink(t - 1);
    }

    /// <summary>Whether a verb's object is a place where arms are kept (cue class arms-store) told to hold arms or launchers (cue
    /// class seizable) by a word of holding (cue class holding): "found a hideout containing food and two explosive devices",
    /// "destroyed a terrorist hideout in the orchards that contained two explosive belts", "a cache that held mortar rounds".
    /// ("found a hideout and killed two militants with rifles": arms not told as the store's are no content of it.)</summary>
    private bool ArmsStoreWithArms(int last)
    {
        int store = -1;
        for (int t = last + 1; t <= Math.Min(_end - 1, last + 4) && store < 0; t++)
            if (_cues.At(t, "arms-store") >= 0) store = t;
        if (store < 0) return false;
        int end = _cues.At(store, "arms-store");
        for (int t = end + 1; t <= Math.Min(_end - 1, end + 10); t++)
        {
            int hold = _cues.At(t, "holding");
            if (hold < 0) { if (Word(t) is ";" or ":" or "\"" or "after" or "before" or "while" or "killed" or "arrested") return false; continue; }
            return _cues.StartsWithin("seizable", hold + 1, Math.Min(_end - 1, hold + 8));
        }
        return false;
    }

    /// <summary>Whether the weapon noun at <paramref name="first"/> is in what an arms store holds (a place where arms are kept,
    /// cue class arms-store, then a word of holding, cue class holding, at most ten words before it) or in what was found "in the
    /// possession of" someone, with no clause bound between.</summary>
    private bool HeldArms(int first)
    {
        for (int t = first - 1; t >= Math.Max(_first, first - 10); t--)
        {
            if (Word(t) is ";" or ":" or "." or "while" or "when" or "after" or "before") return false;
            if (Word(t) == "possession" && Word(t - 1) is "the" or "in" && Word(t + 1) == "of") return true;
            if (_cues.At(t, "holding") is var hold && hold >= 0 && hold < first)
                for (int s = t - 1; s >= Math.Max(_first, t - 5); s--)
                    if (_cues.At(s, "arms-store") >= 0) return true;
        }
        return false;
    }

    /// <summary>Whether a blast done on purpose or its manner (cue class controlled-blast: "in a controlled way", "a controlled
    /// detonation", "controlled explosions") starts in [from, to).</summary>
    private bool ControlledBlast(int from, int to) => _cues.StartsWithin("controlled-blast", from, to - 1);

    /// <summary>Whether a verb of finding has a vehicle as its object with arms or launchers (cue class seizable) told of it later in
    /// the clause: "found a pickup truck fitted with a launching rail", "found the lorry used to fire the rockets".</summary>
    private bool VehicleWithArms(bool passive, int last, int clauseEnd) =>
        !passive && VehicleAfter(last) && _cues.Any("seizable", last + 1, clauseEnd);

    /// <summary>Whether the object right after the token, over an article, a number and up to two adjectives, is a vehicle
    /// or a load (cue class vehicle): "intercepted a white pickup", "stopped two trucks".</summary>
    private bool VehicleAfter(int last)
    {
        int k = last + 1;
        if (Word(k) is "a" or "an" or "the" or "two" or "three" or "several" || _doc.Tokens[Math.Min(k, _end - 1)].Kind == TokenKind.Number) k++;
        for (int steps = 0; steps < 3 && k < _end; steps++, k++)
        {
            // ("intercepted a car bomb": the vehicle is the weapon.)
            if (_cues.At(k, "vehicle") is var end && end >= 0) return Word(end + 1) is not ("bomb" or "bombs");
            if (_index.Actor[k] >= 0 || _index.Place[k] >= 0 || _triggerAt[k] != 0 || Word(k) is "," or "and" or "at" or "over" or "near" or "in" or "on") return false;
        }
        return false;
    }

    /// <summary>Whether every actor is a person or a political party, none of them armed (<see cref="AnyForce"/>).</summary>
    private bool AllUnarmed(List<string> actors)
    {
        var kb = _stage.Kb;
        foreach (var a in actors)
        {
            if (_lex.Forces.ContainsKey(a) || KindOf(a) is not ("person" or "party")) return false;
            // A head of state or government, a minister or a commander withdraws forces: "Trump withdrew US troops".
            // (Any office held, not only on the day of publication: a story may tell of a past term.)
            if (kb[a] is { Kind: "person" } person)
                for (int i = 0; i < person.Roles.Count; i++)
                    if (person.Roles[i] is var role && (role.Role == "office" || (role.Role == "leader" && role.Of is not null && kb[role.Of]?.Kind is "armed_group" or "state_force" or "coalition"))) return false;
        }
        return true;
    }

    /// <summary>Whether what is left after "from" is politics, not ground (cue class politics, over its modifiers):
    /// "withdrew from political life", "pulled out of the talks", "from the government", "from the elections".</summary>
    private bool FromPolitics(int last, int clauseEnd)
    {
        for (int t = last + 1; t <= Math.Min(clauseEnd, last + 3); t++)
        {
            if (Word(t) is not ("from" or "of")) continue;
            for (int k = t + 1; k <= Math.Min(clauseEnd, t + 3); k++)
            {
                var kind = _cues.ValueAt(k, "politics", out _);
                if (kind == "-") return true;
                if (kind != "modifier" && Word(k) != "the") return false;
            }
            return false;
        }
        return false;
    }

    /// <summary>Whether the knowledge base gives the target a country other than the first actor's (Iraq's when no actor
    /// is named or known: the story's courts and ministries are Iraqi unless named otherwise).</summary>
    private bool ForeignTo(string target, List<string> actors)
    {
        var of = _stage.Kb[target]?.Country;
        if (of is null) return false;
        var home = actors.Count > 0 ? _stage.Kb[actors[0]]?.Country ?? "IQ" : "IQ";
        return of != home;
    }

    /// <summary>Whether every actor is a crowd (<see cref="Crowd"/>).</summary>
    private static bool AllCrowds(List<string> actors)
    {
        foreach (var a in actors)
            if (!Crowd(a)) return false;
        return true;
    }

    /// <summary>Whether one of the actors is armed: a state force, a coalition, an armed group, or a government whose
    /// forces act for it (forces.tsv).</summary>
    private bool AnyForce(List<string> actors)
    {
        foreach (var a in actors)
            if (_lex.Forces.ContainsKey(a) || _lex.Forces.Values.Contains(a) || _stage.Kb[a]?.Kind is "state_force" or "coalition" or "armed_group") return true;
        return false;
    }

    /// <summary>Whether a word of a crowd (cue class crowd: supporters, protesters, demonstrators ...) stands in the subject
    /// before the verb, within its clause.</summary>
    private bool CrowdBefore(int first, int clauseStart)
    {
        for (int t = first - 1; t >= Math.Max(clauseStart, first - 7); t--)
        {
            if (_cues.At(t, "crowd") >= 0 && Word(t) is not ("people" or "residents")) return true;
            if (Word(t) is "," or ";" or "that" or "who" or "which") return false;
        }
        return false;
    }

    /// <summary>Whether the sentence tells fire set or arms used (cue class violence: "set fire", "torched", "opened fire", "killed").</summary>
    private bool ArsonTold() => _cues.Any("violence", _first, _end - 1);

    /// <summary>Whether a word of cue class <paramref name="cls"/> is the verb's object, within <paramref name="after"/> words after
    /// it in its clause, or, in the passive, its subject, within <paramref name="before"/> words before it: the flags of verbs
    /// that make an event only with such an object (troops, seizes, hurls, hands-site).</summary>
    private bool ObjectOfClass(string cls, bool passive, int first, int last, int clauseStart, int clauseEnd, int before = 8, int after = 6) =>
        passive ? _cues.Any(cls, Math.Max(clauseStart, first - before), first - 1) : _cues.StartsWithin(cls, last + 1, Math.Min(clauseEnd, last + after));

    /// <summary>Whether a cause that is no authority (cue class closure-cause: "a sandstorm", "the Eid holiday", "repairs") follows
    /// a verb of closing within eight words of its clause, a word of cause ("by", "for", "because of", "due to", "amid") at most
    /// three words before it.</summary>
    private bool ClosedForCause(int last, int clauseEnd)
    {
        for (int t = last + 1; t <= Math.Min(clauseEnd, last + 8); t++)
        {
            if (_cues.At(t, "closure-cause") < 0) continue;
            for (int k = t - 1; k >= Math.Max(last + 1, t - 3); k--)
                if (Word(k) is "by" or "for" or "of" or "to" or "amid") return true;
        }
        return false;
    }

    /// <summary>Whether a verb of handing over has a person as its object: "them", "him", "her" or a detainee word
    /// ("transferred them to a police station", "handed the suspects to the police").</summary>
    private bool PeopleHanded(int last)
    {
        int k = last + 1;
        if (Word(k) is "over") k++;
        if (Word(k) is "them" or "him" or "her") return true;
        if (Word(k) is "the" or "its" or "their" or "his" or "all") k++;
        return _cues.At(k, "detainee") >= 0;
    }

    /// <summary>Whether a place is what a verb of handing over hands: its object ("handed over Ain al-Asad to", "handed the Sinjar
    /// district to the police") or, in the passive, its subject ("Qayyarah West was handed to Iraqi forces").</summary>
    private bool PlaceHanded(bool passive, int first, int last)
    {
        if (passive)
        {
            int t = first - 1;
            while (t > _first && Word(t) is "was" or "were" or "been" or "be" or "being" or "has" or "have" or "had" or "will" or "to" or "formally" or "officially") t--;
            return _index.Place[t] >= 0;
        }
        int k = last + 1;
        if (Word(k) is "the" or "its" or "their") k++;
        // ("handed Iraq's ambassador a letter": a place's possessive names whose the object is.)
        return k < _end && _index.Place[k] >= 0 && Word(_index.PlaceLast[_index.Place[k]] + 1) is not ("'s" or "’s");
    }

    /// <summary>Whether the first forces (cue class troops) after a verb of moving come after "to" or "for", as those who get
    /// what is moved ("bringing supplies to PKK fighters"), not as the verb's object ("brought two battalions to Sinjar").</summary>
    private bool ForcesOnlyReceive(int last, int clauseEnd)
    {
        for (int t = last + 1; t <= Math.Min(clauseEnd, last + 6); t++)
        {
            if (_cues.At(t, "troops") >= 0) return false;
            if (Word(t) is "to" or "for") return true;
        }
        return false;
    }

    /// <summary>Whether "out", "home" or "back" follows a verb of moving forces, right after it or after its object of
    /// up to five words ("moved its troops out of", "sent 300 soldiers home", "units were pulled back").</summary>
    private bool ForcesMovedAway(int last, int clauseEnd)
    {
        for (int t = last + 1; t <= Math.Min(clauseEnd, last + 6); t++)
        {
            if (Word(t) is "out" or "home" or "back") return true;
            if (Word(t) is "to" or "into" or "in" or "at" or "on" or "," or "from" or "toward" or "towards") return false;
        }
        return false;
    }

    /// <summary>Whether "a" or "an" after a copula stands before the noun, over a participle of listing ("has been a designated
    /// Foreign Terrorist Organisation", "is a listed terrorist group", "remains a sanctioned entity").</summary>
    private bool CopulaBeforeNoun(int first, int clauseStart)
    {
        int t = first - 1;
        while (t > clauseStart && (Word(t) is "designated" or "listed" or "sanctioned" || _doc.Tokens[t].Kind == TokenKind.Quote)) t--;
        if (Word(t) is not ("a" or "an") || t - 1 < clauseStart) return false;
        return Word(t - 1) is "is" or "are" or "was" or "were" or "been" or "remains" or "remain" or "remained" or "became" or "becomes";
    }

    /// <summary>Whether the object of a verb of suspending is a person: the first target a person of the knowledge base, or a word
    /// of office (role cue person: "governor", "commander", "director") right after the verb over an article or a possessive and one word.</summary>
    private bool SuspendedPerson(int last, List<string> targets)
    {
        if (targets.Count > 0 && IsPerson(targets[0])) return true;
        int k = last + 1;
        while (k < _end && k <= last + 3 && Word(k) is "the" or "its" or "his" or "their" or "a" or "two" or "three" or "several") k++;
        // ("the police chief", "the provincial governor": one word may stand before the word of office.)
        for (int j = k; j < _end && j <= k + 1; j++)
            if ((RoleOfWord(j) & Names.CueClass.Person) != 0) return true;
        return false;
    }

    /// <summary>Whether staff or diplomats (cue class evacuee) are moved out: in the passive the subject just before the verb and
    /// "out" right after it ("contractors were flown out"), else the object within seven words after the verb and "out" after
    /// it ("pulled its foreign staff out of", "flew its diplomats out").</summary>
    private bool EvacueesOut(bool passive, int first, int last, int clauseStart, int clauseEnd)
    {
        // "trainers were flown home", "the instructors had flown home": sent home, the subject too when nothing stands between.
        // ("the diplomats flew out of Baghdad": so does the subject of a verb with "out of" right after it.)
        if (passive || Word(last + 1) == "home" || (Word(last + 1) == "out" && Word(last + 2) == "of")) return Word(last + 1) is "out" or "home" && ObjectOfClass("evacuee", true, first, last, clauseStart, clauseEnd, before: 5);
        // ("flew most of the roughly 200 US troops out of the garrison", "began pulling about 70 of its employees out of Balad": a
        // counted object with its quantifiers runs up to eight words.)
        for (int t = last + 1; t <= Math.Min(clauseEnd, last + 8); t++)
            // ("ordered its own charge d'affaires home": so is one's envoy sent home, as the object, which the reader turns into a recall.)
            if (Word(t) is "out" or "home") return t > last + 1 && (_cues.Any("evacuee", last + 1, t - 1) || _cues.Any("envoy", last + 1, t - 1));
        return false;
    }

    /// <summary>Whether "for" and a place or "home" follow the place left: "left Baghdad for his home town of Sulaymaniyah",
    /// "left Erbil for Ankara".</summary>
    private bool LeftFor(int last, int clauseEnd)
    {
        for (int t = last + 2; t <= Math.Min(clauseEnd, last + 6); t++)
            if (Word(t) == "for")
            {
                for (int k = t + 1; k <= Math.Min(clauseEnd, t + 4); k++)
                    if (_index.Place[k] >= 0 || Word(k) is "home") return true;
                return false;
            }
        return false;
    }

    /// <summary>Whether the object of "left" is a place, a site or a word of ground (cue class site-left): "left the base",
    /// "leave the country", "left their positions".</summary>
    private bool LeftSite(int last, int clauseEnd)
    {
        for (int t = last + 1; t <= Math.Min(clauseEnd, last + 4); t++)
        {
            if (_index.Place[t] >= 0 || SiteNoun(t) || _cues.At(t, "site-left") >= 0) return true;
            // Over articles and words that describe the place: "the fortified district".
            if (_doc.Tokens[t].Kind != TokenKind.Word || Word(t) is "in" or "on" or "at" or "after" or "before" or "for" or "with" or "and" or "later") return false;
        }
        return false;
    }

    /// <summary>Whether what is burned is a thing burned as a gesture (cue class effigy): the object after the verb over
    /// articles, a people's adjective, a capitalised word (a state's name, "US and Israeli flags") and a count ("burned two
    /// Swedish flags"), or the passive's subject just before.</summary>
    private bool EffigyBurned(int first, int last, bool passive)
    {
        if (passive)
        {
            int t = first - 1;
            while (t > _first && Word(t) is "was" or "were" or "been" or "being" or "be" or "is" or "are" or "also" or "reportedly") t--;
            return _cues.Last("effigy", Math.Max(_first, t - 4), t) is { Last: var end } && end == t;
        }
        for (int t = last + 1; t < Math.Min(_end, last + 5); t++)
        {
            if (_cues.At(t, "effigy") >= 0) return true;
            // ("the burning of the Holy Quran": the gerund's object after "of".)
            if (!(Word(t) is "the" or "a" or "an" or "their" or "its" or "his" or "her" or "some" or "and" or "," || (t == last + 1 && Word(t) == "of") || Cardinal(t) is not null
                  || _cues.ValueAt(t, "demonym", out _) is not null || _cues.At(t, "adjective") >= 0
                  || _doc.Tokens[t].Is(TokenFlags.Capitalized))) return false;
        }
        return false;
    }

    /// <summary>Whether a toll belongs to the attack noun at [first, last]: the noun, opened by an article at its clause's
    /// start, is the subject of a verb of killing or wounding told after it in the clause with no other act between ("A strike
    /// near Qaim on Friday killed two fighters"), or the victims were killed or wounded in it ("two fighters died in a strike").</summary>
    private bool TollOfNoun(int first, int last, int clauseStart, int clauseEnd)
    {
        // ("wounded in a strike by teachers": a strike by people no list knows is a stoppage of work.)
        if (!TellsToll() || Word(last + 1) == "by") return false;
        // "... died in a strike", "were wounded in an overnight strike": the toll, "in", an article and up to two words.
        for (int t = first - 1; t >= Math.Max(clauseStart, first - 4); t--)
        {
            if (Word(t) != "in") continue;
            if (Word(t + 1) is not ("a" or "an" or "the")) return false;
            foreach (var (f, l, cue) in _cues.Hits)
                if (cue.Class is "killed" or "injured" && l == t - 1) return true;
            return false;
        }
        // "A strike near Qaim killed two fighters": the noun opens its clause and the first act after it is the toll.
        if (Word(first - 1) is not ("a" or "an" or "the") || first - 1 != clauseStart) return false;
        foreach (var (f, l, cue) in _cues.Hits)
        {
            if (f <= last || f > clauseEnd) continue;
            if (cue.Class is not ("killed" or "injured")) continue;
            foreach (var h in _hits)
                if (h.First > last && h.First < f) return false;
            for (int t = last + 1; t < f; t++)
                if (Word(t) is "that" or "which" or "who" or "is" or "was" or "are" or "were") return false;
            return true;
        }
        return false;
    }
}
