using Sitrep.Core.Documents;

namespace Sitrep.Core.Events;

/// <summary>The sentence reader's status (reported, future, negated), claims, counts (aggregates) and time of an event.</summary>
internal sealed partial class SentenceReader
{
    /// <summary>Whether a trigger of the sentence spans exactly [first, last].</summary>
    private bool IsHit(int first, int last)
    {
        foreach (var h in _hits) if (h.First == first && h.Last == last) return true;
        return false;
    }

    private string Status(Trigger trigger, int first, int clauseStart)
    {
        // A threat, a demand and a refusal told with its own negation ("would not accept") are statements made.
        if (trigger.Type == "THREATEN" || trigger.Is(TriggerFlags.Demand)) return "reported";
        if (trigger.Type == "REJECT" && (trigger.Lemma.StartsWith("not ", StringComparison.Ordinal) || trigger.Lemma.StartsWith("never ", StringComparison.Ordinal))) return "reported";
        if (trigger.Is(TriggerFlags.Negates)) return "negated";
        if (_cues.Any("negation", Math.Max(clauseStart, first - 3), first - 1) && !ClaimBetween(Math.Max(clauseStart, first - 3), first - 1)) return "negated";
        // ("X denied any role in the attack, accusing Washington of a plot": a participle of the subject's own after a comma
        // tells what the denier does, out of the denial's reach.)
        if (_cues.Last("denial", clauseStart, first - 1) is { } denial && !OwnClauseBetween(denial.Last, first)) return "negated";
        // "had not carried out any strike", "never launched an attack": the negation of the light verb that makes the noun an act.
        // ("No injuries were reported in the attack": "reported" makes a noun of arrest an act, not a noun of attack.)
        if (!trigger.IsVerb && LightOf(trigger, Math.Max(clauseStart, first - 4), first - 1) is var (lightFirst, lightLast) && lightFirst >= 0
            && _cues.Any("negation", Math.Max(clauseStart, lightFirst - 3), lightFirst - 1) && !ClaimBetween(Math.Max(clauseStart, lightFirst - 3), lightLast))
            return "negated";
        // "no American aircraft had conducted a strike in that area", "no coalition jets struck the town": forces or arms
        // opened by "no" as the subject deny the act.
        if (EventLexicon.IsMaterial(trigger.Type) && NoForcesSubject(trigger, first, clauseStart)) return "negated";
        // "said it had no involvement in the attack", "Tehran had nothing to do with the strike".
        if (_cues.Last("involvement", Math.Max(clauseStart, first - 4), first - 1) is { } part
            && (Word(part.First - 1) == "nothing" || _cues.Any("negation", Math.Max(clauseStart, part.First - 3), part.First - 1))) return "negated";
        if (trigger.Is(TriggerFlags.Future)) return "future";
        // "directed the security bodies to \"arrest the criminals\"", "ordered the police to arrest the gunmen": an act in the bare
        // form after "to" and a verb of ordering or asking is what is asked for, not yet done.
        // (An order to withdraw, release, evacuate or close is the concession, withdrawal or ban itself, as the tuning set codes it.)
        if ((trigger.Type == "ASSAULT" || (trigger.Type == "COERCE" && trigger.Mode != "ban")) && trigger.IsVerb && (trigger.Form & WordForm.Base) != 0 && (Word(first - 1) == "to" || (Word(first - 2) == "to" && _doc.Tokens[first - 1].Kind != TokenKind.Word)))
            for (int t = Math.Max(clauseStart, first - 10); t < first - 1; t++)
                if (WordIs(t, WordClass.AskingVerb)) return "future";
        // "The headquarters of all factions shall be closed": a decree's "shall be" orders the ban it states; the ban is made.
        if (trigger.Type == "COERCE" && trigger.Mode == "ban" && trigger.IsVerb && first - 2 >= clauseStart && Word(first - 1) == "be" && Word(first - 2) == "shall")
            return "reported";
        // "took office in May": a month is no modal.
        // ("gunmen might have fired from a car", "the drone may have been launched from Syria": a past act guessed at is told.)
        if (_cues.Last("future", Math.Max(clauseStart, first - 6), first - 1) is { } f && f.Last < first && _index.Time[f.First] < 0
            && !(Word(f.Last + 1) == "have" && Word(f.First) is "could" or "may" or "might"))
            return "future";
        return "reported";
    }

    /// <summary>The last light verb (cue class light) within [from, to] that makes the trigger's type (and mode) an act, or (-1, -1).</summary>
    private (int First, int Last) LightOf(Trigger trigger, int from, int to)
    {
        (int, int) found = (-1, -1);
        foreach (var (f, l, cue) in _cues.Hits)
            if (cue.Class == "light" && f >= from && l <= to && LightFits(cue.Value, trigger.Type, trigger.Mode) && f > found.Item1)
                found = (f, l);
        return found;
    }

    /// <summary>Whether a comma that opens a clause of the subject's own stands after the words that follow
    /// <paramref name="from"/>, before <paramref name="first"/>.</summary>
    private bool OwnClauseBetween(int from, int first)
    {
        for (int c = from + 2; c < first; c++)
            if (OwnClauseAt(c)) return true;
        return false;
    }

    /// <summary>Whether the token is a comma and a participle that opens a clause of the subject's own follows it: a verb of
    /// saying or labelling, or of an act that is no act of force, in -ing ("accusing", "calling", "saying").</summary>
    private bool OwnClauseAt(int c) =>
        Word(c) == "," && Word(c + 1).EndsWith("ing", StringComparison.Ordinal)
        && (_cues.At(c + 1, "speech") >= 0 || _cues.At(c + 1, "label") >= 0 || (TypeAt(c + 1) is not null && !MaterialAt(c + 1)));

    /// <summary>Whether the subject of the trigger's verb group (or of the light verb before its noun) is forces or arms, a
    /// people's word or a name of forces, right after "no" ("no American aircraft", "no US forces", "no Turkish jets").</summary>
    private bool NoForcesSubject(Trigger trigger, int first, int clauseStart)
    {
        int head = trigger.IsVerb ? VerbGroupStart(first, clauseStart) : LightVerbGroupBefore(first, clauseStart);
        if (head == first && !trigger.IsVerb) return false;
        int t = head - 1;
        bool arms = false;
        while (t > clauseStart && head - t <= 5)
        {
            if (_index.Actor[t] >= 0 || _cues.At(t, "platform") >= 0 || _cues.At(t, "mode") >= 0) arms = true;
            else if (_cues.At(t, "demonym") < 0) break;
            t--;
        }
        return arms && Word(t) == "no";
    }

    /// <summary>"X did not claim the attack": a word of claiming after the negation; what is not claimed still
    /// happened.</summary>
    private bool ClaimBetween(int from, int to)
    {
        for (int t = from; t <= to; t++)
            // ("CENTCOM did not confirm the attack", "would not comment on the strike": so does a word of confirming or telling.)
            if (Word(t) is "claim" or "claimed" or "claims" || _cues.At(t, "claim") >= 0 || _cues.At(t, "unconfirmed") >= 0) return true;
        return false;
    }

    /// <summary>Summaries: "more than 70 attacks", "the 151st attack", "several attacks", or a plural noun.</summary>
    private void Counts(Draft d, Trigger trigger, int first, int last, bool passive)
    {
        // "barred 14 Iraqi banks from dollar transactions": one measure against counted firms has that count.
        if (d.Type == "SANCTION" && trigger.IsVerb && !passive)
        {
            if (CountedObject(last, out int firms, out var q, out _, "business") || CountedObject(last, out firms, out q, out _, "finance"))
            {
                d.Aggregate = true;
                d.Count = firms;
                d.Qualifier = q;
            }
            return;
        }
        // "handed three smaller bases to Iraqi forces": one handover of counted sites has that count.
        if (d.Type == "RETREAT" && trigger.IsVerb && !passive && (trigger.Is(TriggerFlags.HandsSite) || trigger.Lemma.StartsWith("hand", StringComparison.Ordinal))
            && CountedObject(last, out int sites, out var sq, out _))
        {
            d.Aggregate = true;
            d.Count = sites;
            d.Qualifier = sq;
            return;
        }
        // Summaries are of attacks; "several arrests", "13 arrests", "new sanctions" are one operation each.
        if (trigger.Type != "ASSAULT") return;
        if (trigger.IsVerb)
        {
            // "has been targeted 11 times", "have been attacked at least 55 times": a passive told as a number of times.
            if (passive) { if (!TargetsCounted(d, last, times: true)) SubjectsCounted(d, first); }
            else if (!TargetsCounted(d, last)) WeaponsCounted(d, first);
            return;
        }
        // "answered with air strikes on five weapons storage sites", "a wave of strikes against 85 targets": the count of
        // the sites hit is the wave's, as after a verb.
        if (Word(last + 1) is "on" or "against" && TargetsCounted(d, last + 1)) return;
        // "18 Katyusha rockets" counts rockets, not attacks.
        if (_cues.At(first, "mode") is var m && m >= first && IsHit(first, m)) return;
        // "fired a dozen ballistic missiles at Erbil": a weapon noun counts weapons, wherever its mode words start.
        foreach (var (_, l, cue) in _cues.Hits)
            if (cue.Class == "mode" && l == last && trigger.Mode is not null) return;
        bool many = false;
        for (int k = Math.Max(_first, first - 4); k < first; k++) many |= _cues.At(k, "many") >= 0;
        for (int t = first - 1, steps = 0; t >= _first && steps < 4 && t >= first - 8; t--, steps++)
        {
            if (_index.Time[t] >= 0 || _index.Actor[t] >= 0) break;
            var text = _doc.TokenText(t);
            // "more than 25 rocket and roadside-bomb attacks": weapons joined by "and"/"or" take no step of their own.
            if (Word(t) is "and" or "or" or "-" && t > _first && _cues.At(t - 1, "mode") >= 0 && _cues.At(t + 1, "mode") >= 0) { steps -= 2; continue; }
            if (Numbers.Ordinal(text) is { } nth && (t == first - 1 || Word(t - 1) == "the"))
            {
                // "It was the second Turkish strike on Sinjar this week": the act told and one before it, each told as itself
                // (or not at all), no count of its own.
                if (nth == 2) return;
                d.Aggregate = true;
                d.Count = nth;
                d.Qualifier = "exact";
                return;
            }
            if (Numbers.Cardinal(text) is { } n)
            {
                if (n <= 1) return;
                // "the 2021 Tayaran Square bombing", "the 2020 attacks on Camp Taji": a year written in digits names when, not how many.
                if (n is >= 1900 and <= 2099 && text.Length == 4) return;
                d.Aggregate = true;
                d.Count = n;
                d.Qualifier = QualifierBefore(t) ?? "exact";
                return;
            }
            if (_cues.At(t, "mode") >= 0 || Word(t) is "attacks" or "separate" or "more" or "than") continue;
            // "more than 40 wounded in a drone attack": a number before a preposition, an article or a
            // casualty word counts something else.
            if (Word(t) is "a" or "an" or "," || _cues.At(t, "preposition") >= 0 || _cues.At(t, "killed") >= 0 || _cues.At(t, "injured") >= 0) break;
            // "two days after the killing of X", "a week before the attacks": a number before a word that dates by another act
            // counts the days between, not the acts.
            if (Word(t) is "after" or "before" or "since" or "following" or "until") break;
            // "the two brothers were behind attacks", "the three men carried out attacks on shops": a count before a verb
            // counts its subject, not the attacks.
            // ("more than 160 claimed attacks": a light verb's participle right after the count is an adjective of the noun.)
            // ("the two delegations condemned attacks on Iraqi forces": nor is a count before a verb of condemning the attacks'.)
            if (_cues.At(t, "auxiliary") >= 0 || Word(t) is "behind" or "out" || WordIs(t, WordClass.CondemnVerb)
                || (_cues.At(t, "light") >= 0 && t - 1 >= _first && Numbers.Cardinal(_doc.TokenText(t - 1)) is null)) break;
            if (many) { d.Aggregate = true; return; }
        }
        // "Four killed in Basra clashes", "the fighting and clashes that followed": a bare plural of fighting between two
        // sides is one bout of it, not a count of attacks.
        if ((trigger.Form & WordForm.Plural) != 0 && (trigger.Form & WordForm.Singular) == 0 && _cues.At(first, "mutual") < 0) d.Aggregate = true;
    }

    /// <summary>"Since late May, at least 20 roadside bombs have targeted supply trucks", "more than a dozen IEDs have hit convoys
    /// since June": counted weapons as the subject of an act in the perfect over a window are one summary of that many attacks.</summary>
    private void WeaponsCounted(Draft d, int first)
    {
        int t = first - 1;
        while (t > _first && WordIs(t, WordClass.Adverb)) t--;
        if (Word(t) is not ("have" or "has")) return;
        bool window = false;
        for (int k = _first; k < _end && !window; k++) window = Word(k) == "since" || (Word(k) == "so" && Word(k + 1) == "far") || (Word(k) is "past" or "last" && Word(k + 2) is "months" or "weeks" or "years");
        if (!window) return;
        int w = t - 1;
        if (w < _first || _cues.At(w, "mode") < 0) return;
        while (w > _first && _cues.At(w - 1, "mode") >= 0) w--;
        int n = w - 1;
        var text = n >= _first ? _doc.TokenText(n) : default;
        int? count = Numbers.Cardinal(text);
        if (count is null && Word(n) is "dozen" && Word(n - 1) is "a") { count = 12; n--; }
        if (count is not int c || c < 2 || (c is >= 1900 and <= 2099 && text.Length == 4)) return;
        d.Aggregate = true;
        d.Count = c;
        d.Qualifier = QualifierBefore(n) ?? "exact";
    }

    /// <summary>"Two convoys were struck near Diwaniyah", "three checkpoints were attacked": things hit,
    /// counted as the passive's subject, are as many attacks (the ontology's aggregate).</summary>
    private void SubjectsCounted(Draft d, int first)
    {
        for (int t = first - 1; t >= _first && t >= first - 6; t--)
        {
            if (_cues.At(t, "facility") < 0) continue;
            // "Two cars were hit by missiles near the airport": vehicles hit together are one strike's, not so many attacks.
            if (WordIs(t, WordClass.VehiclePlural)) return;
            for (int n = t - 1; n >= _first && n >= t - 3; n--)
            {
                if (Numbers.Cardinal(_doc.TokenText(n)) is { } count)
                {
                    if (count < 2) return;
                    d.Aggregate = true;
                    d.Count = count;
                    d.Qualifier = QualifierBefore(n) ?? "exact";
                    return;
                }
                if (Word(n) is not ("more" or "other" or "further" or "additional" or "separate" or "coalition" or "us" or "american" or "military" or "supply" or "logistics")) return;
            }
            return;
        }
    }

    /// <summary>"struck five facilities", "hit more than 85 targets", "hit three of the group's sites",
    /// "has been targeted 11 times": a strike on counted targets, or told as a number of times, is one
    /// event with that count (the ontology's aggregate).</summary>
    private bool TargetsCounted(Draft d, int last, bool times = false)
    {
        if (!CountedObject(last, out int count, out var qualifier, out int noun) || (times && Word(noun) != "times")) return false;
        // The counted noun ("85 targets") is the verb's object, no attack of its own.
        (_counted ??= []).Add(noun);
        d.Aggregate = true;
        d.Count = count;
        d.Qualifier = qualifier;
        return true;
    }

    private string? QualifierBefore(int numberToken)
    {
        foreach (var (f, l, cue) in _cues.Hits)
            if (cue.Class == "qualifier" && l == numberToken - 1) return cue.Value;
        return null;
    }

    /// <summary>Whether only a place led in by a preposition stands between a noun ending at <paramref name="noun"/> and the
    /// verb at <paramref name="verb"/>: "a US drone strike at Baghdad airport killed", "a rocket attack near the embassy wounded".</summary>
    private bool PlaceBetween(int noun, int verb)
    {
        if (verb - noun < 3 || Word(noun + 1) is not ("at" or "near" or "in" or "on" or "outside")) return false;
        int t = Word(noun + 2) == "the" ? noun + 3 : noun + 2;
        return t < verb && _index.Place[t] is var p && p >= 0 && _index.PlaceFirst[p] == t && _index.PlaceLast[p] == verb - 1;
    }

    private void Time(Draft d, int first, int last, int clauseStart, int clauseEnd)
    {
        int best = -1, bestDistance = int.MaxValue, bestAt = -1, after = -1, afterAt = -1;
        // "Rockets hit the Green Zone on Monday, a year after the killing of X": the time before "after" is the main
        // act's, unless the sentence says how far apart the two are ("four days after").
        int antecedent = Antecedent(first), mainEnd = -1;
        int? offset = Offset(antecedent);
        // "two days after a US drone strike killed the commander": the verb whose subject is the act named after
        // "N days after" lies as far back as that act.
        if (offset is null)
            foreach (var h in _hits)
                if ((h.Last == first - 1 || PlaceBetween(h.Last, first)) && Offset(h.First) is { } subject) { antecedent = h.First; offset = subject; break; }
        // "five days after Iran fired a dozen ballistic missiles at the base": the weapons a verb after "N days after" fires
        // are its act, as far back.
        if (offset is null && !d.Trigger.IsVerb && FiringVerb(first) is var verb && verb >= 0 && Offset(verb) is { } fired) { antecedent = verb; offset = fired; }
        // "Crowds gathered on Monday, the second anniversary of the killing of X": the day before the "of" is the anniversary's,
        // not the act's, which only a time in its own words dates.
        if (offset is null && Remembered(Introducer(antecedent, out int remembered) is "of" ? remembered : -1)) mainEnd = remembered;
        else if (d.Anchor && offset is null)
        {
            string introducer = Introducer(antecedent, out int at);
            if (introducer is "after" or "following" or "before") mainEnd = at;
            // "US jets struck three sites on Monday in response to a rocket attack on the base": a time before the link is the
            // answer's; the act answered takes it only as told "two days earlier" than it.
            else if (AnswerNoun(at) is var answer && answer >= 0 && Earlier(last, clauseEnd) is null)
                mainEnd = AnswerIn(answer) is var opens && opens >= 0 ? opens : answer;
        }
        for (int t = _first; t < _end; t++)
        {
            int tm = _index.Time[t];
            if (tm < 0) continue;
            var time = _doc.Times[tm];
            if (time.From is null) continue;
            // "Kadhimi, who faces elections in October, met Austin on Tuesday": a relative clause's time is its own.
            if (t < first && InRelativeClause(t, first)) continue;
            // "fired missiles at Idlib in revenge for the bombings in Kerman on 3 January": the time after the
            // act answered is that act's.
            if (t > last && AnsweredBetween(last, t)) continue;
            // "praised its fighters, "heroes" who answered the call in 2014": a time that ends a relative clause opened
            // after the act is the clause's own.
            if (t > last && OwnRelativeTime(last, t)) continue;
            // "The ambush was the deadliest on the army this year", "the worst fighting between the two in a decade": the
            // span after a superlative is what the act is ranked within, not its date.
            if ((t > last && RankedWithin(last, t, tm)) || RankingWindow(t, tm)) continue;
            // "sentenced three men for the 2021 Tayaran Square bombing": a year between "the" and a noun dates that noun only.
            if (t > last && EventMerger.YearOfNoun(_doc, t)) continue;
            if (t < mainEnd) continue;
            int distance = t < first ? first - t : t - last;
            if (t < clauseStart || t > clauseEnd) distance += 40;
            // "announced on Wednesday the arrest of men who took part in the attack on the embassy on Friday": an act
            // told in a relative clause opened after a time is dated by the clause's own time when it tells one.
            else if (t < first && RelativeBetween(t, first)) distance += 40;
            // "Rockets hit Taji on Monday, and two more fell on Balad on Wednesday": a time before ", and" that opens the
            // act's own clause is the clause before's; one after the act in its own clause is nearer.
            else if (t < first && CoordinatedBetween(t, first)) distance += 20;
            if (distance < bestDistance) { best = tm; bestDistance = distance; bestAt = t; }
            if (t > last && t <= clauseEnd && afterAt < 0) { after = tm; afterAt = t; }
            while (t + 1 < _end && _index.Time[t + 1] == tm) t++;
        }
        bool nounAct = !d.Trigger.IsVerb || ((d.Trigger.Form & WordForm.Ing) != 0 && Word(last + 1) == "of");
        // "Police said on Tuesday they had arrested three men last week", "the ministry announced on Monday the arrest of five
        // men on Friday": a time that dates the saying yields to the act's own, told right after it in its clause, no later.
        // (So does one that dates an arrest or a sentence: "arrested two men on Monday over the bombing of a shop on Sunday".)
        if (best >= 0 && bestAt < first && afterAt >= 0 && after != best && OwnTimeAfter(last, afterAt, after, best) && (StatementTime(best, first, nounAct) || (nounAct && ReasonOfArrest(bestAt, first))))
        {
            best = after;
            bestAt = afterAt;
        }
        if (best < 0)
        {
            d.Recalls = _cues.Any("recall", _first, _end - 1);
            d.Continues = _cues.Any("continue", _first, Math.Min(_end - 1, first));
            d.DaysFromTold = offset;
            return;
        }
        d.Start = _doc.Times[best].From;
        d.End = _doc.Times[best].To ?? d.Start;
        // "..., three days after a US strike that killed ...": the act lies that far from the date told; but a
        // time told after the act's "after" ("a day after a gunship fired on a car late on Tuesday") is the act's own.
        if (offset is { } days && bestAt < first && d.Start is { } start && d.End is { } end)
        {
            d.Start = start.AddDays(days);
            d.End = end.AddDays(days);
        }
        // "struck the depots on Sunday in retaliation for a rocket attack two days earlier": the act answered
        // lies that far before the date of the act that answers it.
        else if (d.Anchor && bestAt < first && Earlier(last, clauseEnd) is { } back && d.Start is { } s0 && d.End is { } e0)
        {
            d.Start = s0.AddDays(-back);
            d.End = e0.AddDays(-back);
        }
        d.SoftDate = d.Material && (StatementTime(best, first, nounAct) || (bestAt < first && ToldAfter(bestAt, first)) || (bestAt > last && ClaimedNoun(d, first, clauseStart))
            || (bestAt > last && SaidPastComma(last, bestAt)) || (nounAct && bestAt < first && ReasonOfArrest(bestAt, first)));
    }

    /// <summary>"A court on Wednesday sentenced two men to death for the murder of X", "police on Monday detained three men over
    /// the killing of Y", "a court on Thursday issued an arrest warrant for Z over the killing of W": an act named by a noun
    /// after "for" or "over", the cause of an arrest, a sentence or a warrant told after the time, fell on that day or before it.
    /// (So does one after an arrest told right before the time: "police arrested three men on Thursday over the rocket attack".)</summary>
    private bool ReasonOfArrest(int at, int first)
    {
        // (Over "the", "their part in the", "the 2020": a few words, no comma.)
        int k = first - 1;
        while (k > at && first - k <= 5 && Word(k) is not ("for" or "over" or "," or ";")) k--;
        if (k <= at || Word(k) is not ("for" or "over")) return false;
        foreach (var (trigger, f, l) in _hits)
            if (trigger.Type == "COERCE" && trigger.Mode == "arrest" && (f > at || at - l <= 8) && l < k) return true;
        return false;
    }

    /// <summary>Whether the time after the act is its own: within eight tokens, with no comma, other act or relative pronoun
    /// between ("... arrested three men who attacked a post on Sunday" dates the attack), and ending no later than the saying's.</summary>
    private bool OwnTimeAfter(int last, int at, int time, int saying)
    {
        // ("... last week", not "since October 17" or "this month", spans that run past the saying; not "the Thursday device".)
        if (at - last > 8 || _doc.Times[time].From is not { } from || _doc.Times[saying].From is not { } said
            || (_doc.Times[time].To ?? from) > (_doc.Times[saying].To ?? said) || Word(at - 1) is "the" or "a" or "'s" or "’s") return false;
        for (int k = last + 1; k < at; k++)
            if (Word(k) is "," or ";" or "who" or "which" or "that" or "after" or "before" or "since" || _triggerAt[k] != 0) return false;
        return true;
    }

    /// <summary>"X claimed the Samawa bombing on its channel on Sunday", "the group claimed responsibility for the attack on
    /// Monday": a noun of the act after its claim in the clause; a time after it dates the claim, the act falling on that day
    /// or before it.</summary>
    private bool ClaimedNoun(Draft d, int first, int clauseStart)
    {
        if (d.Trigger.IsVerb) return false;
        foreach (var (f, l, cue) in _cues.Hits)
            if (cue.Class == "claim" && f >= clauseStart && l < first) return true;
        return false;
    }

    /// <summary>Whether "the" and a superlative ("deadliest", "worst", "largest") stand between the trigger's last token
    /// and the time at <paramref name="t"/>, in one clause, and the time spans more than a month (or lies after publication).</summary>
    private bool RankedWithin(int last, int t, int tm)
    {
        var time = _doc.Times[tm];
        // ("among the worst in two years": a span read as a day after publication is such a window too.)
        if (time.From is not { } from || ((time.To ?? from).DayNumber - from.DayNumber <= 31 && !(_doc.Published is { } published && from > published))) return false;
        for (int k = last + 1; k < t; k++)
        {
            if (Word(k) is "," or ";" or "and" or "but" or "which" or "who" or "when") return false;
            if (Word(k) == "the" && WordIs(k + 1, WordClass.Superlative)) return true;
        }
        return false;
    }

    /// <summary>"..., in the deadliest attack in the capital in three years", "the first such strike in months": a span right after
    /// a ranked noun phrase ("the" and a superlative, or "the first") in its own clause is the window the rank is over, no date
    /// of any act (read as a day after publication, or a span of more than a month).</summary>
    private bool RankingWindow(int t, int tm)
    {
        var time = _doc.Times[tm];
        if (time.From is not { } from || ((time.To ?? from).DayNumber - from.DayNumber <= 31 && !(_doc.Published is { } published && from > published))) return false;
        for (int k = t - 1; k >= _first && k >= t - 8; k--)
        {
            if (Word(k) is "," or ";" or "and" or "but" or "which" or "who" or "when" or "since") return false;
            if (Word(k) == "the" && (WordIs(k + 1, WordClass.Superlative) || Word(k + 1) == "first")) return true;
        }
        return false;
    }

    /// <summary>Whether ", and" (or ", but", ", while") stands between the tokens <paramref name="t"/> and <paramref name="first"/>.</summary>
    private bool CoordinatedBetween(int t, int first)
    {
        for (int k = t + 1; k < first - 1; k++)
            if (Word(k) == "," && Word(k + 1) is "and" or "but" or "while") return true;
        return false;
    }

    /// <summary>"Basra returned to calm on Thursday after a night of clashes": an act named right after "after" (or
    /// "following"), past the time told before it, happened before that time, on a day the sentence leaves open.</summary>
    private bool ToldAfter(int time, int first)
    {
        for (int t = first - 1; t > time && t >= first - 5; t--)
        {
            if (Word(t) is "," or ";" or "and" or "but") return false;
            if (Word(t) is "after" or "following") return true;
        }
        return false;
    }

    /// <summary>Whether the token lies inside ", who/which ... ," closed before <paramref name="first"/>.</summary>
    /// <summary>Whether "who", "whom" or "which" opens a relative clause between the time token and the act.</summary>
    private bool RelativeBetween(int time, int first)
    {
        for (int t = time + 1; t < first; t++)
            if (Word(t) is "who" or "whom" or "which" && _index.Time[t] < 0) return true;
        return false;
    }

    /// <summary>Whether "who" or "which" opens a clause (not after a comma) between the act's last token and the time,
    /// with no comma between the pronoun and the time: the time is the clause's own, and the act's own when the clause tells
    /// one ("arrested two men who took part in attacks on the army in 2021" dates the attacks, not the arrest).</summary>
    private bool OwnRelativeTime(int last, int time)
    {
        bool act = false;
        for (int t = time - 1; t > last; t--)
        {
            if (Word(t) is "," or ";") return false;
            act |= _triggerAt[t] != 0;
            // ("backed Allawi, who was named premier-designate on Saturday": a clause set off by a comma tells of the
            // one named, and its day is often the act's. "killed four fighters who were preparing to attack bases on Sunday":
            // a planned act has no day of its own, and the time stays the act's.)
            if (Word(t) is "who" or "which") return Word(t - 1) != "," && !(act && _cues.Any("future", t + 1, time - 1));
        }
        return false;
    }

    private bool InRelativeClause(int t, int first)
    {
        int open = t - 1;
        while (open >= _first && Word(open) != ",") open--;
        if (open < _first) return false;
        // ("X, a doctor who had led marches in 2018, was shot dead": the relative clause may close an apposition.)
        bool relative = false;
        // ("five rocket attacks this week, the last of which hit the airport on Friday": a part "of which" tells the act itself.)
        for (int k = open + 1; k < t && !relative; k++) relative = Word(k) is "who" or "which" or "whose" or "whom" && (k == open + 1 || Word(k - 1) != "of");
        if (!relative) return false;
        for (int close = t + 1; close < first; close++)
            if (Word(close) == ",") return true;
        return false;
    }

    /// <summary>Days told by "N days earlier" (or "N weeks before" closing the clause) after the act, within its clause; or null.</summary>
    private int? Earlier(int last, int clauseEnd)
    {
        for (int t = last + 3; t <= Math.Min(clauseEnd + 1, last + 16) && t < _end; t++)
        {
            if (!(Word(t) == "earlier" || (Word(t) == "before" && Word(t + 1) is "" or "," or "."))) continue;
            int unit = Word(t - 1) switch { "day" or "days" => 1, "week" or "weeks" => 7, _ => 0 };
            int? n = Word(t - 2) is "a" or "one" ? 1 : Cardinal(t - 2);
            return unit == 0 || n is null ? null : n.Value * unit;
        }
        return null;
    }

    /// <summary>Days from the sentence's date to an act introduced by "N days after" (negative) or "N days
    /// before" (positive) right before its noun: "three days after a US strike", "a week before the attack".</summary>
    private int? Offset(int first)
    {
        var direction = Introducer(first);
        if (direction is not ("after" or "before")) return null;
        int t = first - 1;
        while (Word(t) != direction) t--;
        int unit = Word(t - 1) switch { "day" or "days" => 1, "week" or "weeks" => 7, _ => 0 };
        if (unit == 0) return null;
        int? n = Word(t - 2) is "a" or "one" ? 1 : Cardinal(t - 2);
        if (n is null || _index.Time[t - 2] >= 0 || _index.Time[t - 1] >= 0) return null;
        return (direction == "after" ? -1 : 1) * n.Value * unit;
    }

    /// <summary>Whether the time mention dates the saying of a report rather than the act it reports:
    /// "X said in a statement on Monday that it had attacked ...", "CENTCOM said on Wednesday that ...".</summary>
    private bool SpeechRightBefore(int t)
    {
        int k = t - 1;
        // (Over other times of the same day: "reported, today, Thursday, ...".)
        while (k >= _first && (Word(k) is "," or "on" || _index.Time[k] >= 0)) k--;
        if (k < _first) return false;
        foreach (var (f, l, cue) in _cues.Hits)
            // ("continued yesterday, Sunday, its bombardment": a verb that goes on with the act is no saying.)
            if (cue.Class == "speech" && l == k && Word(k) is not ("continued" or "continues" or "continue")) return true;
        return false;
    }

    /// <summary>"Turkish intelligence has killed a PKK member in Sinjar, security sources said on Tuesday": a time right after
    /// a verb of saying that follows the act past a comma dates the saying; the act falls on that day or before it.</summary>
    private bool SaidPastComma(int last, int at) => SpeechRightBefore(at) && WordBetween(last + 1, at - 1, ",");

    /// <summary>Whether a noun of statement ("statement", "announcement", class remarks) stands right before the time at
    /// <paramref name="t"/>, over "on" and commas: "a statement on Thursday", "its announcement, yesterday,".</summary>
    private bool StatementNounRightBefore(int t)
    {
        int k = t - 1;
        while (k >= _first && Word(k) is "," or "on") k--;
        return k >= _first && _cues.At(k, "remarks") == k;
    }

    private bool StatementTime(int time, int first, bool nounAct)
    {
        int tFirst = -1, tLast = -1;
        for (int t = _first; t < first; t++)
            if (_index.Time[t] == time) { if (tFirst < 0) tFirst = t; tLast = t; }
        if (tFirst < 0) return false;
        // "On Tuesday the group said its fighters had carried out the attack", "the HPG, in a statement yesterday,
        // claimed the attack": a time told before the saying or claiming that governs the act dates the saying.
        foreach (var (f, l, cue) in _cues.Hits)
            if (cue.Class is "speech" or "claim" && f > tLast && l < first) return true;
        // "A security source reported, today, Thursday, the martyrdom of five fighters", "the ministry announced on Monday the
        // arrest of ...": a time right after the verb of saying, with the act told as its object after it, dates the saying.
        // ("announced yesterday, Friday, imposing sanctions": an act told by a verb is the announcement itself.)
        if (nounAct && SpeechRightBefore(tFirst)) return true;
        // "The government issued a statement on Thursday regarding the bombardment of the resort": so does a time right after
        // a noun of statement (class remarks) with the act told by a noun after it.
        if (nounAct && StatementNounRightBefore(tFirst)) return true;
        bool that = false;
        for (int t = tLast + 1; t < first && !that; t++) that = Word(t) == "that";
        // "Police said on Monday they had arrested two men": a time right after the verb of saying, with the reported
        // clause's own subject and a perfect between it and the act, dates the saying as "that" would. ("Police said on
        // Monday they arrested two more men" may tell that day's arrest.)
        if (!that) return first - tLast > 2 && Word(first - 1) is "had" or "has" or "have" && SpeechRightBefore(tFirst);
        foreach (var (f, l, cue) in _cues.Hits)
            if (cue.Class == "speech" && l < tFirst && tFirst - l <= 5) return true;
        return false;
    }
}
