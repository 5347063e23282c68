using Sitrep.Core.Documents;

namespace Sitrep.Core.Events;

/// <summary>The sentence reader's reading of one sentence: every trigger framed, then what the sentence's drafts become together (tolls to attacks, threats that answer, summaries, denials).</summary>
internal sealed partial class SentenceReader
{
    public void Read(List<Draft> into)
    {
        _story = into;
        var local = _scratch.Drafts;
        local.Clear();
        for (int h = 0; h < _hits.Count; h++)
        {
            if (Governed(h) && !OwnAgent(h)) continue;
            // "warned that American forces would respond if ...": a promise inside a threat told by another
            // word is what that threat says, no second threat.
            if (_hits[h].Trigger.Is(TriggerFlags.Vow) && ThreatBefore(_hits[h].First))
                continue;
            Frame(_hits[h].Trigger, _hits[h].First, _hits[h].Last, local);
        }
        if (Debugging) foreach (var dd in local) Console.Error.WriteLine($"DBG s{_sentence} {_doc.TokenText(dd.First)} {dd.Type} {dd.Trigger.Is(TriggerFlags.Intercept)} verb={dd.Trigger.IsVerb} agg={dd.Aggregate} {dd.Count} {dd.First} st={dd.Status} a={dd.Actor} t={dd.Target} def={dd.Definite} pl={dd.PlaceId}");
        // "three rockets crashed into the base, the latest in a run of attacks on facilities where Americans work", "in the
        // latest of a string of attacks on sites that host US troops": the run an act is ranked in is its kind, no summary.
        for (int i = local.Count - 1; i >= 0; i--)
            if (local[i].Type == "ASSAULT" && local[i].Aggregate && local[i].Count is null && !local[i].Trigger.IsVerb && RankedInRun(local[i].First))
                local.RemoveAt(i);
        if (local.Count == 0)
        {
            if (!CarryCasualties(into)) RevisedToll();
            return;
        }
        if (_counted is not null) local.RemoveAll(d => _counted.Contains(d.First));
        TollsToAttacks(local);
        // "A drone struck Tower 22 on Sunday. Three soldiers were killed and 25 wounded, CENTCOM said.": a
        // sentence that tells only a toll, with no attacker, gives it to the attack told just before.
        if (OnlyTolls(local) && !OwnDayAttack(local[0], into) && CarryCasualties(into, local[0].Target)) return;
        // "He said no US personnel had been injured": a toll denied, with no attack word in its sentence and none told before
        // to give it to, tells no attack of its own.
        if (OnlyTolls(local) && AllNegated(local)) return;
        // "Two rockets were intercepted by US forces": the weapons named are the defended attack's, no other;
        // "Two drones hit targets, and defences had to intercept many others": the defence is of the attack told.
        bool counted = false;
        if (HasIntercept(local))
        {
            local.RemoveAll(d => d.Type == "ASSAULT" && !d.Trigger.IsVerb && d.Trigger.Is(TriggerFlags.Weak));
            // "Bases came under five attacks this week, the last when defences shot down a drone": a count of
            // attacks holds the defended one as one of its own, which stays an event with the count's parties.
            if (CountOfAttacks(local))
                counted = true;
            else if (_hits.Exists(h => h.Trigger.Type == "ASSAULT" && !h.Trigger.Is(TriggerFlags.Intercept) && (h.Trigger.IsVerb || !h.Trigger.Is(TriggerFlags.Weak))
                                  && !_cues.Any("projectile", Math.Max(_first, h.First - 2), h.Last)))
            {
                DefenderNoAttacker(local);
                local.RemoveAll(d => d.Trigger.Is(TriggerFlags.Intercept));
            }
        }
        // "Engineers defused a roadside bomb under the bridge", "a second explosive device was found and made safe": a bomb
        // or launcher found, defused or seized is what the seizure takes, no attack of its own.
        // (A loop, not a lambda over the list: that closure was allocated on every read, drafts or none.)
        for (int i = local.Count - 1; i >= 0; i--)
            if (SeizedWeapon(local[i], local) || MannerOfArrest(local[i], local)) local.RemoveAt(i);
        MissionEndsWithdrawal(local);
        HandedWhereLeft(local);
        SanctionMeasures(local);
        PromisedNotToStop(local);
        AccusedOfAttack(local);
        ThreatsOfAccuser(local);
        ThreatsAnswering(local);
        AnswersRemarks(local);
        EventPhaseClock.Enter(EventPhaseClock.Phase.Casualties);
        Casualties(local);
        EventPhaseClock.Exit();
        CoordinatedSummaries(local);
        ProtestDemands(local);
        ActRenamed(local);
        MovedForces(local);
        AttackedBy(local);
        KeptShut(local);
        ClashTold(local);
        // Two triggers of one happening in one sentence ("a drone attack targeted the base") are one event.
        for (int i = 0; i < local.Count; i++)
            for (int j = local.Count - 1; j > i; j--)
                if ((EventMerger.Compatible(local[i], local[j], sameSentence: true, gazetteer: _stage.Gazetteer, kb: _stage.Kb) || BombThenFire(local[i], local[j]))
                    && !OneOfCount(local[i], local[j]) && !OneOfCount(local[j], local[i]))
                {
                    local[i].Absorb(local[j]);
                    local.RemoveAt(j);
                }
        NounRetellsVerb(local);
        if (counted) InheritParties(local);
        SinceAnchors(local);
        for (int i = local.Count - 1; i >= 0; i--)
            if (Generic(local[i], local[i].Trigger) && !DeniedAlone(local, i)) local.RemoveAt(i);
        into.AddRange(local);
    }

    /// <summary>"A roadside bomb struck their patrol near Safra, and gunmen opened fire on the survivors", "an explosive device
    /// went off on an army vehicle, and then the militants opened fire on the force from the heights": gunfire told after a
    /// bomb in its sentence, by no other doer, at no other place, is the ambush the bomb opened (one attack, a bomb's).</summary>
    private bool BombThenFire(Draft bomb, Draft fire)
    {
        if (bomb.Type != "ASSAULT" || fire.Type != "ASSAULT" || bomb.Mode != "ied" || fire.Mode != "gunfire" || fire.First <= bomb.Last
            || bomb.Aggregate || fire.Aggregate || bomb.ModeGuessed || fire.ModeGuessed) return false;
        // ("... and the soldiers returned fire on the attackers": the side hit firing back is another act.)
        if (fire.Actor is not null && fire.Actor != bomb.Actor && (bomb.Actor is not null || _stage.Kb?[fire.Actor] is not { Kind: "armed_group" })) return false;
        var told = fire.Copy();
        told.Mode = bomb.Mode;
        return EventMerger.Compatible(bomb, told, sameSentence: true, gazetteer: _stage.Gazetteer, kb: _stage.Kb);
    }

    /// <summary>"there were four attacks, including a rocket attack on the Euphrates base yesterday": the one act set off by
    /// ", including" after a count of acts is one of them, an event of its own beside the count.</summary>
    private bool OneOfCount(Draft count, Draft one)
    {
        if (!count.Aggregate || count.Count is null || one.Aggregate || one.First <= count.Last) return false;
        for (int t = one.First - 1; t > count.Last && t >= one.First - 3; t--)
            if (Word(t) == "including") return Word(t - 1) == ",";
        return false;
    }

    /// <summary>"Turkish warplanes bombarded villages on the slope of Mateen, north of Duhok, and the bombardment caused big
    /// fires": "the" noun of an act told by a verb before it in the sentence is that act, whatever place it stands near.</summary>
    private void NounRetellsVerb(List<Draft> local)
    {
        for (int j = local.Count - 1; j > 0; j--)
        {
            var noun = local[j];
            // ("the shelling": a gerund after "the" is the noun.)
            if (!noun.Definite || !noun.Material || noun.Aggregate || (noun.Trigger.IsVerb && !((noun.Trigger.Form & WordForm.Ing) != 0 && Word(noun.First - 1) == "the"))
                || noun.Place < 0) continue;
            Draft? unplaced = null;
            for (int i = 0; i < j; i++)
            {
                if (local[i] is not { Aggregate: false } verb || !verb.Trigger.IsVerb || verb.First >= noun.First || verb.Type != noun.Type) continue;
                // (The copy without the noun's place is made only for a verb it may retell.)
                if (unplaced is null)
                {
                    unplaced = noun.Copy();
                    unplaced.Place = -1;
                    unplaced.PlaceId = null;
                    unplaced.Also = [];
                }
                if (!EventMerger.Compatible(verb, unplaced, sameSentence: true, gazetteer: _stage.Gazetteer, kb: _stage.Kb)) continue;
                verb.Absorb(unplaced);
                local.RemoveAt(j);
                break;
            }
        }
    }

    /// <summary>Whether the noun at <paramref name="first"/> ends "the latest (newest, last, third ...) in a run of" (or "of a
    /// string of", "in a series of such"): a word of many (cue class many) opened by "a" or "an" at most two words before
    /// it, after "in" or "of" and a word of rank.</summary>
    private bool RankedInRun(int first)
    {
        if (first - 4 < _first || _cues.Last("many", Math.Max(_first, first - 4), first - 1) is not { First: var m, Last: var end } || end < first - 3) return false;
        if (Word(m) is not ("a" or "an") && Word(m - 1) is "a" or "an") m--;
        if (Word(m) is not ("a" or "an") || Word(m - 1) is not ("in" or "of") || m - 2 < _first) return false;
        var rank = Word(m - 2);
        return rank is "latest" or "last" or "newest" or "recent" or "first" or "second" or "third" or "fourth" or "fifth" or "sixth"
            or "seventh" or "eighth" or "ninth" or "tenth" || WordIs(m - 2, WordClass.Superlative);
    }

    /// <summary>Whether the draft is a weapon that a seizure near it in the sentence takes (see <see cref="Read"/>).</summary>
    private bool SeizedWeapon(Draft a, List<Draft> local)
    {
        if (a.Type != "ASSAULT" || a.Trigger.IsVerb || a.Killed is not null || a.Injured is not null) return false;
        foreach (var d in local)
            if (d.Type == "COERCE" && d.Trigger.IsVerb && d.Trigger.Mode == "seize" && ((a.First > d.Last && a.First - d.Last <= 6) || (a.Last < d.First && d.First - a.Last <= 8))
                && !Boundary(Math.Min(a.Last, d.Last), Math.Max(a.First, d.First))) return true;
        return false;
    }

    /// <summary>Whether the draft is a noun of attack after "in a" (or "an") that tells how an arrest or seizure told just
    /// before it in its clause was made, with no dead or wounded: "he was arrested in an ambush on the Baladruz-Mandali road",
    /// "police detained the two men in a raid on a farm".</summary>
    private bool MannerOfArrest(Draft a, List<Draft> local)
    {
        if (a.Type != "ASSAULT" || a.Trigger.IsVerb || a.Killed is not null || a.Injured is not null || TellsToll()) return false;
        int lead = a.First - 1;
        // ("two suspects in the Adhamiya attack" are suspected of a known attack.)
        if (Word(lead) is not ("a" or "an") && Word(lead - 1) is "a" or "an") lead--;
        if (Word(lead) is not ("a" or "an") || Word(lead - 1) != "in") return false;
        foreach (var d in local)
            if (d.Type == "COERCE" && d.Trigger.IsVerb && d.Trigger.Mode is "arrest" or "seize" && d.Last < lead - 1 && lead - 1 - d.Last <= 6
                && !Boundary(d.Last, lead - 1)) return true;
        return false;
    }

    /// <summary>"The Guards struck the camp in Koya with seven missiles, and the attack killed 16 people", "Turkish troops arrived
    /// in Bashiqa, and Baghdad called the deployment a violation": an act named again with "the" later in its sentence, as
    /// a subject or an object (not after a preposition: "in response to the attack" names another), is the act its verb
    /// told just before; it adds what that one lacks (a toll, a claimant), not roles read from the names around it.
    /// One with a place or a day of its own that differs is another.</summary>
    private void ActRenamed(List<Draft> local)
    {
        for (int j = local.Count - 1; j > 0; j--)
        {
            var d = local[j];
            // ", the first attack on the base since February", ", the deadliest attack this year": an act set after a comma as
            // the first or the worst of a span names the act told before it; the span is no day of its own.
            bool ranked = !d.Trigger.IsVerb && d.First >= _first + 3 && Word(d.First - 2) == "the" && Word(d.First - 3) == ","
                && (Word(d.First - 1) is "first" or "latest" || WordIs(d.First - 1, WordClass.Superlative));
            if (!d.Material || d.Trigger.IsVerb || d.Aggregate || d.First < _first + 2 || (Word(d.First - 1) is not ("the" or "this" or "that") && !ranked)
                || _cues.At(d.First - 2, "preposition") >= 0) continue;
            for (int i = 0; i < j; i++)
            {
                var told = local[i];
                if (told.Type != d.Type || told.Status != d.Status || told.Aggregate || !told.Trigger.IsVerb || told.Last >= d.First) continue;
                if (told.PlaceId is not null && d.PlaceId is not null && told.PlaceId != d.PlaceId) continue;
                if (told.Start is not null && d.Start is not null && (told.Start != d.Start || told.End != d.End)
                    && !(ranked && told.Start >= d.Start && told.End <= d.End)) continue;
                // (The ranked noun's weapon, read from the words around it, is not the act's.)
                if (ranked) { d.Mode = null; d.Start = d.End = null; }
                told.Absorb(d);
                local.RemoveAt(j);
                break;
            }
        }
    }

    /// <summary>"the Prime Minister sent army reinforcements to the city", "the ministry dispatched extra patrols to the highway": a noun
    /// of moving forces that is the object of a verb of moving them is that move, made by the verb's subject (the noun's own
    /// modifier names the forces sent, not who sent them); the noun says what kind of move it was.</summary>
    private void MovedForces(List<Draft> local)
    {
        for (int j = local.Count - 1; j >= 0; j--)
        {
            var n = local[j];
            if (n.Type != "MOBILIZE" || n.Trigger.IsVerb) continue;
            foreach (var v in local)
            {
                if (v == n || v.Type != "MOBILIZE" || !v.Trigger.IsVerb || v.Status != n.Status || n.First <= v.Last || n.First - v.Last > 4
                    || Boundary(v.Last + 1, n.First - 1) || TriggerIn(v.Last + 1, n.First - 1)) continue;
                if (n.Mode is not null) v.Mode = n.Mode;
                if (v.Actor is not null) n.Actor = null;
                v.Absorb(n);
                local.RemoveAt(j);
                break;
            }
        }
    }

    /// <summary>"the base was targeted on 5 August by two Katyusha rockets, which wounded five American soldiers", "it was struck by
    /// Iranian ballistic missiles in January 2020": the weapon after "by" of a passive attack verb is that attack told by its
    /// weapon, no second one; the weapon's telling keeps the side hit it names (the toll after it), and takes from the verb what it lacks.</summary>
    private void AttackedBy(List<Draft> local)
    {
        for (int i = local.Count - 1; i >= 0; i--)
        {
            var v = local[i];
            if (v.Type != "ASSAULT" || !v.Trigger.IsVerb || (v.Trigger.Form & WordForm.Participle) == 0 || v.Aggregate) continue;
            foreach (var n in local)
            {
                if (n == v || n.Type != "ASSAULT" || n.Trigger.IsVerb || n.Aggregate || n.Status != v.Status || n.First <= v.Last || n.First - v.Last > 8
                    || Boundary(v.Last + 1, n.First - 1) || TriggerIn(v.Last + 1, n.First - 1) || !ByBetween(v.Last + 1, n.First - 1)) continue;
                if (n.PlaceId is not null && v.PlaceId is not null && n.PlaceId != v.PlaceId) continue;
                n.Absorb(v);
                local.RemoveAt(i);
                break;
            }
        }
    }

    /// <summary>"Security forces sealed the roads on Wednesday and kept them shut on Thursday": a ban kept in force, after a ban
    /// told before it in the sentence, is that ban lasting, no second one.</summary>
    private void KeptShut(List<Draft> local)
    {
        for (int j = local.Count - 1; j > 0; j--)
        {
            var d = local[j];
            if (d.Type != "COERCE" || (d.Mode ?? d.Trigger.Mode) != "ban" || !KeptBefore(d.First)) continue;
            for (int i = 0; i < j; i++)
            {
                var told = local[i];
                if (told.Type != "COERCE" || (told.Mode ?? told.Trigger.Mode) != "ban" || told.Status != d.Status || told.Last >= d.First) continue;
                if (d.Start is not null && told.Start is not null) { d.Start = told.Start; d.End = told.End; }
                told.Absorb(d);
                local.RemoveAt(j);
                break;
            }
        }
    }

    /// <summary>"protesters clashed with security forces near the gates, and two demonstrators were killed by gunfire": a clash
    /// and an attack in its sentence on one of its sides, by the other or by no one named, at no other place, are one happening,
    /// told by the attack (a clash names its sides in no order).</summary>
    private static void ClashTold(List<Draft> local)
    {
        for (int i = local.Count - 1; i >= 0; i--)
        {
            var m = local[i];
            if (m.Type != "ASSAULT" || !m.Mutual || m.Actor is null || m.Aggregate) continue;
            foreach (var d in local)
            {
                if (d == m || d.Type != "ASSAULT" || d.Mutual || d.Aggregate || d.Status != m.Status) continue;
                bool reversed = d.Target == m.Actor && (d.Actor is null || d.Actor == m.Target);
                if (!reversed || (d.PlaceId is not null && m.PlaceId is not null && d.PlaceId != m.PlaceId)) continue;
                if (d.Start is not null && m.Start is not null && (d.Start != m.Start || d.End != m.End)) continue;
                m.Actor = d.Actor;
                m.Target = d.Target;
                d.Absorb(m);
                local.RemoveAt(i);
                break;
            }
        }
    }

    /// <summary>Whether a form of "keep" stands up to three words before the token ("kept them shut", "kept the crossing closed").</summary>
    private bool KeptBefore(int first)
    {
        for (int t = first - 1; t >= _first && t >= first - 4; t--)
            if (Word(t) is "kept" or "keep" or "keeps" or "keeping") return true;
        return false;
    }

    private bool ByBetween(int from, int to)
    {
        for (int t = from; t <= to; t++) if (Word(t) == "by") return true;
        return false;
    }

    /// <summary>Whether the attack noun <paramref name="attack"/> is the subject of the active casualty verb <paramref name="toll"/>:
    /// only its own words stand between them, a phrase after it ("on Tower 22") and at most one aside between commas
    /// (", a small US outpost in Jordan,"), with no other act, no "and" and no second clause.</summary>
    private bool AttackSubject(Draft attack, Draft toll)
    {
        if (attack.Trigger.IsVerb || !toll.Trigger.IsVerb || attack.Last >= toll.First || toll.First - attack.Last > 16
            || (toll.Trigger.Form & (WordForm.Past)) == 0 || Word(toll.First - 1) is "were" or "was" or "been" or "be") return false;
        if (TriggerIn(attack.Last + 1, toll.First - 1)) return false;
        int commas = 0;
        for (int t = attack.Last + 1; t < toll.First; t++)
        {
            if (Word(t) == ",") commas++;
            else if (Word(t) is ";" or ":" or "and" or "but" or "which" or "who" or "that" or "when" or "after" or "as" or "(" or ")") return false;
        }
        return commas == 0 || (commas == 2 && Word(attack.Last + 1) != "," && Word(toll.First - 1) == ",");
    }

    /// <summary>"... killed three soldiers and wounded more than 40 others": a second casualty verb joined by "and" to one whose
    /// subject is the attack shares that subject.</summary>
    private bool SubjectTollBefore(List<(Draft Toll, Draft Into)>? subjectTolls, Draft into, Draft toll)
    {
        if (subjectTolls is null) return false;
        for (int i = subjectTolls.Count - 1; i >= 0; i--)
            if (subjectTolls[i].Into == into) return AlsoOfSubject(subjectTolls[i].Toll, toll);
        return false;
    }

    private bool AlsoOfSubject(Draft told, Draft toll)
    {
        if (toll.First <= told.Last || toll.First - told.Last > 8 || TriggerIn(told.Last + 1, toll.First - 1)) return false;
        for (int t = told.Last + 1; t < toll.First; t++)
            if (Word(t) is "," or ";" or "which" or "who" or "that" or "after" or "when") return false;
        return Word(toll.First - 1) == "and";
    }

    private bool TriggerIn(int from, int to)
    {
        for (int t = from; t <= to; t++) if (_triggerAt[t] != 0) return true;
        return false;
    }

    /// <summary>"denied that any faction had taken part in the attack": the act denied with "the", the sentence's only act
    /// of its type, is the one the story told, no act in general (the merger gives it that act's target and place).</summary>
    private static bool DeniedAlone(List<Draft> local, int i)
    {
        var d = local[i];
        if (d.Status != "negated" || !d.Definite || !d.Material) return false;
        foreach (var k in local) if (k != d && k.Type == d.Type) return false;
        return true;
    }

    /// <summary>"the coalition's military mission would end by September 2025, with coalition troops leaving some bases in
    /// a first phase": the forces that leave are those of the mission that ends, one withdrawal told with its plan.</summary>
    private static void MissionEndsWithdrawal(List<Draft> local)
    {
        var ends = local.Find(static d => d.Trigger.Is(TriggerFlags.MissionEnds));
        if (ends is null) return;
        for (int i = local.Count - 1; i >= 0; i--)
        {
            var d = local[i];
            if (d == ends || d.Type != "RETREAT" || d.Actor != ends.Actor) continue;
            ends.Absorb(d);
            local.RemoveAt(i);
        }
    }

    /// <summary>Whether a threat told by a word that is no promise ends before the token.</summary>
    private bool ThreatBefore(int first)
    {
        foreach (var o in _hits)
            if (o.Last < first && o.Trigger.Type == "THREATEN" && !o.Trigger.Is(TriggerFlags.Vow)) return true;
        return false;
    }

    /// <summary>Whether the draft's target is the troops its site hosts (<c>hosts.tsv</c>) and the sentence names them
    /// nowhere: the host was taken for want of a target told.</summary>
    private bool HostTaken(Draft d, string target)
    {
        if (d.PlaceId is null || _lex.Hosts.GetValueOrDefault(d.PlaceId) != target) return false;
        for (int t = _first; t < _end; t++)
            if (_index.Actor[t] is var m && m >= 0 && _doc.Mentions[m].EntityId == target) return false;
        return true;
    }

    /// <summary>A casualty verb beside an attack told by another word ("three soldiers were killed in a
    /// drone attack", "jets hit the sites, killing one fighter") gives that attack its toll and the roles
    /// it lacks; it is no second event. One at another place or time stays its own.</summary>
    private void TollsToAttacks(List<Draft> local)
    {
        List<(Draft Toll, Draft Into)>? pairs = null;
        List<(Draft Toll, Draft Into)>? subjectTolls = null;
        foreach (var toll in local)
        {
            if (toll.Type != "ASSAULT" || !toll.Trigger.Is(TriggerFlags.Toll)) continue;
            Draft? into = null;
            // ", killing one": a participle after a comma tells the toll of the attack before it.
            bool before = (toll.Trigger.Form & WordForm.Ing) != 0 && Word(toll.First - 1) == ",";
            foreach (var d in local)
                if (d.Type == "ASSAULT" && !d.Trigger.Is(TriggerFlags.Toll) && d.Status == toll.Status && (!before || d.First < toll.First)
                    && (into is null || Math.Abs(d.First - toll.First) < Math.Abs(into.First - toll.First)))
                    into = d;
            if (into is null) continue;
            // "US forces struck a depot in Jurf al-Sakhar, south of Baghdad, killing eight fighters": a
            // participle after the attack tells of the attack itself, wherever the names around it point;
            // the participle's own place and time, read from the words after it, are those of its attack.
            // "The attack on Tower 22, a small US outpost in Jordan near the Syrian border, killed three soldiers": an attack noun that
            // is the casualty verb's subject takes its toll whatever place the words between name; they are the attack's own (a
            // time of its own still parts them: a list of dates gives each day its act).
            bool subject = !before && (AttackSubject(into, toll) || SubjectTollBefore(subjectTolls, into, toll));
            if (subject) (subjectTolls ??= []).Add((toll, into));
            if (!before && !subject && into.PlaceId is not null && toll.PlaceId is not null && into.PlaceId != toll.PlaceId) continue;
            if (!before && into.Start is { } s1 && toll.Start is { } s2 && (s1 > toll.End || s2 > into.End)) continue;
            // (The aside's own names are no party of the attack: "a small US outpost" is neither its actor nor its place.)
            if (subject && toll.Actor is not null && toll.Actor != into.Actor) toll.Actor = null;
            if (subject && toll.Place >= 0 && _doc.TokenAt(_doc.Places[toll.Place].Start) < toll.First) { toll.Place = -1; toll.PlaceId = null; }
            // "Three US soldiers killed in drone strike": a headline's participle before the attack it
            // names has its victims as subject, not its attacker.
            if (toll.Actor is not null && toll.Target is null && (toll.Trigger.Form & WordForm.Participle) != 0
                && Word(toll.Last + 1) is "in" or "when" or "during" or "as" or "by" && into.First > toll.Last)
                (toll.Actor, toll.Target) = (null, toll.Actor);
            (pairs ??= []).Add((toll, into));
        }
        if (pairs is null) return;
        // The victims first (a casualty verb's object or passive subject), then the attacker where the
        // attack names none and it is not the side hit.
        foreach (var (toll, into) in pairs)
        {
            if (into.Target is null && toll.Target is not null && toll.Target != into.Actor) into.Target = toll.Target;
            // "a drone struck the Conoco base, killing four SDF fighters", "rockets hit Balad air base, wounding four Iraqi
            // airmen": the troops a hit site hosts, taken for want of a target told, yield to the victims the toll names of the
            // site's own country's forces or armed groups ("..., killing two Americans and a British soldier" keeps them).
            else if (into.Target is { } host && toll.Target is { } hit && hit != into.Actor && HostTaken(into, host)
                && _stage.Kb[hit] is { Kind: "state_force" or "armed_group" } hitBody && !SameCamp(host, hit)
                && _stage.Gazetteer[into.PlaceId!] is { } site && site.Country == hitBody.Country)
                into.Target = hit;
        }
        foreach (var (toll, into) in pairs)
        {
            // "..., wounding several guards": the participle's subject is the attack itself, not a name before it.
            bool participle = (toll.Trigger.Form & WordForm.Ing) != 0 && toll.First > into.First;
            if (into.Actor is null && toll.Actor is not null && toll.Actor != into.Target && !participle && !AnyTollOf(pairs, toll.Actor))
                into.Actor = toll.Actor;
            bool after = participle && Word(toll.First - 1) == ",";
            if (into.Place < 0 && !after) { into.Place = toll.Place; into.PlaceId = toll.PlaceId; }
            if (into.Start is null && !after) { into.Start = toll.Start; into.End = toll.End; }
            // "the US military said it killed a commander in a drone strike": the actor the toll gave may make the drone a state's,
            // an air strike (as Finish reads a draft's own actor).
            if (into.Mode == "drone" && StateActor(into.Actor) && !_cues.Any("one-way", _first, _end - 1))
                into.Mode = "airstrike";
            (_tollInto ??= [])[toll.First] = into;
            local.Remove(toll);
        }
    }

    private static bool AnyTollOf(List<(Draft Toll, Draft Into)> pairs, string victim)
    {
        foreach (var p in pairs) if (p.Toll.Target == victim) return true;
        return false;
    }

    /// <summary>"X condemned the strike", "X called the attack a hostile act", "X dismissed the sanctions": an
    /// accusation or a refusal that names no one is against the one who did the act it names (an attack, an arrest,
    /// a sanction) — the act's actor in this sentence, or, for an act named as one already told ("the strikes",
    /// "Saturday's attack"), the actor of the latest act the story told with the same word, else of the latest
    /// single one of its type within eight sentences. A state's forces stand for the state.</summary>
    private void AccusedOfAttack(List<Draft> local)
    {
        foreach (var d in local)
        {
            if (d.Type is not ("ACCUSE" or "REJECT" or "THREATEN") || d.Target is not null || d.Actor is null) continue;
            int attack = -1;
            string type = "";
            foreach (var h in _hits)
                if (h.Trigger.Type is "ASSAULT" or "SANCTION" or "COERCE" && (d.Type == "ACCUSE" || h.First > d.Last) && Math.Abs(h.First - d.First) <= (d.Type == "THREATEN" ? 10 : 8)
                    && (d.Type != "THREATEN" || Culprits(h.First))
                    && (attack < 0 || Math.Abs(h.First - d.First) < Math.Abs(attack - d.First)))
                    (attack, type) = (h.First, h.Trigger.Type);
            if (attack < 0 || Boundary(Math.Min(attack, d.First), Math.Max(attack, d.First))) continue;
            string? actor = null;
            foreach (var o in local)
                if (o.Type == type && o.First == attack) actor = o.Actor;
            if (actor is null && Word(attack - 1) is "the" or "these" or "this" or "that" or "'s" or "’s" && _story is not null)
            {
                // "condemned the strikes": the strikes told before, however far back and however many.
                // The latest act told with the same word is the one meant, whether or not its actor is known; a
                // singular one ("the strike") is no count of many.
                var head = Head(attack);
                bool plural = head != Word(attack), same = false;
                for (int i = _story.Count - 1; i >= 0 && !same; i--)
                    if (_story[i].Type == type && _story[i].Status == "reported" && (plural || !_story[i].Aggregate) && Head(_story[i].Last) == head)
                        (actor, same) = (_story[i].Actor, true);
                for (int i = _story.Count - 1; i >= 0 && !same && actor is null && _story[i].Sentence >= _sentence - 8; i--)
                    if (_story[i].Type == type && _story[i].Status == "reported" && (plural || !_story[i].Aggregate))
                        actor = _story[i].Actor;
                // "US jets struck five sites ... Sistani condemned the attack": one operation of several strikes is
                // named in the singular too, when the story told no single act.
                for (int i = _story.Count - 1; i >= 0 && !same && actor is null && _story[i].Sentence >= _sentence - 8; i--)
                    if (_story[i].Type == type && _story[i].Status == "reported" && _story[i].Aggregate && _story[i].Count is not null)
                        actor = _story[i].Actor;
            }
            // A live blog in reverse order tells the act after the reactions to it: the whole story is looked at once read.
            if (actor is null && Word(attack - 1) is "the" or "these" or "this" or "that" && !ToldBefore(type, Head(attack))) d.Accuses = (type, Head(attack));
            if (actor is null) continue;
            actor = StateOf(actor);
            // One does not accuse one's own side of an attack it condemns: the actor read is then doubtful.
            if (SideOf(actor) != SideOf(d.Actor)) d.Target = actor;
        }
    }

    /// <summary>Whether the story told an act of the type as done with the same word before this sentence.</summary>
    private bool ToldBefore(string type, string head)
    {
        if (_story is null) return false;
        foreach (var o in _story) if (o.Type == type && o.Status == "reported" && Head(o.Last) == head) return true;
        return false;
    }

    /// <summary>"revenge awaits those behind the killing", "will punish those responsible for the attack": the act
    /// named as whose doers a threat is against.</summary>
    private bool Culprits(int act) => Word(act - 1) == "the" && _cues.Last("culprits", act - 4, act - 2) is { Last: var last } && last == act - 2;

    /// <summary>"The comments were welcomed by Lloyd Austin", "X rejected the statement": backing or refusing remarks
    /// told before (cue class remarks, after an article or a possessive) is aimed at the one who made them: the
    /// speaker of the latest statement the story told, in this sentence or before, who is not the one answering.</summary>
    private void AnswersRemarks(List<Draft> local)
    {
        foreach (var d in local)
        {
            if (d.Type is not ("SUPPORT" or "REJECT" or "ACCUSE") || d.Target is not null || d.Actor is null) continue;
            if (!RemarksNear(d.First, d.Last)) continue;
            string? maker = null;
            foreach (var o in local)
                if (o.Last < d.First && !o.Material && o.Actor is not null && o.Actor != d.Actor) maker = o.Actor;
            for (int i = (_story?.Count ?? 0) - 1; i >= 0 && maker is null && _story![i].Sentence >= _sentence - 3; i--)
                if (!_story[i].Material && _story[i].Actor is { } a && a != d.Actor) maker = a;
            if (maker is not null) d.Target = maker;
        }
    }

    /// <summary>Whether a noun of remarks stands after "the", "these", "his", "her", "its" or "their" just before the
    /// trigger ("the comments were welcomed") or just after it ("welcomed his remarks").</summary>
    private bool RemarksNear(int first, int last)
    {
        if (!_cues.MayHave("remarks")) return false;
        foreach (var (f, l, cue) in _cues.Hits)
            if (cue.Class == "remarks" && ((l < first && first - l <= 3) || (f > last && f - last <= 2))
                && Word(f - 1) is "the" or "these" or "those" or "his" or "her" or "its" or "their")
                return true;
        return false;
    }

    /// <summary>"The group blamed Israel for the raid and vowed to retaliate", "accused Washington of the killing and
    /// threatened a harsh response": a threat that names no one, made by one who has just blamed someone in the same
    /// sentence with the same subject ("and warned"), is against the one blamed.</summary>
    private void ThreatsOfAccuser(List<Draft> local)
    {
        foreach (var d in local)
        {
            if (d.Type != "THREATEN" || d.Target is not null || d.Actor is null || !d.Trigger.IsVerb) continue;
            // Only the blamer's own next verb ("... and warned"), not a reported saying ("and said the killing would
            // not go unanswered"), whose threat is left open.
            int before = d.First - 1;
            if (WordIs(before, WordClass.Adverb)) before--;
            if (Word(before) != "and") continue;
            foreach (var a in local)
                if (a.Type == "ACCUSE" && a.Actor == d.Actor && a.Target is { } blamed && a.Last < d.First && !SameCamp(blamed, d.Actor)
                    && !Boundary(a.Last, d.First))
                    d.Target = blamed;
        }
    }

    /// <summary>"Kata'ib Hezbollah said its response would be very tough", "We shall respond": a threat that names
    /// no one answers the latest attack or arrest the story told on the threatener's camp with its attacker, and is
    /// against that attacker. A state's forces and bodies stand for the state.</summary>
    private void ThreatsAnswering(List<Draft> local)
    {
        foreach (var d in local)
        {
            if (d.Type != "THREATEN" || d.Target is not null || d.Actor is null || d.Status != "reported") continue;
            // A telling that does not name the attacker may retell one that does: the latest attack told with its attacker.
            Draft? answered = null;
            foreach (var o in local)
                if (o.Last < d.First && o.Actor is not null && Hits(o, d.Actor)) answered = o;
            for (int i = (_story?.Count ?? 0) - 1; i >= 0 && answered is null; i--)
                if (_story![i].Actor is not null && Hits(_story[i], d.Actor)) answered = _story[i];
            if (answered?.Actor is { } attacker && !SameCamp(attacker, d.Actor)) { d.Target = StateOf(attacker); continue; }
            // "warned that its attacks will not stop", "vowed to keep up its operations": so does a threat whose
            // words go on to name the attacks.
            if (answered is null && (d.Trigger.Type == "ASSAULT" || AttacksNamedAfter(d))) d.Target = CampaignTarget(local, d);
        }
    }

    private bool AttacksNamedAfter(Draft threat)
    {
        // The attacks named as such ("its attacks", "its operations"), not a verb ("step down" is no downing).
        foreach (var h in _hits)
            if (h.Trigger.Type == "ASSAULT" && !h.Trigger.IsVerb && h.First > threat.Last && h.First <= threat.Last + 8 && h.First < _end) return true;
        return false;
    }

    /// <summary>"Their leader said these attacks will increase", "they intend to strike from any location": a
    /// threat of attacks that names no one, where nothing was done to the threatener's camp, carries on the attacks
    /// the story told — against the one the latest attack hit that its camp made or that hit the threatener's enemy,
    /// at that level (the forces hit, not their state).</summary>
    private string? CampaignTarget(List<Draft> local, Draft threat)
    {
        string speaker = threat.Actor!, body = CampBody(speaker)?.Id ?? speaker;
        string? target = null;
        foreach (var o in local)
            if (o.Last < threat.First && o.Type == "ASSAULT" && o.Status == "reported" && o.Target is { } t && Campaign(o.Actor, t))
                target = t;
        for (int i = (_story?.Count ?? 0) - 1; i >= 0 && target is null; i--)
            if (_story![i] is { Type: "ASSAULT", Status: "reported", Target: { } t } o && Campaign(o.Actor, t)) target = t;
        // Attacks that go on hit whom the last ones hit: "its attacks will not stop" after strikes on US troops is
        // against US forces, not their state.
        return target is not null && !SameCamp(target, speaker) ? target : null;

        // An attack told with no attacker counts when it hit the threatener's enemy ("rockets struck the base ...
        // the group said its attacks would go on").
        bool Campaign(string? attacker, string hit) => attacker is not null && SameCamp(attacker, speaker) || Opposed(hit, body);
    }

    /// <summary>The state its forces (forces.tsv) or a body of its government act for ("US forces", "OFAC" → the
    /// United States); any other actor, a force named apart ("the IRGC") too, is itself.</summary>
    private string StateOf(string actor) => _stage.StateOf(actor);

    /// <summary>The token's word without a plural -s: "strikes" and "strike" are one noun.</summary>
    // Any token of the story (Word reads only this sentence's).
    private string Head(int t) => EventStage.Head(_scratch.Lexeme(_doc, _lex, t).Lower);

    /// <summary>"its operations would not stop": beside the threat of attacks that go on, the word of stopping
    /// inside the promise (cue class persist) is part of the threat, no denied concession.</summary>
    private void PromisedNotToStop(List<Draft> local)
    {
        bool threat = false;
        foreach (var d in local) threat |= d.Type == "THREATEN" && d.Trigger.Type == "ASSAULT";
        if (!threat) return;
        for (int i = local.Count - 1; i >= 0; i--)
        {
            if (local[i].Type != "CONCEDE") continue;
            foreach (var (f, l, cue) in _cues.Hits)
                if (cue.Class == "persist" && f < local[i].First && l >= local[i].Last) { local.RemoveAt(i); break; }
        }
    }

    /// <summary>"marched in Baghdad to demand the expulsion of US troops", "rallied ..., demanding that troops
    /// leave": the demand is what the protest asks for, no request of its own; the protest takes its target.</summary>
    private void ProtestDemands(List<Draft> local)
    {
        var protest = local.Find(d => d.Type == "PROTEST");
        if (protest is not null) DemandsOf(protest, local);
    }

    /// <summary>(Apart from <see cref="ProtestDemands"/>, so the closure over the protest is made only when there is one.)</summary>
    private void DemandsOf(Draft protest, List<Draft> local)
    {
        local.RemoveAll(d =>
        {
            if (d.Type != "REQUEST" || d.First <= protest.Last || !d.Trigger.IsVerb) return false;
            bool purpose = Word(d.First - 1) == "to" && (d.Trigger.Form & WordForm.Base) != 0;
            bool participle = (d.Trigger.Form & WordForm.Ing) != 0 && Word(d.First - 1) is "," or "and";
            if (!purpose && !participle) return false;
            protest.Target ??= d.Target;
            return true;
        });
    }

    /// <summary>"several Katyusha rockets and drone attacks on US bases": attack nouns joined by "and" or
    /// "or" with the same roles are one summary of mixed mode, not one event per weapon.</summary>
    private void CoordinatedSummaries(List<Draft> local)
    {
        for (int i = 0; i < local.Count; i++)
            for (int j = local.Count - 1; j > i; j--)
            {
                Draft a = local[i], b = local[j];
                if (a.Type != "ASSAULT" || b.Type != "ASSAULT" || a.Trigger.IsVerb || b.Trigger.IsVerb || a.Status != b.Status) continue;
                var (x, y) = a.First < b.First ? (a, b) : (b, a);
                int gap = y.First - x.Last;
                if (gap is < 2 or > 3 || Word(x.Last + 1) is not ("and" or "or")) continue;
                if ((x.Actor is not null && y.Actor is not null && x.Actor != y.Actor) || (x.Target is not null && y.Target is not null && x.Target != y.Target)
                    || (x.PlaceId is not null && y.PlaceId is not null && x.PlaceId != y.PlaceId)) continue;
                bool mixed = a.Mode is not null && b.Mode is not null && a.Mode != b.Mode;
                // ("militants fired several ballistic missiles and rockets at the base": the weapons of one firing, the object
                // of a verb of attack right before them, are one barrage of mixed mode, no summary.)
                bool barrage = mixed && _cues.At(x.Last, "mode") >= 0 && _cues.At(y.Last, "mode") >= 0 && FiredRightBefore(local, x.First);
                a.Absorb(b);
                if (mixed) a.Mode = "unspecified";
                a.Aggregate |= (mixed && !barrage) || b.Aggregate;
                local.RemoveAt(j);
            }
    }

    /// <summary>Whether a verb of attack of the sentence ends within four words before <paramref name="first"/>.</summary>
    private static bool FiredRightBefore(List<Draft> local, int first)
    {
        foreach (var d in local)
            if (d.Type == "ASSAULT" && d.Trigger.IsVerb && d.Last < first && first - d.Last <= 4) return true;
        return false;
    }

    /// <summary>"ignored warnings by Sudani to stop attacks", "rejected a request from Ankara": a statement noun
    /// with its own agent after it is an act of that agent, even as what another word refuses.</summary>
    private bool OwnAgent(int h)
    {
        var (trigger, _, last) = _hits[h];
        if (trigger.IsVerb || EventLexicon.IsMaterial(trigger.Type) || Word(last + 1) is not ("by" or "from")) return false;
        int t = Word(last + 2) == "the" ? last + 3 : last + 2;
        return t < _end && _index.Actor[t] >= 0;
    }

    private bool Governed(int h)
    {
        for (int g = h - 1; g >= 0; g--)
            if (GovernedBy(g, h)) return true;
        return false;
    }

    /// <summary>"The attacks", "recent attacks on US forces": a noun that only refers to attacks told
    /// elsewhere (no actor but a people's adjective, no place more precise than a country, no count, no toll, no site such as an
    /// embassy and no person as its target) is no event of its own.</summary>
    private bool Generic(Draft d, Trigger trigger) =>
        // "Since the killing of X, ...": a reference to an act told with nothing of its own but its victim.
        // ("especially after its withdrawal from Afghanistan": a country is no place of its own either.)
        (d.Anchor && !trigger.IsVerb && d.Actor is null && (d.Place < 0 || _doc.Places[d.Place].Precision == 3) && d.Start is null && d.Killed is null && d.Injured is null) ||
        d.Type == "ASSAULT" && !trigger.IsVerb && !d.Told && d.Count is null && d.Killed is null && d.Injured is null
        // ("an air strike was carried out on a hideout in Wadi al-Shay on Sunday": one act with a day of its own is told.)
        && (((d.Place < 0 || _doc.Places[d.Place].Precision == 3) && !(d.Start is not null && (Word(d.First - 1) is "a" or "an" || Word(d.First - 2) is "a" or "an"))
        && (d.Actor is null || d.Demonym) && (d.Target is null || !(_lex.SiteActors.Contains(d.Target) || IsPerson(d.Target))))
        // ("linked him to rocket attacks on the Balad base", "blamed the groups for earlier attacks on Erbil": a bare plural speaks of
        // attacks in general wherever they fell.)
        || BarePlural(d)
        // ("the groups behind these attacks are backed by Iran", "claimed almost all of those strikes": acts named again.)
        || NamedAgain(d));

    /// <summary>"The groups behind these attacks", "such attacks serve no one": a plural act noun after "these", "those" or
    /// "such" (over words of cue class bygone; cue class named-again) points back to acts told before or speaks of their kind,
    /// no act of its own unless it counts or tolls them or a time stands in its own words after it.</summary>
    private bool NamedAgain(Draft d)
    {
        if (!EventStage.PluralS(_doc.TokenText(d.Last)) || d.Count is not null || d.Killed is not null || d.Injured is not null) return false;
        int lead = LeadOverBygone(d.First);
        if (lead < _first || _cues.At(lead, "named-again") < 0) return false;
        for (int t = d.Last + 1; t < _end && Word(t) is not ("," or ";" or ":"); t++) if (_index.Time[t] >= 0) return false;
        return true;
    }

    /// <summary>The word before the act noun at <paramref name="first"/>, over the words that place the acts before (cue class
    /// bygone: "earlier", "repeated", "previous").</summary>
    private int LeadOverBygone(int first)
    {
        int lead = first - 1;
        while (lead > _first && _cues.At(lead, "bygone") >= 0) lead--;
        return lead;
    }

    /// <summary>"a response to attacks on US forces by Iran and its allies": a plural noun with no determiner, count or
    /// possessive before it, in a sentence that dates nothing, speaks of attacks in general, whoever it names as
    /// their authors.</summary>
    private bool BarePlural(Draft d)
    {
        if (!EventStage.PluralS(_doc.TokenText(d.Last))) return false;
        // ("for earlier attacks on Erbil", "behind repeated attacks": over a word that places them before.)
        int lead = LeadOverBygone(d.First);
        // ("the delegations condemned attacks on Iraqi forces and on diplomatic missions": the object of a verb of condemning,
        // cue class condemn-verb, is attacks of a kind too.)
        if (Word(lead) is not ("to" or "for" or "against" or "behind") && !WordIs(lead, WordClass.CondemnVerb)) return false;
        // ("struck nine targets on Monday in response to attacks on American personnel", "killed a leader responsible for attacks on
        // the army on Sunday", "the groups were found behind attacks on border posts": a day told before the answer or the
        // record is the sentence's own act's; "on Tuesday Daesh claimed responsibility for attacks on two posts" dates them.)
        bool record = AnswerLink(lead) || Word(lead) == "behind" || (Word(lead) == "for" && _cues.At(lead - 1, "answerable") >= 0);
        for (int t = record ? d.Last + 1 : _first; t < _end; t++) if (_index.Time[t] >= 0) return false;
        return true;
    }

    /// <summary>"Coalition troops withdrew from Camp Taji and handed the sprawling base north of Baghdad to Iraqi forces": the
    /// site handed over by those who leave it in the same sentence is the one they leave; the handing names whom to.</summary>
    private static void HandedWhereLeft(List<Draft> local)
    {
        for (int i = local.Count - 1; i >= 0; i--)
        {
            var h = local[i];
            if (!h.Trigger.Is(TriggerFlags.HandsSite)) continue;
            foreach (var d in local)
                if (d != h && d.Type == "RETREAT" && !d.Trigger.Is(TriggerFlags.HandsSite) && d.Status == h.Status && d.Actor == h.Actor && d.First < h.First)
                {
                    d.Target ??= h.Target;
                    local.RemoveAt(i);
                    break;
                }
        }
    }

    /// <summary>"The Treasury imposed sanctions on X, freezing his assets and barring Americans from dealing with him",
    /// "Washington sanctioned the leader and barred US citizens from doing business with him": what a sanction freezes or
    /// bars, told after it in its sentence by its side, is that sanction's measure, no act of its own.</summary>
    private void SanctionMeasures(List<Draft> local)
    {
        Draft? sanction = null;
        foreach (var d in local)
            if (d.Type == "SANCTION" && d.Status == "reported" && (sanction is null || d.First < sanction.First)) sanction = d;
        if (sanction is null) return;
        for (int i = local.Count - 1; i >= 0; i--)
        {
            var d = local[i];
            if (d == sanction || d.First < sanction.First || d.Status != sanction.Status || !(d.Type == "SANCTION" || (d.Type == "COERCE" && d.Mode == "ban"))) continue;
            if (d.Actor is not null && d.Actor != sanction.Actor && (sanction.Actor is null || !SameCamp(d.Actor, sanction.Actor))) continue;
            // ("ordered the Swedish ambassador to leave and recalled its own charge d'affaires": two diplomatic measures are two acts.)
            if (d.Mode != sanction.Mode && EventMerger.Diplomatic(d.Mode) && EventMerger.Diplomatic(sanction.Mode)) continue;
            // ("The Treasury designated A, B and C": one measure on each of those its word lists.)
            if (d.First == sanction.First && d.Target is not null && d.Target != sanction.Target) continue;
            sanction.Target ??= d.Target;
            local.RemoveAt(i);
        }
    }

    private static bool HasIntercept(List<Draft> local)
    {
        foreach (var d in local) if (d.Trigger.Is(TriggerFlags.Intercept)) return true;
        return false;
    }

    /// <summary>"Coalition air defences intercepted two rockets fired at Victory base": the sentence's subject is
    /// the defender, the side attacked; the attack told by another word in its sentence is not the defender's.</summary>
    private static void DefenderNoAttacker(List<Draft> local)
    {
        foreach (var i in local)
        {
            if (!i.Trigger.Is(TriggerFlags.Intercept) || i.Target is not { } defender) continue;
            foreach (var d in local)
                if (d.Type == "ASSAULT" && !d.Trigger.Is(TriggerFlags.Intercept) && d.Actor == defender)
                {
                    d.Actor = null;
                    d.Demonym = false;
                }
        }
    }

    /// <summary>Whether the sentence tells a count of several attacks ("came under seven attacks in 72 hours")
    /// and every attack it tells besides its defences is that count.</summary>
    private static bool CountOfAttacks(List<Draft> local)
    {
        bool any = false;
        foreach (var d in local) any |= d.Type == "ASSAULT" && d.Aggregate && d.Count is > 1;
        if (!any) return false;
        // "came under", "was subjected to" before a count, "using rockets", "with explosive devices" after
        // it tell the same attacks.
        foreach (var d in local)
            if (d.Type == "ASSAULT" && !d.Trigger.Is(TriggerFlags.Intercept) && !(d.Aggregate && d.Count is > 1) && !NextToCount(local, d)) return false;
        return true;
    }

    private static bool NextToCount(List<Draft> local, Draft d)
    {
        foreach (var c in local)
            if (c.Type == "ASSAULT" && c.Aggregate && c.Count is > 1
                && ((d.Last < c.First && c.First - d.Last <= 3) || (c.Last < d.First && d.First - c.Last <= 4))) return true;
        return false;
    }

    /// <summary>A defence told as one of a count of attacks takes the count's attacker and target where it names none.</summary>
    private static void InheritParties(List<Draft> local)
    {
        foreach (var d in local)
        {
            if (!d.Trigger.Is(TriggerFlags.Intercept)) continue;
            Draft? count = null;
            foreach (var c in local)
                if (c.Type == "ASSAULT" && c.Aggregate && c.Count is > 1 && c.First < d.First) { count = c; break; }
            if (count is null) continue;
            d.Actor ??= count.Actor == d.Target ? null : count.Actor;
            d.Target ??= count.Target == d.Actor ? null : count.Target;
        }
    }

    /// <summary>"Updated toll: three fighters were killed and three wounded", in a live blog's entry far from the attack
    /// (above it, when the newest entries come first): a revised toll with no attack told near it is kept as a toll alone,
    /// which the merger gives to the one attack of the story that has such a toll.</summary>
    private void RevisedToll()
    {
        foreach (var h in _hits)
        {
            if (h.Trigger.Type != "ASSAULT" || !h.Trigger.Is(TriggerFlags.Toll)) continue;
            var toll = new Draft("ASSAULT", h.Trigger, _sentence, h.First, h.Last);
            Casualties([toll]);
            if (toll.Revised && (toll.Killed is not null || toll.Injured is not null)) _scratch.Tolls.Add(toll);
            return;
        }
    }

    /// <summary>A toll told in the sentence after an attack, which states no event of its own ("Rockets
    /// hit the base on Monday. No one was hurt." / "Two soldiers and a contractor were wounded."), is
    /// that attack's.</summary>
    private static bool AllNegated(List<Draft> local)
    {
        foreach (var d in local) if (d.Status != "negated") return false;
        return true;
    }

    private static bool OnlyTolls(List<Draft> local)
    {
        foreach (var d in local)
            if (d.Type != "ASSAULT" || !d.Trigger.Is(TriggerFlags.Toll) || d.PlaceId is not null
                || (d.Actor is not null && (d.Trigger.Form & WordForm.Participle) == 0)) return false;
        return true;
    }

    /// <summary>"Rockets hit the base on 11 March. / On 14 March a second salvo struck it, wounding three": a toll in a sentence
    /// with an attack word of its own and a day of its own, not the day of the attack told last, is another attack's.</summary>
    private bool OwnDayAttack(Draft toll, List<Draft> into)
    {
        if (toll.Start is not { } day || toll.SoftDate) return false;
        Draft? previous = null;
        for (int k = into.Count - 1; k >= 0 && previous is null; k--) if (into[k].Type == "ASSAULT") previous = into[k];
        if (previous?.Start is not { } before || (day >= before && day <= (previous.End ?? before))) return false;
        foreach (var h in _hits) if (h.Trigger.Type == "ASSAULT" && !h.Trigger.Is(TriggerFlags.Toll) && !h.Trigger.Is(TriggerFlags.Intercept)) return true;
        return false;
    }

    private bool CarryCasualties(List<Draft> into, string? victims = null)
    {
        // The attack told last, in this paragraph's sentence before, or at the end of the paragraph before
        // when the toll opens its own ("US jets struck five sites on Sunday. / At least 24 fighters were
        // killed, officials said."); a summary of many attacks has no one toll, a strike on counted sites has.
        // An act named only as the one answered or dated by ("in retaliation for a rocket attack") is passed over.
        int last = into.Count - 1;
        while (last >= 0 && into[last].Anchor && into[last].Sentence == into[^1].Sentence) last--;
        // "... and fired on protesters who had occupied a car park": another act told in the attack's own sentence
        // (a relative clause's) does not stand between the attack and its toll.
        for (int k = last; k >= 0 && into[k].Sentence == into[^1].Sentence; k--)
            if (into[last].Type != "ASSAULT" && into[k].Type == "ASSAULT" && !into[k].Anchor) { last = k; break; }
        if (last < 0) return false;
        // "US jets struck two KH sites, hours after KH fighters fired missiles at the base. / Eight KH members were
        // killed": victims of a side named in the toll were hit by the attack on that side told in the sentence
        // before, not by the one that side made.
        if (victims is not null && into[last].Actor == victims)
            for (int k = last - 1; k >= 0 && into[k].Sentence == into[last].Sentence; k--)
                if (into[k].Type == "ASSAULT" && !into[k].Anchor && into[k].Target == victims) { last = k; break; }
        var previous = into[last];
        if (previous.Type != "ASSAULT" || (previous.Aggregate && !previous.Trigger.IsVerb)) return false;
        if (ElsewhereAnotherDay(previous)) return false;
        // Up to three sentences back, in this paragraph or the one before ("... drove into the square and
        // fired on protesters. / Tolls differed on Saturday. Hospitals said at least 25 were killed.").
        int block = _doc.Sentences[_sentence].Block, before = _doc.Sentences[previous.Sentence].Block;
        if (_sentence - previous.Sentence > 3 || !(before == block || before == block - 1)) return false;
        Casualties([previous]);
        // "Drones hit the plant at A and the field at B. No one was reported hurt.": none in any of the places the
        // one attack phrase was told of.
        foreach (var d in into)
            if (d != previous && d.Type == "ASSAULT" && d.Sentence == previous.Sentence && d.First == previous.First)
            {
                if (previous.Killed == 0) d.Killed ??= 0;
                if (previous.Injured == 0) d.Injured ??= 0;
            }
        return true;
    }

    /// <summary>"Turkish drones hit a car near Sinjar on Monday. / Two shepherds were killed in Sulaymaniyah on Friday.": a toll
    /// told with a day and a place of its own, the attack's neither, is of another happening. A day that dates the saying
    /// ("officials said on Saturday") is not the toll's.</summary>
    private bool ElsewhereAnotherDay(Draft previous)
    {
        if (previous.Start is not { } from || previous.PlaceId is null || _stage.Gazetteer is not { } gazetteer) return false;
        var to = previous.End ?? from;
        bool otherDay = false, otherPlace = false;
        for (int t = _first; t < _end; t++)
        {
            if (_index.Time[t] is var tm && tm >= 0 && _doc.Times[tm] is { From: { } day } time && time.To == day
                && (day < from || day > to) && !SaidOn(t)) otherDay = true;
            if (_index.Place[t] is var p && p >= 0 && _doc.Places[p].PlaceId is { } id && id != previous.PlaceId
                && !EventMerger.Within(gazetteer, id, previous.PlaceId) && !EventMerger.Within(gazetteer, previous.PlaceId, id)) otherPlace = true;
        }
        return otherDay && otherPlace;
    }

    /// <summary>"..., the ministry said on Saturday", "said in a statement on Saturday": a time in the words of saying.</summary>
    private bool SaidOn(int t) => _cues.Any("speech", Math.Max(_first, t - 5), t - 1);

    /// <summary>"Since the assassination of X, American interests have been targeted": the acts of the
    /// sentence follow the act of the anchor, whose date the story may tell elsewhere.</summary>
    private void SinceAnchors(List<Draft> local)
    {
        Draft? anchor = null;
        foreach (var d in local)
            if (d.Anchor && d.Target is not null && Introducer(Antecedent(d.First)) == "since") { anchor = d; break; }
        if (anchor is null) return;
        foreach (var d in local)
            if (!d.Anchor && d.First > anchor.Last) d.Since = (anchor.Type, anchor.Target!);
    }
}
