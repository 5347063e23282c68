using Sitrep.Core.Documents;

namespace Sitrep.Core.Events;

/// <summary>The sentence reader's scan to the right of a trigger: its object, targets, agent (by ...), places and where the scan must stop.</summary>
internal sealed partial class SentenceReader
{
    /// <summary>Whether the actor starting at <paramref name="f"/> stands right after a noun of attack and "of" (over "the"),
    /// and is a body that bears arms or a state, not a site: "attacks of the PKK".</summary>
    private bool AttackOf(Trigger trigger, int last, int f, string id)
    {
        if (trigger.Type != "ASSAULT" || _lex.SiteActors.Contains(id) || KindOf(id) is not ("armed_group" or "state_force" or "government" or "coalition")) return false;
        int of = Word(f - 1) == "the" ? f - 2 : f - 1;
        // "three soldiers killed in an attack of Daesh on an army post": so after a noun of attack further on, told by a
        // word of its own (machine-translated press), when "on" or "against" names what it hit.
        // ("the bombardment of the Turkish army on villages in Amedi": so after the trigger itself, a noun of shelling too.)
        if (Word(of) == "of" && (of > last + 1 ? AttackNounAt(of - 1) : of == last + 1 && !trigger.IsVerb) && Word(_index.ActorLast[_index.Actor[f]] + 1) is "on" or "against") return true;
        if (trigger.IsVerb || trigger.Lemma is not ("attack" or "strike" or "airstrike" or "air strike" or "raid" or "assault" or "operation"))
            return false;
        if (of == last + 1 && Word(of) == "of") return true;
        // "an attack of remnants of the terrorist Daesh gangs": over the body's people (cue class remnant) and a word before
        // the body's name.
        int t = last + 1;
        if (Word(t) != "of") return false;
        t++;
        if (Word(t) == "the") t++;
        if (_cues.At(t, "remnant") < 0 || Word(t + 1) != "of") return false;
        t += 2;
        if (Word(t) == "the") t++;
        return t == f || (t + 1 == f && _index.Actor[t] < 0 && _doc.Tokens[t].Kind == TokenKind.Word);
    }

    /// <summary>Whether a verb of carrying out (cue class perpetrate) follows at <paramref name="t"/>, over a word of the name's
    /// own ("Daesh gangs launched", "the organisation carried out").</summary>
    private bool PerpetratedAfter(int t)
    {
        if (t >= _end) return false;
        if (_cues.At(t, "perpetrate") >= 0) return true;
        // ("the offensive that Turkish forces have waged across the mountains since June": a campaign that goes on is no one act.)
        return _doc.Tokens[t].Kind == TokenKind.Word && _index.Actor[t] < 0 && char.IsLower(_doc.TokenText(t)[0]) && Word(t) is not ("have" or "has" or "had")
            && _cues.At(t + 1, "perpetrate") >= 0;
    }

    /// <summary>Whether a noun of attack of the sentence's triggers ends at <paramref name="t"/> ("attack", "strikes", "raid").</summary>
    private bool AttackNounAt(int t)
    {
        foreach (var h in _hits)
            if (h.Last == t && !h.Trigger.IsVerb && h.Trigger.Type == "ASSAULT"
                && h.Trigger.Lemma is "attack" or "strike" or "airstrike" or "air strike" or "raid" or "assault" or "operation" or "bombardment" or "shelling" or "bombing") return true;
        return false;
    }

    /// <summary>Names after the trigger in its clause: "by X" is the agent, other actors are targets
    /// (a list "A, B and C" keeps all), place mentions are kept for the location.</summary>
    private RightScan ScanRight(int last, int clauseEnd, Trigger trigger)
    {
        var scan = _scan;
        scan.Clear();
        int limit = Math.Min(clauseEnd, last + 20);
        bool listOpen = false, including = false, agentList = false;
        int commaPlaces = -1;
        for (int t = last + 1; t <= limit; t++)
        {
            // (The token's word, read once: the tests below ask it a dozen times, and a branch that moves on to another token continues.)
            var w = Word(t);
            // "targeted, at noon yesterday, Thursday, a vehicle ...": a time put in between takes no room of the object's.
            if (_index.Time[t] >= 0 || (w == "," && _index.Time[t + 1] >= 0)) limit = Math.Min(clauseEnd, limit + 1);
            if (w == ",") commaPlaces = scan.Places.Count;
            // "..., a security source told the Iraqi News Agency": who reports it is no party to the act.
            // ("..., the Koya district health office said": nor is the place in the reporter's name where it happened.)
            // ("struck a depot that officials said was used by the IRGC": a saying inside a relative clause over the object
            // leaves the clause to go on.)
            if (t > last + 1 && w is "said" or "says" && RelativeSaying(t, last)) continue;
            if (t > last + 1 && w is "said" or "says" or "told" or "tells" or "according" or "quoted" or "citing" or "cited" && Word(t - 1) is not ("that" or "which" or "who"))
            {
                if (commaPlaces >= 0 && commaPlaces < scan.Places.Count) scan.Places.RemoveRange(commaPlaces, scan.Places.Count - commaPlaces);
                break;
            }
            // "arrested two men for the killing of the activist X", "sanctioned him over the attacks on US forces": the names
            // after an act given as the reason for an arrest or a sanction are that act's parties.
            if (t > last + 1 && w is "for" or "over" && trigger.Type is "COERCE" or "SANCTION" && ActWithin(t + 1, Math.Min(limit, t + 3))) break;
            // "seized rifles and documents, which have been transferred to the relevant authorities": a relative clause after a
            // comma tells what became of the object; the names in it are no party to the act.
            if (t > last + 1 && w == "," && Word(t + 1) == "which" && scan.Targets.Count == 0 && trigger.Type == "COERCE") break;
            // "The seizures come at a tense moment for the US military": a noun of the act whose verb says when it came tells no party
            // after that verb.
            if (t == last + 1 && !trigger.IsVerb && w is "come" or "comes" or "came" or "coincides" or "coincided") break;
            // "Rockets hit Camp Taji on Saturday, a day after airstrikes on ...": what follows dates it by another act.
            if (w == "," && AnchorClause(t + 1)) break;
            // "arrested the suspect on Monday before Al-Iraqiya TV aired his confession": a clause of its own after a word
            // of time or cause (its subject and verb) names no party to the act.
            if (t > last + 1 && w is "before" or "until" or "while" or "when" or "because" && SubjectVerbAt(t + 1)) break;
            // The names after another event word are that event's ("the arrest of those behind the attack
            // on the embassy": the embassy is the attack's target, not the arrest's).
            // A word that governs the next ("ruled out any truce with X", "threatened attacks on X") reads on.
            if (t > last + 1 && StartsOtherTrigger(t, trigger, last)) break;
            // "condemned the killing of demonstrators", "denounced the shelling of Kurdish villages": those an act of force
            // that an accusation names was done to are not the accused (its doer is, AccusedOfAttack).
            if (t > last + 1 && trigger.Type == "ACCUSE" && scan.Targets.Count == 0 && scan.Agent is null && TypeAt(t) is "ASSAULT" or "COERCE") break;
            // "condemned the use of violence against peaceful demonstrators": so are those a word of harm (cue class harm) is against.
            if (t > last + 1 && trigger.Type == "ACCUSE" && scan.Targets.Count == 0 && scan.Agent is null && w is "against" or "on" && _cues.At(t - 1, "harm") >= 0) break;
            // "a drone attack hit Erbil on Saturday and a rocket attack struck Ain al-Asad": a second attack
            // noun after "and" or a comma tells another happening, with names of its own.
            if (t > last + 1 && w is "and" or "," && CoordinatedNoun(t + 1, trigger)) break;
            // ", highlighting ...", ", raising ...": a participle clause after a comma says something else.
            if (w == "," && t + 1 <= limit && _index.Actor[t + 1] < 0 && Word(t + 1) is { Length: > 5 } ing && ing.EndsWith("ing") && ing != "including")
                break;
            // "..., including the embassy, Victory base and Ain al-Asad": a list of the sites hit reads on.
            if (w is "including" || (w == "such" && Word(t + 1) == "as")) { limit = clauseEnd; including = true; }
            // "struck an empty lot near the airport, and US forces later found ...": ", and" starts a clause
            // of its own unless it joins two names of one list ("Basra, Baghdad, and Erbil").
            if (w == "," && Word(t + 1) is "and" or "but" && !(including && Word(t + 1) == "and") && !ListGoesOn(t))
                break;
            // "attacks will increase with help from the resistance groups in Iraq": the names after are partners.
            if ((WordIs(t, WordClass.PartnershipNoun) && Word(t + 1) is "from" or "of" or "with"
                    && (Word(t - 1) == "with" || Word(t - 2) == "with" || Word(t - 1) == "in"))
                || w == "alongside" || (w == "together" && Word(t + 1) == "with")) break;
            // "called on Iraqis to take up arms against ISIS": one asks the one asked, not whom the act asked for is against.
            if (trigger.Type == "REQUEST" && trigger.IsVerb && t > last + 1 && w == "to" && ToVerb(t + 1)) break;
            // "targeted his residence", "struck their headquarters": the owner the possessive stands for.
            // ("..., his office said" is who reports it.)
            if (w is "his" or "her" && (scan.Targets.Count == 0 || listOpen) && _cues.At(t + 1, "dwelling") >= 0 && _cues.At(t + 2, "speech") < 0
                && Resolve(t, person: true) is { } owner)
            {
                if (!scan.Targets.Contains(owner)) scan.Targets.Add(owner);
                continue;
            }
            // "targeted by Iranian ballistic missiles", "hit by Turkish drones": a people's word before the weapon
            // names the state that fired it ("hit by a Turkish drone": an article may stand first).
            if (w == "by" && scan.Agent is null && trigger.Type == "ASSAULT" && (Word(t + 1) is "a" or "an" or "the" ? t + 2 : t + 1) is var people
                && _cues.ValueAt(people, "demonym", out _) is { } firer
                && (_cues.At(people + 1, "mode") >= 0 || _cues.At(people + 2, "mode") >= 0 || _cues.At(people + 1, "platform") >= 0))
            {
                scan.Agent = firer;
                continue;
            }
            // "stormed the Iranian consulate", "accused the Turkish state of ...", "a protest note to the American side": a
            // people's word before a noun that stands for its state, with no name there, is that state ("the crowd outside
            // the Iranian consulate" says where; "the Syrian side of the border" is land).
            if (_index.Actor[t] < 0 && (scan.Targets.Count == 0 || listOpen) && trigger.Type is not ("RETREAT" or "MOBILIZE" or "AID")
                && Word(t - 1) is "the" or "a" or "an" && WordIs(t + 1, WordClass.StateNoun) && !(Word(t + 1) == "side" && Word(t + 2) == "of")
                && Word(t - 2) is not ("outside" or "near" or "in" or "inside" or "behind" or "beside" or "around" or "from" or "of" or "by" or "opposite")
                && _cues.ValueAt(t, "demonym", out int demonymLast) is { } nation && demonymLast == t)
            {
                if (!scan.Targets.Contains(nation)) scan.Targets.Add(nation);
                t++;
                listOpen = t + 1 <= limit && Word(t + 1) is "," or "and";
                continue;
            }
            int p = _index.Place[t];
            int m = _index.Actor[t];
            // "in north-east Jordan": a country named where something happens is a place, not its government.
            if (m >= 0 && p >= 0 && Locative(m, t)) m = -1;
            // "the withdrawal of US forces from Iraq": the country forces leave is where, not a party.
            if (m >= 0 && p >= 0 && trigger.Type == "RETREAT" && (Word(t - 1) == "from" || OutOf(p, last)) && _stage.Kb[_doc.Mentions[m].EntityId!]?.Kind == "government") m = -1;
            // "sent 750 soldiers to Kuwait": the country forces go to is where, not a party.
            // "withdrew to Kuwait": the country forces pull back to is where, too.
            if (m >= 0 && p >= 0 && trigger.Type is "MOBILIZE" or "RETREAT" && Word(t - 1) is "to" or "into" && _stage.Kb[_doc.Mentions[m].EntityId!]?.Kind == "government") m = -1;
            // "the US-based HKN Energy", "a Kuwaiti-owned firm": where a body is based or owned from is no party.
            if (m >= 0 && HomeCompound(m)) m = -1;
            // "Erbil air base": the longer name is the place, not Erbil's government.
            if (m >= 0 && p >= 0 && Outspans(p)) m = -1;
            // "a Jordan outpost", "Iraqi bases": a country before a site noun says where, not whom.
            if (m >= 0 && _stage.Kb[_doc.Mentions[m].EntityId!]?.Kind == "government" && SiteNoun(_index.ActorLast[m] + 1)) m = -1;
            // "sanctioned an Iraqi airline", "barred 14 Iraqi banks": a country before a firm says where it is from.
            if (m >= 0 && _stage.Kb[_doc.Mentions[m].EntityId!]?.Kind == "government" && _cues.At(_index.ActorLast[m] + 1, "business") >= 0) m = -1;
            // "fired on Basra protesters", "shelled Duhok villagers": a town's name before the people it qualifies says
            // where they are from; the people are the ones hit, not the state the name stands for.
            if (m >= 0 && p >= 0 && _index.PlaceFirst[p] == t && _index.PlaceLast[p] == _index.ActorLast[m] && _stage.Kb[_doc.Mentions[m].EntityId!]?.Kind == "government"
                && (_cues.At(_index.ActorLast[m] + 1, "crowd") >= 0 || _cues.At(_index.ActorLast[m] + 1, "civilians") >= 0))
            {
                m = -1;
                if (!scan.Places.Contains(p)) scan.Places.Add(p);
            }
            if (m >= 0)
            {
                int f = _index.ActorFirst[m];
                // "by US Secretary of Defense Lloyd Austin": the person the titles lead to is the one named.
                if (TitledPerson(m) is var person && person >= 0) m = person;
                var id = _doc.Mentions[m].EntityId!;
                // Over a title to the word that governs the name: "by Iraqi Foreign Minister Fuad Hussein".
                while (f - 1 > last && _index.Actor[f - 1] < 0 && _doc.Tokens[f - 1].Kind == TokenKind.Word
                       && (char.IsUpper(_doc.TokenText(f - 1)[0]) || (Word(f - 1) == "of" && char.IsUpper(_doc.TokenText(f)[0])
                           // ("an attack of Daesh on a post": a lower-case noun before "of" is no title.)
                           && f - 2 > last && _doc.Tokens[f - 2].Kind == TokenKind.Word && char.IsUpper(_doc.TokenText(f - 2)[0]))))
                    f--;
                // "..., CENTCOM said", "the coalition told reporters": the name before a verb of saying is the
                // report's speaker; the rest of the sentence is the attribution.
                // ("bombed two sites that the Pentagon said belonged to the IRGC": the speaker of a relative clause over the
                // object is no party, and the clause goes on.)
                if (Word(_index.ActorLast[m] + 1) is "said" or "says" && RelativeSaying(_index.ActorLast[m] + 1, last)) { t = _index.ActorLast[m] + 1; continue; }
                if (_cues.At(_index.ActorLast[m] + 1, "speech") >= 0 || SpokesmanSaid(_index.ActorLast[m] + 1)) break;
                // "held a meeting to discuss the US strikes on PMF headquarters", "talks on the Turkish shelling of Zakho": a name
                // right before a noun of force is that act's doer, and what follows is the act's; the talks are with no one there.
                if (trigger.Type == "CONSULT" && t > last + 1 && EventLexicon.IsMaterial(TypeAt(_index.ActorLast[m] + 1) ?? "")
                    && !VerbAt(_index.ActorLast[m] + 1)) break;
                // "..., a PMF commander told us", "..., an Interior Ministry source said": so is a name that only says
                // whose man the speaker is.
                if (MemberSaid(_index.ActorFirst[m], _index.ActorLast[m] + 1)) break;
                var before = Word(f - 1);
                // "by the US-led coalition": the article is no part of the preposition's reach.
                if (before == "the" && Word(f - 2) == "by") { before = "by"; f--; }
                // "carried out by an aircraft of the American forces", "by members of Kataib Hezbollah": the arms or people
                // of a body named after "by" are its agents.
                else if (ByWhatOf(f) is var by && by > last) { before = "by"; f = by + 1; }
                // "two attacks of the PKK", "the strikes of the coalition": "of" and a body that bears arms right after a noun of
                // attack name its doer, as "by" does (machine-translated press); "the bombing of the offices", "the killing of X"
                // name what was hit.
                else if (AttackOf(trigger, last, f, id)) before = "by";
                // "an attack which elements of the terrorist Daesh gangs launched on a post", "the raids that US forces carried
                // out": the name between "which" or "that" and a verb of carrying out is the doer.
                else if (!trigger.IsVerb && trigger.Type == "ASSAULT" && Word(last + 1) is "which" or "that" && PerpetratedAfter(_index.ActorLast[m] + 1)) before = "by";
                // "rocket attacks on Israel", "Israel's war on Gaza": a place that stands for its people is
                // also where the attack fell.
                if (p >= 0 && _index.PlaceFirst[p] == f && _index.PlaceLast[p] >= _index.ActorLast[m] && trigger.Type == "ASSAULT" && before is "on" or "against" or "into"
                    && !scan.Places.Contains(p))
                    scan.Places.Add(p);
                // "the rocket attack on the US embassy": a site that is itself the one attacked is also where.
                // ("at US troops": "US" is no site, and the name of the troops is not the place's.)
                else if (p >= 0 && trigger.Type == "ASSAULT" && _lex.SiteActors.Contains(id) && _index.PlaceLast[p] >= _index.ActorLast[m] && !scan.Places.Contains(p))
                    scan.Places.Add(p);
                // ("backed by army helicopters", "are supported by the IRGC": a backer is no doer.)
                if (before == "by" && (_cues.At(f - 2, "reported-by") >= 0 || (f - 2 > last && _cues.At(f - 2, "backed-by") >= 0))) { }
                // "landed about 200 metres from the US embassy": a site some way off is where, not what was hit.
                else if (trigger.Type == "ASSAULT" && DistanceFrom(f)) { }
                // "facilities used by Kataib Hezbollah": the owner of what was hit, not the agent (cue class held-by).
                // ("five men were held by police": the trigger's own "held by" names its agent.)
                else if (before == "by" && HeldByBefore(f - 1, last))
                {
                    if (scan.Targets.Count == 0 || listOpen) { if (!scan.Targets.Contains(id)) scan.Targets.Add(id); }
                }
                else if (before == "by" && scan.Agent is null)
                {
                    scan.Agent = id;
                    agentList = true;
                    // "fired by Iran's Revolutionary Guards": the owner's body is the agent.
                    int own = _index.ActorLast[m] + 1;
                    if (Word(own) is "'s" or "’s" && own + 1 < _end && _index.Actor[own + 1] is var owned && owned >= 0 && _index.ActorFirst[owned] == own + 1)
                    {
                        scan.Agent = _doc.Mentions[owned].EntityId!;
                        t = _index.ActorLast[owned];
                        listOpen = false;
                        continue;
                    }
                }
                // "protests by opposition and civil society groups": the agent's list is no target.
                else if (agentList && listOpen) { }
                else if (before == "from" && scan.From is null && !trigger.IsVerb)
                {
                    scan.From = id;
                    if (scan.Targets.Count == 0 || listOpen) { if (!scan.Targets.Contains(id)) scan.Targets.Add(id); }
                }
                else if (IsSourceCue(f)) { }
                // "by Iran's Revolutionary Guard Corps (IRGC)": the agent named again is no target.
                else if (id == scan.Agent) { }
                else if (trigger.Type is "ASSAULT" or "COERCE" && (before == "with" || (!trigger.IsVerb && WithLeadIn(f, last, id)))) { }
                else if (scan.Targets.Count == 0 || listOpen)
                {
                    // "killed the commander of the Quds Force, Qassem Soleimani": the person named after the body he
                    // serves is the one hit.
                    if (trigger.Type == "ASSAULT" && ServantNamed(f, m) is var servant && servant >= 0)
                    {
                        m = servant;
                        id = _doc.Mentions[m].EntityId!;
                    }
                    if (!scan.Targets.Contains(id)) scan.Targets.Add(id);
                    if (before is "at" or "on" or "against" or "toward" or "towards" or "upon" || (before is "the" or "a" or "an" && Word(f - 2) is "at" or "on" or "against" or "toward" or "towards"))
                        if (!scan.Aimed.Contains(id)) scan.Aimed.Add(id);
                }
                t = _index.ActorLast[m];
                listOpen = false;
                if (t + 1 <= limit && Word(t + 1) is "," or "and" or "&") listOpen = true;
                agentList &= listOpen;
                if (t + 2 <= limit && Word(t + 1) == "," && Word(t + 2) == "and") { listOpen = true; t++; }
                continue;
            }
            if (p >= 0)
            {
                // "Israel's attack on Gaza", "strikes against Syria": where an attack fell, at any precision.
                bool aimed = trigger.Type == "ASSAULT" && Word(_index.PlaceFirst[p] - 1) is "on" or "against" && _index.Actor[_index.PlaceFirst[p]] < 0;
                // "a drone attack on a Jordan outpost": a country before a site noun is where the attack fell.
                aimed |= trigger.Type == "ASSAULT" && SiteNoun(_index.PlaceLast[p] + 1)
                    && (Word(_index.PlaceFirst[p] - 1) is "on" or "against" || (Word(_index.PlaceFirst[p] - 1) is "a" or "an" or "the" && Word(_index.PlaceFirst[p] - 2) is "on" or "against"));
                // "Turkish jets bombed Duhok province", "shelled the Sinjar district": a place that is the object of a verb of
                // attack, right after it, is where the attack fell.
                aimed |= trigger.Type == "ASSAULT" && trigger.IsVerb && _index.Actor[_index.PlaceFirst[p]] < 0
                    && (_index.PlaceFirst[p] == last + 1 || (_index.PlaceFirst[p] == last + 2 && Word(last + 1) == "the"));
                // "withdrew from Iraq": the country forces leave is where the withdrawal happens.
                // ("pulled its troops out of neighbouring Syria": so is the country they are pulled out of.)
                bool left = trigger.Type == "RETREAT" && (Word(_index.PlaceFirst[p] - 1) == "from" || OutOf(p, last));
                // "sent troops to Kuwait", "to the Middle East": where forces go is where they are deployed.
                bool sent = (trigger.Type == "MOBILIZE" && Word(LeadIn(_index.PlaceFirst[p])) is "to" or "into")
                    || (trigger.Type == "RETREAT" && trigger.IsVerb && Word(_index.PlaceFirst[p] - 1) == "to");
                if (!scan.Places.Contains(p) && (UsablePlace(p) || aimed || left || sent)) scan.Places.Add(p);
                // "a request from Ankara": a capital or country a statement comes from stands for its government.
                if (scan.From is null && !trigger.IsVerb && Word(_index.PlaceFirst[p] - 1) == "from" && !EventLexicon.IsMaterial(trigger.Type)
                    && PlaceNames(p) is { Kind: "government" } government)
                    scan.From = government.Id;
                t = _index.PlaceLast[p];
                continue;
            }
            if (listOpen && w is not ("," or "and" or "the" or "&")) listOpen = agentList = false;
        }
        return scan;
    }

    /// <summary>Whether "out of" leads in the place after the token <paramref name="after"/>, over one word ("out of neighbouring Syria").</summary>
    private bool OutOf(int p, int after)
    {
        int first = _index.PlaceFirst[p];
        int of = Word(first - 1) == "of" ? first - 1 : Word(first - 2) == "of" && _doc.Tokens[first - 1].Kind == TokenKind.Word ? first - 2 : -1;
        return of - 1 > after && Word(of - 1) == "out";
    }

    /// <summary>Whether the token after a "to" is a verb's: a lower-case word that starts no name or place and is
    /// no article or possessive ("urged them to stop", not "appealed to the UN").</summary>
    private bool ToVerb(int t) => t < _end && _doc.Tokens[t].Kind == TokenKind.Word && !_doc.Tokens[t].Is(TokenFlags.Capitalized)
        && _index.Actor[t] < 0 && _index.Place[t] < 0 && _index.Time[t] < 0
        && Word(t) is not ("the" or "a" or "an" or "its" or "their" or "his" or "her" or "all" or "any" or "this" or "that" or "these" or "those");

    /// <summary>Whether ", and" at the token joins a name to another of its kind (actor to actor, place to place).</summary>
    private bool ListGoesOn(int comma)
    {
        int next = comma + 2;
        if (Word(next) is "the" or "a" or "an") next++;
        if (next >= _end || comma - 1 < _first) return false;
        if (_index.Actor[comma - 1] >= 0 && _index.Actor[next] >= 0 && _index.Place[next] < 0) return true;
        if (_index.Place[comma - 1] < 0 || _index.Place[next] < 0) return false;
        // "..., and Jurf al-Nasr on Friday" ends a list; "..., and US air defences shot ..." starts a clause.
        int after = _index.PlaceLast[_index.Place[next]] + 1;
        return after >= _end || _index.Time[after] >= 0 || _doc.Tokens[after].Kind != TokenKind.Word || _cues.At(after, "preposition") >= 0;
    }

    /// <summary>Whether the "by" at <paramref name="by"/> belongs to a participle of holding (cue class held-by) after the act
    /// and before it: "a facility used by the IRGC", and over the words it governs, "a facility used for the storage of
    /// weapons by the IRGC".</summary>
    private bool HeldByBefore(int by, int last)
    {
        for (int k = by - 1; k > last && k >= by - 7; k--)
        {
            if (_cues.At(k, "held-by") >= 0) return true;
            if (Word(k) is "," or ";" or "and" or "who" or "which" or "that" || _index.Actor[k] >= 0 || _triggerAt[k] != 0) return false;
        }
        return false;
    }

    private bool IsSourceCue(int mentionFirst)
    {
        int t = Word(mentionFirst - 1) == "the" ? mentionFirst - 2 : mentionFirst - 1;
        return Word(t) == "to" && Word(t - 1) == "according";
    }

    /// <summary>Whether a sure noun trigger of the type starts at the token, after an article if any.</summary>
    private bool CoordinatedNoun(int t, Trigger trigger)
    {
        if (Word(t) is "a" or "an" or "the" or "another") t++;
        if (t >= _end || _triggerAt[t] != SureNoun) return false;
        foreach (var h in _hits) if (h.First == t) return h.Trigger.Type == trigger.Type;
        return false;
    }

    /// <summary>Whether a sure trigger of another type starts at the token (one of the same type tells the
    /// same event: "visit Baghdad for talks with X").</summary>
    private bool StartsOtherTrigger(int t, Trigger trigger, int last)
    {
        if (t < _first || t >= _end || _triggerAt[t] == 0) return false;
        int self = -1, other = -1;
        for (int h = 0; h < _hits.Count; h++)
        {
            if (_hits[h].Last == last) self = h;
            if (_hits[h].First == t) other = h;
        }
        if (other < 0 || _hits[other].Trigger.Type == trigger.Type) return false;
        // A noun the trigger governs reads on ("ruled out any truce with X", "urged an end to attacks on X");
        // a verb never does ("urged them to stop attacks on US bases": the bases are not whom they urged).
        return self < 0 || _triggerAt[t] == SureVerb || !GovernedBy(self, other);
    }

    /// <summary>Whether a name (after an optional "the") opens a clause at <paramref name="t"/>: a verb of the past or a
    /// finite auxiliary follows it ("Al-Iraqiya TV aired", "the army was").</summary>
    private bool SubjectVerbAt(int t)
    {
        if (Word(t) == "the") t++;
        if (t >= _end || _index.Actor[t] is var m && (m < 0 || _index.ActorFirst[m] != t)) return false;
        var verb = Word(_index.ActorLast[m] + 1);
        return verb is "was" or "were" or "had" or "has" or "have" or "is" or "are" or "broadcast" or "said" or "began" or "made" or "took"
            or "gave" or "went" or "came" or "told" or "could" or "would" or "will" or "did"
            || (verb.Length > 4 && verb.EndsWith("ed"));
    }

    /// <summary>The "by" of "by an aircraft of (the) X", "by members of X" before the name at <paramref name="f"/>, or -1.</summary>
    private int ByWhatOf(int f)
    {
        // ("by elements of the terrorist Daesh organisation": over one lower-case word before the name.)
        if (f - 1 > _first && Word(f - 1) is not ("of" or "the") && _doc.Tokens[f - 1].Kind == TokenKind.Word && _index.Actor[f - 1] < 0 && char.IsLower(_doc.TokenText(f - 1)[0])
            && Word(f - 2) is "the" or "of") f--;
        int of = Word(f - 1) == "of" ? f - 1 : Word(f - 1) == "the" && Word(f - 2) == "of" ? f - 2 : -1;
        if (of < 0) return -1;
        int noun = of - 1;
        // ("carried out by elements of ISIS", "by remnants of the gangs": so are its people, cue class remnant.)
        if (!(_cues.At(noun, "platform") >= 0 || _cues.At(noun, "mode") >= 0 || _cues.At(noun, "own-forces") >= 0 || _cues.At(noun, "remnant") >= 0)) return -1;
        int by = Word(noun - 1) is "a" or "an" or "the" ? noun - 2 : noun - 1;
        return Word(by) == "by" ? by : -1;
    }

    /// <summary>"..., the group's spokesman said", "..., the ministry's media office said": a name's speaker told
    /// with a possessive, <paramref name="t"/> at the "'s".</summary>
    /// <summary>Whether the name from <paramref name="first"/> only qualifies the speaker of an attribution after a comma:
    /// "..., a Hashd commander told us", "..., an Interior Ministry source said" (one or two words between the name and
    /// the verb of saying).</summary>
    private bool MemberSaid(int first, int t)
    {
        if (!(Word(first - 1) is "a" or "an" && Word(first - 2) == ",")) return false;
        for (int k = t + 1; k < _end && k <= t + 2; k++)
            if (_cues.At(k, "speech") >= 0 || Word(k) is "said" or "says" or "told" or "tells") return true;
            else if (_index.Actor[k] >= 0 || _doc.Tokens[k].Kind != TokenKind.Word) return false;
        return false;
    }

    private bool SpokesmanSaid(int t)
    {
        if (Word(t) is not ("'s" or "’s")) return false;
        for (int k = t + 1; k < _end && k <= t + 3; k++)
        {
            if (_cues.At(k, "speech") >= 0) return k > t + 1;
            if (_index.Actor[k] >= 0 || _doc.Tokens[k].Kind != TokenKind.Word) return false;
        }
        return false;
    }

    /// <summary>Whether the verb of saying at <paramref name="said"/> tells who says what a relative clause over the act's object
    /// says of it: "a depot that the Pentagon said was used by the IRGC", "sites which Washington says belonged to the faction"
    /// ("that" or "which" a few words back, no comma between, and a finite verb right after).</summary>
    private bool RelativeSaying(int said, int last)
    {
        if (Word(said + 1) is not ("was" or "were" or "is" or "are" or "belonged" or "belongs" or "had" or "housed" or "houses")) return false;
        for (int k = said - 1; k > last && k >= said - 5; k--)
        {
            if (Word(k) is "that" or "which") return k < said - 1;
            if (Word(k) is "," or ";" or "and" or "but") return false;
        }
        return false;
    }

    /// <summary>The mention of the person named right after a body's mention <paramref name="m"/> (a comma or a quote
    /// between) when a noun of one person and "of" or "in" stand before the body ("the commander of the Quds Force,
    /// Qassem Soleimani", "the leader in the Nujaba movement \"Abu Taqwa\""), or -1.</summary>
    private int ServantNamed(int f, int m)
    {
        if (IsPerson(_doc.Mentions[m].EntityId!)) return -1;
        int k = Word(f - 1) == "the" ? f - 2 : f - 1;
        if (Word(k) is not ("of" or "in") || _cues.At(k - 1, "person") != k - 1) return -1;
        int j = _index.ActorLast[m] + 1;
        while (j < _end && j <= _index.ActorLast[m] + 2 && (Word(j) == "," || _doc.Tokens[j].Kind == TokenKind.Quote)) j++;
        return j < _end && _index.Actor[j] is var p && p >= 0 && _index.ActorFirst[p] == j && IsPerson(_doc.Mentions[p].EntityId!) ? p : -1;
    }

    /// <summary>Whether the mention is the first part of a compound that says where a body is from ("US-based",
    /// "Emirati-owned", "Dubai-headquartered").</summary>
    private bool HomeCompound(int m)
    {
        var mention = _doc.Mentions[m];
        int end = mention.Start + mention.Length, last = _index.ActorLast[m];
        if (end >= _doc.Tokens[last].End || _doc.Text[end] != '-') return false;
        var rest = _doc.Text.AsSpan(end + 1, _doc.Tokens[last].End - end - 1);
        return rest is "based" or "owned" or "registered" or "headquartered" or "listed";
    }

    /// <summary>Whether an apposition that dates by another act opens here: "a day after", "two weeks
    /// before", "hours after", "days following".</summary>
    private bool AnchorClause(int t)
    {
        for (int k = t; k < _end && k <= t + 3; k++)
        {
            var w = Word(k);
            if (w is "after" or "before" or "following") return k > t || _index.Time[k] < 0;
            if (!(w is "a" or "an" or "one" or "hours" or "days" or "day" or "weeks" or "week" or "months" or "month" or "just" or "only" or "shortly" or "soon"
                  || Numbers.Cardinal(w) is not null)) return false;
        }
        return false;
    }
    /// <summary>Whether the mention at <paramref name="f"/> is led in by "with" over a title or description ("discussed the attack
    /// on Ain al-Asad with the US ambassador Alina Romanowski", "the strike on Erbil with his Turkish counterpart Hakan Fidan"):
    /// the one an act told by its noun is talked over with, no side of it.</summary>
    private bool WithLeadIn(int f, int last, string id)
    {
        // ("an exchange of fire with members of a Hashd brigade", "clashes with the Peshmerga", "bases with a US presence": the other
        // side of a fight, or what a site has, stays; only a person or one named by office is talked with.)
        bool office = _stage.Kb[id] is { Kind: "person" };
        for (int k = f - 1; k > last && k >= f - 6; k--)
        {
            if (_doc.Tokens[k].Kind != TokenKind.Word) return false;
            var w = Word(k);
            if (w == "with") return office && k > last + 1;
            if (_cues.At(k, "envoy") >= 0 || _cues.At(k, "office-holder") >= 0 || w is "counterpart" or "counterparts") office = true;
            if (w is "on" or "at" or "against" or "in" or "by" or "from" or "to" or "and" or "into" or "upon" or "near" or "toward" or "towards") return false;
        }
        return false;
    }
}
