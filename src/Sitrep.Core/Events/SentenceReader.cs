using Sitrep.Core.Documents;

namespace Sitrep.Core.Events;

/// <summary>
/// Reads the events of one sentence from its triggers: roles from the words around each trigger,
/// status, mode, claim, counts, place and time, then casualties; triggers that only name what another
/// event threatens, asks for or refuses ("urged them to stop the attacks") make no event of their own.
/// </summary>
internal sealed class SentenceReader
{
    private readonly EventStage _stage;
    private readonly EventLexicon _lex;
    private readonly Document _doc;
    private readonly StoryIndex _index;
    private readonly int _sentence, _first, _end;
    private readonly List<(Trigger Trigger, int First, int Last)> _hits;
    private readonly SentenceCues _cues;

    public SentenceReader(EventStage stage, Document doc, StoryIndex index, int sentence, List<(Trigger, int, int)> hits, StoryScratch scratch)
    {
        _stage = stage;
        _lex = stage.Lexicon;
        _doc = doc;
        _index = index;
        _sentence = sentence;
        _first = doc.Sentences[sentence].FirstToken;
        _end = _first + doc.Sentences[sentence].TokenCount;
        _hits = hits;
        _cues = scratch.Cues;
        _cues.Read(doc, _lex, _first, _end, scratch.CueBuffer);
        _words = scratch.Words;
        _triggerAt = scratch.TriggerAt;
        Array.Clear(_triggerAt, _first, _end - _first);
        foreach (var h in hits)
        {
            if (h.Item1.Is(TriggerFlags.Weak)) continue;
            _triggerAt[h.Item2] = h.Item1.IsVerb && !EventStage.PreferNoun(doc, h.Item2, h.Item3) ? SureVerb : SureNoun;
        }
    }

    /// <summary>Per token of the story (read only inside this sentence): its lower-case word, filled when first asked for.</summary>
    private readonly string?[] _words;
    /// <summary>Per token of the story (set only inside this sentence): <see cref="SureVerb"/> or
    /// <see cref="SureNoun"/> where a trigger that is not weak starts.</summary>
    private readonly byte[] _triggerAt;
    private const byte SureVerb = 1, SureNoun = 2;

    /// <summary>Types whose complement names an act they do not report: "threatened to strike",
    /// "urged them to stop attacks", "refused to withdraw", "agreed to withdraw", "suspended attacks".</summary>
    private static readonly HashSet<string> Governing = new(StringComparer.Ordinal)
    {
        "THREATEN", "REQUEST", "REJECT", "AGREE", "CONCEDE",
    };

    public void Read(List<Draft> into)
    {
        var local = new List<Draft>();
        for (int h = 0; h < _hits.Count; h++)
        {
            if (Governed(h)) continue;
            foreach (var d in Frame(_hits[h].Trigger, _hits[h].First, _hits[h].Last)) local.Add(d);
        }
        if (local.Count == 0)
        {
            CarryCasualties(into);
            return;
        }
        Casualties(local);
        // Two triggers of one happening in one sentence ("a drone attack targeted the base") are one event.
        for (int i = 0; i < local.Count; i++)
            for (int j = local.Count - 1; j > i; j--)
                if (EventMerger.Compatible(local[i], local[j], sameSentence: true))
                {
                    local[i].Absorb(local[j]);
                    local.RemoveAt(j);
                }
        for (int i = local.Count - 1; i >= 0; i--)
            if (Generic(local[i], local[i].Trigger)) local.RemoveAt(i);
        into.AddRange(local);
    }

    private bool Governed(int h)
    {
        for (int g = h - 1; g >= 0; g--)
            if (GovernedBy(g, h)) return true;
        return false;
    }

    private bool GovernedBy(int g, int h)
    {
        int first = _hits[h].First;
        var (gov, _, gLast) = _hits[g];
        if (!Governing.Contains(gov.Type) || gLast >= first || first - gLast > 10) return false;
        if (Boundary(gLast + 1, first - 1)) return false;
        // "threatened to strike", "vowed attacks": a verb of threat governs what follows in its clause;
        // a noun only what it links to ("the threat of strikes", "a warning that ... attacks"), not a
        // later clause of its sentence ("this threat follows rocket attacks on Israel").
        if (gov.Type == "THREATEN" && gov.IsVerb) return true;
        bool direct = true;
        for (int t = gLast + 1; t < first && direct; t++) direct = Word(t) is "a" or "an" or "the" or "any" or "all" or "further" or "new" or "more" or "its" or "their";
        if (direct) return true;
        // A noun links by the word right after it ("calls for an end to attacks", "a warning that ...");
        // a verb may have its object first ("urged them to stop").
        bool noun = !gov.IsVerb || EventStage.PreferNoun(_doc, _hits[g].First, gLast);
        for (int t = gLast + 1; t < (noun ? Math.Min(first, gLast + 2) : first); t++)
            if (Word(t) is "to" or "from" or "for" or "against" or "of" || (gov.Type == "THREATEN" && Word(t) == "that")) return true;
        return false;
    }

    private bool Boundary(int from, int to) => from <= to && _cues.Any("boundary", from, to);

    private string Word(int t) => t >= _first && t < _end ? _words[t] ??= WordCache.Lower(_doc.TokenText(t)) : "";

    private static readonly HashSet<string> Adverbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "also", "reportedly", "allegedly", "repeatedly", "recently", "not", "never", "been", "just", "later", "previously",
        "once", "twice", "again", "already", "heavily", "directly", "frequently", "apparently", "then", "all",
    };

    private IEnumerable<Draft> Frame(Trigger trigger, int first, int last)
    {
        int clauseStart = ClauseStart(first), clauseEnd = ClauseEnd(last);
        bool reduced = false;
        bool passive = trigger.IsVerb && (trigger.Form & WordForm.Participle) != 0 && Passive(first, last, out reduced);
        var scan = ScanRight(last, clauseEnd, trigger);
        int subjectLast = -1;
        // A passive without its auxiliary qualifies the noun before it, which is no actor ("six men accused of").
        var subjects = reduced ? [] : Subjects(first, clauseStart, out subjectLast);

        List<string> actors = [], targets = [];
        if (passive || trigger.Is(TriggerFlags.SubjectIsTarget))
        {
            targets.AddRange(subjects);
            if (scan.Agent is not null) actors.Add(scan.Agent);
            // "Rockets were fired at US bases": the subject is the weapon, the name after is the target.
            if (subjects.Count == 0) targets.AddRange(scan.Aimed);
        }
        else if (trigger.IsVerb)
        {
            actors.AddRange(subjects);
            targets.AddRange(scan.Targets);
        }
        else if (trigger.Is(TriggerFlags.Weak) && trigger.Type is "SUPPORT" or "REQUEST" or "AID" or "COOPERATE")
        {
            // "Washington's support for the peshmerga", "US pressure on Baghdad": a weak noun of saying or
            // backing names a state of affairs; it is an act only when a verb makes it one ("X offered support").
            if (subjects.Count > 0 && LightVerbBetween(subjectLast, first)) actors.AddRange(subjects);
            targets.AddRange(scan.Targets);
        }
        else
        {
            if (Modifier(first) is { } modifier) actors.Add(modifier);
            else if (scan.Agent is not null) actors.Add(scan.Agent);
            else if (subjects.Count > 0 && LightVerbBetween(subjectLast, first)) actors.AddRange(subjects);
            targets.AddRange(scan.Targets);
        }
        // Acts two sides do together ("Iraq and the United States agreed"): the first is the actor, the
        // second the other side; it is one act, whatever else the clause names ("Iraq and Iran signed an
        // agreement under which Baghdad ...").
        if (trigger.Type is "AGREE" or "CONSULT" or "COOPERATE" && actors.Count >= 2)
        {
            RemoveIn(targets, actors);
            targets.Insert(0, actors[1]);
            actors.RemoveRange(1, actors.Count - 1);
        }
        RemoveIn(actors, targets);

        bool material = EventLexicon.Material.Contains(trigger.Type);
        if (!material && actors.Count == 0) yield break;
        // "came under rocket fire", "was subjected to 7 attacks" — but not "came under pressure".
        if (trigger.Is(TriggerFlags.SubjectIsTarget) && !AttackFollows(last)) yield break;
        // "measures to prevent attacks", "any attack", "areas likely to be used to launch rockets".
        if (_cues.Any("hypothetical", Math.Max(clauseStart, first - 6), first - 1)) yield break;
        // "... would respond if attacks caused losses": an act under a condition is no event (the threat is).
        if (trigger.Type != "THREATEN" && _cues.Last("future", Math.Max(clauseStart, first - 6), first - 1) is { Cue.Value: "condition" }) yield break;
        // A site that hosts troops is a target when the text names only the site ("rockets struck Ain al-Asad").
        bool site = false;
        foreach (var p in scan.Places)
            if (_lex.Hosts.ContainsKey(_doc.Places[p].PlaceId)) { site = true; break; }
        if (trigger.Is(TriggerFlags.Weak) && actors.Count == 0 && ((targets.Count == 0 && !site) || !trigger.IsVerb)) yield break;
        // "militias supported by Iran", "factions backed by Tehran": a description, which the relation
        // stage reads, not an act.
        if (trigger.Type is "SUPPORT" or "AID" or "COOPERATE" && passive && first > _first && _index.Actor[first - 1] >= 0) yield break;
        // Forces move and leave; they do not do it to anyone.
        if (trigger.Type is "MOBILIZE" or "RETREAT") targets.Clear();

        var template = new Draft(trigger.Type, trigger, _sentence, first, last) { Status = Status(trigger, first, clauseStart) };
        if (material && subjectLast >= 0 && actors.Count > 0 && _cues.Any("claim", subjectLast + 1, first - 1))
            template.ClaimedBy = actors[0];
        Counts(template, trigger, first);
        Time(template, first, last, clauseStart, clauseEnd);

        // Statements happen where their speaker is, which the text rarely says: only physical events
        // and protests get a place.
        var places = material || trigger.Type == "PROTEST" ? Places(first, last, clauseStart, clauseEnd, scan) : [];
        // The sentence's subject list makes one event per actor ("A, B and C refused ..."); a list of
        // sites attacked makes one event per site.
        var actorList = actors.Count > 0 ? actors : [null!];
        foreach (var actor in actorList)
            foreach (var place in places.Count > 0 ? places : [-1])
            {
                var d = template.Copy();
                d.Evidence.Add(_sentence);
                d.Actor = actor;
                d.Target = FirstOther(targets, actor);
                d.Place = place;
                d.PlaceId = place >= 0 ? _doc.Places[place].PlaceId : null;
                if (template.ClaimedBy is not null) d.ClaimedBy = actor;
                Finish(d, first, last, clauseStart, clauseEnd);
                yield return d;
            }
    }

    // Loops rather than LINQ with lambdas below: they run for every trigger, and a lambda that captures
    // the reader or a local allocates a delegate and a closure each time.

    /// <summary>Removes from <paramref name="list"/> what <paramref name="other"/> holds, keeping the order.</summary>
    private static void RemoveIn(List<string> list, List<string> other)
    {
        for (int i = list.Count - 1; i >= 0; i--)
            if (other.Contains(list[i])) list.RemoveAt(i);
    }

    private static string? FirstOther(List<string> list, string? not)
    {
        foreach (var x in list) if (x != not) return x;
        return null;
    }

    /// <summary>Whether a trigger of the sentence spans exactly [first, last].</summary>
    private bool IsHit(int first, int last)
    {
        foreach (var h in _hits) if (h.First == first && h.Last == last) return true;
        return false;
    }

    /// <summary>Whether another of the places lies inside the place <paramref name="id"/>.</summary>
    private bool HoldsAnother(List<int> places, int p, string id)
    {
        var gaz = _stage.Gazetteer;
        foreach (var o in places)
            if (o != p && gaz[_doc.Places[o].PlaceId] is { } other && gaz.AncestorsOf(other).Contains(id)) return true;
        return false;
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

    /// <summary>"The attacks", "recent attacks on US forces": a noun that only refers to attacks told
    /// elsewhere (no actor, no place more precise than a country, no count, no toll, no site such as an
    /// embassy as its target) is no event of its own.</summary>
    private bool Generic(Draft d, Trigger trigger) =>
        d.Type == "ASSAULT" && !trigger.IsVerb && d.Actor is null && d.Count is null && d.Killed is null && d.Injured is null
        && (d.Place < 0 || _doc.Places[d.Place].Precision == 3) && (d.Target is null || !_lex.SiteActors.Contains(d.Target));

    /// <summary>Whether a light verb joins the subject to a noun trigger: "X launched an attack",
    /// "X has carried out more than 70 attacks", "X claimed responsibility for the attack" — the verb
    /// right after the subject, the noun right after the verb's object words.</summary>
    private bool LightVerbBetween(int subjectLast, int first)
    {
        if (subjectLast < 0) return false;
        foreach (var (f, l, cue) in _cues.Hits)
        {
            if (cue.Class is not ("light" or "claim") || f <= subjectLast || l >= first) continue;
            if (f - subjectLast > 4 || first - l > 6) continue;
            bool clear = true;
            for (int t = l + 1; t < first && clear; t++) clear = _index.Actor[t] < 0 && !StartsVerbTrigger(t);
            for (int t = subjectLast + 1; t < f && clear; t++) clear = _index.Actor[t] < 0 && !StartsVerbTrigger(t);
            if (clear) return true;
        }
        return false;
    }

    /// <summary>Mode, forces for governments, targets for sites, claims made by saying.</summary>
    private void Finish(Draft d, int first, int last, int clauseStart, int clauseEnd)
    {
        var kb = _stage.Kb;
        // Sanctions are a government's act; force is its forces'.
        if (d.Material && d.Type != "SANCTION" && d.Actor is not null && _lex.Forces.TryGetValue(d.Actor, out var forces)) d.Actor = forces;
        if (d.Type is "COERCE" or "MOBILIZE" && d.Actor is null) d.Actor = ForcesOfAnnouncer(first);
        if (d.Type == "ASSAULT" && d.Target is not null && _lex.Forces.TryGetValue(d.Target, out var targetForces)) d.Target = targetForces;
        // "Iraq arrested members of its security forces" reads as the forces acting on themselves: no target.
        if (d.Target is not null && d.Target == d.Actor) d.Target = null;
        if (d.Type == "ASSAULT" && d.Target is null && d.Place >= 0 && _lex.Hosts.TryGetValue(_doc.Places[d.Place].PlaceId, out var host))
            d.Target = host;
        if (d.Type == "ASSAULT")
        {
            d.Mode = d.Trigger.Mode ?? ModeNear(first, last, clauseStart, clauseEnd, d.Aggregate);
            bool state = d.Actor is not null && (kb[d.Actor]?.Kind is "state_force" or "government" || _lex.Forces.Values.Contains(d.Actor));
            if (state && (d.Mode is "drone" || (d.Mode is null && _cues.At(first, "state-strike") >= 0))) d.Mode = "airstrike";
            d.Mode ??= "unspecified";
            // "X said it struck Y": an armed group telling of its own attack claims it.
            if (d.ClaimedBy is null && d.Status == "reported" && d.Actor is not null && kb[d.Actor]?.Kind is "armed_group" or "coalition"
                && _cues.Any("claim", _first, first - 1))
                d.ClaimedBy = d.Actor;
        }
        else if (d.Type == "COERCE") d.Mode = d.Trigger.Mode ?? "arrest";
        else d.Mode = null;
    }

    /// <summary>The forces of the government whose member announces an arrest or a deployment
    /// ("the prime minister announced the arrest of …": the arrests are the security forces').</summary>
    private string? ForcesOfAnnouncer(int first)
    {
        var kb = _stage.Kb;
        for (int t = first - 1; t >= _first; t--)
        {
            int m = _index.Actor[t];
            if (m < 0) continue;
            var id = _doc.Mentions[m].EntityId!;
            if (_lex.Forces.TryGetValue(id, out var f)) return f;
            if (kb[id] is { Kind: "person" } person)
                foreach (var role in kb.RolesOn(person, _doc.Published))
                    if (role.Role == "office" && role.Of is not null && _lex.Forces.TryGetValue(role.Of, out f)) return f;
            t = _index.ActorFirst[m];
        }
        return null;
    }

    private int ClauseStart(int first)
    {
        for (int t = first - 1; t >= _first; t--)
            if (_cues.At(t, "boundary") >= 0) return t + 1;
        return _first;
    }

    private int ClauseEnd(int last)
    {
        for (int t = last + 1; t < _end; t++)
            if (_cues.At(t, "boundary") >= 0) return t - 1;
        return _end - 1;
    }

    private bool Passive(int first, int last, out bool reduced)
    {
        reduced = false;
        if (Word(last + 1) == "by") return true;
        int t = first - 1;
        for (int seen = 0; t >= _first && seen < 4; t--, seen++)
        {
            var w = Word(t);
            if (w is "is" or "are" or "was" or "were" or "be" or "been" or "being" or "get" or "got" or "gets" or "getting") return true;
            if (!Adverbs.Contains(w)) break;
        }
        // A participle with no object after a noun that is no actor is a passive without its auxiliary:
        // "six men accused of ...", "two were killed and 14 others wounded when ...", "his rival jailed last month".
        if (first != last || t < _first || _index.Actor[t] >= 0 || _index.Time[t] >= 0 || _index.Place[t] >= 0
            || Word(t) is "has" or "have" or "had" or "'ve" or "who" or "which" or "that"
            || Coreference.IsPronoun(_doc.TokenText(t), out _) || _doc.Tokens[t].Kind != TokenKind.Word) return false;
        reduced = (last + 1 < _end && _index.Time[last + 1] >= 0)
            || Word(last + 1) is "when" or "while" or "after" or "before" or "in" or "on" or "at" or "near" or "during" or "last"
                or "yesterday" or "early" or "late" or "," or "." or "and" or "as" or "over" or "for" or "of" or "with" or "";
        return reduced;
    }

    private sealed class RightScan
    {
        public List<string> Targets { get; } = [];
        /// <summary>Targets named after "at", "on", "against": what an attack was aimed at.</summary>
        public List<string> Aimed { get; } = [];
        public string? Agent { get; set; }
        public List<int> Places { get; } = [];
    }

    /// <summary>Names after the trigger in its clause: "by X" is the agent, other actors are targets
    /// (a list "A, B and C" keeps all), place mentions are kept for the location.</summary>
    private RightScan ScanRight(int last, int clauseEnd, Trigger trigger)
    {
        var scan = new RightScan();
        int limit = Math.Min(clauseEnd, last + 16);
        bool listOpen = false;
        for (int t = last + 1; t <= limit; t++)
        {
            // The names after another event word are that event's ("the arrest of those behind the attack
            // on the embassy": the embassy is the attack's target, not the arrest's).
            // A word that governs the next ("ruled out any truce with X", "threatened attacks on X") reads on.
            if (t > last + 1 && StartsOtherTrigger(t, trigger, last)) break;
            // ", highlighting ...", ", raising ...": a participle clause after a comma says something else.
            if (Word(t) == "," && t + 1 <= limit && _index.Actor[t + 1] < 0 && Word(t + 1) is { Length: > 5 } ing && ing.EndsWith("ing") && ing != "including")
                break;
            int p = _index.Place[t];
            int m = _index.Actor[t];
            // "in north-east Jordan": a country named where something happens is a place, not its government.
            if (m >= 0 && p >= 0 && Locative(m, t)) m = -1;
            // "Erbil air base": the longer name is the place, not Erbil's government.
            if (m >= 0 && p >= 0 && Outspans(p)) m = -1;
            // "a Jordan outpost", "Iraqi bases": a country before a site noun says where, not whom.
            if (m >= 0 && _stage.Kb[_doc.Mentions[m].EntityId!]?.Kind == "government" && SiteNoun(Word(_index.ActorLast[m] + 1))) m = -1;
            if (m >= 0)
            {
                int f = _index.ActorFirst[m];
                // "by US Secretary of Defense Lloyd Austin": the person the titles lead to is the one named.
                if (TitledPerson(m) is var person && person >= 0) m = person;
                var id = _doc.Mentions[m].EntityId!;
                // Over a title to the word that governs the name: "by Iraqi Foreign Minister Fuad Hussein".
                while (f - 1 > last && _index.Actor[f - 1] < 0 && _doc.Tokens[f - 1].Kind == TokenKind.Word
                       && (char.IsUpper(_doc.TokenText(f - 1)[0]) || (Word(f - 1) == "of" && char.IsUpper(_doc.TokenText(f)[0]))))
                    f--;
                var before = Word(f - 1);
                // "rocket attacks on Israel", "Israel's war on Gaza": a place that stands for its people is
                // also where the attack fell.
                if (p >= 0 && _index.PlaceFirst[p] == f && _index.PlaceLast[p] >= _index.ActorLast[m] && trigger.Type == "ASSAULT" && before is "on" or "against" or "into"
                    && !scan.Places.Contains(p))
                    scan.Places.Add(p);
                if (before == "by" && Word(f - 2) is "reported" or "cited" or "announced" or "confirmed" or "quoted" or "published" or "released" or "issued") { }
                else if (before == "by" && scan.Agent is null) scan.Agent = id;
                else if (IsSourceCue(f)) { }
                else if (before == "with" && trigger.Type is "ASSAULT" or "COERCE") { }
                else if (scan.Targets.Count == 0 || listOpen)
                {
                    if (!scan.Targets.Contains(id)) scan.Targets.Add(id);
                    if (before is "at" or "on" or "against" or "toward" or "towards" or "upon" || (before is "the" or "a" or "an" && Word(f - 2) is "at" or "on" or "against"))
                        if (!scan.Aimed.Contains(id)) scan.Aimed.Add(id);
                }
                t = _index.ActorLast[m];
                listOpen = false;
                if (t + 1 <= limit && Word(t + 1) is "," or "and" or "&") listOpen = true;
                if (t + 2 <= limit && Word(t + 1) == "," && Word(t + 2) == "and") { listOpen = true; t++; }
                continue;
            }
            if (p >= 0)
            {
                if (!scan.Places.Contains(p) && UsablePlace(p)) scan.Places.Add(p);
                t = _index.PlaceLast[p];
                continue;
            }
            if (listOpen && Word(t) is not ("," or "and" or "the" or "&")) listOpen = false;
        }
        return scan;
    }

    /// <summary>Whether the place mention starts with an actor's name and reaches past it ("Erbil air
    /// base", "the US embassy in Baghdad"): the longer name is the place.</summary>
    private bool Outspans(int p)
    {
        int m = _index.Actor[_index.PlaceFirst[p]];
        return m >= 0 && _index.PlaceFirst[p] <= _index.ActorFirst[m] && _index.PlaceLast[p] > _index.ActorLast[m];
    }

    /// <summary>The person mention a body's name leads to through a title ("US Secretary of Defense Lloyd
    /// Austin", "Iraqi Prime Minister Mohammed Shia al-Sudani"), or -1.</summary>
    private int TitledPerson(int m)
    {
        if (_stage.Kb[_doc.Mentions[m].EntityId!]?.Kind == "person") return -1;
        int seen = 0;
        for (int t = _index.ActorLast[m] + 1; t < _end && seen < 6; t++, seen++)
        {
            int other = _index.Actor[t];
            if (other >= 0 && other != m)
            {
                if (_stage.Kb[_doc.Mentions[other].EntityId!]?.Kind == "person") return other;
                t = _index.ActorLast[other];
                continue;
            }
            var text = _doc.TokenText(t);
            if (_doc.Tokens[t].Kind != TokenKind.Word || !(char.IsUpper(text[0]) || Word(t) is "of" or "for" or "the")) return -1;
        }
        return -1;
    }

    /// <summary>A government named as a place: "in north-east Jordan", "across Iraq".</summary>
    private bool Locative(int mention, int first) =>
        _index.Place[first] >= 0 && _stage.Kb[_doc.Mentions[mention].EntityId!]?.Kind == "government"
        && Word(first - 1) is "in" or "inside" or "across" or "throughout" or "north-east" or "north-west" or "south-east"
            or "south-west" or "northern" or "southern" or "eastern" or "western" or "central" or "northeastern" or "northwestern";

    private static bool SiteNoun(string w) => w is "outpost" or "outposts" or "base" or "bases" or "camp" or "camps" or "border"
        or "city" or "cities" or "town" or "towns" or "village" or "villages" or "province" or "territory" or "soil" or "airspace" or "port" or "waters";

    private bool IsSourceCue(int mentionFirst)
    {
        int t = Word(mentionFirst - 1) == "the" ? mentionFirst - 2 : mentionFirst - 1;
        return Word(t) == "to" && Word(t - 1) == "according";
    }

    private bool StartsVerbTrigger(int t) => t >= _first && t < _end && _triggerAt[t] == SureVerb;

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

    /// <summary>The subject before the trigger: the nearest actor not governed by a preposition, with the
    /// list it heads ("A, B and C"); a pronoun stands for the last person (he, she) or body (it, they, we)
    /// named before it.</summary>
    private List<string> Subjects(int first, int clauseStart, out int subjectLast)
    {
        var found = new List<string>();
        subjectLast = -1;
        int head = VerbGroupStart(first, clauseStart);
        var before = Word(head - 1);
        // "the factions that continue to target US bases", "militants who were preparing to launch ...":
        // the subject of a relative clause is the noun before its pronoun, an actor or nobody named.
        if (before is "who" or "which" or "that" && head - 1 > clauseStart)
        {
            int end = Word(head - 2) == "," ? head - 3 : head - 2;
            int m = end >= _first ? _index.Actor[end] : -1;
            if (m < 0 || _index.ActorLast[m] != end) return found;
            subjectLast = end;
            found.Add(_doc.Mentions[m].EntityId!);
            ListBefore(_index.ActorFirst[m], clauseStart, quotes: true, found);
            return found;
        }
        // "X raided a headquarters and detained 14 members": verbs joined by "and" share their subject.
        if (before == "and" && PreviousVerb(head - 1, clauseStart) is var previous && previous >= 0)
            return Subjects(previous, clauseStart, out subjectLast);
        for (int t = first - 1; t >= clauseStart && first - t <= 30; t--)
        {
            int m = _index.Actor[t];
            if (m >= 0)
            {
                int f = _index.ActorFirst[m];
                if (GovernedByPreposition(ListBefore(f, clauseStart, quotes: false, null)) || Locative(m, f)) { t = f; continue; }
                subjectLast = _index.ActorLast[m];
                found.Add(_doc.Mentions[m].EntityId!);
                // The list the subject closes: "A, B and C" (quoted names too: "A," "B" and "C").
                ListBefore(f, clauseStart, quotes: true, found);
                return found;
            }
            // "... were killed when 18 rockets struck the base": a subordinate clause has its own subject.
            if (_index.Place[t] < 0 && _index.Time[t] < 0 && Word(t) is "when" or "after" or "before" or "because" or "until" or "unless" or "once" or "whereas")
                return found;
            if (Coreference.IsPronoun(_doc.TokenText(t), out bool person))
            {
                if (Resolve(t, person) is { } id) { found.Add(id); subjectLast = t; }
                return found;
            }
        }
        return found;
    }

    /// <summary>The first token of the verb group that ends with the trigger: auxiliaries, modals,
    /// adverbs and verbs that take the trigger as their complement ("were preparing to launch").</summary>
    private int VerbGroupStart(int first, int clauseStart)
    {
        int t = first;
        while (t - 1 >= clauseStart && _index.Actor[t - 1] < 0 && (Adverbs.Contains(Word(t - 1)) || VerbGroup.Contains(Word(t - 1)))) t--;
        return t;
    }

    private static readonly HashSet<string> VerbGroup = new(StringComparer.Ordinal)
    {
        "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "will", "would", "could", "can",
        "may", "might", "must", "shall", "should", "did", "do", "does", "to", "n't", "continue", "continues",
        "continued", "continuing", "preparing", "prepared", "planning", "planned", "plan", "plans", "trying",
        "tried", "try", "attempting", "attempted", "sought", "seeking", "began", "begun", "started", "going",
        "intend", "intends", "intended", "aim", "aims", "aimed", "want", "wants", "wanted", "vowed", "threatened",
        "keep", "keeps", "kept", "keeping",
    };

    /// <summary>The verb trigger before an "and" that joins a second verb to it, in the same clause.</summary>
    private int PreviousVerb(int and, int clauseStart)
    {
        for (int h = _hits.Count - 1; h >= 0; h--)
        {
            var (trigger, f, l) = _hits[h];
            if (l >= and || f < clauseStart) continue;
            if (!trigger.IsVerb || EventStage.PreferNoun(_doc, f, l)) continue;
            // "... were killed in a US strike and vowed revenge": a passive shares no subject.
            return (trigger.Form & WordForm.Participle) != 0 && Passive(f, l, out _) ? -1 : f;
        }
        return -1;
    }

    /// <summary>Walks back over the list a mention closes ("of A, B and C"), separators being commas, "and",
    /// "&amp;" and, with <paramref name="quotes"/>, quotation marks; adds the listed actors to the front of
    /// <paramref name="into"/> (once each) and returns the first token of the list's head.</summary>
    private int ListBefore(int mentionFirst, int clauseStart, bool quotes, List<string>? into)
    {
        int head = mentionFirst, at = mentionFirst - 1;
        while (at > clauseStart && Separator(Word(at), quotes))
        {
            int k = at;
            while (k > clauseStart && Separator(Word(k), quotes)) k--;
            int mm = _index.Actor[k];
            if (mm < 0) break;
            var id = _doc.Mentions[mm].EntityId!;
            if (into is not null && !into.Contains(id)) into.Insert(0, id);
            head = _index.ActorFirst[mm];
            at = head - 1;
        }
        return head;
    }

    private static bool Separator(string w, bool quotes) =>
        w is "," or "and" or "&" || (quotes && w is "\"" or "“" or "”");

    private bool GovernedByPreposition(int mentionFirst)
    {
        int t = mentionFirst - 1;
        while (t >= _first && Word(t) is "the" or "a" or "an" or "its" or "their" or "iraqi" or "us" or "american" or "iranian") t--;
        return t >= _first && _cues.At(t, "preposition") >= 0
            || (t - 1 >= _first && _cues.At(t - 1, "preposition") == t);
    }

    private string? Resolve(int t, bool person) =>
        Coreference.Resolve(_doc, _stage.Kb, _doc.Tokens[t].Start, _sentence, person);

    /// <summary>The actor a noun trigger names before it: "Kata'ib Hezbollah's drone attack", "US airstrikes".</summary>
    private string? Modifier(int first)
    {
        for (int t = first - 1, steps = 0; t >= _first && steps < 3; t--, steps++)
        {
            int m = _index.Actor[t];
            if (m >= 0) return _doc.Mentions[m].EntityId;
            var w = Word(t);
            if (w is "'s" or "’s" || _cues.At(t, "mode") >= 0 || w is "latest" or "new" or "recent" or "deadly" or "retaliatory" or "joint" or "alleged" or "suspected")
                continue;
            return null;
        }
        return null;
    }

    private string Status(Trigger trigger, int first, int clauseStart)
    {
        if (trigger.Type == "THREATEN") return "reported";
        if (trigger.Is(TriggerFlags.Negates)) return "negated";
        if (_cues.Any("negation", Math.Max(clauseStart, first - 3), first - 1)) return "negated";
        if (_cues.Any("denial", clauseStart, first - 1)) return "negated";
        if (trigger.Is(TriggerFlags.Future)) return "future";
        if (_cues.Last("future", Math.Max(clauseStart, first - 6), first - 1) is { } f && f.Last < first)
            return "future";
        return "reported";
    }

    /// <summary>Summaries: "more than 70 attacks", "the 151st attack", "several attacks", or a plural noun.</summary>
    private void Counts(Draft d, Trigger trigger, int first)
    {
        if (trigger.IsVerb || !EventLexicon.Material.Contains(trigger.Type)) return;
        // "18 Katyusha rockets" counts rockets, not attacks.
        if (_cues.At(first, "mode") is var m && m >= first && IsHit(first, m)) return;
        bool many = false;
        for (int k = Math.Max(_first, first - 4); k < first; k++) many |= _cues.At(k, "many") >= 0;
        for (int t = first - 1, steps = 0; t >= _first && steps < 4; t--, steps++)
        {
            if (_index.Time[t] >= 0 || _index.Actor[t] >= 0) break;
            var text = _doc.TokenText(t);
            if (Numbers.Ordinal(text) is { } nth && (t == first - 1 || Word(t - 1) == "the"))
            {
                d.Aggregate = true;
                d.Count = nth;
                d.Qualifier = "exact";
                return;
            }
            if (Numbers.Cardinal(text) is { } n)
            {
                if (n <= 1) return;
                d.Aggregate = true;
                d.Count = n;
                d.Qualifier = QualifierBefore(t) ?? "exact";
                return;
            }
            if (_cues.At(t, "mode") >= 0 || Word(t) is "attacks" or "separate" or "more" or "than") continue;
            if (many) { d.Aggregate = true; return; }
        }
        if ((trigger.Form & WordForm.Plural) != 0 && (trigger.Form & WordForm.Singular) == 0) d.Aggregate = true;
    }

    private string? QualifierBefore(int numberToken)
    {
        foreach (var (f, l, cue) in _cues.Hits)
            if (cue.Class == "qualifier" && l == numberToken - 1) return cue.Value;
        return null;
    }

    private void Time(Draft d, int first, int last, int clauseStart, int clauseEnd)
    {
        int best = -1, bestDistance = int.MaxValue;
        for (int t = _first; t < _end; t++)
        {
            int tm = _index.Time[t];
            if (tm < 0) continue;
            var time = _doc.Times[tm];
            if (time.From is null) continue;
            int distance = t < first ? first - t : t - last;
            if (t < clauseStart || t > clauseEnd) distance += 40;
            if (distance < bestDistance) { best = tm; bestDistance = distance; }
            while (t + 1 < _end && _index.Time[t + 1] == tm) t++;
        }
        if (best < 0) return;
        d.Start = _doc.Times[best].From;
        d.End = _doc.Times[best].To ?? d.Start;
    }

    /// <summary>The place (or places) of the event: the sites after the trigger, else the place nearest
    /// it in its clause; a launch site ("from X") only when nothing else is named.</summary>
    private List<int> Places(int first, int last, int clauseStart, int clauseEnd, RightScan scan)
    {
        var after = new List<int>();
        foreach (var p in scan.Places) if (!FromPlace(p)) after.Add(p);
        var gaz = _stage.Gazetteer;
        if (after.Count > 0)
        {
            // Drop places that only qualify another: "Ain al-Asad in western Iraq", "near Baghdad".
            var keep = new List<int>();
            foreach (var p in after)
            {
                var place = gaz[_doc.Places[p].PlaceId];
                bool ancestor = place is not null && HoldsAnother(after, p, place.Id);
                var before = Word(_index.PlaceFirst[p] - 1);
                bool qualifier = keep.Count > 0 && (before is "near" or "outside" or "of" or "in" or "inside" or "at" or "west" or "east" or "north" or "south");
                if (!ancestor && !qualifier) keep.Add(p);
            }
            if (keep.Count == 0) keep.Add(after[0]);
            int precise = 0;
            foreach (var p in keep) if (_doc.Places[p].Precision == 1) precise++;
            return _hits.Count > 0 && precise >= 2 && keep.Count >= 2 && Splits(first) ? keep : [keep[0]];
        }
        int best = -1;
        for (int t = first - 1; t >= clauseStart; t--)
            if (_index.Place[t] is var p && p >= 0 && !FromPlace(p)) { best = p; break; }
        if (best < 0)
            for (int t = _first; t < _end; t++)
                if (_index.Place[t] is var p && p >= 0 && !FromPlace(p)) { best = p; break; }
        if (best < 0 && scan.Places.Count > 0) best = scan.Places[0];
        return best >= 0 ? [best] : [];
    }

    /// <summary>Only attacks split over a list of sites.</summary>
    private bool Splits(int first)
    {
        foreach (var h in _hits) if (h.First == first) return h.Trigger.Type == "ASSAULT";
        return false;
    }

    private bool FromPlace(int p) => Word(_index.PlaceFirst[p] - 1) is "from" || !UsablePlace(p);

    /// <summary>A place that is also an actor's name ("Washington said", "Iraq and the United States
    /// agreed") is the actor there, no location; a country counts only after "in", "across", "inside".</summary>
    private bool UsablePlace(int p)
    {
        int first = _index.PlaceFirst[p];
        if (_index.Actor[first] >= 0 && !Outspans(p)) return false;
        if (_doc.Places[p].Precision < 3) return true;
        return Word(first - 1) is "in" or "across" or "inside" or "throughout" or "into" or "near" or "at";
    }

    /// <summary>The mode cue nearest the trigger in its clause; two different modes in a summary make it unspecified.</summary>
    private string? ModeNear(int first, int last, int clauseStart, int clauseEnd, bool aggregate)
    {
        string? best = null, firstSeen = null;
        bool several = false;
        int bestDistance = int.MaxValue;
        foreach (var (f, l, cue) in _cues.Hits)
        {
            if (cue.Class != "mode" || f < clauseStart || l > clauseEnd) continue;
            firstSeen ??= cue.Value;
            several |= firstSeen != cue.Value;
            int distance = f > last ? f - last : first - l;
            if (f >= first && l <= last) distance = 0;
            if (distance < bestDistance) { best = cue.Value; bestDistance = distance; }
        }
        if (aggregate && several) return "unspecified";
        return best;
    }

    /// <summary>Killed and injured counts, attached to the sentence's nearest attack.</summary>
    private void Casualties(List<Draft> local)
    {
        foreach (var (f, l, cue) in _cues.Hits)
        {
            if (cue.Class is not ("killed" or "injured" or "zero")) continue;
            int? value;
            if (cue.Class == "zero") value = 0;
            else value = NumberAfter(l) ?? NumberBefore(f);
            if (value is null) continue;
            var target = Nearest(local, f);
            if (target is null) continue;
            if (cue.Class == "zero")
            {
                if (cue.Value is "killed" or "both") target.Killed ??= 0;
                if (cue.Value is "injured" or "both") target.Injured ??= 0;
            }
            else if (cue.Class == "killed") target.Killed ??= value;
            else target.Injured ??= value;
        }
    }

    /// <summary>A toll told in the sentence after an attack, which states no event of its own ("Rockets
    /// hit the base on Monday. No one was hurt." / "Two soldiers and a contractor were wounded."), is
    /// that attack's.</summary>
    private void CarryCasualties(List<Draft> into)
    {
        Draft? previous = null;
        for (int i = into.Count - 1; i >= 0 && previous is null; i--)
        {
            var d = into[i];
            if (d.Sentence < _sentence - 1) break;
            if (d.Sentence == _sentence - 1 && d.Type == "ASSAULT" && !d.Aggregate
                && _doc.Sentences[d.Sentence].Block == _doc.Sentences[_sentence].Block)
                previous = d;
        }
        if (previous is null) return;
        Casualties([previous]);
    }

    private static Draft? Nearest(List<Draft> drafts, int token)
    {
        Draft? best = null;
        int bestDistance = int.MaxValue;
        foreach (var d in drafts)
        {
            if (d.Type != "ASSAULT") continue;
            int distance = Math.Abs(d.First - token);
            if (distance < bestDistance) { best = d; bestDistance = distance; }
        }
        return best;
    }

    private int? NumberAfter(int last)
    {
        int t = last + 1;
        if (Word(t) is "of" or "to" or "among") t++;
        if (_cues.ValueAt(t, "qualifier", out int ql) is not null) t = ql + 1;
        if (t >= _end || _index.Time[t] >= 0) return null;
        return Numbers.Cardinal(_doc.TokenText(t));
    }

    /// <summary>The number of victims named before a casualty word; a list adds up ("two American
    /// soldiers and a British contractor were killed": three).</summary>
    private int? NumberBefore(int first)
    {
        int? total = null;
        for (int t = first - 1, steps = 0; t >= _first && steps < 14; t--, steps++)
        {
            if (_index.Time[t] >= 0) break;
            if (Numbers.Cardinal(_doc.TokenText(t)) is { } n) { total = (total ?? 0) + n; continue; }
            // "A US contractor was killed": one.
            if (Word(t) is "a" or "an" && steps > 0 && Word(t + 1) is not ("number" or "total" or "series")) { total = (total ?? 0) + 1; continue; }
            if (total is not null && Word(t) is "and" or ",") continue;
            if (_cues.At(t, "victims") >= 0 || _index.Actor[t] >= 0) continue;
            // Nationalities and ranks between a number and its noun ("two British soldiers").
            if (steps > 0 && _doc.Tokens[t].Kind == TokenKind.Word && char.IsUpper(_doc.TokenText(t)[0]) && t > _first) continue;
            break;
        }
        return total;
    }
}

/// <summary>Buffers the sentence readers of one story share in turn, so a sentence allocates none of its
/// own: the lower-case word of each token (a token's word is the same whichever sentence asks), the
/// trigger marks (cleared for each sentence) and the cue finder.</summary>
internal sealed class StoryScratch(int tokens)
{
    public string?[] Words { get; } = new string?[tokens];
    public byte[] TriggerAt { get; } = new byte[tokens];
    public SentenceCues Cues { get; } = new();
    public List<(Cue, int)> CueBuffer { get; } = [];

    [ThreadStatic] private static StoryScratch? _last;
    private const int MaxKeptTokens = 1 << 16;

    /// <summary>A scratch for a story of <paramref name="tokens"/> tokens: the thread's last one, its
    /// words forgotten, when it is large enough (a thread reads one story at a time).</summary>
    public static StoryScratch For(int tokens)
    {
        var scratch = _last;
        if (scratch is null || scratch.Words.Length < tokens)
        {
            scratch = new StoryScratch(Math.Max(tokens, 1024));
            if (tokens <= MaxKeptTokens) _last = scratch;
            return scratch;
        }
        Array.Clear(scratch.Words, 0, tokens);
        return scratch;
    }
}
