using Sitrep.Core.Documents;

namespace Sitrep.Core.Events;

/// <summary>The sentence reader's last step of a frame: the draft's parties settled (own forces, sites, convoys, hosts), its place, time, counts and status.</summary>
internal sealed partial class SentenceReader
{
    /// <summary>Whether the story names the coalition more often than US forces: counted over its mentions the first time a
    /// draft asks, and kept for the story (<see cref="StoryScratch.CoalitionStory"/>).</summary>
    private bool CoalitionStory()
    {
        if (_scratch.CoalitionStory is { } known) return known;
        int coalition = 0, american = 0;
        foreach (var m in _doc.Mentions)
            if (m.EntityId == Coalition) coalition++;
            else if (m.EntityId == UsForces) american++;
        return (_scratch.CoalitionStory = coalition > american).Value;
    }

    /// <summary>Whether the object of the verb is envoys or diplomats (cue class envoy), over articles, possessives
    /// and a few describing words: "withdrew its non-essential diplomats".</summary>
    /// <summary>Whether a state's civilian staff are the subject right before the verb ("the American staff left", "Turkish
    /// diplomats fled"): they are no forces.</summary>
    private bool StaffLeft(int first)
    {
        for (int t = first - 1; t >= _first && first - t <= 3; t--)
            if (_cues.At(t, "evacuee") >= 0) return WordIs(t, WordClass.Staff);
        return false;
    }

    private bool EnvoysMoved(int last, int clauseEnd)
    {
        for (int t = last + 1; t <= Math.Min(clauseEnd, last + 4); t++)
        {
            if (_cues.At(t, "envoy") >= 0) return true;
            if (_doc.Tokens[t].Kind != TokenKind.Word || _index.Actor[t] >= 0 || _index.Place[t] >= 0) return false;
        }
        return false;
    }

    /// <summary>The first token of a plural bare noun of an army's or police's forces (cue class bare-forces, kinds army and
    /// police: "soldiers", "policemen") counted right before it and told killed or hurt right around it ("two soldiers were
    /// killed", "killing three policemen"), with <paramref name="kind"/> its kind; -1 when there is none. ("two soldiers of
    /// the army", "five Turkish soldiers": a noun with its owner or state named is left to those.)</summary>
    private int CountedForcesHit(out string? kind)
    {
        kind = null;
        foreach (var (f, l, cue) in _cues.Hits)
        {
            if (cue.Class is not ("killed" or "injured")) continue;
            for (int s = Math.Max(_first + 1, f - 4); s <= Math.Min(_end - 1, l + 2); s++)
            {
                if (s >= f && s <= l) continue;
                var value = _cues.ValueAt(s, "bare-forces", out int last);
                if (value is not ("army" or "police") || last >= _end) continue;
                if (Cardinal(s - 1) is not > 1 || Word(last + 1) == "of" || _index.Actor[s] >= 0) continue;
                // (A noun before the toll must be its passive's subject, nothing but the verb group between: "two soldiers were
                // killed", not "two soldiers killed three gunmen".)
                if (last < f)
                {
                    bool near = true, passive = false;
                    for (int k = last + 1; k < f; k++)
                    {
                        if (!WordIs(k, WordClass.VerbGroup | WordClass.Adverb)) near = false;
                        if (Word(k) is "was" or "were" or "been" or "being" or "are" or "is") passive = true;
                    }
                    if (!near || !passive) continue;
                }
                kind = value;
                return s;
            }
        }
        return -1;
    }

    /// <summary>The force the counted soldiers or policemen at <paramref name="at"/> belong to: the state force of that
    /// kind the story named last, or, where that is a state's forces as a whole or none is named, the force cue class
    /// soldiers-of gives the noun when it is of that state (of the story's own state when none is named) and the act's
    /// place, <paramref name="place"/>, is in that state ("a drone launched from Iraq killed two soldiers at a base in the
    /// Golan": not Iraq's).</summary>
    private string? ForceHit(int at, string kind, int place)
    {
        var force = StoryForce(at, kind);
        if (_cues.ValueAt(at, "soldiers-of", out _) is not { } usual || _stage.Kb[usual]?.Country is not { } country) return force;
        if (place >= 0 && _stage.Gazetteer?[_doc.Places[place].PlaceId] is { } site && site.Country != country) return force;
        if (force is null) return StoryCountry()?.Country == country ? usual : null;
        return _lex.WholeForces.Contains(force) && _stage.Kb[force]?.Country == country ? usual : force;
    }

    /// <summary>The body a count "N of its/their fighters" in the sentence stands for (the last body named before the
    /// possessive other than <paramref name="attacker"/> and its side), or null.</summary>
    private string? OwnPeopleHit(string? attacker)
    {
        for (int t = _first + 2; t + 1 < _end; t++)
        {
            if (!CountOfOwn(t) || _cues.At(t + 1, "victims") < 0) continue;
            var owner = Coreference.Resolve(_doc, _stage.Kb, _doc.Tokens[t].Start, _sentence, person: false, skip: attacker);
            return owner is not null && (attacker is null || !SameCamp(owner, attacker)) ? owner : null;
        }
        return null;
    }

    /// <summary>Whether the clause tells of a thing that serves the coalition: "supplies for the coalition", "used by the
    /// US-led coalition", "working for the coalition".</summary>
    private bool ServesCoalition(int from, int to)
    {
        for (int t = Math.Max(from, _first) + 3; t < Math.Min(to, _end); t++)
        {
            if (Word(t) != "coalition") continue;
            int k = Word(t - 1) is "us-led" or "u.s.-led" or "international" or "global" ? t - 2 : t - 1;
            if (Word(k) == "the" && Word(k - 1) is "for" or "by" && Word(k - 2) is "supplies" or "equipment" or "goods" or "fuel" or "used"
                    or "working" or "contracted" or "hired" or "destined" or "bound" or "operated" or "run")
                return true;
        }
        return false;
    }

    /// <summary>Whether every weapon of an IED the clause names is the bare word "bomb" or "bombs" (no "roadside bomb", "explosive
    /// device" or "car bomb"), and there is one.</summary>
    private bool BareBombs(int from, int to)
    {
        bool any = false;
        foreach (var (f, l, cue) in _cues.Hits)
        {
            if (cue.Class != "mode" || cue.Value != "ied" || f < from || l > to) continue;
            if (f != l || Word(f) is not ("bomb" or "bombs")) return false;
            any = true;
        }
        return any;
    }

    /// <summary>The first token in [<paramref name="from"/>, <paramref name="to"/>) that is a convoy or its trucks, or -1.</summary>
    private int Convoy(int from, int to)
    {
        for (int t = from; t < to; t++)
            if ((_scratch.Lexeme(_doc, _lex, t).Classes & WordClass.ConvoyNoun) != 0) return t;
        return -1;
    }

    /// <summary>The actor named right before a convoy earlier in the story ("coalition supply convoys", "US
    /// convoys"; or a name that ends with the convoy word), the latest one; else the first one named so later ("a convoy was struck ... coalition convoys have
    /// been hit 45 times"); null when none is.</summary>
    private string? ConvoyOwner()
    {
        string? owner = null;
        for (int t = Convoy(0, _first); t >= 0; t = Convoy(t + 1, _first))
            for (int k = t; k >= Math.Max(0, t - 2); k--)
                if (_index.Actor[k] is var m && m >= 0 && _index.ActorLast[m] == k) { owner = _doc.Mentions[m].EntityId; break; }
        for (int t = Convoy(_end, _doc.Tokens.Length); owner is null && t >= 0; t = Convoy(t + 1, _doc.Tokens.Length))
            for (int k = t; k >= Math.Max(_end, t - 2); k--)
                if (_index.Actor[k] is var m && m >= 0 && _index.ActorLast[m] == k) { owner = _doc.Mentions[m].EntityId; break; }
        return owner;
    }

    /// <summary>The one weapon of the attacks the story told before in sentences that speak of convoys; null when none names
    /// one or they name several.</summary>
    private string? ConvoyWeapon()
    {
        string? weapon = null;
        foreach (var o in _story!)
        {
            if (o.Type != "ASSAULT" || o.Mode is null or "unspecified" || o.Sentence >= _sentence) continue;
            var sentence = _doc.Sentences[o.Sentence];
            if (Convoy(sentence.FirstToken, sentence.FirstToken + sentence.TokenCount) < 0) continue;
            if (weapon is not null && weapon != o.Mode) return null;
            weapon = o.Mode;
        }
        return weapon;
    }

    /// <summary>Whether the sentence speaks of a base ("base", "bases", "airbase").</summary>
    /// <summary>Whether the page named, before this sentence, a site in the town that hosts troops ("Harir Air Base ...
    /// Harir has been targeted five times"): the town's name alone then stands for that site.</summary>
    private bool HostedSiteNamedBefore(string town)
    {
        foreach (var p in _doc.Places)
        {
            if (p.Sentence >= _sentence) break;
            if (_lex.Hosts.ContainsKey(p.PlaceId) && _stage.Gazetteer[p.PlaceId] is { Parent: { } parent } && parent == town) return true;
        }
        return false;
    }

    private bool BasesTold(int last)
    {
        for (int t = _first; t < _end; t++)
        {
            // "jets bombed a depot near al-Qaim in response to a rocket attack on the Harir base": the bases of the act answered
            // are not where the answer fell.
            if (t > last && AnswerLink(t)) break;
            if (WordIs(t, WordClass.BaseNoun)) return true;
        }
        return false;
    }

    /// <summary>Whether the sentence names the state's consulate by its people's word ("the Iranian consulate").</summary>
    private bool ConsulateOf(string state)
    {
        for (int t = _first; t + 1 < _end; t++)
            if (Word(t + 1) == "consulate" && _cues.ValueAt(t, "demonym", out int last) == state && last == t) return true;
        return false;
    }

    /// <summary>The one actor that the other sites listed with the place host, or null.</summary>
    private string? ListedHost(int p)
    {
        string? host = null;
        foreach (var q in Coordinated(p))
            if (q != p && _lex.Hosts.TryGetValue(_doc.Places[q].PlaceId, out var h))
            {
                if (host is not null && host != h) return null;
                host = h;
            }
        return host;
    }

    /// <summary>Mode, forces for governments, targets for sites, claims made by saying.</summary>
    private void Finish(Draft d, int first, int last, int clauseStart, int clauseEnd)
    {
        var kb = _stage.Kb;
        // Sanctions and bans ("Turkey closed its border crossings") are a government's acts; force is its forces'.
        // (Diplomats pulled out are the government's, not its forces': "Washington withdrew its diplomats from Baghdad".)
        bool forcesAct = d.Material && d.Type != "SANCTION" && !(d.Type == "COERCE" && (d.Mode ?? d.Trigger.Mode) == "ban") && d.Actor is not null;
        if (forcesAct && !(d.Type == "RETREAT" && (EnvoysMoved(last, clauseEnd) || StaffLeft(first))) && _lex.Forces.TryGetValue(d.Actor!, out var forces)) d.Actor = forces;
        // "a withdrawal ordered by President Trump", "strikes ordered by Biden", "the arrests were ordered by al-Kadhimi": a
        // head of a state or of its defence body who orders an act done, on a day he holds that office, does not strike,
        // withdraw or arrest himself; his state's forces (forces.tsv) do. (The subject of "ordered" keeps the act: "Kadhimi
        // ordered the arrest of the officers" is his order.)
        else if (forcesAct && OfficeForces(d.Actor!) is { } officeForces && OrderedBy(d.Actor!))
            d.Actor = officeForces;
        // ("Iraq has been under a curfew since Friday", "the government said crossings would be shut": a ban is the
        // government's own, not its forces'.)
        if (d.Type == "COERCE" && d.Actor is null && (d.Mode ?? d.Trigger.Mode) == "ban") d.Actor = GovernmentBefore(first);
        if (d.Type is "COERCE" or "MOBILIZE" && d.Actor is null) d.Actor = ForcesOfAnnouncer(first, move: d.Type == "MOBILIZE",
            after: d.Type == "MOBILIZE" && (!d.Trigger.IsVerb || ((d.Trigger.Form & WordForm.Participle) != 0 && PassiveAuxiliary(Word(first - 1)))));
        // "Turkey's defence ministry said its aircraft had struck 15 targets": "its" forces acting are the announcer's.
        // ("The US side said its forces shot down one drone": forces that down a weapon are the side it was fired at.)
        if (d.Type is "ASSAULT" or "MOBILIZE" or "COERCE" or "RETREAT" && d.Actor is null && OwnForcesBefore(first) is var its and >= 0)
        {
            var own = ForcesOfAnnouncer(its, move: d.Type is "MOBILIZE" or "RETREAT") ?? ForcesOfAdjective(its);
            if (!d.Trigger.Is(TriggerFlags.Intercept)) d.Actor = own;
            else d.Target ??= own;
        }
        // "Police detained two men", "the soldiers found two rifles", "Security forces sealed off the street": a bare noun of a
        // state's forces as the subject, no name in it, is the state force the story named last of its kind.
        if (d.Material && d.Actor is null && d.Type is "ASSAULT" or "MOBILIZE" or "COERCE" or "RETREAT" && BareForces(d, first, clauseStart, out var kind) is var bare and >= 0)
            d.Actor = StoryForce(bare, kind!);
        // "Security forces detained 19 men ..., the command said", "The statement said the forces seized rifles": an arrest,
        // seizure or move of a state's forces as a whole, or of no one named, told by "the command" or "the statement" of the
        // story's own command or police is that body's act (a force named by its state, "Iraqi troops", stays its own; a move
        // with no doer told, "the command of the Anbar operations decided to deploy patrols", is left to its subject).
        if ((d.Type == "COERCE" || (d.Type == "MOBILIZE" && d.Actor is not null)) && (d.Actor is null || _lex.WholeForces.Contains(d.Actor))
            && !_cues.Any("demonym", _first, _end - 1)
            && DefiniteTeller() is { } tellerWord && TellingBody(tellerWord) is { } teller)
            d.Actor = teller;
        // "rockets hit a Turkish base near Zakho", "a Turkish position was shelled", "an attack on an American convoy": a
        // military site or column a state's adjective names is that state's (its forces', below).
        if (d.Type == "ASSAULT" && d.Target is null && StateSite(first, last, clauseStart, clauseEnd) is { } siteState) d.Target = siteState;
        // ("stormed the Turkish consulate": a state's mission is the state's, not its forces'.)
        if (d.Type == "ASSAULT" && d.Target is not null && _lex.Forces.TryGetValue(d.Target, out var targetForces) && !ConsulateOf(d.Target)) d.Target = targetForces;
        // "Iraq arrested members of its security forces" reads as the forces acting on themselves: no target.
        if (d.Target is not null && d.Target == d.Actor) d.Target = null;
        // "Sadr called on his followers to leave": the body a person leads is his own side, not the other one.
        if (d.Target is not null && d.Actor is not null && kb[d.Actor] is { Kind: "person" } leader)
            foreach (var role in kb.RolesOn(leader, _doc.Published))
                if (role.Role == "leader" && role.Of == d.Target) { d.Target = null; break; }
        // "a convoy carrying supplies for the coalition", "a hangar used by the coalition", "lorries working for the coalition":
        // what serves the coalition, hit, hits the coalition ("the coalition" alone names no one elsewhere: "the ruling coalition").
        if (d.Type == "ASSAULT" && d.Target is null && ServesCoalition(clauseStart, clauseEnd) && d.Actor != Coalition)
            d.Target = Coalition;
        // ("landed about 200 metres from the US embassy": a site some way off hosts no one the act hit.)
        if (d.Type == "ASSAULT" && d.Target is null && d.Place >= 0 && _lex.Hosts.TryGetValue(_doc.Places[d.Place].PlaceId, out var host)
            && !DistanceFrom(_index.PlaceFirst[d.Place]))
            d.Target = host == UsForces && CoalitionStory() ? Coalition : host;
        // "killed five of its fighters", "the death of 13 of their members in American strikes": the body whose people
        // were hit, the one the possessive stands for other than the attacker.
        if (d.Type == "ASSAULT" && d.Target is null && OwnPeopleHit(d.Actor) is { } owner)
            d.Target = owner;
        // "X said troops had detained 14 of its men", "police arrested dozens of their members": the body whose people were held.
        if (d.Type == "COERCE" && (d.Mode ?? d.Trigger.Mode) == "arrest" && d.Target is null && OwnPeopleHit(d.Actor) is { } ownHeld)
            d.Target = ownHeld;
        // "a bomb exploded beside a convoy", "two more convoys were struck": convoys whose owner the sentence does not
        // name are those of the owner the story named before ("a coalition supply convoy").
        if (d.Type == "ASSAULT" && d.Target is null && Convoy(_first, _end) >= 0 && ConvoyOwner() is { } convoyOwner && convoyOwner != d.Actor)
            d.Target = convoyOwner;
        // "drones at three bases: Shaddadi, al-Tanf and Rukban", "attacks targeting ... Harir": a town named where the
        // sentence speaks of bases is the base named after it.
        if (d.Type == "ASSAULT" && d.Target is null && d.Place >= 0 && _stage.TownHosts.TryGetValue(_doc.Places[d.Place].PlaceId, out var townHost)
            && (BasesTold(last) || (HostedSiteNamedBefore(_doc.Places[d.Place].PlaceId) && !TellsToll())))
            d.Target = townHost;
        // "attacked three bases, naming al-Rukban, al-Shaddadi and al-Tanf": a site listed among bases that host troops
        // is told as one more of them, and its attack hits the same forces.
        if (d.Type == "ASSAULT" && d.Target is null && d.Place >= 0 && BasesTold(last) && ListedHost(d.Place) is { } listed)
            d.Target = listed;
        if (d.Type == "ASSAULT" && d.Target is null && d.Place >= 0
            && EnemyStateHit(d, d.Actor is null ? d.Trigger.Mode ?? ModeNear(first, last, clauseStart, clauseEnd, d.Aggregate) : null) is { } enemy)
            d.Target = enemy;
        // "Turkish jets struck northern Iraq again", "Turkey launched Operation Claw-Lock": a state's attack that names no
        // target hits the one foe the knowledge base gives it, when the page names that foe and the sentence tells of no
        // civilians hit ("shelled the villages", "killing three civilians").
        if (d.Type == "ASSAULT" && d.Target is null && d.Actor is not null && SoleFoeNamed(d.Actor) is { } foe && !_cues.Any("civilians", _first, _end - 1) && !TellsToll())
            d.Target = foe;
        // "Iraqi F-16s struck caves used by the militants", "troops detained five suspected militants", "two terrorists were
        // arrested in Hawija": a state's strike, arrest or seizure of militants, terrorists or their hideouts, told after the
        // act by no group's name (or before an arrest, as its passive's subject), is on the one armed group the page names (none
        // when it names several).
        if (d.Target is null && (d.Type == "ASSAULT" && d.Actor is not null || d.Type == "COERCE" && (d.Mode ?? d.Trigger.Mode) is "arrest" or "seize")
            && (d.Actor is null || KindOf(d.Actor) is "state_force" or "government" or "coalition")
            && _cues.Any("insurgent", d.Type == "COERCE" && (d.Mode ?? d.Trigger.Mode) == "arrest" ? clauseStart : last + 1, clauseEnd)
            && SoleBandNamed() is { } band && band != d.Actor)
            d.Target = band;
        // "Two soldiers were killed by a roadside bomb", "a sniper wounded three policemen": a count of soldiers or
        // policemen hit, no state or owner named with them, are the state force of that kind the story named last.
        // (In the story's own state, soldiers with no force named, or several, are the army the domain takes them for: cue
        // class soldiers-of.)
        if (d.Type == "ASSAULT" && d.Target is null && CountedForcesHit(out var hitKind) is var hit and >= 0
            && ForceHit(hit, hitKind!, d.Place) is { } hitForce && hitForce != d.Actor)
            d.Target = hitForce;
        // "Troops cleared the barricades that protesters had set up and detained 20 people": a crowd arrests no one; the
        // crowd found as the doer of an arrest is the one arrested, its doer untold.
        if (d.Type == "COERCE" && (d.Mode ?? d.Trigger.Mode) == "arrest" && d.Actor is { } arrester && Crowd(arrester))
        {
            // (A crowd found only through a pronoun, "police said they had arrested two men", is no one named.)
            if (CrowdWord()) d.Target ??= arrester;
            d.Actor = null;
        }
        // "Police detained 23 men near the square", "12 persons were arrested on charges of burning the offices": in a story
        // that has told of protests, people arrested with no suspicion of an attack told are of the protests; arrests "of two
        // men suspected of planting the bomb" or "for questioning" have no target told.
        if (d.Type == "COERCE" && (d.Mode ?? d.Trigger.Mode) == "arrest" && d.Target is null && PeopleHeld(clauseStart, clauseEnd) && ProtestsTold() is { } held)
            d.Target = StoryProtester(d.Actor) ?? held;
        // "Internet access was cut across much of the country": a public service cut with no one told cutting it is cut by
        // the government of the story's country.
        if (d.Type == "COERCE" && d.Actor is null && d.Trigger.Is(TriggerFlags.Closes) && _cues.Any("state-service", clauseStart, clauseEnd)
            && StoryCountry() is { } home && _stage.Governments.TryGetValue(home.Country, out var cutter))
            d.Actor = cutter;
        // "closed all land crossings with Iran", "crossings with Iran were shut": a way across closed toward a state bans that
        // state's side of it.
        if (d.Type == "COERCE" && d.Target is null && (d.Mode ?? d.Trigger.Mode) == "ban" && (WayWith(last + 1, Math.Min(clauseEnd, last + 6)) ?? WayWith(clauseStart, first)) is { } across && across != d.Actor)
            d.Target = across;
        // "Riot police fired tear gas to reopen the road, and six protesters were detained", "used water cannon to disperse
        // hundreds of demonstrators": force used on a crowd with no target told hits the crowd its sentence names.
        if (d.Type == "ASSAULT" && d.Target is null && d.Trigger.Is(TriggerFlags.OnCrowd) && CrowdInSentence() is { } named)
            d.Target = named;
        // "Sadr's followers broke into parliament ... Police fired tear gas at the crowd": force used on a crowd hits the body
        // the story's protests are told of, when they are told of one body only.
        if (d.Type == "ASSAULT" && d.Target is { } crowd && Crowd(crowd) && StoryProtester(d.Actor) is { } protester)
            d.Target = protester;
        if (d.Type == "ASSAULT")
        {
            d.Mode = d.Trigger.Mode ?? ModeNear(first, last, clauseStart, clauseEnd, d.Aggregate,
                outside: d.Trigger.Is(TriggerFlags.Intercept) || d.Trigger.Is(TriggerFlags.SubjectIsTarget));
            // "rocket and drone attacks": the phrase's own weapon is one of two told as one, so no one mode.
            if (d.Trigger.Mode is not null && JoinedWeapon(first, d.Trigger.Mode)) d.Mode = "unspecified";
            // "security forces fired on the crowd", "gunmen fired at protesters": firing on people with no weapon named is gunfire.
            if (d.Mode is null && d.Trigger.IsVerb && d.Trigger.Lemma is "fire" or "fire on" or "fire at" or "fire into"
                && (Word(last) is "on" or "at" or "into" ? last + 1 : Word(last + 1) is "on" or "at" or "into" ? last + 2 : -1) is var aimed && aimed > 0
                && (_cues.At(aimed, "crowd") >= 0 || _cues.At(aimed + 1, "crowd") >= 0 || _cues.At(aimed, "person") >= 0 || _cues.At(aimed + 1, "person") >= 0
                    || (d.Target is { } fired && (Crowd(fired) || IsPerson(fired))))
                // ("tear gas canisters were fired at the protesters": what is fired is no bullet.)
                && !_cues.Any("riot-gear", clauseStart, clauseEnd))
                d.Mode = "gunfire";
            bool state = StateActor(d.Actor);
            // "Turkish artillery pounded villages near Amedi", "Iranian artillery bombarded villages": a strike word of guns fired from
            // the ground is no airstrike ("Turkish jets and artillery pounded the Zap area" still is).
            // "American bombs fell on al-Qaim", "the town Washington keeps bombing": a state's bare bombs fall from the air; they are no
            // roadside bomb.
            if (state && (d.Mode is null && _cues.At(first, "state-strike") >= 0 || d.Mode == "ied" && BareBombs(clauseStart, clauseEnd))
                && !(_cues.Any("ground-fire", clauseStart, clauseEnd) && !_cues.Any("air-arm", clauseStart, clauseEnd))) d.ModeGuessed = true;
            if (state && (d.Mode is "drone" || d.ModeGuessed)) d.Mode = "airstrike";
            // "a car was hit by a Turkish drone", "an American drone killed two men", "a drone struck a pickup near Sinjar": a
            // state's drone, or one that hits a car on the road, is an armed drone of a state's air force, not a one-way drone
            // of an armed group.
            if (d.Mode == "drone" && !state && !_cues.Any("one-way", clauseStart, clauseEnd)
                && (StateDrone(clauseStart, clauseEnd) || RoadVehicle(clauseStart, clauseEnd)))
                d.Mode = "airstrike";
            d.Mode ??= "unspecified";
            // "Roadside bombs hit two supply convoys near Diwaniyah ... More than 40 convoys have been struck since January": an
            // attack on convoys that names no weapon is made with the one weapon the story's convoy attacks told before were.
            if (d.Mode == "unspecified" && d.Trigger.Mode is null && Convoy(_first, _end) >= 0 && ConvoyWeapon() is { } convoyWeapon)
                d.Mode = convoyWeapon;
            // "X said it struck Y": an armed group telling of its own attack claims it.
            // ("X said its fighters had carried out the attack": so does one that says "the" attack told was its own; "X announced
            // targeting the base": so does one that announces it, cue light ASSAULT:claim.)
            if (d.ClaimedBy is null && d.Status == "reported" && d.Actor is not null && kb[d.Actor]?.Kind is "armed_group" or "coalition"
                && (_cues.Any("claim", _first, first - 1) || (d.Definite && !d.Trigger.IsVerb && !d.Aggregate && _cues.Any("speech", _first, first - 1))
                    || ClaimAnnouncedBy(first) == d.Actor))
                d.ClaimedBy = d.Actor;
        }
        else if (d.Type == "COERCE") d.Mode = d.Trigger.Mode ?? "arrest";
        // "sent reinforcements" (reinforcement), "handed the base over" (base handover): the move the trigger word tells.
        else if (d.Type is "MOBILIZE" or "RETREAT" && d.Trigger.Type == d.Type)
        {
            d.Mode = d.Trigger.Mode;
            // "sent army reinforcements to the city": a deployment of reinforcements reinforces.
            if (d.Mode == "deployment" && MovedWord(last, clauseEnd, WordClass.Reinforcements)) d.Mode = "reinforcement";
            // "ordered non-emergency staff to leave", "pulled its foreign employees out": civilians leaving are evacuated.
            if (d.Mode == "withdrawal" && (MovedWord(last, clauseEnd, WordClass.Civilians) || MovedWord(Math.Max(clauseStart, first - 5) - 1, first - 1, WordClass.Civilians))) d.Mode = "evacuation";
        }
        // "boycotted the session" (boycott): a kind of protest the trigger word tells.
        else if (d.Type == "PROTEST" && d.Trigger.Type == d.Type) d.Mode = d.Trigger.Mode;
        // "designated X" (designation), "froze the assets" (asset freeze), "barred 14 banks from dollar transactions" (dollar
        // ban), "recalled its ambassador" (recall of ambassador): the kind of measure the trigger word, or the act it was read
        // as, tells.
        else if (d.Type == "SANCTION") d.Mode = d.Trigger.Type == d.Type ? d.Trigger.Mode : SanctionKind(d.Trigger, last, clauseEnd);
        else d.Mode = null;
    }

    /// <summary>Whether a drone of the clause is told as a state's by the people's adjective or the state's name right before
    /// it ("a Turkish drone", "a US drone", "American armed drones"); a one-way, suicide or explosive-laden drone is no
    /// state's armed drone.</summary>
    private bool StateDrone(int clauseStart, int clauseEnd)
    {
        foreach (var (f, l, cue) in _cues.Hits)
        {
            if (cue.Class != "mode" || cue.Value != "drone" || f < clauseStart || l > clauseEnd) continue;
            int t = f - 1;
            if (Word(t) is "armed" or "unmanned") t--;
            if (!(Word(f) is "drone" or "drones" or "armed" or "unmanned" or "UAV" or "UAVs")) continue;
            if (_cues.ValueAt(t, "demonym", out _) is { } people && _stage.Kb[people] is not null) return true;
            if (_index.Actor[t] is var m && m >= 0 && _index.ActorLast[m] == t && _doc.Mentions[m].EntityId is { } named
                && _stage.Kb[named]?.Kind is "government" or "state_force") return true;
        }
        return false;
    }

    /// <summary>Whether the clause tells of a car on the road (cue class road-vehicle), not inside a weapon's name ("unmanned
    /// aerial vehicle", "vehicle-borne bomb").</summary>
    private bool RoadVehicle(int clauseStart, int clauseEnd)
    {
        foreach (var (f, l, cue) in _cues.Hits)
        {
            if (cue.Class != "road-vehicle" || f < clauseStart || l > clauseEnd) continue;
            bool inWeapon = false;
            foreach (var (mf, ml, m) in _cues.Hits)
                if (m.Class == "mode" && mf <= f && ml >= l) { inWeapon = true; break; }
            if (!inWeapon) return true;
        }
        return false;
    }

    /// <summary>The kind of a sanction read from a word of another type: an envoy called home ("withdrew its ambassador") or
    /// sent away ("asked the Swedish ambassador to leave"), banks barred from dollars, property blocked.</summary>
    private string? SanctionKind(Trigger trigger, int last, int clauseEnd)
    {
        string? envoy = null;
        if (_cues.First("envoy", last + 1, Math.Min(clauseEnd, last + 6)) is var e and >= 0)
            envoy = Word(e) is "ambassador" or "ambassadors" ? "ambassador" : Word(e) is "charge" or "chargé" or "charges" or "chargés" ? "charge d'affaires" : "envoy";
        if (trigger.Type == "RETREAT") return envoy is null ? null : "recall of " + envoy;
        if (envoy is not null) return "expulsion of " + envoy;
        if (trigger.Type == "COERCE")
        {
            for (int t = last + 1; t <= Math.Min(clauseEnd, last + 8); t++)
                if (Word(t) is "dollar" or "dollars" || WordIs(t, WordClass.Currency)) return "dollar ban";
            if (trigger.Lemma == "block") return "asset freeze";
        }
        return null;
    }

    /// <summary>Whether a word of the kind stands within four words after <paramref name="last"/>, before <paramref name="end"/>.</summary>
    private bool MovedWord(int last, int end, WordClass kind)
    {
        for (int t = last + 1; t <= Math.Min(end, last + 4); t++)
            if (WordIs(t, kind)) return true;
        return false;
    }

    /// <summary>Whether a weapon of another kind is joined to the attack phrase at <paramref name="first"/> by "and" or "or"
    /// ("rocket and drone attacks", "missile or drone strikes").</summary>
    private bool JoinedWeapon(int first, string mode)
    {
        if (Word(first - 1) is not ("and" or "or")) return false;
        foreach (var (f, l, cue) in _cues.Hits)
            if (cue.Class == "mode" && l == first - 2 && cue.Value != mode) return true;
        return false;
    }

    /// <summary>Whether the sentence tells <paramref name="id"/> as the agent of a verb of ordering in the passive ("ordered by
    /// President X", "authorised by X"), with no more than a title between "by" and the name.</summary>
    private bool OrderedBy(string id)
    {
        for (int t = _first; t + 1 < _end; t++)
        {
            if (_cues.At(t, "ordered-by") < 0 || Word(t + 1) != "by") continue;
            for (int k = t + 2; k < _end && k <= t + 5; k++)
            {
                int m = _index.Actor[k];
                if (m < 0) continue;
                if (_doc.Mentions[m].EntityId == id) return true;
                break;
            }
        }
        return false;
    }

    /// <summary>The forces (forces.tsv) of the state or body a person holds office in or leads on the story's day, or null for
    /// anyone else.</summary>
    private string? OfficeForces(string id)
    {
        if (_stage.Kb[id] is not { Kind: "person" } person) return null;
        foreach (var role in _stage.Kb.RolesOn(person, _doc.Published))
            if (role.Role is "office" or "leader" && role.Of is not null && _lex.Forces.TryGetValue(role.Of, out var f)) return f;
        return null;
    }

    /// <summary>The forces of the government whose member announces an arrest or a deployment
    /// ("the prime minister announced the arrest of …": the arrests are the security forces'); with <paramref name="move"/>
    /// also a ministry of that government, and with <paramref name="after"/> the one who announces after the act.</summary>
    private string? ForcesOfAnnouncer(int first, bool move = false, bool after = false)
    {
        var kb = _stage.Kb;
        for (int t = first - 1; t >= _first; t--)
        {
            int m = _index.Actor[t];
            if (m < 0) continue;
            var id = _doc.Mentions[m].EntityId!;
            if (_lex.Forces.TryGetValue(id, out var f)) return f;
            // "the Pentagon announced the sending of 3,000 more soldiers": a ministry of a government that has forces announces
            // its forces' move (not an arrest: "the Interior Ministry said its teams arrested" is the ministry's own).
            if (move && kb[id] is { Kind: "government" } body)
                for (int i = 0; i < body.PartOf.Count; i++)
                    if (_lex.Forces.TryGetValue(body.PartOf[i].Id, out f)) return f;
            if (kb[id] is { Kind: "person" } person)
                foreach (var role in kb.RolesOn(person, _doc.Published))
                    if (role.Role == "office" && role.Of is not null && _lex.Forces.TryGetValue(role.Of, out f)) return f;
            t = _index.ActorFirst[m];
        }
        // "About 1,000 more troops would be sent to the region, the Pentagon announced": or the one who announces after it
        // forces moved by someone the sentence does not name (a passive or a noun: "soldiers will deploy to Jordan, the
        // Pentagon said" tells the soldiers' own move).
        if (after)
            for (int t = first + 1; t < _end; t++)
            {
                int m = _index.Actor[t];
                if (m < 0) continue;
                t = _index.ActorLast[m];
                if (_cues.At(t + 1, "speech") < 0 || Word(_index.ActorFirst[m] - 1) is not ("," or "the") ) continue;
                var id = _doc.Mentions[m].EntityId!;
                if (_lex.Forces.TryGetValue(id, out var f)) return f;
                if (kb[id] is { Kind: "government" } body)
                    for (int i = 0; i < body.PartOf.Count; i++)
                        if (_lex.Forces.TryGetValue(body.PartOf[i].Id, out f)) return f;
            }
        return null;
    }

    /// <summary>The state named right after "with" that follows a noun of a way across (cue class way) in [<paramref name="from"/>,
    /// <paramref name="to"/>): "crossings with Iran", "the border with Syria"; null for none.</summary>
    private string? WayWith(int from, int to)
    {
        for (int t = Math.Max(from, _first); t < to; t++)
        {
            if (_cues.At(t, "way") < 0 || Word(t + 1) != "with") continue;
            int m = _index.Actor[t + 2];
            if (m < 0 || _index.ActorFirst[m] != t + 2) return null;
            var id = _doc.Mentions[m].EntityId!;
            return _stage.Kb[id]?.Kind == "government" && _stage.Governments.Values.Contains(id) ? id : null;
        }
        return null;
    }

    /// <summary>The government named last before the ban at <paramref name="first"/> in its sentence, when that government has
    /// forces that act for it (forces.tsv): it bans, and its forces do not. Null for none, or for another actor named
    /// between.</summary>
    private string? GovernmentBefore(int first)
    {
        for (int t = first - 1; t >= _first; t--)
        {
            int m = _index.Actor[t];
            if (m < 0) continue;
            var id = _doc.Mentions[m].EntityId!;
            return _lex.Forces.ContainsKey(id) && _stage.Kb[id]?.Kind == "government" ? id : null;
        }
        return null;
    }

    /// <summary>The first token of a bare noun of forces (cue class bare-forces: "police", "the soldiers", "security forces")
    /// that opens the clause or sentence right before the act at <paramref name="first"/> (past a verb group) as its doer,
    /// with <paramref name="kind"/> its kind; -1 when there is none. A passive's subject is the one acted on, except for
    /// forces moved ("extra police were deployed").</summary>
    private int BareForces(Draft d, int first, int clauseStart, out string? kind)
    {
        kind = null;
        if (!d.Trigger.IsVerb) return -1;
        int t = first - 1;
        bool passive = false;
        while (t > clauseStart && WordIs(t, WordClass.VerbGroup | WordClass.Adverb))
        {
            if (Word(t) is "was" or "were" or "been" or "being" or "be" or "is" or "are") passive = true;
            t--;
        }
        if (passive && d.Type is not ("MOBILIZE" or "RETREAT")) return -1;
        // ("police in Basra arrested ...": a place after "in" may follow the noun.)
        if (t > clauseStart && _index.Place[t] >= 0)
        {
            int p = t;
            while (p - 1 > clauseStart && _index.Place[p - 1] == _index.Place[t]) p--;
            if (Word(p - 1) == "in") t = p - 2;
        }
        for (int s = Math.Max(clauseStart, t - 2); s <= t; s++)
        {
            if (_cues.ValueAt(s, "bare-forces", out int last) is not { } value || last != t) continue;
            // ("Troops and police were deployed": two such nouns joined are the forces of either kind.)
            if (Word(s - 1) == "and" && s - 2 >= clauseStart && BareForcesEnding(s - 2) is var s0 and >= 0)
            {
                s = s0;
                value = "any";
            }
            for (int k = s; k <= t; k++) if (_index.Actor[k] >= 0 || _index.Place[k] >= 0) return -1;
            if (!OpensClause(s, clauseStart)) return -1;
            kind = value;
            return s;
        }
        // "Police raided a house and arrested two men", "the forces arrested six ... and seized two rifles": a verb after
        // "and" shares the bare forces that open the verb before it.
        if (t == first - 1 && Word(t) == "and" && PreviousVerb(t, clauseStart) is var previous and >= 0)
            return BareForces(d, previous, clauseStart, out kind);
        return -1;
    }

    /// <summary>The first token of a bare noun of forces (cue class bare-forces) that ends at <paramref name="last"/>, or -1.</summary>
    private int BareForcesEnding(int last)
    {
        for (int s = Math.Max(_first, last - 2); s <= last; s++)
            if (_cues.ValueAt(s, "bare-forces", out int end) is not null && end == last) return s;
        return -1;
    }

    /// <summary>Whether the noun phrase at <paramref name="s"/> opens its sentence or clause: nothing before it there but an
    /// adverb ("Also the forces arrested"), a time ("On Saturday morning troops set up"), a comma, ", and", or the "that"
    /// of a report ("a source said that the forces arrested"). ("The army and police took over ...": a noun after "and"
    /// with no comma is a list's last item.)</summary>
    private bool OpensClause(int s, int clauseStart)
    {
        int open = s;
        if (open - 1 >= _first && open - 1 >= clauseStart && WordIs(open - 1, WordClass.Adverb)) open--;
        if (open - 1 >= _first && open - 1 >= clauseStart && _index.Time[open - 1] >= 0)
        {
            while (open - 1 >= _first && open - 1 >= clauseStart && _index.Time[open - 1] >= 0) open--;
            if (open - 1 >= _first && open - 1 >= clauseStart && Word(open - 1) is "on" or "in" or "by" or "at") open--;
        }
        // ('the command said in a statement that "the forces found a hideout ..."', 'it said: "the forces arrested"': the
        // quote's opening mark stands between the report and its clause.)
        bool quoted = false;
        if (open - 1 >= _first && open - 1 >= clauseStart && Word(open - 1) is "\"" or "“" or "'" or "‘") { open--; quoted = true; }
        if (open <= _first || open <= clauseStart) return true;
        return Word(open - 1) is "," or "that" || (quoted && Word(open - 1) == ":")
            || (Word(open - 1) is "and" or "then" or "but" && Word(open - 2) == ",");
    }

    /// <summary>"command" or "statement" where the sentence tells its act by that definite noun ("..., the command said",
    /// "the statement said that ...", "according to the command"), else null.</summary>
    private string? DefiniteTeller()
    {
        for (int t = _first + 1; t + 1 < _end; t++)
        {
            if (Word(t) is not ("command" or "statement") || Word(t - 1) != "the") continue;
            if (_cues.At(t + 1, "speech") >= 0 || (Word(t - 2) == "to" && Word(t - 3) == "according")) return Word(t);
        }
        return null;
    }

    /// <summary>The body the story named last before this sentence that a definite teller noun stands for: for "command",
    /// a state force whose name holds "command" ("the Basra Operations Command"); for "statement", a state force (other
    /// than a state's forces as a whole) that said or announced something "in a statement". Null for none.</summary>
    private string? TellingBody(string noun)
    {
        int start = _doc.Tokens[_first].Start;
        string? found = null;
        foreach (var m in _doc.Mentions)
        {
            if (m.Start >= start) break;
            if (m.Kind != MentionKind.Actor || m.EntityId is not { } id) continue;
            var entity = _stage.Kb[id];
            bool unlinkedCommand = entity is null && id.Contains("command", StringComparison.Ordinal);
            if (!unlinkedCommand && entity is not { Kind: "state_force" }) continue;
            if (_lex.WholeForces.Contains(id)) continue;
            if (noun == "command")
            {
                if (unlinkedCommand || entity!.Name.Contains("Command", StringComparison.Ordinal)) found = id;
                continue;
            }
            int end = m.Start + m.Length;
            var after = _doc.Text.AsSpan(end, Math.Min(40, _doc.Text.Length - end));
            int stop = after.IndexOfAny('.', '\n');
            if (stop >= 0) after = after[..stop];
            if (after.Contains(" in a statement", StringComparison.Ordinal)) found = id;
        }
        return found;
    }

    /// <summary>The state force the story named last before token <paramref name="at"/> that fits <paramref name="kind"/>
    /// (police, army or any), of the state whose forces the story named most before it (the story's country on a tie), or
    /// that state's forces as a whole when it named several of them (not for police); null for none.</summary>
    private string? StoryForce(int at, string kind)
    {
        int start = _doc.Tokens[at].Start;
        var home = StoryCountry()?.Country;
        Dictionary<string, int>? counts = null;
        Dictionary<string, (int Start, string Id)>? lastOf = null;
        HashSet<string>? several = null;
        foreach (var m in _doc.Mentions)
        {
            if (m.Start >= start) continue;
            if (m.Kind != MentionKind.Actor || m.EntityId is not { } id || _stage.Kb[id] is not { Kind: "state_force", Country: { } country } force) continue;
            bool police = force.Name.Contains("police", StringComparison.OrdinalIgnoreCase);
            if (kind == "police" ? !police : kind == "army" && police) continue;
            counts ??= []; lastOf ??= [];
            counts[country] = counts.GetValueOrDefault(country) + 1;
            if (lastOf.TryGetValue(country, out var was) && was.Id != id) (several ??= []).Add(country);
            if (!lastOf.TryGetValue(country, out was) || m.Start > was.Start) lastOf[country] = (m.Start, id);
        }
        // (With none named the act keeps no actor: "Officers recovered two mortar tubes" alone says not whose.)
        if (counts is null) return null;
        string? best = null;
        foreach (var (c, n) in counts)
            if (best is null || n > counts[best] || (n == counts[best] && c == home)) best = c;
        // ("The army, the Federal Police and the Popular Mobilization ... Also the forces arrested ...": of several of a
        // state's forces named, a bare soldiers' or forces' noun is the state's forces as a whole.)
        // ("The force seized rifles": one force is the one named last.)
        if (kind is not ("police" or "one") && several is not null && several.Contains(best!) && _stage.Governments.TryGetValue(best!, out var state)
            && _lex.Forces.TryGetValue(state, out var whole)) return whole;
        return lastOf![best!].Id;
    }

    /// <summary>The forces of the state whose adjective stands before <paramref name="first"/> with no actor named
    /// between ("the Turkish defence ministry announced that its jets ..."), or null.</summary>
    private string? ForcesOfAdjective(int first)
    {
        for (int t = first - 1; t >= _first; t--)
        {
            if (_index.Actor[t] >= 0) return null;
            if (_cues.ValueAt(t, "demonym", out _) is { } state) return _lex.Forces.GetValueOrDefault(state);
        }
        return null;
    }

    /// <summary>The state whose adjective names a military site (cue class military-site) right after the act ("hit a Turkish
    /// base", "on an American convoy") or right before it ("a Turkish position was shelled"), with only an article or
    /// "military", "army" between; or null.</summary>
    private string? StateSite(int first, int last, int clauseStart, int clauseEnd)
    {
        for (int t = last + 1; t < clauseEnd && t <= last + 4; t++)
        {
            if (_index.Actor[t] >= 0 || _index.Place[t] >= 0) return null;
            if (StateSiteAt(t) is { } state) return state;
        }
        // ("A Turkish outpost near Zakho was shelled": the subject's place may stand between.)
        for (int t = first - 1; t >= clauseStart && t >= first - 8; t--)
        {
            if (_index.Actor[t] >= 0) return null;
            if (StateSiteAt(t) is { } state) return state;
        }
        return null;
    }

    private string? StateSiteAt(int t)
    {
        if (_cues.ValueAt(t, "demonym", out int last) is not { } state) return null;
        int next = last + 1;
        if (Word(next) is "military" or "army" or "armed" or "security" or "forces'" or "troops'") next++;
        return _cues.At(next, "military-site") >= 0 ? state : null;
    }

    /// <summary>The "its" or "their" of "its aircraft (had) struck", "their forces reinforced" right before the act at
    /// <paramref name="first"/> (past a verb group), or -1.</summary>
    private int OwnForcesBefore(int first)
    {
        int t = first - 1;
        while (t > _first && WordIs(t, WordClass.VerbGroup | WordClass.Adverb)) t--;
        if (t - 1 < _first || !WordIs(t, WordClass.ForceNoun)) return -1;
        if (Word(t - 1) is "fighter" or "war" or "own" && t - 2 >= _first) t--;
        return Word(t - 1) is "its" or "their" ? t - 1 : -1;
    }

    /// <summary>"claimed drone attacks on Haifa port", "fired rockets at Israel": a country, town or site hit as the act's object, in a
    /// state the attacker is at war with (the knowledge base has them opposed), is an attack on that state. Not a
    /// place the act only happens in ("a training site near Albu Kamal"), nor a state's own town hit by a neighbour
    /// it is not at war with.</summary>
    private string? EnemyStateHit(Draft d, string? weapon)
    {
        if (_stage.Gazetteer?[_doc.Places[d.Place].PlaceId] is not { Country: { } country }
            || !_stage.Governments.TryGetValue(country, out var state) || state == d.Actor) return null;
        // Over "the" and a noun of what the place is ("at the port of Eilat").
        int before = _index.PlaceFirst[d.Place] - 1;
        if (Word(before) == "of" && before - 1 > d.Last && _doc.Tokens[before - 1].Kind == TokenKind.Word && !_doc.Tokens[before - 1].Is(TokenFlags.Capitalized)) before -= 2;
        if (Word(before) == "the") before--;
        // "attacked \"a vital target\" in Eilat", "struck targets in Israel": a noun of what was aimed at, in the place.
        if (Word(before) == "in" && before - 1 > d.Last && AimedNoun(before - 1)) before = d.Last;
        if (before != d.Last && Word(before) is not ("on" or "at" or "against" or "targeting" or "toward" or "towards")) return null;
        if (d.Actor is not null) return Opposed(state, d.Actor) ? state : null;
        // ("Monday: two drones launched at 'a vital target' in Eilat, according to the group": with no attacker told, a state
        // at war with an armed group the page names is hit by that group's kind of weapon.)
        // (Not a group's own country: "Islamic State" and the government of Iraq are opposed, yet a rocket in Iraq is no attack on Iraq.)
        if (weapon is not ("drone" or "rocket" or "missile")) return null;
        foreach (var m in _doc.Mentions)
            if (m.EntityId is { } named && _stage.Kb[named] is { Kind: "armed_group" or "coalition" } group && group.Country is { } own && own != country && Opposed(state, named)) return state;
        return null;
    }

    /// <summary>The one body a state or its forces is opposed to (knowledge base), when the page names it; else null. When
    /// the story told an attack of that actor (or of no one named) on one group aligned with that foe ("a Turkish drone hit a YBS pickup ...
    /// Ankara made no comment on Wednesday's strike") and none of it on the foe itself, the untargeted strike is read as
    /// hitting that group.</summary>
    private string? SoleFoeNamed(string actor)
    {
        if (_stage.Kb[actor] is not { Kind: "state_force" or "government", OpposedTo: [var foe] } || foe == actor) return null;
        bool named = false;
        foreach (var m in _doc.Mentions)
            if (m.EntityId == foe) { named = true; break; }
        if (!named) return null;
        string? ally = null;
        foreach (var o in _story!)
            if (o.Type == "ASSAULT" && o.Actor == actor && o.Target == foe) return foe;
            else if (o.Type == "ASSAULT" && (o.Actor is null || o.Actor == actor) && o.Target is { } hit && hit != foe && _stage.Kb[hit] is { } group && group.AlignedWith.Contains(foe))
            {
                if (ally is not null && ally != hit) return foe;
                ally = hit;
            }
        return ally ?? foe;
    }

    /// <summary>The one armed group the page names, or null when it names none or several.</summary>
    private string? SoleBandNamed()
    {
        string? band = null;
        foreach (var m in _doc.Mentions)
            if (m.EntityId is { } named && named != band && _stage.Kb[named] is { Kind: "armed_group" })
            {
                if (band is not null) return null;
                band = named;
            }
        return band;
    }

    /// <summary>The one actor of the protests the story told before, other than a crowd, a person or
    /// <paramref name="attacker"/>; null when it told none or several.</summary>
    private string? StoryProtester(string? attacker)
    {
        string? found = null;
        foreach (var o in _story!)
        {
            // (A state told as protesting, "Sudan protested", is no crowd on the street.)
            if (o.Type != "PROTEST" || o.Status != "reported" || o.Actor is not { } a || Crowd(a) || a == attacker || _stage.Kb[a]?.Kind == "government") continue;
            if (found is not null && found != a) return null;
            found = a;
        }
        return found is not null && !IsPerson(found) ? found : null;
    }

    /// <summary>Whether the clause tells of unnamed people held ("young men", "12 persons", "rioters") and of no suspicion
    /// ("suspected of", "suspects", "for questioning", "in connection with").</summary>
    private bool PeopleHeld(int from, int to)
    {
        bool people = false;
        for (int t = Math.Max(from, _first); t < Math.Min(to, _end); t++)
            switch (Word(t))
            {
                case "men" or "persons" or "people" or "youths" or "rioters" or "individuals": people = true; break;
                case "suspected" or "suspect" or "suspects" or "suspicion" or "accused" or "questioning" or "investigation" or "connection" or "planting" or "involvement":
                    return false;
            }
        return people;
    }

    /// <summary>The protesters when the latest happening the story told before is a protest or force on a crowd (a PROTEST
    /// event, a crowd acting or hit), not an attack ("a bomb hit the convoy ... police arrested two men"); else null.</summary>
    private string? ProtestsTold()
    {
        if (_stage.Kb["protesters"] is null) return null;
        for (int i = _story!.Count - 1; i >= 0; i--)
        {
            var o = _story[i];
            if (o.Status != "reported") continue;
            if (o.Type == "PROTEST" || (o.Actor is { } a && Crowd(a)) || (o.Target is { } x && Crowd(x))) return "protesters";
            if (o.Type == "ASSAULT") return null;
        }
        return null;
    }

    /// <summary>Whether the sentence names a crowd by a word of its own (protesters, demonstrators, the crowd).</summary>
    private bool CrowdWord()
    {
        for (int t = _first; t < _end; t++)
            if (WordIs(t, WordClass.CrowdNoun)) return true;
        return false;
    }

    /// <summary>The crowd (protesters, activists) the sentence names as an actor, or the protesters when it tells of a
    /// protest ("to break up a sit-in", "students marching on the Green Zone"); else none.</summary>
    private string? CrowdInSentence()
    {
        for (int t = _first; t < _end; t++)
            if (_index.Actor[t] is var m && m >= 0 && _doc.Mentions[m].EntityId is { } id && Crowd(id)) return id;
        foreach (var h in _hits)
            if (h.Trigger.Type == "PROTEST" && h.First >= _first && h.First < _end && _stage.Kb["protesters"] is not null) return "protesters";
        return null;
    }
}
