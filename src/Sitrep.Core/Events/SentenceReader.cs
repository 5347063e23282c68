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
    /// <summary>Tokens of nouns a strike's count stands before ("struck 85 targets").</summary>
    private List<int>? _counted;

    public SentenceReader(EventStage stage, Document doc, StoryIndex index, int sentence, List<(Trigger, int, int)> hits, StoryScratch scratch)
    {
        _stage = stage;
        _lex = stage.Lexicon;
        _doc = doc;
        _index = index;
        _sentence = sentence;
        _first = doc.Sentences[sentence].FirstToken;
        _end = _first + doc.Sentences[sentence].TokenCount;
        // "BAGHDAD, March 12 (Reuters) - Rockets hit ...": the sentence starts after the dateline.
        if (sentence == 0 || doc.Sentences[sentence - 1].Block != doc.Sentences[sentence].Block) _first = Dateline.End(doc, _first, _end);
        _hits = hits;
        _cues = scratch.Cues;
        _cues.Read(doc, _lex, _first, _end, scratch);
        _scratch = scratch;
        _words = scratch.Words;
        _triggerAt = scratch.TriggerAt;
        _scan = scratch.Scan;
        _clauseEnd = scratch.ClauseEnd;
        Array.Clear(_triggerAt, _first, _end - _first);
        foreach (var h in hits)
        {
            if (h.Item1.Is(TriggerFlags.Weak)) continue;
            _triggerAt[h.Item2] = h.Item1.IsVerb && !_stage.PreferNoun(doc, h.Item2, h.Item3, _scratch) ? SureVerb : SureNoun;
        }
    }

    private readonly StoryScratch _scratch;
    /// <summary>The story's lower-case words (<see cref="StoryScratch.Words"/>), held here: <see cref="Word"/> is asked
    /// hundreds of times a trigger, and one array read is cheaper than the scratch, its lexemes and the lexeme's word.</summary>
    private readonly string?[] _words;
    /// <summary>Per token of the story (set only inside this sentence): <see cref="SureVerb"/> or
    /// <see cref="SureNoun"/> where a trigger that is not weak starts.</summary>
    private readonly byte[] _triggerAt;
    private const byte SureVerb = 1, SureNoun = 2;
    /// <summary>Per token of the story (set only inside this sentence, once <see cref="ReadClauses"/> ran):
    /// what <see cref="ClauseEnd"/> answers for it.</summary>
    private readonly int[] _clauseEnd;
    private bool _clausesRead;
    private bool _breaksRead;
    private readonly RightScan _scan;

    /// <summary>Types whose complement names an act they do not report: "threatened to strike",
    /// "urged them to stop attacks", "refused to withdraw", "agreed to withdraw", "suspended attacks".</summary>
    private static readonly HashSet<string> Governing = new(StringComparer.Ordinal)
    {
        "THREATEN", "REQUEST", "REJECT", "AGREE", "CONCEDE",
    };

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

    private static readonly bool Debugging = Environment.GetEnvironmentVariable("SRDBG") is not null;

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
            if (SeizedWeapon(local[i], local)) local.RemoveAt(i);
        MissionEndsWithdrawal(local);
        HandedWhereLeft(local);
        SanctionMeasures(local);
        PromisedNotToStop(local);
        AccusedOfAttack(local);
        ThreatsOfAccuser(local);
        ThreatsAnswering(local);
        AnswersRemarks(local);
        Casualties(local);
        CoordinatedSummaries(local);
        ProtestDemands(local);
        ActRenamed(local);
        // Two triggers of one happening in one sentence ("a drone attack targeted the base") are one event.
        for (int i = 0; i < local.Count; i++)
            for (int j = local.Count - 1; j > i; j--)
                if (EventMerger.Compatible(local[i], local[j], sameSentence: true, gazetteer: _stage.Gazetteer, kb: _stage.Kb))
                {
                    local[i].Absorb(local[j]);
                    local.RemoveAt(j);
                }
        if (counted) InheritParties(local);
        SinceAnchors(local);
        for (int i = local.Count - 1; i >= 0; i--)
            if (Generic(local[i], local[i].Trigger) && !DeniedAlone(local, i)) local.RemoveAt(i);
        into.AddRange(local);
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
            if (!d.Material || d.Trigger.IsVerb || d.Aggregate || d.First < _first + 2 || Word(d.First - 1) is not ("the" or "this" or "that")
                || _cues.At(d.First - 2, "preposition") >= 0) continue;
            for (int i = 0; i < j; i++)
            {
                var told = local[i];
                if (told.Type != d.Type || told.Status != d.Status || told.Aggregate || !told.Trigger.IsVerb || told.Last >= d.First) continue;
                if (told.PlaceId is not null && d.PlaceId is not null && told.PlaceId != d.PlaceId) continue;
                if (told.Start is not null && d.Start is not null && (told.Start != d.Start || told.End != d.End)) continue;
                told.Absorb(d);
                local.RemoveAt(j);
                break;
            }
        }
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

    /// <summary>"denied that any faction had taken part in the attack": the act denied with "the", the sentence's only act
    /// of its type, is the one the story told, no act in general (the merger gives it that act's target and place).</summary>
    private static bool DeniedAlone(List<Draft> local, int i)
    {
        var d = local[i];
        if (d.Status != "negated" || !d.Definite || !d.Material) return false;
        foreach (var k in local) if (k != d && k.Type == d.Type) return false;
        return true;
    }

    /// <summary>The body whose military mission is the subject of the verb of ending at <paramref name="first"/>: "the US
    /// combat mission is to end", "the coalition's mission in federal Iraq will end" (a place after the noun may stand
    /// between), "the American combat mission" (its state); null when there is none ("the talks ended"), when the mission
    /// is no armed force's ("the UN mission", "the fact-finding mission"), and when an agreement in the sentence governs it
    /// ("agreed that the combat mission would end" is the agreement).</summary>
    private string? MissionOwner(int first, int clauseStart)
    {
        foreach (var h in _hits) if (h.First < first && h.Trigger.Type == "AGREE" && h.Trigger.IsVerb) return null;
        int t = first - 1;
        while (t > clauseStart && Word(t) is "will" or "would" or "shall" or "is" or "was" or "to" or "be" or "set" or "due" or "scheduled"
               or "formally" or "officially" or "also" or "now" or "then" or "finally" or "effectively")
            t--;
        // "mission in federal Iraq", "mission against the Islamic State": a short phrase of place after the noun.
        for (int k = t; k >= clauseStart && t - k <= 5; k--)
        {
            if (Word(k) is "," or ";" or ":" || _triggerAt[k] != 0) return null;
            if (Word(k) is not ("mission" or "missions")) continue;
            if (k != t && Word(k + 1) is not ("in" or "against" or "inside")) return null;
            int a = k - 1;
            while (a > clauseStart && WordIs(a, WordClass.MissionKind)) a--;
            if (Word(a) is "'s" or "’s") a--;
            if (a < clauseStart) return null;
            // "would decide how and when the coalition's mission would end": a question asked, no plan told.
            int b = Word(a - 1) is "the" or "its" or "their" ? a - 2 : a - 1;
            if (Word(b) is "when" or "whether" or "how" or "if") return null;
            if (Word(a) is "coalition" or "coalition-led") return "international-coalition";
            if (_cues.ValueAt(a, "demonym", out _) is { } state) return state;
            if (_index.Actor[a] is var m && m >= 0 && _doc.Mentions[m].EntityId is { } id
                && _stage.Kb[id]?.Kind is "state_force" or "government" or "coalition") return id;
            return null;
        }
        return null;
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

    /// <summary>Casualty verbs folded into an attack, by first token: their counts go to that attack.</summary>
    private Dictionary<int, Draft>? _tollInto;

    /// <summary>A casualty verb beside an attack told by another word ("three soldiers were killed in a
    /// drone attack", "jets hit the sites, killing one fighter") gives that attack its toll and the roles
    /// it lacks; it is no second event. One at another place or time stays its own.</summary>
    private void TollsToAttacks(List<Draft> local)
    {
        List<(Draft Toll, Draft Into)>? pairs = null;
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
            if (!before && into.PlaceId is not null && toll.PlaceId is not null && into.PlaceId != toll.PlaceId) continue;
            if (!before && into.Start is { } s1 && toll.Start is { } s2 && (s1 > toll.End || s2 > into.End)) continue;
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
            if (into.Target is null && toll.Target is not null && toll.Target != into.Actor) into.Target = toll.Target;
        foreach (var (toll, into) in pairs)
        {
            // "..., wounding several guards": the participle's subject is the attack itself, not a name before it.
            bool participle = (toll.Trigger.Form & WordForm.Ing) != 0 && toll.First > into.First;
            if (into.Actor is null && toll.Actor is not null && toll.Actor != into.Target && !participle && !AnyTollOf(pairs, toll.Actor))
                into.Actor = toll.Actor;
            bool after = participle && Word(toll.First - 1) == ",";
            if (into.Place < 0 && !after) { into.Place = toll.Place; into.PlaceId = toll.PlaceId; }
            if (into.Start is null && !after) { into.Start = toll.Start; into.End = toll.End; }
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

    /// <summary>Whether the draft is an attack or an arrest that happened on <paramref name="camp"/>'s side.</summary>
    private bool Hits(Draft o, string camp) =>
        o.Type is "ASSAULT" or "COERCE" && o.Status == "reported" && o.Target is { } target && SameCamp(target, camp);

    /// <summary>Whether two actors stand on one side: one state, one body (a person stands for the body they
    /// hold a role in), one a member or part of the other, or members of one umbrella.</summary>
    private bool SameCamp(string a, string b)
    {
        if (SideOf(a) == SideOf(b)) return true;
        var kb = _stage.Kb;
        if (CampBody(a) is not { } ax || CampBody(b) is not { } ay) return false;
        string x = ax.Id, y = ay.Id;
        // (Indexed loops: Any with a lambda allocated a closure for each umbrella, and a foreach through IReadOnlyList
        // the array's enumerator.)
        for (int i = 0; i < ax.MemberOf.Count; i++)
        {
            var l = ax.MemberOf[i];
            if (l.Id == y) return true;
            if (LinksTo(ay.MemberOf, l.Id)) return true;
        }
        return LinksTo(ax.PartOf, y) || LinksTo(ay.MemberOf, x) || LinksTo(ay.PartOf, x);
    }

    /// <summary>Whether one of the links is to <paramref name="id"/>.</summary>
    private static bool LinksTo(IReadOnlyList<Knowledge.Actors.ActorLink> links, string id)
    {
        for (int i = 0; i < links.Count; i++) if (links[i].Id == id) return true;
        return false;
    }

    /// <summary>Whether an actor stands on one side with <paramref name="other"/>, as a delegate made only when asked for (a
    /// lambda in Frame would capture Frame's actors, and its closure was made on every call of Frame).</summary>
    private Func<string, bool> SameCampAs(string other) => id => SameCamp(id, other);

    /// <summary>Whether every one of the actors stands on one side with <paramref name="other"/> (a loop: a lambda
    /// would capture Frame's actors, and its closure was made on every call of Frame).</summary>
    private bool AllSameCamp(List<string> actors, string other)
    {
        foreach (var a in actors) if (!SameCamp(a, other)) return false;
        return true;
    }

    /// <summary>The body an actor stands for in a camp: a person's the body they hold a role in.</summary>
    private Knowledge.Actors.Actor? CampBody(string id)
    {
        var kb = _stage.Kb;
        var actor = kb[id];
        if (actor is { Kind: "person" })
            foreach (var role in kb.RolesOn(actor, _doc.Published))
                if (role.Of is not null && kb[role.Of] is { } body) return body;
        return actor;
    }

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
                a.Absorb(b);
                if (mixed) a.Mode = "unspecified";
                a.Aggregate |= mixed || b.Aggregate;
                local.RemoveAt(j);
            }
    }

    /// <summary>Whether "by" (or "by the") stands right before the token after a noun of endeavour ("efforts by
    /// the government", "an attempt by militants"), not after a participle ("a room set up by X to ...").</summary>
    private bool AfterBy(int t)
    {
        int by = Word(t - 1) == "the" ? t - 2 : t - 1;
        return Word(by) == "by" && WordIs(by - 1, WordClass.EndeavourNoun);
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

    /// <summary>Whether a trigger of withdrawal told by a verb ends before <paramref name="before"/> in the sentence.
    /// (A loop, not a lambda: a lambda over <c>Frame</c>'s <c>first</c> made a closure on every framed trigger.)</summary>
    private bool RetreatVerbBefore(int before)
    {
        foreach (var h in _hits)
            if (h.Trigger.Type == "RETREAT" && h.Trigger.IsVerb && h.Last < before) return true;
        return false;
    }

    /// <summary>The first act the trigger starting at <paramref name="first"/> governs ("threatened to impose
    /// sanctions"), or null.</summary>
    private (Trigger Trigger, int First, int Last)? GovernedAct(int first)
    {
        int self = 0;
        while (self < _hits.Count && _hits[self].First != first) self++;
        if (self == _hits.Count) return null;
        for (int h = self + 1; h < _hits.Count; h++)
            if (GovernedBy(self, h)) return _hits[h];
        return null;
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
        if (!Governing.Contains(gov.Type) || gLast >= first) return false;
        // "threatened, in remarks to reporters on his plane, to impose sanctions": an aside set off by
        // commas right after the word takes no room of its reach.
        int reach = first - gLast;
        if (Word(gLast + 1) == "," && AsideEnd(gLast + 1, first) is var asideEnd && asideEnd > 0) reach -= asideEnd - gLast;
        if (reach > 10) return false;
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
        bool noun = !gov.IsVerb || _stage.PreferNoun(_doc, _hits[g].First, gLast, _scratch);
        for (int t = gLast + 1; t < (noun ? Math.Min(first, gLast + 2) : first); t++)
            if (Word(t) is "to" or "from" or "for" or "against" or "of" || (gov.Type == "THREATEN" && Word(t) == "that")) return true;
        return false;
    }

    /// <summary>The comma that closes an aside opened by the comma at <paramref name="open"/>, before
    /// <paramref name="limit"/> and within 16 words; -1 when there is none.</summary>
    private int AsideEnd(int open, int limit)
    {
        for (int t = open + 1; t < limit && t <= open + 16; t++)
            if (Word(t) == ",") return t;
        return -1;
    }

    private bool Boundary(int from, int to) => from <= to && _cues.Any("boundary", from, to);

    private string Word(int t) => t >= _first && t < _end ? _words[t]! : "";

    /// <summary>Whether the token is a word of one of the classes (<c>cues.tsv</c>'s word classes).</summary>
    private bool WordIs(int t, WordClass classes) => t >= _first && t < _end && (_scratch.Lexeme(_doc, _lex, t).Classes & classes) != 0;

    /// <summary><see cref="Numbers.Cardinal"/> of the token's text.</summary>
    private int? Cardinal(int t) => t >= 0 && t < _doc.Tokens.Length ? _scratch.Lexeme(_doc, _lex, t).Cardinal : null;

    private void Frame(Trigger trigger, int first, int last, List<Draft> into)
    {
        if (trigger.Is(TriggerFlags.Negates) && !DeniedPart(first, last)) return;
        // "- Deployments: On 17 June the Pentagon announced ...", "Arrests: ...": a word that heads a digest's item, with a
        // colon after it, labels what the item tells (as a noun, though "Arrests" reads as a verb); the item's words tell the act.
        if (Word(last + 1) == ":" && (first == _first || (first == _first + 1 && Word(_first) is "-" or "•" or "*"))) return;
        // "X called the strike a terrorist attack", "described the raids as an assault on sovereignty": a noun of
        // attack given as the name of an act already told is the speaker's accusation, no second attack.
        // ("a \"terrorist attack\"": a quote may leave the word read as a verb.)
        if (trigger.Type == "ASSAULT" && NamesObject(first, trigger.IsVerb))
            trigger = trigger with { Type = "ACCUSE", Mode = null, Flags = TriggerFlags.Speech | TriggerFlags.Label };
        int clauseStart = ClauseStart(first), clauseEnd = ClauseEnd(last);
        // "Since the assassination of X, ...": an act named to date another reaches only to the comma.
        // "in retaliation for a rocket attack that killed ...": the act answered is another, earlier one.
        int antecedent = Antecedent(first);
        bool anchor = Introducer(antecedent, out int introAt) is "since" or "after" or "following" or "before" or "until"
            || AnswerLink(introAt);
        if (anchor)
            for (int t = last + 1; t <= clauseEnd; t++)
                if (Word(t) == ",") { clauseEnd = t - 1; break; }
        // "The attack came two days before the Pope's visit to Baghdad and Najaf": an act told as the subject of
        // "came" or "happened" with a time after it is retold to be dated; the names after it are not its parties.
        bool dated = !trigger.IsVerb && WordIs(last + 1, WordClass.OccurVerb) && TimeLinkAfter(last + 2);
        if (dated) clauseEnd = last;
        // "fired rockets at the base in retaliation for the killing of its commander in Baghdad": the act answered has
        // its own parties, place and weapon.
        // "struck three sites on Wednesday after a missile attack on Ain al-Asad", "four days after militants fired
        // missiles at the base": so has an act told after "after", "following" or "before".
        if (EventLexicon.IsMaterial(trigger.Type))
            for (int t = last + 1; t <= clauseEnd; t++)
            {
                if (t >= last + 3 && AnswerLink(t)) { clauseEnd = Word(t - 2) == "in" ? t - 3 : t - 2; break; }
                if (Word(t) is "after" or "following" or "before" && ActWithin(t + 1, Math.Min(clauseEnd, t + 4))) { clauseEnd = t - 1; break; }
            }
        // "a roadside bomb hit a convoy ..., burning one truck", "struck the depot, destroying two launchers": an ambiguous
        // verb of harm in -ing after a comma tells what the attack told before it did, no act of its own.
        if (trigger.Type == "ASSAULT" && trigger.IsVerb && trigger.Is(TriggerFlags.Weak) && !trigger.Is(TriggerFlags.Toll)
            && (trigger.Form & WordForm.Ing) != 0 && Word(first - 1) == "," && AttackBefore(first)) return;
        // "the units will be pulled out within weeks, leaving police to hold the town", "withdrew from the base, handing it
        // to the army": a withdrawal in -ing after a comma tells what the withdrawal told before it leaves behind, no act of its own.
        if (trigger.Type == "RETREAT" && trigger.IsVerb && (trigger.Form & WordForm.Ing) != 0 && Word(first - 1) == ","
            && RetreatVerbBefore(first - 1)) return;
        // "two helicopters crashed in Duhok, killing nine", "were killed in a plane crash": the toll of an accident is no attack.
        if (trigger.Type == "ASSAULT" && trigger.Is(TriggerFlags.Toll) && Accident(first, last)) return;
        // "accused the premier of complicity in the killing of al-Muhandis", "blamed the militia for a role in the murder of
        // the activist": a killing named only as what someone is accused of having had a part in is the accusation's
        // content, no killing told here.
        if (trigger.Type == "ASSAULT" && !trigger.IsVerb && KillingNoun(first)
            && _cues.Last("involvement", Math.Max(clauseStart, first - 4), first - 1) is { } share && AccusedBefore(share.First, clauseStart)) return;
        // "the embassy's counter-rocket defences opened fire", "air defence systems fired at the drones": the fire of
        // a defence against what comes in is no attack of its own.
        // (A drone they bring down is still the attack told: "air defences downed a drone".)
        if (trigger.Type == "ASSAULT" && WordIs(first, WordClass.FireWord)
            && DefenceBefore(first)) return;
        // "promised more operations against US troops": a promise threatens only with the attack it promises.
        if (trigger.Is(TriggerFlags.OfAttack) && !AttackPromised(last, clauseEnd)) return;
        // "rejected any suggestion that it had a hand in the strike", "rejected accusations that ...": a refusal of what
        // is said of the speaker is a denial, which negates the act it names; there is no refusal of its own.
        if (trigger.Type == "REJECT" && trigger.IsVerb && _cues.First("denial", first, Math.Min(_end - 1, last + 3)) == first) return;
        // "which Ankara calls Operation Claw-Lock", "what Washington calls deterrence": "calls" right after a name is its
        // verb of naming, no phone call.
        if (trigger.Type == "CONSULT" && !trigger.IsVerb && Word(first) is "call" or "calls" && first - 1 >= _first && _index.Actor[first - 1] >= 0)
            return;
        // "riot police fired tear gas to reopen the road", "security forces reopened the bridge after clearing a barricade": a way
        // opened by force against the crowd that blocked it is no concession.
        if (trigger.Type == "CONCEDE" && trigger.Lemma == "reopen"
            && (_hits.Exists(h => h.Trigger.Is(TriggerFlags.OnCrowd)) || _cues.Any("blockade", _first, _end - 1))) return;
        // "summoned the ambassador to protest the shelling": a diplomatic protest is the complaint already told, no demonstration.
        if (trigger.Type == "PROTEST" && trigger.IsVerb && Word(first - 1) == "to" && ComplaintBefore(first, clauseStart)) return;
        bool reduced = false;
        bool passive = trigger.IsVerb && (trigger.Form & WordForm.Participle) != 0 && Passive(first, last, out reduced);
        // "The crossing has been closed to traffic since 2014", "fighters have been deployed along the border since 2017", "the
        // crossing, closed since 2012, ...": a perfect or bare passive with "since" and a year before the article's names a
        // state that has lasted since then, no happening.
        // (Attacks are repeated acts: "the field has been attacked 15 times since 2022" counts them.)
        if ((trigger.Type is "MOBILIZE" or "RETREAT" || (trigger.Type == "COERCE" && trigger.Mode == "ban")) && ((passive && (reduced || Word(first - 1) == "been" || Word(first - 2) == "been"))
                || (trigger.IsVerb && (trigger.Form & WordForm.Participle) != 0 && Word(first - 1) == ","))
            && SinceEarlierYear(last, clauseEnd)) return;
        // "roadside bombs on supply convoys have become a near-weekly event", "mortar rounds fired at the Green Zone have
        // become routine": an act told as a habit (a noun, or a participle after one) is a state of affairs, no happening.
        // ("Kidnapping of foreigners has become an industry", "arrests of activists have become routine": a verb form with "of"
        // after it is a noun.)
        if (EventLexicon.IsMaterial(trigger.Type) && (!trigger.IsVerb || (trigger.Form & WordForm.Participle) != 0 || Word(last + 1) == "of")
            && Habit(last, trigger.IsVerb && Word(last + 1) != "of")) return;
        // "The killing is a test for the new cabinet", "this attack was a message to Washington": a definite noun of an act
        // that is the subject of a copula with a noun after it names an act told elsewhere as a topic, no happening of its own.
        if (EventLexicon.IsMaterial(trigger.Type) && !trigger.IsVerb && Word(first - 1) is "the" or "this" or "that"
            && (first - 1 == clauseStart || Word(first - 2) is "," or "but" or "and" || first - 1 == _first)
            && Word(last + 1) is "is" or "was" && Word(last + 2) is "a" or "an") return;
        // "the areas which the rockets are launched from usually", "where mortars are often fired from": an act told in the
        // present passive with a word of habit is what happens as a rule, no happening.
        // ("Katyusha rockets are usually launched at the Green Zone": so is the weapon that is the subject of one.)
        if (EventLexicon.IsMaterial(trigger.Type)
            && (trigger.IsVerb ? (trigger.Form & WordForm.Participle) != 0 && PresentPassive(first) : Word(AfterWeapon(last + 1)) is "is" or "are")
            && _cues.Any("habitual", Math.Max(clauseStart, first - 4), Math.Min(clauseEnd, last + 4))) return;
        // "sent about 750 soldiers to Kuwait", "units were posted at the checkpoints": with forces moved.
        // "a statement posted on Telegram": a passive without its auxiliary only qualifies the noun before it.
        if (trigger.Is(TriggerFlags.Troops) && (reduced || (!ObjectOfClass("troops", passive, first, last, clauseStart, clauseEnd, before: 10)
            && !(trigger.Is(TriggerFlags.Evacuates) && EvacueesOut(passive, first, last, clauseStart, clauseEnd))
            // "reduced its own staff at the base", "the embassy cut its staff": a withdrawal of staff too.
            && !(trigger.Type == "RETREAT" && ObjectOfClass("evacuee", passive, first, last, clauseStart, clauseEnd, before: 5, after: 4))))) return;
        // "moved its troops out of Iraq", "sent the soldiers home", "were moved back to Kuwait": forces moved away
        // (a word of leaving right after the verb or its object) are no deployment.
        if (trigger.Is(TriggerFlags.Troops) && trigger.Type == "MOBILIZE" && ForcesMovedAway(last, clauseEnd)) return;
        // "Patriot batteries had begun arriving at Ain al-Asad": arriving deploys only forces or their arms, told before it.
        if (trigger.Is(TriggerFlags.Arrives) && !ForcesArrive(first, clauseStart)) return;
        // "radical groups backed by Iran", "the militias, funded by Tehran, ...": a participle of backing right after its noun
        // (no auxiliary before it) describes the noun; it tells no act of backing.
        // ("funded and armed by Tehran": so do two joined participles.)
        if (trigger.Type is "SUPPORT" or "AID" && trigger.IsVerb && (trigger.Form & WordForm.Participle) != 0
            && (Word(last + 1) == "by" || (Word(last + 1) is "and" or "or" && Word(last + 3) == "by")) && DescribesNounBefore(first)) return;
        // "the coalition's mission in federal Iraq will end by ...": ending withdraws only a military mission, its subject.
        string? missionOwner = null;
        if (trigger.Is(TriggerFlags.MissionEnds) && (missionOwner = MissionOwner(first, clauseStart)) is null) return;
        // "security forces found the launcher", "a rocket launcher was discovered in a field": finding arms seizes them.
        // ("found no evidence that the drones took off from Iraqi soil", "found nothing": finding nothing seizes nothing.)
        if (trigger.Is(TriggerFlags.Seizes) && (reduced || Word(last + 1) is "that" or "out" or "no" or "nothing" || !ObjectOfClass("seizable", passive, first, last, clauseStart, clauseEnd))) return;
        // "officers picked up two men suspected of ...", "three infiltrators were caught near the border": taking arrests people only.
        // ("two men were caught in the crossfire", "were caught up in the clashes", "tankers caught fire, and six people ...": caught by events, not held.)
        if (trigger.Is(TriggerFlags.Detains) && (reduced || Word(last + 1) is "in" or "up" or "off" or "between" or "fire"
            || !ObjectOfClass("detainee", passive, first, last, clauseStart, clauseEnd))) return;
        // "police held five protesters", "12 people were held overnight": holding arrests only the detainee right next to it
        // ("a funeral for the fighters was held", "held a vigil for the men", "held the gunmen responsible" are none).
        if (trigger.Is(TriggerFlags.Detains) && trigger.Lemma == "hold"
            && (Word(last + 1) is "responsible" or "accountable" or "liable" || _cues.Any("answerable", last + 1, Math.Min(clauseEnd, last + 6))
                || !ObjectOfClass("detainee", passive, first, last, clauseStart, clauseEnd, before: 3, after: 3))) return;
        // "threw a hand grenade at the office", "petrol bombs were thrown at the consulate": throwing attacks with a weapon only.
        if (trigger.Is(TriggerFlags.Hurls) && (reduced || !ObjectOfClass("thrown", passive, first, last, clauseStart, clauseEnd))) return;
        // "handed the K-1 air base to the Iraqi army", "the Qaim base was transferred to Iraqi forces": handing over a site.
        if (trigger.Is(TriggerFlags.HandsSite) && (reduced || !ObjectOfClass("handed-site", passive, first, last, clauseStart, clauseEnd, after: 8))) return;
        // "closed the road to the airport", "the border crossings were closed": closing is a ban only of a way in or
        // across ("the market closed higher", "closed the file" are none).
        // "a source close to the prime minister's office": the adjective.
        if (trigger.Type == "COERCE" && Word(first) == "close" && Word(last + 1) == "to") return;
        // "massing troops to seal the border": sealing as the aim of a move is no closure told as done.
        if (trigger.Type == "COERCE" && trigger.Lemma == "seal" && Word(first - 1) == "to" && (trigger.Form & WordForm.Base) != 0) return;
        if (trigger.Is(TriggerFlags.ClosesWay)
            && !WayWithin(Math.Max(clauseStart, first - 5), Math.Min(clauseEnd, last + 6))
            // "closed dozens of exchange shops", "the headquarters of all factions shall be closed": or of a place of business.
            && (reduced || !ObjectOfClass("closable", passive, first, last, clauseStart, clauseEnd, before: 18))) return;
        // "cut mobile internet across the country": cutting bans only a service or a place of business.
        if (trigger.Is(TriggerFlags.Closes) && (reduced || !ObjectOfClass("closable", passive, first, last, clauseStart, clauseEnd))) return;
        // "pulled its staff out of the field", "contractors were flown out": moving staff out withdraws them.
        if (trigger.Is(TriggerFlags.Evacuates) && !trigger.Is(TriggerFlags.Troops) && (reduced || !EvacueesOut(passive, first, last, clauseStart, clauseEnd))) return;
        var scan = ScanRight(last, clauseEnd, trigger);
        int subjectLast = -1;
        // A passive without its auxiliary qualifies the noun before it, which is no actor ("six men accused of").
        var subjects = reduced ? [] : Subjects(first, clauseStart, out subjectLast);
        // "Iraqi and US officials held talks", "Iraqi and American negotiators will meet": the two states.
        if (trigger.Type is "AGREE" or "CONSULT" or "COOPERATE" && subjects.Count < 2 && JointPeoples(first, clauseStart, out var people) is var peopleLast && peopleLast >= 0)
        {
            subjects = people!;
            subjectLast = peopleLast;
        }

        // The story's lists: a frame is read to its end before the next one starts, and drafts keep no list.
        List<string> actors = _scratch.Actors, targets = _scratch.Targets;
        actors.Clear();
        targets.Clear();
        bool material = EventLexicon.IsMaterial(trigger.Type), demonym = false;
        bool downed = false;
        if (trigger.Is(TriggerFlags.Intercept))
        {
            // "Coalition air defences shot down two drones", "the rockets were intercepted by C-RAM": the
            // defender is the side attacked; only a weapon named near the word makes it an attack.
            if (passive) { if (scan.Agent is not null) targets.Add(scan.Agent); }
            else targets.AddRange(subjects);
            // "Police intercepted a pickup carrying three drones", "the army stopped two trucks": what is stopped on the road
            // is a load searched, not an attack fended off, whatever weapon it carries.
            if (!passive && trigger.IsVerb && VehicleAfter(last)) return;
            // "the Guards shot down a US Navy drone", "air defences downed an American surveillance aircraft": a state's
            // own aircraft brought down is an attack by the one who downs it on that state's forces, no defence.
            if (!passive && trigger.IsVerb && subjects.Count > 0 && StateCraft(last, clauseEnd) is { } craftOwner && !subjects.Contains(craftOwner)
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
            // "the launcher it had been fired from", "the rockets were launched from a field": what is fired or launched
            // from somewhere is the weapon, not the one hit.
            if (!(passive && Word(last + 1) == "from" && trigger.Lemma is "fire" or "launch")) targets.AddRange(subjects);
            if (scan.Agent is not null) actors.Add(scan.Agent);
            else if (passive && trigger.Type == "COERCE" && Announcer(first, last) is { } announcer) actors.Add(announcer);
            // "The offices of X in Basra were closed", "the headquarters of X was raided": the owner after "of" of the
            // place that is the subject is the target.
            if (subjects.Count == 0 && material && OwnerOfSubject(first, clauseStart) is { } placeOwner) targets.Add(placeOwner);
            // "Rockets were fired at US bases": the subject is the weapon, the name after is the target.
            if (subjects.Count == 0) targets.AddRange(scan.Aimed);
        }
        // "to protest the shelling of a resort": a gerund after its determiner is a noun, whose actor the
        // subject of the sentence is not.
        else if (trigger.IsVerb && !((trigger.Form & WordForm.Ing) != 0
                 && (Word(first - 1) is "the" or "this" or "that" || _cues.At(first - 1, "many") >= 0 || _cues.At(first - 1, "adjective") >= 0)))
        {
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
            if (verb) actors.AddRange(subjects);
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
                if (_lex.SiteActors.Contains(modifier)) targets.Add(modifier);
                else actors.Add(modifier);
            }
            // "Kataib Hezbollah denied any role", "said Tehran had no part in it": the one with no part is the subject.
            else if (trigger.Is(TriggerFlags.Negates) && subjects.Count > 0) actors.AddRange(subjects);
            else if (scan.Agent is not null) actors.Add(scan.Agent);
            else if (subjects.Count > 0 && LightVerbBetween(subjectLast, first, offer: !material, trigger.Type, trigger.Mode) && !NotClaimed(subjectLast, first)) actors.AddRange(subjects);
            // "The governor announced a curfew", "the ministry declared the closure of the crossings": a verb of saying that is
            // also one of imposing a ban (cue light COERCE:ban) right before the noun, over its article and adjectives, makes
            // its speaker the one who imposes it (the noun stands in what is said, so the subject is no subject of it).
            else if (trigger.Type == "COERCE" && trigger.Mode == "ban" && !trigger.IsVerb && BanAnnouncedBy(first) is { } imposer) actors.Add(imposer);
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
        }
        // "the YBS accused in a statement the army of attacking ...": the one accused of the act is named between the
        // verb of accusing and "of"; the accuser is never the act's author.
        if (material && trigger.IsVerb && (trigger.Form & WordForm.Ing) != 0 && Word(first - 1) == "of" && actors.Count > 0
            && AccusedBetween(first - 1, clauseStart) is var accuse && accuse >= 0)
            for (int i = actors.Count - 1; i >= 0; i--)
                if (!NamedBetween(actors[i], accuse + 1, first - 2)) actors.RemoveAt(i);
        // "the council has declared the PKK a \"banned organisation\"": a participle that describes what an object is declared
        // to be is the declarer's act on that object, not the object's own.
        // ("named Harakat al-Nujaba a Specially Designated Global Terrorist": so is a noun of sanction.)
        if ((trigger.IsVerb ? (trigger.Form & WordForm.Participle) != 0 : trigger.Type == "SANCTION")
            && DeclaredAs(first, clauseStart) is var (declared, declaring) && declared is not null)
        {
            actors.Clear();
            actors.AddRange(Subjects(declaring, clauseStart, out _));
            targets.Clear();
            targets.Add(declared);
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
            if (pronoun || _cues.Any("denial", _first, first - 1) || Speaker(first, out _, verbsOfSaying: true) is not { } blamer || blamer == blamed) return;
            // "responsible for the security of the crossing" is a duty; "responsible for moving money", "for the attack" an act.
            if (trigger.Lemma.EndsWith(" for", StringComparison.Ordinal) && !Word(last + 1).EndsWith("ing", StringComparison.Ordinal)
                && !HitWithin(last + 1, last + 3)) return;
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
        if (trigger.Type == "SANCTION" && (Word(last + 1) is "list" or "lists" || WordIs(last, WordClass.ListNoun))
            && !AddedToList(first, clauseStart, actors, targets)) return;
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
        // "Hundreds of people marched through Basra": a crowd that walks, gathers or rallies protests, whoever its people are.
        // ("Thousands of Jordanians gathered near the embassy", "dozens of unemployed graduates marched": so does any people
        // counted in hundreds or thousands.)
        bool crowd = trigger.Type == "PROTEST" && trigger.IsVerb && Intransitive(last)
            && (_cues.Any("crowd", Math.Max(clauseStart, first - 6), first - 1) || CountedPeopleBefore(first, clauseStart));
        if (!material && actors.Count == 0 && !crowd) return;
        // "criticized the government for supporting the coalition", "a campaign of pressuring Washington":
        // a statement's -ing after "of" or "for" names what the word before is about, no act of its own.
        if (!material && trigger.IsVerb && (trigger.Form & WordForm.Ing) != 0 && _cues.At(first - 1, "content-of") == first - 1) return;
        // "came under rocket fire", "was subjected to 7 attacks" — but not "came under pressure".
        if (trigger.Is(TriggerFlags.SubjectIsTarget) && !AttackFollows(last)) return;
        // "measures to prevent attacks", "any attack", "areas likely to be used to launch rockets".
        // ... but "denied that it had carried out any airstrikes" denies an act: it is a negated event.
        // (A promise is made with "would": "would be held to account" is the threat itself.)
        if (!trigger.Is(TriggerFlags.Vow) && _cues.Any("hypothetical", Math.Max(clauseStart, first - 6), first - 1)
            && !(Status(trigger, first, clauseStart) == "negated" && OnlyAnyBefore(Math.Max(clauseStart, first - 6), first))
            && !DoneLikeAnother(trigger, first, clauseStart) && !MovePlanned(trigger, first, clauseStart, passive)) return;
        // "Iraq will not allow any side to use its territory to attack Iran", "would never permit its soil to be used
        // for strikes": what a state will not let happen is a pledge, no act.
        if (material && NotAllowed(first, clauseStart)) return;
        // "were accused of planning to attack foreign diplomats", "charged with plotting bombings", "accused Washington of
        // letting foreign drones in to bomb the depots": an act that someone is accused of planning or enabling is the charge,
        // no act (the accusation is its own event).
        if (material && AccusedOfPlan(first, clauseStart)) return;
        // "US forces so far occupy some Iraqi bases", "American troops still occupy Iraq", "continue to occupy": an occupation
        // told as lasting, in the present, is a state the speaker decries, no seizure.
        if (material && trigger.IsVerb && trigger.Lemma == "occupy" && (trigger.Form & (WordForm.Past | WordForm.Participle)) == 0
            && LastingBefore(first, clauseStart)) return;
        // "banks were targeted by US sanctions", "the new sanctions target the group's financiers", "targeted with
        // sanctions": what sanctions aim at is the sanction's target, no attack.
        if (trigger.Type == "ASSAULT" && trigger.IsVerb && trigger.Lemma == "target" && SanctionsAim(first, last, clauseStart, clauseEnd)) return;
        // "Those who shoot and kidnap protesters will find no safe harbour", "whoever fires rockets at the embassy": an act
        // whose doer is anyone who does it speaks of a kind of act, no act done.
        if (material && trigger.IsVerb && AnyoneWho(first, clauseStart)) return;
        // "It is a banner under which several factions have claimed drone and rocket attacks on US forces": what is done
        // under a name, told to explain the name with no count, is what the name stands for, no act told.
        if (material && UnderWhichName(first) && !CountBefore(first)) return;
        // "storage sites for the faction's rocket, missile and drone capabilities", "drone and missile factories": a weapon
        // (or a list of them) that names what is held, made or hit is no act.
        if (trigger.Type == "ASSAULT" && !trigger.IsVerb && trigger.Mode is not null && WeaponListSite(last + 1)) return;
        // "talks on the withdrawal of US forces", "called for the departure of coalition troops": forces that move
        // in what is talked about or asked for are no act (the talks and the demand are).
        // ("a mechanism for pulling its troops out", "talks on withdrawing the brigades": so do they as a gerund after the topic.)
        if (trigger.Type is "RETREAT" or "MOBILIZE" && (!trigger.IsVerb || ((trigger.Form & WordForm.Ing) != 0 && Word(first - 1) is "for" or "on" or "about" or "of" or "to"))
            && _cues.Any("topic", Math.Max(clauseStart, first - 6), first - 1)) return;
        // "a timetable for foreign forces to leave", "voted for US troops to withdraw": so are forces named after "for"
        // as the ones who are to move.
        if (trigger.Type is "RETREAT" or "MOBILIZE" && trigger.IsVerb && Word(first - 1) == "to" && ForWhomAsked(first - 2, clauseStart)) return;
        // "a law obliging the government to expel foreign forces", "the deal commits Iraq to disarm the groups": an act that a
        // law or an accord binds someone to is what it binds them to, not done.
        if (material && trigger.IsVerb && Word(first - 1) == "to" && BoundTo(first - 2, clauseStart)) return;
        // "thanked him for his call to withdraw", "defied the order to pull out": an act after a noun of asking or
        // ordering is what was asked for, not done (the asking is its own event).
        if (material && trigger.IsVerb && Word(first - 1) == "to"
            && WordIs(first - 2, WordClass.RequestNoun))
            return;
        // "demanded at the time that the Turkish troops leave", "insisted that all foreign forces withdraw": an act in the bare
        // form after "that" and a verb of asking is what was asked for (the request is its own event), no act.
        if (material && trigger.IsVerb && trigger.Form == WordForm.Base && AskedThat(first)) return;
        // "ended a decade-long deployment", "closing the deployment of US troops": a deployment ended is no deployment
        // (the ending is a withdrawal of its own).
        if (trigger.Type == "MOBILIZE" && !trigger.IsVerb && EndingBefore(first, clauseStart)) return;
        // "said no American personnel or facilities were hit": a passive whose subject is "no ..." tells that nothing
        // was struck; the attack, if any, is told elsewhere.
        if (material && passive && Word(first - 1) is "were" or "was" && NothingHit(first - 2, clauseStart)) return;
        // "an umbrella of armed groups set up in 2014 to fight the Islamic State": what a body was founded to do
        // describes the body; it tells no act.
        if (material && trigger.IsVerb && Word(first - 1) == "to" && FoundedFor(first - 2, clauseStart)) return;
        // "... would respond if attacks caused losses": an act under a condition is no event (the threat is).
        // ("if the US troops were forced to leave": the condition reaches over an auxiliary and a verb before the act.)
        if (trigger.Type != "THREATEN" && _cues.Last("future", Math.Max(clauseStart, first - 8), first - 1) is { Cue.Value: "condition" }) return;
        // "its operations will go on until the occupation leaves Iraq": an act in the present after "until" is the
        // condition that ends another, not an act told as done ("fought until the army withdrew" tells one).
        if (trigger.IsVerb && (trigger.Form & (WordForm.Past | WordForm.Participle)) == 0 && _cues.Any("until", Math.Max(_first, first - 6), first - 1)) return;
        // ("the strikes will go on until the corridor is sealed", "until the crossings have been reopened": so is a passive in the
        // present.)
        if (trigger.IsVerb && (trigger.Form & WordForm.Participle) != 0 && (Word(first - 1) is "is" or "are" or "be" || (Word(first - 1) == "been" && Word(first - 2) is "has" or "have"))
            && _cues.Any("until", Math.Max(_first, first - 8), first - 1)) return;
        // "X said its fighters would keep targeting US forces", "X said: 'we will strike them'": an attack
        // promised in reported speech is the speaker's threat, not a planned attack (ONTOLOGY.md: a vow is
        // only the THREATEN).
        if (trigger.Type == "ASSAULT" && VowedAttack(trigger, first, last, clauseEnd) && Speaker(first) is { } threatener
            && OwnSide(actors, subjectLast, threatener) && !_cues.Any("commentator", _first, first - 1))
        {
            Threat(trigger, first, last, threatener, targets, scan, clauseStart, clauseEnd, into);
            return;
        }
        // A site that hosts troops is a target when the text names only the site ("rockets struck Ain al-Asad").
        bool hosted = false, precisePlace = false;
        foreach (var p in scan.Places)
        {
            hosted |= _lex.Hosts.ContainsKey(_doc.Places[p].PlaceId);
            precisePlace |= _doc.Places[p].Precision < 3;
        }
        // "Harir air base came under drone attack": a site that hosts troops, as the one hit, is a target.
        if ((passive || trigger.Is(TriggerFlags.SubjectIsTarget)) && !anchor)
            for (int t = clauseStart; t < first && t <= clauseStart + 3 && !hosted; t++)
                if (_index.Place[t] is var p && p >= 0 && _lex.Hosts.ContainsKey(_doc.Places[p].PlaceId)) hosted = true;
        // "Three rockets struck an empty lot near the airport": a weapon as subject makes an ambiguous verb an attack.
        // "A roadside bomb exploded beside a convoy in Muthanna": with a place or a target named too.
        var weaponCue = trigger.Type == "ASSAULT" && trigger.IsVerb ? _cues.Last("mode", Math.Max(clauseStart, first - 4), first - 1) : null;
        // "Two roadside bombs hit convoys. The first went off near Taji", "five rockets fell on Ain al-Asad and two more
        // fell on Balad", "a second salvo struck Taji": a subject that counts on from weapons told before is one of them.
        string? echoed = weaponCue is null && trigger.Type == "ASSAULT" && trigger.IsVerb && (!passive || reduced) ? EchoedWeapon(first, clauseStart, into) : null;
        bool weapon = (weaponCue is not null || (echoed is not null && !trigger.Is(TriggerFlags.Toll)))
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
            && Resolve(first - 1, person: Word(first - 1) != "their") is { } sufferer && !actors.Contains(sufferer))
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
        // "A strike near Qaim killed two fighters", "two fighters died in a strike on their car": a weak noun of attack that
        // kills or wounds, as the subject of the toll or where the victims died, is an attack though no one is named.
        bool deadly = trigger.Type == "ASSAULT" && !trigger.IsVerb && TollOfNoun(first, last, clauseStart, clauseEnd);
        if (trigger.Is(TriggerFlags.Weak) && actors.Count == 0 && ((targets.Count == 0 && !hosted && !weapon) || !trigger.IsVerb) && !victim && !crowd && !forcesGo && !listed && !closed
            && !deadly) return;
        // "Kurds who fled Turkey in the 1990s", "families fled the shelling": people fleeing with no armed body named as the
        // ones who flee are civilians, and civilians withdraw no forces.
        if (trigger.Type == "RETREAT" && trigger.Lemma == "flee" && actors.Count == 0 && !forcesGo) return;
        // "police beat protesters", "gunmen beat a journalist": beating is an attack on people; "Iraq beat Iran 2-1"
        // is a match won.
        if (trigger.Lemma == "beat" && !BeatenPeople(last + 1)) return;
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
        if (trigger.Type == "ACCUSE" && !trigger.IsVerb && _cues.At(first, "envoy") > first) return;
        // "protesters burned the Swedish flag", "a copy of the Koran was burned": a thing burned as a gesture is no attack.
        // Nor is it when fire is set to it by other words: "setting fire to an American flag", "the burning of the Koran".
        if (trigger.Type == "ASSAULT" && trigger.IsVerb && trigger.Lemma is "burn" or "set fire to" or "torch" or "set ablaze"
            && EffigyBurned(first, last, passive)) return;
        // "he left four children", "the blast left two dead": people left behind are no withdrawal.
        // ("handed three smaller bases to Iraqi forces", "handed over two more camps": sites counted after a verb of
        // handing are handed over.)
        if (trigger.Type == "RETREAT" && trigger.Is(TriggerFlags.Weak) && trigger.IsVerb && !passive && Cardinal(last + 1) is not null
            && !((trigger.Is(TriggerFlags.HandsSite) || trigger.Lemma.StartsWith("hand", StringComparison.Ordinal))
                 && _cues.StartsWithin("handed-site", last + 2, Math.Min(_end - 1, last + 4)))) return;
        // "danced on the desks and left a few hours later": leaving names a withdrawal only with the place or post left.
        // (Forces that leave withdraw wherever from: "the American troops were forced to leave".)
        if (trigger.Type == "RETREAT" && trigger.Is(TriggerFlags.Weak) && trigger.IsVerb && trigger.Lemma == "leave" && scan.Places.Count == 0
            && !LeftSite(last, clauseEnd) && !AnyForce(actors) && !AnyForce(subjects)) return;
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
        // "the Islamic State seized a third of Iraq", "fighters captured the town of X": ground taken by force is an
        // assault, not a seizure of goods.
        if (type == "COERCE" && trigger.Mode == "seize" && trigger.IsVerb && SeizedGround(last, clauseEnd))
        {
            trigger = trigger with { Type = "ASSAULT", Mode = null };
            type = "ASSAULT";
        }
        // "withdrew its ambassador from Ankara", "to withdraw the Iraqi charge d'affaires from the Swedish capital": calling
        // one's own envoy home punishes the state he served in.
        string? sender = null, served = null;
        bool ownEnvoy = type == "RETREAT" && trigger.IsVerb && OwnEnvoyHome(last, clauseEnd, out sender, out served);
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
        if (type == "RETREAT" && trigger.IsVerb && Word(first - 1) == "to" && EnvoyToldToGo(first - 1)) return;
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
        if (type == "COERCE" && trigger.Mode == "ban" && trigger.IsVerb && _cues.Any("finance", last + 1, Math.Min(clauseEnd, last + 6)))
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
        var template = new Draft(type, trigger, _sentence, first, last) { Status = Status(trigger, first, clauseStart), Anchor = anchor };
        // "said its fighters would not leave their camps", "US troops will not withdraw": forces that will not leave refuse to;
        // the refusal is the act.
        if (type == "RETREAT" && trigger.IsVerb && template.Status == "negated" && WillNot(first))
        {
            trigger = trigger with { Type = "REJECT", Mode = null };
            type = "REJECT";
            material = false;
            template = new Draft(type, trigger, _sentence, first, last) { Status = "reported", Anchor = anchor };
        }
        // "Analysts say the factions could strike ...", "an expert predicts that the US will strike ...":
        // what a commentator foresees is no event (the ontology codes no predictions).
        if (template.Status == "future" && trigger.Type != "THREATEN" && _cues.Any("commentator", _first, first - 1)) return;
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
        Counts(template, trigger, first, last, passive && !reduced);
        Time(template, first, last, clauseStart, clauseEnd);
        template.Definite = Definite(trigger, first, last);
        template.Mutual = trigger.Type == "ASSAULT" && _cues.At(first, "mutual") >= 0;
        // "fired missiles at the base in retaliation for the killing of Qassem Soleimani": an act named with "the" as what
        // another answers is a known one given as the cause, no happening told here.
        if (material && template.Definite && AnsweredNamed(first)) return;
        // "rejected these mediations", "turned down the offer": what is refused was made by someone told before.
        template.AnswersPrior = trigger.Type == "REJECT" && targets.Count == 0 && _cues.Any("appeal", last + 1, Math.Min(clauseEnd, last + 4));

        // Statements happen where their speaker is, which the text rarely says: only physical events
        // and protests get a place. A sanction is a decree, not an act at a place: the places around it
        // say what it punishes ("for attacks in Syria") or whom ("an envoy in Tehran").
        bool compound = false;
        var places = (material && type is not ("SANCTION" or "CONCEDE")) || trigger.Type == "PROTEST" ? Places(first, last, clauseStart, clauseEnd, scan, anchor || dated, out compound, subjectHit: passive || trigger.Is(TriggerFlags.SubjectIsTarget) || AfterSubjectHit(first))
            : type is "CONSULT" or "AGREE" ? MeetingPlace(type, first, last, clauseStart, clauseEnd) : NoPlaces;
        // "its fighters attacked three bases on Sunday, naming al-Rukban, al-Shaddadi and al-Tanf": as many sites or
        // towns listed as the act counts are one attack each ("two attacks in Iraq and Syria" stays one summary).
        if (compound && template.Count is { } counted && counted == places.Count && Splits(first) && places.TrueForAll(p => _doc.Places[p].Precision == 1))
            compound = false;
        // "attacks on their forces in Iraq, Syria and now Jordan": a country named in the list of where is no target.
        if (compound && targets.Count > 0)
            foreach (var p in places)
                if (_stage.Gazetteer[_doc.Places[p].PlaceId] is { Kind: "country" } country && _stage.Governments.TryGetValue(country.Country, out var state))
                    targets.Remove(state);
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
                    d.PlaceId = string.Join("+", places.Select(p => _doc.Places[p].PlaceId));
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
                Finish(d, first, last, clauseStart, clauseEnd);
                if (echoed is not null && d.Mode == "unspecified") d.Mode = echoed;
                // (The aircraft downed and the verb say nothing of the weapon; "with a surface-to-air missile" does.)
                if (downed) d.Mode = MissileIn(clauseStart, clauseEnd) ? "missile" : "unspecified";
                into.Add(d);
            }
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

    /// <summary>The country (its gazetteer id) of a government or a state force; null for other actors.</summary>
    private string? WholeCountry(string actor) =>
        _stage.Kb[actor] is { Kind: "government" or "state_force", Country: { } code } && _stage.Gazetteer[code.ToLowerInvariant()] is { Kind: "country" } country
            ? country.Id : null;

    /// <summary>The times of "following earlier strikes on 26 October and 8 November" (after, following; earlier,
    /// previous, prior; an attack noun in the plural; one or more dates joined by commas and "and") after the act.</summary>
    private List<int> EarlierOn(int last)
    {
        var times = new List<int>();
        for (int t = last + 1; t + 3 < _end; t++)
        {
            if (Word(t) is ";" or "." or "but") break;
            if (Word(t) is not ("after" or "following") || Word(t + 1) is not ("earlier" or "previous" or "prior")) continue;
            int noun = t + 2;
            bool attack = false;
            foreach (var h in _hits)
                if (h.First == noun && h.Trigger.Type == "ASSAULT" && !h.Trigger.IsVerb && EventStage.PluralS(_doc.TokenText(h.Last))) { attack = true; noun = h.Last; break; }
            if (!attack || Word(noun + 1) != "on") break;
            for (int k = noun + 2; k < _end; k++)
            {
                if (_index.Time[k] is var tm && tm >= 0) { if (!times.Contains(tm)) times.Add(tm); continue; }
                if (Word(k) is not ("," or "and")) break;
            }
            break;
        }
        return times;
    }

    /// <summary>The time told by "and again on 9 March" after the act, or -1.</summary>
    private int AgainOn(int last)
    {
        for (int t = last + 1; t + 3 < _end; t++)
        {
            if (Word(t) is ";" or "." or "but") return -1;
            if (Word(t) == "and" && Word(t + 1) == "again" && Word(t + 2) is "on" or "in" && _index.Time[t + 3] is var tm && tm >= 0) return tm;
        }
        return -1;
    }

    /// <summary>The name declared to be what a participle describes and the verb of declaring ("declared the PKK a
    /// \"banned organisation\"", "has named the group an outlawed body"), or (null, -1).</summary>
    private (string? Declared, int Verb) DeclaredAs(int first, int clauseStart)
    {
        int t = first - 1;
        while (t > clauseStart && _doc.Tokens[t].Kind == TokenKind.Quote) t--;
        if (Word(t) is not ("a" or "an")) return (null, -1);
        // "listed the group as a Specially Designated Global Terrorist", "designated Harakat al-Nujaba as a terrorist organisation".
        bool named = Word(t - 1) == "as";
        if (named) t--;
        int end = t - 1;
        // "named Harakat al-Nujaba, the \"Movement of the Noble Ones\", a ...": over an apposition after the name.
        if (Word(end) == "," && AppositionStart(end, _first) is var open && open > _first) end = open - 1;
        // "the Kurdistan Workers' Party (PKK)": an abbreviation in brackets after the name is the name.
        if (Word(end) == ")" && end - 2 > clauseStart && Word(end - 2) == "(") end -= 3;
        if (end <= clauseStart || _index.Actor[end] is var m && (m < 0 || _index.ActorLast[m] != end)) return (null, -1);
        int before = _index.ActorFirst[m] - 1;
        if (Word(before) == "the") before--;
        if (before < clauseStart || (!WordIs(before, WordClass.DeclaringVerb) && !(named && WordIs(before, WordClass.ListingVerb)))) return (null, -1);
        return (_doc.Mentions[m].EntityId, before);
    }

    /// <summary>The verb of command before a ban verb ("ordered eight channels to close their offices", "ordering all
    /// units to cut their ties ..., close their offices"): a command verb, then within its clause "to" before the trigger,
    /// and the first body named between them, whom the order binds; -1 if none.</summary>
    private (int Verb, string? Ordered) BanOrderAt(int first, int clauseStart)
    {
        int to = -1;
        for (int t = first - 1; t >= Math.Max(clauseStart, first - 16); t--)
        {
            if (Word(t) == "to" && to < 0) to = t;
            if (to < 0 || !WordIs(t, WordClass.CommandVerb)) continue;
            for (int k = t + 1; k < to; k++)
                if (_index.Actor[k] >= 0) return (t, _doc.Mentions[_index.Actor[k]].EntityId);
            return (t, null);
        }
        return (-1, null);
    }

    /// <summary>Whether an attack word of the sentence ends before the token.</summary>
    private bool AttackBefore(int first)
    {
        foreach (var h in _hits)
            if (h.Trigger.Type == "ASSAULT" && h.Last < first) return true;
        return false;
    }

    private const string UsForces = "us-forces", Coalition = "international-coalition";

    /// <summary>The two sides named after "between" within eight words after a trigger that ends at <paramref name="last"/>
    /// ("clashes between X and the Y", "broke out in Basra between X and Y"), or nulls.</summary>
    private (string?, string?) Sides(int last, int clauseEnd)
    {
        for (int t = last + 1; t <= Math.Min(clauseEnd, last + 8) && t < _end; t++)
        {
            if (Word(t) is "," or ";" or "and") return (null, null);
            if (Word(t) != "between") continue;
            int a = Word(t + 1) == "the" ? t + 2 : t + 1;
            // "between the members of Saraya al-Salam": the side's people stand for it.
            if (Word(a + 1) == "of" && a + 2 < _end && _index.Actor[a] < 0) a = Word(a + 2) == "the" ? a + 3 : a + 2;
            if (a >= _end || _index.Actor[a] is var m && (m < 0 || _index.ActorFirst[m] != a)) return (null, null);
            int e = _index.ActorLast[m];
            // "between X, the armed wing of the Sadrist movement, and Y": an apposition set off by commas.
            if (Word(e + 1) == "," && Word(e + 2) != "and")
                for (int c = e + 2; c <= Math.Min(_end - 2, e + 10); c++)
                    if (Word(c) == ",") { e = c - 1; break; }
                    else if (c == Math.Min(_end - 2, e + 10)) return (null, null);
            if (Word(e + 1) == "," && Word(e + 2) == "and") e++;
            if (Word(e + 1) != "and") return (null, null);
            int b = Word(e + 2) == "the" ? e + 3 : e + 2;
            if (b >= _end || _index.Actor[b] is var n && (n < 0 || _index.ActorFirst[n] != b)) return (null, null);
            string one = _doc.Mentions[m].EntityId!, other = _doc.Mentions[n].EntityId!;
            return one == other ? (null, null) : (one, other);
        }
        return (null, null);
    }

    /// <summary>Whether the story tells the troops at the bases as the coalition's rather than as American ones: it names the
    /// coalition more often than US forces ("a site that also houses troops of the US-led coalition ... the coalition's
    /// spokesman said"). An attack on a base that hosts troops, told only by the site, then hits the coalition.</summary>
    /// <summary>The mode of the weapons told before when the subject of the verb at <paramref name="first"/> counts on
    /// from them ("the first", "the second", "a third salvo", "the latest", "another", "two more"), else null: the
    /// last attack of this sentence or of the story's two sentences before with a weapon named.</summary>
    private string? EchoedWeapon(int first, int clauseStart, List<Draft> into)
    {
        int t = first - 1;
        // "The latest, on Saturday, damaged ...": over an aside between commas.
        if (Word(t) == ",")
            for (int k = t - 1; k > Math.Max(_first, t - 8); k--)
                if (Word(k) == ",") { t = k - 1; break; }
        if (WordIs(t, WordClass.SalvoNoun)) t--;
        int start;
        if (Word(t) is "another") start = t;
        else if (Word(t) is "more" or "others" && (Cardinal(t - 1) is > 0 || Word(t - 1) is "two" or "three" or "several" or "few")) start = t - 1;
        else if (Word(t) is "first" or "second" or "third" or "fourth" or "fifth" or "sixth" or "latest" or "last" or "next" or "other" or "final"
                 && Word(t - 1) is "the" or "a") start = t - 1;
        else return null;
        if (start < _first || start < clauseStart - 1) return null;
        // "the attack on the second", "struck the first": after a preposition or a verb it is no subject.
        if (start > _first && start > clauseStart && Word(start - 1) is "of" or "in" or "on" or "at" or "to" or "by" or "from" or "with" or "for"
            || (start - 1 >= _first && _triggerAt[start - 1] == SureVerb)) return null;
        for (int i = into.Count - 1; i >= 0; i--)
            if (into[i].Sentence == _sentence && into[i].Type == "ASSAULT" && into[i].Mode is { } m && m != "unspecified") return m;
        if (_story is not null)
            for (int i = _story.Count - 1; i >= 0 && _story[i].Sentence >= _sentence - 2; i--)
                if (_story[i].Type == "ASSAULT" && _story[i].Mode is { } m && m != "unspecified") return m;
        return null;
    }

    /// <summary>"demanded (at the time) that they leave", "insisted that all foreign forces withdraw": "that" at most seven
    /// words before the act with no verb of telling between ("was", "had", "did" ...), and a verb of asking, urging or
    /// ordering at most six words before "that".</summary>
    private bool AskedThat(int first)
    {
        for (int t = first - 1; t >= Math.Max(_first, first - 7); t--)
        {
            if (Word(t) is ";" or ":" or "." or "is" or "are" or "was" or "were" or "has" or "have" or "had" or "did" or "do" or "does"
                or "will" or "would") return false;
            if (Word(t) != "that") continue;
            for (int a = t - 1; a >= Math.Max(_first, t - 6); a--)
            {
                if (Word(a) is ";" or ":") return false;
                if (Word(a) is "demanded" or "demand" or "demands" or "demanding" or "insisted" or "insist" or "insists" or "insisting"
                    or "urged" or "urge" or "urges" or "urging" or "asked" or "ask" or "asks" or "requested" or "request" or "requests"
                    or "proposed" or "proposes" or "suggested" or "recommended" or "recommends" or "required" or "requires" or "require"
                    or "ordered" or "orders" or "stipulates" or "stipulated" or "decreed" or "voted" or "call" or "calls" or "called")
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
            if (Word(t) is "end" or "ends" or "ended" or "ending" or "close" or "closes" or "closed" or "closing" or "conclude" or "concludes"
                or "concluded" or "concluding" or "terminate" or "terminated" or "terminating" or "terminates") return true;
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
            if (Word(t) is "still" or "continue" or "continues" or "continuing" or "remain" or "remains" or "already"
                || (Word(t) == "far" && Word(t - 1) == "so")) return true;
        return false;
    }

    /// <summary>"the sanctions target X", "sanctions that target", "targeted by new US sanctions", "targeted with sanctions": a noun
    /// of sanctions at most three words before the verb in its clause, or after "by" or "with" and at most two words right
    /// after it.</summary>
    private bool SanctionsAim(int first, int last, int clauseStart, int clauseEnd)
    {
        static bool Sanctions(string w) => w is "sanctions" or "sanction" or "designations" or "designation" or "penalties" or "embargo";
        for (int t = first - 1; t >= Math.Max(clauseStart, first - 3); t--)
            if (Sanctions(Word(t))) return true;
        if (Word(last + 1) is "by" or "with")
            for (int t = last + 2; t <= Math.Min(clauseEnd, last + 4); t++)
                if (Sanctions(Word(t))) return true;
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
            if (Word(t) is not ("of" or "with")) continue;
            int g = t + 1;
            while (g < first - 1 && Word(g).EndsWith("ly", StringComparison.Ordinal)) g++;
            bool plan = Word(g) is "planning" or "plotting" or "preparing" or "trying" or "seeking" or "conspiring" or "attempting"
                    or "intending" or "allowing" or "letting" or "permitting" or "helping" or "enabling" or "facilitating"
                || (Word(g).EndsWith("ing", StringComparison.Ordinal) && PlanNounWithin(g + 1, Math.Min(first - 1, g + 3)));
            if (!plan || first - g > 7) continue;
            // ("accused of planning the attack", "men accused of plotting were detained": an act told with "the" or a verb
            // of its own after the charge is not what is charged.)
            if (Word(first - 1) is "the" or "this" or "that" or "its" or "their") return false;
            for (int b = g + 1; b < first; b++)
                if (Word(b) is "was" or "were" or "is" or "are" or "has" or "have" or "had") return false;
            for (int a = t - 1; a >= Math.Max(clauseStart, t - 8); a--)
                if (Word(a) is "accused" or "accuse" or "accuses" or "accusing" or "accusation" or "accusations" or "charged" or "charges"
                    or "convicted" or "indicted" or "guilty" or "allegations")
                    return true;
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
    /// "a" or "another" and such a verb.</summary>
    private bool DoneLikeAnother(Trigger trigger, int first, int clauseStart)
    {
        if (trigger.IsVerb || trigger.Type != "ASSAULT") return false;
        int similar = -1;
        foreach (var (f, l, cue) in _cues.Hits)
            if (cue.Class == "hypothetical" && f >= Math.Max(clauseStart, first - 6) && f < first)
            {
                if (f != l || Word(f) != "similar") return false;
                similar = f;
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

    /// <summary>The forces of the state whose name or demonym stands right before a noun of aircraft in the object of the
    /// verb ending at <paramref name="last"/> ("an unmanned US Navy drone", "an American surveillance aircraft"), else null.</summary>
    private string? StateCraft(int last, int clauseEnd)
    {
        for (int t = last + 1; t <= Math.Min(clauseEnd, last + 4); t++)
        {
            string? state = _index.Actor[t] >= 0 ? _doc.Mentions[_index.Actor[t]].EntityId : _cues.ValueAt(t, "demonym", out _);
            if (state is null || _stage.Kb[state] is not { Kind: "government" or "state_force" }) continue;
            int m = _index.Actor[t];
            int after = m >= 0 ? _index.ActorLast[m] + 1 : t + 1;
            for (int k = after; k <= Math.Min(clauseEnd, after + 2); k++)
                if (WordIs(k, WordClass.AircraftNoun))
                {
                    // "an Iranian drone heading towards Erbil": a craft on its way at a target is an attack fended off.
                    for (int a = k + 1; a <= Math.Min(clauseEnd, k + 3); a++)
                        if (Word(a) is "heading" or "headed" or "approaching" or "towards" or "toward" or "aimed" or "bound" or "targeting" or "carrying" or "laden")
                            return null;
                    return _lex.Forces.TryGetValue(state, out var forces) ? forces : state;
                }
        }
        return null;
    }

    private bool MissileIn(int from, int to)
    {
        foreach (var (f, l, cue) in _cues.Hits)
            if (cue.Class == "mode" && cue.Value == "missile" && f >= from && l <= to) return true;
        return false;
    }

    private bool CoalitionStory()
    {
        int coalition = 0, american = 0;
        foreach (var m in _doc.Mentions)
            if (m.EntityId == Coalition) coalition++;
            else if (m.EntityId == UsForces) american++;
        return coalition > american;
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

    /// <summary>The actor of a bulleted list's attacks: that of an attack told in the sentence that leads into the list, or
    /// of the latest count of attacks told shortly before it ("said it carried out eleven operations"), not of an item.</summary>
    private string? ListActor()
    {
        if (_story is null) return null;
        // The lead-in is the last sentence before the list: a sentence whose line opens with a bullet is an item's.
        int lead = _sentence - 1;
        while (lead >= 0)
        {
            int line = lead;
            while (line > 0 && _doc.Sentences[line - 1].Block == _doc.Sentences[lead].Block) line--;
            if (!EventStage.ListItem(_doc, line)) break;
            lead = line - 1;
        }
        if (lead < 0) return null;
        for (int i = _story.Count - 1; i >= 0; i--)
        {
            var d = _story[i];
            if (d.Sentence > lead || d.Type != "ASSAULT" || d.Actor is null || d.Status != "reported" || EventStage.ListItem(_doc, d.Sentence)) continue;
            if (d.Sentence < lead - 8) break;
            if (d.Sentence == lead || (d.Aggregate && d.Count is not null)) return d.Actor;
        }
        return null;
    }

    private static int PlacesIn(List<int> places)
    {
        int n = 0;
        foreach (var p in places) if (p >= 0) n++;
        return n;
    }

    // Shared lists for a frame without actor or place, read only: one allocation less each.
    private static readonly List<string> NoActor = [null!];
    private static readonly List<int> NoPlace = [-1];
    private static readonly List<int> NoPlaces = [];

    /// <summary>"the pullout of American combat troops", "the exit of US forces": the forces named after a noun of
    /// moving or leaving are the ones that move; their name may follow an article or a people's word.</summary>
    private void ForcesAfter(Trigger trigger, int last, List<string> actors)
    {
        if (trigger.Type is not ("MOBILIZE" or "RETREAT") || actors.Count > 0 || trigger.IsVerb || Word(last + 1) != "of") return;
        for (int at = last + 2; at < _end && at <= last + 4 && actors.Count == 0; at++)
        {
            if (_index.Actor[at] is var m && m >= 0 && _index.ActorFirst[m] == at) actors.Add(_doc.Mentions[m].EntityId!);
            // "American (combat) troops": a people's word before its forces names their state.
            else if (_cues.ValueAt(at, "demonym", out _) is { } state)
            {
                if (_cues.At(at + 1, "platform") >= 0 || _cues.At(at + 2, "platform") >= 0) actors.Add(state);
                break;
            }
            else if (Word(at) is not ("the" or "its" or "their" or "all" or "some")) break;
        }
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
            if (Word(k) is "," or ";" or ":" or "." || _triggerAt[k] != 0) return false;
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

    /// <summary>The first token of a cue of class persist that ends at the token, or -1.</summary>
    private int PersistEndingAt(int t)
    {
        if (!_cues.MayHave("persist")) return -1;
        foreach (var (f, l, cue) in _cues.Hits)
            if (l == t && cue.Class == "persist") return f;
        return -1;
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

    /// <summary>The side an actor acts for: a person's office holder on the story's date, and a state's
    /// government and forces one side per country ("Lloyd Austin said the United States will strike").</summary>
    private string SideOf(string id) => _stage.SideOf(id, _doc.Published);

    /// <summary>The threat of a promised attack: the speaker's, against the one the attack would hit (or the forces
    /// a named site hosts), dated when it was said.</summary>
    private void Threat(Trigger trigger, int first, int last, string speaker, List<string> targets, RightScan scan, int clauseStart, int clauseEnd, List<Draft> into)
    {
        var d = new Draft("THREATEN", trigger, _sentence, first, last);
        Time(d, first, last, clauseStart, clauseEnd);
        d.Evidence.Add(_sentence);
        d.Actor = speaker;
        // "would carry on their operations until the last soldier leaves Iraq": the names of the condition are not whom it threatens.
        for (int t = last + 1; t <= clauseEnd; t++)
            if (Word(t) is "until" or "unless" or "if" or "till" || (Word(t) == "as" && Word(t + 1) == "long"))
            {
                var near = ScanRight(last, t - 1, trigger);
                targets = near.Targets;
                scan = near;
                break;
            }
        d.Target = FirstOther(targets, speaker);
        if (d.Target is null)
            foreach (var p in scan.Places)
                if (_lex.Hosts.TryGetValue(_doc.Places[p].PlaceId, out var host)) { d.Target = host; break; }
        into.Add(d);
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

    /// <summary>"Iraqi and US officials", "American and Iraqi negotiators" right before the verb group: the two
    /// states whose people act together; the subject's last token, or -1.</summary>
    private int JointPeoples(int first, int clauseStart, out List<string>? pair)
    {
        pair = null;
        int noun = VerbGroupStart(first, clauseStart) - 1;
        if (noun - 3 < clauseStart || _doc.Tokens[noun].Kind != TokenKind.Word || !Word(noun).EndsWith('s')) return -1;
        // "US officials" may be one name of the state.
        var b = _index.Actor[noun] >= 0 ? StateAt(noun, out int bFirst) : StateAt(noun - 1, out bFirst);
        if (b is null || Word(bFirst - 1) != "and") return -1;
        var a = StateAt(bFirst - 2, out _);
        if (a is null || a == b) return -1;
        pair = [a, b];
        return noun;
    }

    /// <summary>The state a people's adjective or a state's name ending at the token stands for, with its first token.</summary>
    private string? StateAt(int t, out int first)
    {
        first = t;
        if (t < _first) return null;
        int m = _index.Actor[t];
        if (m >= 0)
        {
            first = _index.ActorFirst[m];
            var id = _doc.Mentions[m].EntityId!;
            return _stage.Kb[id] is { Kind: "government" } ? id : null;
        }
        return _cues.ValueAt(t, "demonym", out _) is { } state && _stage.Kb[state] is not null ? state : null;
    }

    /// <summary>The subject of the main clause after an opening phrase ending at the first comma after
    /// <paramref name="last"/>: the actor right after the comma, over a title ("..., Antony Blinken said").</summary>
    private string? MainClauseSubject(int last)
    {
        for (int t = last + 1; t < _end && t <= last + 15; t++)
        {
            if (Word(t) != ",") continue;
            for (int k = t + 1; k < _end && k <= t + 6; k++)
            {
                int m = _index.Actor[k];
                if (m >= 0) return TitledPerson(m) is var p && p >= 0 ? _doc.Mentions[p].EntityId : _doc.Mentions[m].EntityId;
                if (_doc.Tokens[k].Kind != TokenKind.Word || !(char.IsUpper(_doc.TokenText(k)[0]) || Word(k) == "the")) return null;
            }
            return null;
        }
        return null;
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

    /// <summary>The last token of a verb of accusing ("accused", "accusing") that governs the "of" at
    /// <paramref name="of"/> within eight words before it in its clause, or -1.</summary>
    private int AccusedBetween(int of, int clauseStart)
    {
        foreach (var h in _hits)
            if (h.Trigger.Type == "ACCUSE" && h.Trigger.IsVerb && h.Last < of && h.Last >= of - 8 && h.First >= clauseStart) return h.Last;
        return -1;
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

    /// <summary>The state whose envoy is the object right after the trigger (cue class envoy): "the Turkish
    /// ambassador", "Iran's charge d'affaires", "the ambassador of Turkey"; null when the object is no envoy.</summary>
    private string? Envoy(int last, int clauseEnd)
    {
        int end = Math.Min(clauseEnd, last + 7);
        string? state = null;
        for (int t = last + 1; t <= end; t++)
        {
            if (Word(t) is "the" or "a" or "an" or "its" or "their" or "top" or "senior") continue;
            if (state is null && _cues.ValueAt(t, "demonym", out _) is { } people && _stage.Kb[people] is not null) { state = people; continue; }
            int m = _index.Actor[t];
            if (state is null && m >= 0 && Word(_index.ActorLast[m] + 1) is "'s" or "’s")
            {
                state = _doc.Mentions[m].EntityId;
                t = _index.ActorLast[m] + 1;
                continue;
            }
            int envoy = _cues.At(t, "envoy");
            if (envoy < 0) return null;
            if (state is null && Word(envoy + 1) == "of" && envoy + 2 <= clauseEnd && _index.Actor[envoy + 2] is var o && o >= 0) state = _doc.Mentions[o].EntityId;
            return state is not null && _stage.Kb[state] is { Kind: "government" } ? state : null;
        }
        return null;
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
            else if (Word(t) is not ("the" or "its" or "their" or "his" or "her" or "top" or "senior" or "a")) break;
            t++;
        }
        int envoy = t <= clauseEnd ? _cues.At(t, "envoy") : -1;
        // One head of mission called home is a recall; diplomats or staff pulled out are an evacuation, a withdrawal.
        if (envoy < 0 || WordIs(envoy, WordClass.EnvoyStaff)) return false;
        served = ServedFrom(envoy + 1, clauseEnd);
        return true;
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

    /// <summary>The government of the place, capital, state or people named after a "from" within three words of
    /// <paramref name="t"/>: "from Ankara", "from the Swedish capital"; null for none.</summary>
    private string? ServedFrom(int t, int clauseEnd)
    {
        for (int k = t; k <= Math.Min(clauseEnd, t + 2); k++)
        {
            if (Word(k) != "from") continue;
            int at = Word(k + 1) == "the" ? k + 2 : k + 1;
            if (at >= _end) return null;
            if (_index.Actor[at] is var m && m >= 0 && _stage.Kb[_doc.Mentions[m].EntityId!] is { Kind: "government" } named) return named.Id;
            if (_index.Place[at] is var p && p >= 0 && _stage.Gazetteer?[_doc.Places[p].PlaceId] is { Country: { } country }
                && _stage.Governments.TryGetValue(country, out var state)) return state;
            if (_cues.ValueAt(at, "demonym", out _) is { } people && _stage.Kb[people] is { Kind: "government" }) return people;
            return null;
        }
        return null;
    }

    /// <summary>Whether the object right after the verb is ground: a place, or a share or control of one ("a third of
    /// Iraq", "control of the town of X"): words of cue class ground, over "of", "a" and "the".</summary>
    private bool SeizedGround(int last, int clauseEnd)
    {
        for (int t = last + 1; t <= Math.Min(clauseEnd, last + 6); t++)
        {
            if (_index.Place[t] >= 0) return Word(t - 1) is not ("in" or "near" or "at" or "from" or "on");
            if (Word(t) is not ("of" or "a" or "the") && _cues.At(t, "ground") < 0) return false;
        }
        return false;
    }

    /// <summary>"recalled its ambassador in Tehran", "recalled the ambassador to Ankara": a recall of one's own envoy,
    /// told by the trigger itself, is against the state where the envoy served; null when no such place follows.</summary>
    private string? PostedIn(Trigger trigger, int last, int clauseEnd)
    {
        if (trigger.Type != "SANCTION" || _cues.At(last, "envoy") < 0 || Word(last + 1) is not ("in" or "to") || last + 2 > clauseEnd) return null;
        int p = _index.Place[last + 2];
        return p >= 0 && _stage.Gazetteer[_doc.Places[p].PlaceId] is { } place && _stage.Governments.TryGetValue(place.Country, out var state) ? state : null;
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

    /// <summary>The one who says the words the trigger stands in: the subject of the last verb of saying
    /// before it in the sentence ("X said", "X told reporters that", "X warned"), or null.</summary>
    private string? Speaker(int first) => Speaker(first, out _);

    /// <summary>The speaker, and in <paramref name="told"/> the one told when the verb of saying has its
    /// listener right after it ("X told Y that ...", "X told Y in a phone call"). With
    /// <paramref name="verbsOfSaying"/> only a plain verb of saying (cue class speech) counts, not a
    /// statement trigger such as "rejected".</summary>
    private string? Speaker(int first, out string? told, bool verbsOfSaying = false)
    {
        told = null;
        // (Only a cue of class speech is read: a sentence with none skips the loop.)
        for (int i = _cues.MayHave("speech") ? _cues.Hits.Count - 1 : -1; i >= 0; i--)
        {
            var (f, l, cue) = _cues.Hits[i];
            // "United States": a word of saying inside a name says nothing.
            if (cue.Class != "speech" || l >= first || f < _first || _index.Actor[f] >= 0) continue;
            var subjects = Subjects(f, ClauseStart(f), out _);
            if (subjects.Count == 0) continue;
            told = Listener(l, first);
            return subjects[0];
        }
        if (verbsOfSaying) return null;
        foreach (var h in _hits)
            if (h.Last < first && h.Trigger.Is(TriggerFlags.Speech) && h.Trigger.IsVerb)
            {
                var subjects = Subjects(h.First, ClauseStart(h.First), out _);
                if (subjects.Count > 0) return subjects[0];
            }
        return null;
    }

    /// <summary>"The Joint Operations Command said 12 people were arrested", "the airport was closed to flights, the civil
    /// aviation authority said": a state body (a government body or state force) that tells an arrest, seizure or closure
    /// in the passive with no agent made it; null when the speaker is none such or there is none.</summary>
    private string? Announcer(int first, int last)
    {
        var sayer = Speaker(first, out _, verbsOfSaying: true);
        for (int i = 0; sayer is null && i < _cues.Hits.Count; i++)
        {
            var (f, _, cue) = _cues.Hits[i];
            if (cue.Class != "speech" || f <= last || _index.Actor[f] >= 0) continue;
            var subjects = Subjects(f, ClauseStart(f), out _);
            if (subjects.Count > 0) sayer = subjects[0];
            break;
        }
        if (sayer is null || _stage.Kb[sayer] is not { Kind: "state_force" or "government" } body) return null;
        // "The Security Media Cell says two men have been arrested": an office that speaks for a force (a government body
        // that is part of one) tells what the forces did, and does not say which.
        if (body.Kind == "government")
            foreach (var link in body.PartOf)
                if (_stage.Kb[link.Id]?.Kind == "state_force") return null;
        // "The State Department said an American had been detained in Baghdad": a state tells of what befell its own
        // abroad; it arrests only at home.
        for (int t = _first; t < _end; t++)
            if (_index.Place[t] is var p && p >= 0 && _stage.Gazetteer?[_doc.Places[p].PlaceId] is { Country: { } country } && country != body.Country)
                return null;
        return sayer;
    }

    /// <summary>The actor named right after a verb of saying, over a title ("told Iraqi Prime Minister X"),
    /// before the words that follow it ("that", "in a phone call"); null when none is.</summary>
    private string? Listener(int speechLast, int before)
    {
        if (Word(speechLast) is not ("told" or "tells" or "tell" or "telling" or "informed" or "informs" or "assured" or "assures" or "reminded")) return null;
        for (int t = speechLast + 1; t < before && t <= speechLast + 6; t++)
        {
            // ("told US Secretary of State Antony Blinken": the person the title leads to, not the country before it.)
            if (_index.Actor[t] is var m && m >= 0) return _doc.Mentions[TitledPerson(m) is var person && person >= 0 ? person : m].EntityId;
            var text = _doc.TokenText(t);
            if (_doc.Tokens[t].Kind != TokenKind.Word || !(char.IsUpper(text[0]) || Word(t) is "the" || _stage.Roles.ClassOf(Word(t)) != Names.CueClass.None)) return null;
        }
        return null;
    }

    /// <summary>Who gives an act the name the trigger is: the subject of a verb of naming before it
    /// ("X called the attack a hostile act", "what it called a violation of sovereignty"), or the speaker
    /// of a clause that says the act was one ("X said the strikes were a violation of ..."); else null.</summary>
    private string? Namer(int first, List<string> subjects, int subjectLast)
    {
        foreach (var (f, l, cue) in _cues.Hits)
        {
            if (cue.Class != "label" || l >= first || first - l > 12 || _index.Actor[f] >= 0) continue;
            // "summoned Iran's ambassador over what it called ...": the pronoun is the sentence's subject.
            // When the sentence opens with no name ("the ministry ... what it called"), the namer is not told.
            if (Word(f - 2) == "what" && Coreference.IsPronoun(_doc.TokenText(f - 1), out bool person))
                return MainSubject(f - 1, person) ?? (OpensWithName(f - 1) ? Resolve(f - 1, person) : null);
            // "which led the minister to describe the strikes as an act of aggression": the one led to name it.
            if (Word(f - 1) == "to" && Word(f - 2) is "him" or "her" or "them" && Resolve(f - 2, Word(f - 2) != "them") is { } led) return led;
            if (subjects.Count > 0 && f > subjectLast && f - subjectLast <= 4) return subjects[0];
            var namers = Subjects(f, ClauseStart(f), out _);
            if (namers.Count > 0) return namers[0];
        }
        // "said the strikes were a flagrant violation": the name stands after a copula.
        int t = first - 1;
        while (t > _first && Word(t) is "a" or "an" or "the" or "\"" or "“" or "'") t--;
        return Word(t) is "was" or "were" or "is" or "are" or "as" ? Speaker(first) : null;
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
        return true;
    }

    /// <summary>The actor a ", which" or ", whom" before the subject of the verb at <paramref name="first"/> stands for
    /// ("Kataib Hezbollah, which Washington blames"): the last actor named right before the comma; null when none.</summary>
    private string? WhichObject(int first)
    {
        int m = _index.Actor[first - 1 >= _first ? first - 1 : first];
        if (first - 1 < _first || m < 0) return null;
        int t = _index.ActorFirst[m] - 1;
        if (Word(t) == "the") t--;
        if (Word(t) is not ("which" or "whom") || Word(t - 1) != ",") return null;
        int a = _index.Actor[t - 2 >= _first ? t - 2 : t];
        return t - 2 >= _first && a >= 0 ? _doc.Mentions[a].EntityId : null;
    }

    /// <summary>The person named just before "killed in" (or wounded, slain, injured) that leads to the attack noun at
    /// <paramref name="first"/> ("Muhandis, killed in a US strike"; "Soleimani, the Quds Force commander killed in a
    /// drone strike"), over an apposition of a few words; null when none.</summary>
    private string? KilledInBefore(int first)
    {
        int at = -1;
        for (int t = first - 1; t >= _first && first - t <= 5; t--)
        {
            if (Word(t) == "in") { at = t; break; }
            if (Word(t) is "," or ";" or ":" || _triggerAt[t] != 0) return null;
        }
        if (at < 0 || Word(at - 1) is not ("killed" or "wounded" or "injured" or "slain" or "assassinated")) return null;
        for (int t = at - 2; t >= _first && at - t <= 14; t--)
        {
            if (Word(t) is ";" or ":" || (_triggerAt[t] != 0 && _index.Actor[t] < 0)) return null;
            int m = _index.Actor[t];
            if (m < 0) continue;
            var id = _doc.Mentions[m].EntityId!;
            // "Qais al-Khazali mourned the fighters killed in ...": the name must stand right before the participle or
            // open an apposition that reaches it.
            if (IsPerson(id)) return _index.ActorLast[m] + 1 == at - 1 || Word(_index.ActorLast[m] + 1) == "," ? id : null;
            t = _index.ActorFirst[m];
        }
        return null;
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
    private bool PeopleBefore(int t)
    {
        while (Word(t) is "were" or "was" or "been" or "have" or "has" or "had" or "are" or "being") t--;
        return Word(t) is "them" or "people";
    }

    /// <summary>Whether people are beaten at <paramref name="t"/>, over an article or a number: a pronoun, a noun of
    /// people in numbers ("protesters") or of a person ("a journalist").</summary>
    private bool BeatenPeople(int t)
    {
        if (Word(t) is "him" or "her" or "them") return true;
        if (Word(t) is "a" or "an" or "the" or "two" or "three" or "several" or "dozens" || (Word(t) is { Length: > 0 } n && char.IsDigit(n[0]))) t++;
        if (Word(t) == "of") t++;
        return _cues.At(t, "crowd") >= 0 || _cues.At(t, "person") >= 0 || _cues.At(t, "victims") >= 0 && Word(t) is not ("the" or "of" or "their" or "its");
    }

    /// <summary>The person a "whose" after a comma stands for: the last person named before it, over an
    /// apposition ("Muslih, the PMF's commander in Anbar, whose ..."), within a few words.</summary>
    private string? WhoseAntecedent(int whose)
    {
        if (Word(whose - 1) != ",") return null;
        for (int t = whose - 2; t >= _first && whose - t <= 14; t--)
        {
            int m = _index.Actor[t];
            if (m < 0) continue;
            var id = _doc.Mentions[m].EntityId!;
            if (IsPerson(id)) return id;
            t = _index.ActorFirst[m];
        }
        return null;
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

    /// <summary>Whether the token is a word of a great, uncounted number of people: "hundreds", "thousands", "dozens",
    /// "scores" (<see cref="Word"/> is lower case).</summary>
    private bool GreatCount(int t) => WordIs(t, WordClass.GreatCount);

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

    /// <summary>The gazetteer id of the site an actor such as an embassy stands at.</summary>
    private string? SiteOf(string? actor)
    {
        if (actor is null) return null;
        foreach (var (place, host) in _lex.Hosts) if (host == actor) return place;
        return null;
    }

    /// <summary>Whether a word of time order opens within three words of <paramref name="t"/> ("two days before",
    /// "hours after", "amid", "as", "ahead of", "weeks into").</summary>
    private bool TimeLinkAfter(int t)
    {
        for (int k = t; k < _end && k <= t + 3; k++)
            if (Word(k) is "before" or "after" or "amid" or "as" or "ahead" or "during" or "shortly" or "just" or "days" or "hours" or "weeks") return true;
        return false;
    }

    /// <summary>The verb of ordering in "ordered his followers to ...", "told its fighters on Sunday to ...": a
    /// verb of command (cue class command), then a possessive and the speaker's own people (cue class own-people), then
    /// "to" right before the trigger; -1 if none.</summary>
    private int OrderAt(int first, int clauseStart)
    {
        if (Word(first - 1) != "to") return -1;
        int own = -1;
        for (int t = first - 2; t >= Math.Max(clauseStart, first - 9); t--)
        {
            if (_index.Time[t] >= 0 || Word(t) is "on" or "at" or "in" or "late" or "early") continue;
            if (_cues.At(t, "own-people") >= 0)
            {
                if (Word(t - 1) is "his" or "its" or "their" or "her") { own = t - 1; t--; continue; }
                return -1;
            }
            if (own < 0) return -1;
            return _cues.At(t, "command") >= 0 ? t : -1;
        }
        return -1;
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

    /// <summary>"carried out the strike", "the attack", "attacked the base": told as a happening already known.</summary>
    private bool Definite(Trigger trigger, int first, int last)
    {
        // "denied any role": the act denied is one told before.
        if (trigger.Is(TriggerFlags.Negates)) return true;
        if (!trigger.IsVerb || _stage.PreferNoun(_doc, first, last, _scratch))
        {
            int t = first - 1;
            // "the Najaf attack", "the Nasiriyah shootings": a place named before the noun is no determiner of its own.
            while (t >= _first && (_cues.At(t, "mode") >= 0 || _index.Place[t] >= 0)) t--;
            // "Sunday's attack", "last week's strike": an act dated by a possessive day is one told as known.
            return Word(t) is "the" or "this" or "that" || (Word(t) is "'s" or "’s" && t > _first && _index.Time[t - 1] >= 0);
        }
        // "the rockets hit the sprawling base": weapons told with "the" are the ones of an attack told before.
        int w = first - 1;
        while (w >= _first && _cues.At(w, "mode") >= 0) w--;
        if (w < first - 1 && Word(w) is "the" or "these" or "those") return true;
        // "the strike had targeted their commander": an attack told with "the" as the verb's subject.
        int s = first - 1;
        while (s > _first && Word(s) is "had" or "has" or "have" or "was" or "were" or "is" or "reportedly" or "also") s--;
        foreach (var h in _hits)
            if (h.Last == s && h.First < first && h.Trigger.Type == "ASSAULT" && !h.Trigger.IsVerb && Word(h.First - 1) is "the" or "this" or "that") return true;
        return Word(last + 1) == "the" && SiteNoun(last + 2);
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
    /// elsewhere (no actor but a people's adjective, no place more precise than a country, no count, no toll, no site such as an
    /// embassy and no person as its target) is no event of its own.</summary>
    private bool Generic(Draft d, Trigger trigger) =>
        // "Since the killing of X, ...": a reference to an act told with nothing of its own but its victim.
        (d.Anchor && !trigger.IsVerb && d.Actor is null && d.Place < 0 && d.Start is null && d.Killed is null && d.Injured is null) ||
        d.Type == "ASSAULT" && !trigger.IsVerb && !d.Told && d.Count is null && d.Killed is null && d.Injured is null
        && (d.Place < 0 || _doc.Places[d.Place].Precision == 3)
        && (((d.Actor is null || d.Demonym) && (d.Target is null || !(_lex.SiteActors.Contains(d.Target) || IsPerson(d.Target)))) || BarePlural(d));

    /// <summary>"a response to attacks on US forces by Iran and its allies": a plural noun with no determiner, count or
    /// possessive before it, in a sentence that dates nothing, speaks of attacks in general, whoever it names as
    /// their authors.</summary>
    private bool BarePlural(Draft d)
    {
        if (!EventStage.PluralS(_doc.TokenText(d.Last)) || Word(d.First - 1) is not ("to" or "for" or "against" or "behind")) return false;
        for (int t = _first; t < _end; t++) if (_index.Time[t] >= 0) return false;
        return true;
    }

    /// <summary>Whether a light verb joins the subject to a noun trigger: "X launched an attack",
    /// "X has carried out more than 70 attacks", "X claimed responsibility for the attack" — the verb
    /// right after the subject, the noun right after the verb's object words.
    /// With <paramref name="offer"/> (a noun of statement or aid) a verb of giving does too: "X offered
    /// military training", "X expressed its support", "X pledged $50 million in aid". A light verb whose cue
    /// value is an event type joins only a noun of that type (<paramref name="type"/>): "X declared a state of
    /// maximum readiness", "X's units were on full alert".</summary>
    private bool LightVerbBetween(int subjectLast, int first, bool offer = false, string? type = null, string? mode = null)
    {
        if (subjectLast < 0 || HeldAnswerable(subjectLast)) return false;
        foreach (var (f, l, cue) in _cues.Hits)
        {
            if (!(cue.Class is "claim" or "involvement" || (offer && cue.Class == "offer")
                  || (cue.Class == "light" && (cue.Value == "-" || cue.Value == type || (mode is not null && IsTypeMode(cue.Value, type, mode)))))
                || f <= subjectLast || l >= first) continue;
            // ("ordered air defence units to a higher state of alert", "its units along the border had been placed on alert",
            // "put its units along the frontier on full alert": the forces put on alert, or where they are, may stand between.)
            if (f - subjectLast > (type == "MOBILIZE" ? 8 : 4) || first - l > (type == "MOBILIZE" ? 9 : 6)) continue;
            bool clear = true;
            // A verb of giving reaches only its own object ("offered military training", "pledged $50 million
            // in aid"), not a noun further on ("voiced support for the talks"), and has its subject right before it.
            if (cue.Class == "offer")
            {
                for (int t = l + 1; t < first && clear; t++)
                    clear = !(_cues.At(t, "preposition") >= 0 && Word(t) != "in" && _index.Time[t + 1] < 0) && Word(t) is not ("'s" or "’s");
                for (int t = subjectLast + 1; t < f && clear; t++) clear = Word(t) is not ("and" or ",");
            }
            for (int t = l + 1; t < first && clear; t++) clear = _index.Actor[t] < 0 && !StartsVerbTrigger(t);
            for (int t = subjectLast + 1; t < f && clear; t++) clear = _index.Actor[t] < 0 && !StartsVerbTrigger(t);
            if (clear) return true;
        }
        return false;
    }

    /// <summary>"held Washington responsible for the attack": the one a verb of holding blames, right after it, is the
    /// blame's object; the act named after it is what is blamed, not an act that one is told to do.</summary>
    private bool HeldAnswerable(int t)
    {
        foreach (var (trigger, f, l) in _hits)
            if (trigger.Is(TriggerFlags.HoldsAnswerable) && l < t && t - l <= 6) return true;
        return false;
    }

    /// <summary>The speaker of a verb of announcing that imposes a ban (cue light "COERCE:ban") standing right before the ban
    /// noun at <paramref name="first"/>, over up to three words of article or adjective ("announced a full curfew") and a time set
    /// off by commas; else null.</summary>
    private string? BanAnnouncedBy(int first)
    {
        int t = first - 1, words = 0;
        while (t > _first && words < 3 && _index.Actor[t] < 0 && _cues.At(t, "light") < 0)
        {
            // "announced, yesterday, Wednesday, a curfew": a time set off by commas stands between too.
            if (_index.Time[t] >= 0 || Word(t) is ",") { t--; continue; }
            if (_doc.Tokens[t].Kind != TokenKind.Word || char.IsUpper(_doc.TokenText(t)[0]) || Word(t) is "and" or "or" or "to" or "that" or "of") break;
            t--;
            words++;
        }
        foreach (var (f, l, cue) in _cues.Hits)
            if (l == t && cue.Class == "light" && IsTypeMode(cue.Value, "COERCE", "ban"))
                return Speaker(first, out _, verbsOfSaying: true);
        return null;
    }

    /// <summary>Whether a cue value "TYPE:MODE" ("COERCE:ban") is this type and mode.</summary>
    private static bool IsTypeMode(string value, string? type, string mode) =>
        type is not null && value.Length == type.Length + 1 + mode.Length && value.StartsWith(type, StringComparison.Ordinal)
        && value[type.Length] == ':' && value.EndsWith(mode, StringComparison.Ordinal);

    /// <summary>The actor named right after "to" (an article between) within eight words after the trigger, or null.</summary>
    private string? HandedTo(int last, int clauseEnd)
    {
        for (int t = last + 1; t <= Math.Min(clauseEnd, last + 8); t++)
        {
            if (Word(t) != "to") continue;
            int at = Word(t + 1) == "the" ? t + 2 : t + 1;
            return at < _end && _index.Actor[at] is var m && m >= 0 && _index.ActorFirst[m] == at ? _doc.Mentions[m].EntityId : null;
        }
        return null;
    }

    /// <summary>The actor named right after "against", "denouncing" or "condemning" (an article between) in
    /// [<paramref name="from"/>, <paramref name="to"/>], or null.</summary>
    private string? Against(int from, int to)
    {
        for (int t = from + 1; t < to; t++)
        {
            if (Word(t) is not ("against" or "denouncing" or "condemning")) continue;
            int at = Word(t + 1) == "the" ? t + 2 : t + 1;
            if (at <= to && _index.Actor[at] is var m && m >= 0 && _index.ActorFirst[m] == at) return _doc.Mentions[m].EntityId;
            // "to protest against the Turkish operation", "against Israeli aggression": a people's adjective stands for its state.
            if (at < to && _index.Actor[at] < 0 && _cues.ValueAt(at, "demonym", out int people) is { } state && people == at && _index.Actor[at + 1] < 0)
                return state;
        }
        return null;
    }

    /// <summary>The one named after "with" (over a title: "with US Secretary of State Antony Blinken") when the words right
    /// after a word of talks name no party but its topic ("discussed the withdrawal of coalition troops with X", "talks on
    /// the mandate with X"); null when a name follows the word at once, no "with" follows in the clause, or the "with" joins
    /// a side ("together with", "along with").</summary>
    private string? PartnerAfterTopic(int last, int clauseEnd)
    {
        int o = last + 1;
        if (Word(o) is "the" or "a" or "an") o++;
        if (o >= _end || _index.Actor[o] >= 0 || Word(o) is "with" or "by" or "to" or "that" or "," or "." or "and" || _index.Time[o] >= 0) return null;
        for (int t = o + 1; t < Math.Min(clauseEnd, last + 20); t++)
        {
            if (Word(t) is ";" or "that" or "which" or "who" || _cues.At(t, "speech") >= 0) return null;
            if (Word(t) != "with" || Word(t - 1) is "together" or "along" or "alongside") continue;
            int a = Word(t + 1) == "the" ? t + 2 : t + 1;
            // ("with Iraqi Prime Minister X": over a title to the name.)
            while (a < _end && a <= t + 5 && _index.Actor[a] < 0 && _doc.Tokens[a].Kind == TokenKind.Word
                   && (char.IsUpper(_doc.TokenText(a)[0]) || _stage.Roles.ClassOf(Word(a)) != Names.CueClass.None))
                a++;
            if (a >= _end || _index.Actor[a] is not (var m and >= 0) || _index.ActorFirst[m] != a) return null;
            if (TitledPerson(m) is var person && person >= 0) m = person;
            return _doc.Mentions[m].EntityId;
        }
        return null;
    }

    /// <summary>The token of "them" right after an act's verb ("bombed them"), or right after the verb of a purpose
    /// clause that follows it within the clause ("fired tear gas to push them back"), or -1.</summary>
    private int ObjectPronounAfter(int last, int clauseEnd)
    {
        if (Word(last + 1) == "them") return last + 1;
        for (int t = last + 1; t + 2 <= Math.Min(clauseEnd, last + 8); t++)
        {
            if (Word(t) is "," or ";" or "but" or "which" or "who" or "that") return -1;
            if (Word(t) == "to" && Word(t + 2) == "them") return t + 2;
        }
        return -1;
    }

    /// <summary>The body a count "N of its/their fighters" in the sentence stands for (the last body named before the
    /// possessive other than <paramref name="attacker"/> and its side), or null.</summary>
    private string? OwnPeopleHit(string? attacker)
    {
        for (int t = _first + 2; t + 1 < _end; t++)
        {
            if (Word(t) is not ("its" or "their") || Word(t - 1) != "of" || _cues.At(t + 1, "victims") < 0
                || !(Cardinal(t - 2) is not null || Word(t - 2) is "some" or "several" or "dozens" or "hundreds" or "many")) continue;
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

    private bool BasesTold()
    {
        for (int t = _first; t < _end; t++)
            if (WordIs(t, WordClass.BaseNoun)) return true;
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
        if (d.Material && d.Type != "SANCTION" && !(d.Type == "COERCE" && (d.Mode ?? d.Trigger.Mode) == "ban") && d.Actor is not null
            && !(d.Type == "RETREAT" && (EnvoysMoved(last, clauseEnd) || StaffLeft(first))) && _lex.Forces.TryGetValue(d.Actor, out var forces)) d.Actor = forces;
        if (d.Type is "COERCE" or "MOBILIZE" && d.Actor is null) d.Actor = ForcesOfAnnouncer(first, move: d.Type == "MOBILIZE",
            after: d.Type == "MOBILIZE" && (!d.Trigger.IsVerb || ((d.Trigger.Form & WordForm.Participle) != 0 && PassiveAuxiliary(Word(first - 1)))));
        // "Turkey's defence ministry said its aircraft had struck 15 targets": "its" forces acting are the announcer's.
        if (d.Type is "ASSAULT" or "MOBILIZE" or "COERCE" or "RETREAT" && d.Actor is null && OwnForcesBefore(first) is var its and >= 0)
            d.Actor = ForcesOfAnnouncer(its, move: d.Type is "MOBILIZE" or "RETREAT") ?? ForcesOfAdjective(its);
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
            && (BasesTold() || (HostedSiteNamedBefore(_doc.Places[d.Place].PlaceId) && !TellsToll())))
            d.Target = townHost;
        // "attacked three bases, naming al-Rukban, al-Shaddadi and al-Tanf": a site listed among bases that host troops
        // is told as one more of them, and its attack hits the same forces.
        if (d.Type == "ASSAULT" && d.Target is null && d.Place >= 0 && BasesTold() && ListedHost(d.Place) is { } listed)
            d.Target = listed;
        if (d.Type == "ASSAULT" && d.Target is null && d.Actor is not null && d.Place >= 0 && EnemyStateHit(d) is { } enemy)
            d.Target = enemy;
        // "Turkish jets struck northern Iraq again", "Turkey launched Operation Claw-Lock": a state's attack that names no
        // target hits the one foe the knowledge base gives it, when the page names that foe and the sentence tells of no
        // civilians hit ("shelled the villages", "killing three civilians").
        if (d.Type == "ASSAULT" && d.Target is null && d.Actor is not null && SoleFoeNamed(d.Actor) is { } foe && !_cues.Any("civilians", _first, _end - 1) && !TellsToll())
            d.Target = foe;
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
            && _stage.Gazetteer?.StoryCountry(_doc) is { } home && _stage.Governments.TryGetValue(home.Country, out var cutter))
            d.Actor = cutter;
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
            bool state = d.Actor is not null && (kb[d.Actor]?.Kind is "state_force" or "government" || _lex.Forces.Values.Contains(d.Actor));
            if (state && d.Mode is null && _cues.At(first, "state-strike") >= 0) d.ModeGuessed = true;
            if (state && (d.Mode is "drone" || d.ModeGuessed)) d.Mode = "airstrike";
            d.Mode ??= "unspecified";
            // "X said it struck Y": an armed group telling of its own attack claims it.
            // ("X said its fighters had carried out the attack": so does one that says "the" attack told was its own.)
            if (d.ClaimedBy is null && d.Status == "reported" && d.Actor is not null && kb[d.Actor]?.Kind is "armed_group" or "coalition"
                && (_cues.Any("claim", _first, first - 1) || (d.Definite && !d.Trigger.IsVerb && !d.Aggregate && _cues.Any("speech", _first, first - 1))))
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
        else d.Mode = null;
    }

    /// <summary>Whether a word of the kind stands within four words after <paramref name="last"/>, before <paramref name="end"/>.</summary>
    private bool MovedWord(int last, int end, WordClass kind)
    {
        for (int t = last + 1; t <= Math.Min(end, last + 4); t++)
            if (WordIs(t, kind)) return true;
        return false;
    }

    /// <summary>Whether the token may be a word of a title before a name ("the", "Shia", "cleric"): a word, no
    /// preposition, conjunction or relative word.</summary>
    private bool TitleWord(int t) =>
        t >= _first && t < _end && _doc.Tokens[t].Kind == TokenKind.Word && Word(t) is not ("of" or "against" or "and" or "or" or "to" or "with"
            or "from" or "for" or "in" or "on" or "at" or "by" or "who" or "which" or "that" or "not" or "than");

    /// <summary>Whether a weapon of another kind is joined to the attack phrase at <paramref name="first"/> by "and" or "or"
    /// ("rocket and drone attacks", "missile or drone strikes").</summary>
    private bool JoinedWeapon(int first, string mode)
    {
        if (Word(first - 1) is not ("and" or "or")) return false;
        foreach (var (f, l, cue) in _cues.Hits)
            if (cue.Class == "mode" && l == first - 2 && cue.Value != mode) return true;
        return false;
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
                foreach (var link in body.PartOf)
                    if (_lex.Forces.TryGetValue(link.Id, out f)) return f;
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
                    foreach (var link in body.PartOf)
                        if (_lex.Forces.TryGetValue(link.Id, out f)) return f;
            }
        return null;
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
        return Word(t - 1) is "its" or "their" or "Its" or "Their" ? t - 1 : -1;
    }

    private int ClauseStart(int first)
    {
        // Only the sentence's breaks can start a clause: the walk back visits them, not every token.
        var breaks = Breaks();
        for (int i = breaks.Count - 1; i >= 0; i--)
        {
            int t = breaks[i];
            if (t >= first) continue;
            // "X, while not claiming the attack, vowed ...": a verbless phrase between commas is no clause of its own.
            if (_cues.At(t, "boundary") >= 0 && !Parenthetical(t, first)) return t + 1;
            // "a drone attack hit Erbil on Saturday and a rocket attack struck Ain al-Asad on Sunday": "and"
            // before a new event noun, with an event told before it, starts a clause with its own names and time.
            if (NewActNext(t) && HitEndsBefore(t)) return t + 1;
        }
        return _first;
    }

    /// <summary>Whether "and" or a comma stands before a new event noun with its article ("and a rocket attack").</summary>
    private bool NewActNext(int t) =>
        Word(t) is "and" or "," && Word(t + 1) is "a" or "an" or "another" && t + 2 < _end && _triggerAt[t + 2] == SureNoun;

    /// <summary>The sentence's tokens where <see cref="ClauseStart"/> may find a clause's edge (where a boundary cue
    /// starts, or two tokens before a sure noun trigger), in order; found from the cue and trigger hits, not word by
    /// word, the first time a clause start is asked for (the cues and marks are set for the sentence by then).</summary>
    private List<int> Breaks()
    {
        var breaks = _scratch.Breaks;
        if (_breaksRead) return breaks;
        _breaksRead = true;
        breaks.Clear();
        foreach (var c in _cues.Hits)
            if (c.Cue.Class == "boundary") breaks.Add(c.First);
        foreach (var h in _hits)
            if (h.First - 2 >= _first && _triggerAt[h.First] == SureNoun) breaks.Add(h.First - 2);
        // Two sorted runs; a token in both is checked twice, which gives the same answer.
        breaks.Sort();
        return breaks;
    }

    /// <summary>Whether a trigger of the sentence ends before the token (a loop: a lambda would capture the token).</summary>
    private bool HitEndsBefore(int t)
    {
        foreach (var h in _hits) if (h.Last < t) return true;
        return false;
    }

    /// <summary>Whether the boundary word at <paramref name="t"/> opens ", while (not) -ing ...," set between
    /// commas before the verb group of the trigger at <paramref name="first"/>.</summary>
    private bool Parenthetical(int t, int first)
    {
        if (Word(t - 1) != ",") return false;
        int next = Word(t + 1) is "not" or "also" ? t + 2 : t + 1;
        if (!Word(next).EndsWith("ing", StringComparison.Ordinal)) return false;
        int k = first - 1;
        while (k > t && WordIs(k, WordClass.Adverb | WordClass.VerbGroup)) k--;
        return k > next && Word(k) == ",";
    }

    private int ClauseEnd(int last)
    {
        if (last < _first || last >= _end) return ClauseEndFrom(last);
        ReadClauses();
        return _clauseEnd[last];
    }

    private int ClauseEndFrom(int last)
    {
        for (int t = last + 1; t < _end; t++)
            if (ClosesClause(t)) return t - 1;
        return _end - 1;
    }

    /// <summary>Whether a clause ends before the token: a boundary cue, or a comma before a cue of a sub-event
    /// (", the latest ...").</summary>
    private bool ClosesClause(int t) => _cues.At(t, "boundary") >= 0 || (Word(t) == "," && _cues.At(t + 1, "sub-event") >= 0);

    /// <summary>Fills the clause end of every token of the sentence in one pass, the first time one is asked
    /// for: every trigger asks, and each walk went to the sentence's edge. (A clause's start depends on the
    /// trigger, which a parenthetical phrase may follow: it is walked for each.)</summary>
    private void ReadClauses()
    {
        if (_clausesRead) return;
        _clausesRead = true;
        int end = _end - 1;
        for (int t = _end - 1; t >= _first; t--)
        {
            _clauseEnd[t] = end;
            if (ClosesClause(t)) end = t - 1;
        }
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

    private bool Passive(int first, int last, out bool reduced)
    {
        reduced = false;
        if (Word(last + 1) == "by") return true;
        int t = first - 1;
        for (int seen = 0; t >= _first && seen < 4; t--, seen++)
        {
            var w = Word(t);
            if (PassiveAuxiliary(w)) return true;
            if (!WordIs(t, WordClass.Adverb)) break;
        }
        // A participle with no object after a noun that is no actor is a passive without its auxiliary:
        // "six men accused of ...", "two were killed and 14 others wounded when ...", "his rival jailed last month".
        if (first != last || t < _first || (_index.Actor[t] >= 0 && !ObjectOfVerbBefore(t)) || _index.Time[t] >= 0 || _index.Place[t] >= 0
            || Word(t) is "has" or "have" or "had" or "'ve" or "who" or "which" or "that" || JointNoun(t)
            || Coreference.IsPronoun(_doc.TokenText(t), out _) || _doc.Tokens[t].Kind != TokenKind.Word
            // "Kataib Hezbollah fighters clashed with the army": a verb that takes no object has no passive.
            || Word(first) is "clashed" or "skirmished") return false;
        // "gunmen killed on Tuesday the activist X": a time between the verb and its object leaves it active.
        if (ObjectAfterTime(last) >= 0) return false;
        reduced = (last + 1 < _end && _index.Time[last + 1] >= 0)
            || Word(last + 1) is "when" or "while" or "after" or "before" or "in" or "on" or "at" or "near" or "during" or "last"
                or "yesterday" or "early" or "late" or "." or "and" or "as" or "over" or "for" or "of" or "with" or "since"
                or ""
            // "A drone targeted, on Thursday, a car ...": a time set off by commas comes before the object.
            || (Word(last + 1) == "," && !TimeAside(last + 2));
        return reduced;
    }

    /// <summary>Whether the actor ending at <paramref name="t"/> is the object of a verb trigger right before it, over
    /// articles, quantifiers and a count ("ordered to release all the protesters detained in May", "freed the two men
    /// arrested"): a participle after it then describes it, as a passive with no auxiliary.</summary>
    private bool ObjectOfVerbBefore(int t)
    {
        int k = _index.ActorFirst[_index.Actor[t]] - 1;
        while (k >= _first && (Word(k) is "the" or "all" or "both" or "some" or "a" or "an" or "those" or "these" || Cardinal(k) is not null)) k--;
        if (k < _first) return false;
        foreach (var h in _hits) if (h.Last == k && h.Trigger.IsVerb) return true;
        return false;
    }

    /// <summary>The first token of an object that comes right after a time following the verb, with no verb of saying
    /// close behind: "killed on Tuesday the activist X", "assassinated yesterday, Wednesday, the doctor X" (Arabic word
    /// order), not "two soldiers killed on Tuesday, the army said"; -1 for none.</summary>
    private int ObjectAfterTime(int last)
    {
        int t = last + 1;
        // ("bombed, on the night of Thursday, the 25th of February last, sites ...": words that lead into the time, and
        // the "last" of machine-translated dates, are part of it.)
        while (t < _end && (_index.Time[t] >= 0 || (Word(t) is "," or "on" or "at" or "in" && _index.Time[t + 1] >= 0) || (Word(t) == "," && t > last + 1)
               || TimeLead(Word(t) == "," ? t + 1 : t) || (Word(t) == "last" && t > last + 1 && _index.Time[t - 1] >= 0))) t++;
        if (t == last + 1 || t >= _end || (Word(t - 1) == "," && _index.Time[t - 2] < 0 && !(Word(t - 2) == "last" && _index.Time[t - 3] >= 0))) return -1;
        // A time set off by commas has one before it too ("killed, on Tuesday, the ...", "yesterday, Wednesday, the ...");
        // "met on 9 January, the parties that ..." starts another clause.
        if (Word(t - 1) == "," && Commas(last + 1, t - 2) == 0) return -1;
        if (!(Word(t) is "the" or "a" or "an" or "his" or "her" or "their" or "its" || _index.Actor[t] >= 0 || AimedNoun(t)
              || (Cardinal(t) is not null && _index.Time[t] < 0))) return -1;
        for (int k = t; k < Math.Min(_end, t + 6); k++)
            if (_cues.At(k, "speech") >= 0 || Word(k) is "said" or "says" or "told") return -1;
        return t;
    }

    /// <summary>Whether words that lead into a time ("on the night of", "at dawn on") start here and a time expression
    /// follows them within four tokens.</summary>
    private bool TimeLead(int t)
    {
        for (int k = t; k < _end && k <= t + 4; k++)
        {
            if (_index.Time[k] >= 0) return k > t;
            if (Word(k) is not ("on" or "at" or "in" or "the" or "of" or "night" or "morning" or "evening" or "dawn" or "afternoon" or "noon" or "midnight"))
                return false;
        }
        return false;
    }

    private int Commas(int from, int to)
    {
        int n = 0;
        for (int t = from; t <= to; t++) if (Word(t) == ",") n++;
        return n;
    }

    /// <summary>Whether the actor starting at <paramref name="f"/> stands right after a noun of attack and "of" (over "the"),
    /// and is a body that bears arms or a state, not a site: "attacks of the PKK".</summary>
    private bool AttackOf(Trigger trigger, int last, int f, string id)
    {
        if (trigger.IsVerb || trigger.Type != "ASSAULT" || trigger.Lemma is not ("attack" or "strike" or "airstrike" or "air strike" or "raid" or "assault" or "operation"))
            return false;
        int of = Word(f - 1) == "the" ? f - 2 : f - 1;
        return of == last + 1 && Word(of) == "of" && !_lex.SiteActors.Contains(id)
            && KindOf(id) is "armed_group" or "state_force" or "government" or "coalition";
    }

    /// <summary>What <see cref="ScanRight"/> finds; one per story, refilled for each trigger (a trigger's
    /// frame is read before the next one's starts).</summary>
    /// <remarks><see cref="Clear"/> must reset every member: one it missed would carry over from another
    /// trigger or story (a test checks every property).</remarks>
    internal sealed class RightScan
    {
        public void Clear()
        {
            Targets.Clear();
            Aimed.Clear();
            Agent = null;
            From = null;
            Places.Clear();
        }

        public List<string> Targets { get; } = [];
        /// <summary>Targets named after "at", "on", "against": what an attack was aimed at.</summary>
        public List<string> Aimed { get; } = [];
        public string? Agent { get; set; }
        /// <summary>The first actor named after "from": whom a statement received came from.</summary>
        public string? From { get; set; }
        public List<int> Places { get; } = [];
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
            // "targeted, at noon yesterday, Thursday, a vehicle ...": a time put in between takes no room of the object's.
            if (_index.Time[t] >= 0 || (Word(t) == "," && _index.Time[t + 1] >= 0)) limit = Math.Min(clauseEnd, limit + 1);
            if (Word(t) == ",") commaPlaces = scan.Places.Count;
            // "..., a security source told the Iraqi News Agency": who reports it is no party to the act.
            // ("..., the Koya district health office said": nor is the place in the reporter's name where it happened.)
            if (t > last + 1 && Word(t) is "said" or "says" or "told" or "tells" or "according" or "quoted" or "citing" or "cited" && Word(t - 1) is not ("that" or "which" or "who"))
            {
                if (commaPlaces >= 0 && commaPlaces < scan.Places.Count) scan.Places.RemoveRange(commaPlaces, scan.Places.Count - commaPlaces);
                break;
            }
            // "Rockets hit Camp Taji on Saturday, a day after airstrikes on ...": what follows dates it by another act.
            if (Word(t) == "," && AnchorClause(t + 1)) break;
            // "arrested the suspect on Monday before Al-Iraqiya TV aired his confession": a clause of its own after a word
            // of time or cause (its subject and verb) names no party to the act.
            if (t > last + 1 && Word(t) is "before" or "until" or "while" or "when" or "because" && SubjectVerbAt(t + 1)) break;
            // The names after another event word are that event's ("the arrest of those behind the attack
            // on the embassy": the embassy is the attack's target, not the arrest's).
            // A word that governs the next ("ruled out any truce with X", "threatened attacks on X") reads on.
            if (t > last + 1 && StartsOtherTrigger(t, trigger, last)) break;
            // "condemned the killing of demonstrators", "denounced the shelling of Kurdish villages": those an act of force
            // that an accusation names was done to are not the accused (its doer is, AccusedOfAttack).
            if (t > last + 1 && trigger.Type == "ACCUSE" && scan.Targets.Count == 0 && scan.Agent is null && TypeAt(t) is "ASSAULT" or "COERCE") break;
            // "condemned the use of violence against peaceful demonstrators": so are those a word of harm (cue class harm) is against.
            if (t > last + 1 && trigger.Type == "ACCUSE" && scan.Targets.Count == 0 && scan.Agent is null && Word(t) is "against" or "on" && _cues.At(t - 1, "harm") >= 0) break;
            // "a drone attack hit Erbil on Saturday and a rocket attack struck Ain al-Asad": a second attack
            // noun after "and" or a comma tells another happening, with names of its own.
            if (t > last + 1 && Word(t) is "and" or "," && CoordinatedNoun(t + 1, trigger)) break;
            // ", highlighting ...", ", raising ...": a participle clause after a comma says something else.
            if (Word(t) == "," && t + 1 <= limit && _index.Actor[t + 1] < 0 && Word(t + 1) is { Length: > 5 } ing && ing.EndsWith("ing") && ing != "including")
                break;
            // "..., including the embassy, Victory base and Ain al-Asad": a list of the sites hit reads on.
            if (Word(t) is "including" || (Word(t) == "such" && Word(t + 1) == "as")) { limit = clauseEnd; including = true; }
            // "struck an empty lot near the airport, and US forces later found ...": ", and" starts a clause
            // of its own unless it joins two names of one list ("Basra, Baghdad, and Erbil").
            if (Word(t) == "," && Word(t + 1) is "and" or "but" && !(including && Word(t + 1) == "and") && !ListGoesOn(t))
                break;
            // "attacks will increase with help from the resistance groups in Iraq": the names after are partners.
            if ((WordIs(t, WordClass.PartnershipNoun) && Word(t + 1) is "from" or "of" or "with"
                    && (Word(t - 1) == "with" || Word(t - 2) == "with" || Word(t - 1) == "in"))
                || Word(t) == "alongside" || (Word(t) == "together" && Word(t + 1) == "with")) break;
            // "called on Iraqis to take up arms against ISIS": one asks the one asked, not whom the act asked for is against.
            if (trigger.Type == "REQUEST" && trigger.IsVerb && t > last + 1 && Word(t) == "to" && ToVerb(t + 1)) break;
            // "targeted his residence", "struck their headquarters": the owner the possessive stands for.
            // ("..., his office said" is who reports it.)
            if (Word(t) is "his" or "her" && (scan.Targets.Count == 0 || listOpen) && _cues.At(t + 1, "dwelling") >= 0 && _cues.At(t + 2, "speech") < 0
                && Resolve(t, person: true) is { } owner)
            {
                if (!scan.Targets.Contains(owner)) scan.Targets.Add(owner);
                continue;
            }
            // "targeted by Iranian ballistic missiles", "hit by Turkish drones": a people's word before the weapon
            // names the state that fired it.
            if (Word(t) == "by" && scan.Agent is null && trigger.Type == "ASSAULT" && _cues.ValueAt(t + 1, "demonym", out _) is { } firer
                && (_cues.At(t + 2, "mode") >= 0 || _cues.At(t + 3, "mode") >= 0 || _cues.At(t + 2, "platform") >= 0))
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
            if (m >= 0 && p >= 0 && trigger.Type == "RETREAT" && Word(t - 1) == "from" && _stage.Kb[_doc.Mentions[m].EntityId!]?.Kind == "government") m = -1;
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
                       && (char.IsUpper(_doc.TokenText(f - 1)[0]) || (Word(f - 1) == "of" && char.IsUpper(_doc.TokenText(f)[0]))))
                    f--;
                // "..., CENTCOM said", "the coalition told reporters": the name before a verb of saying is the
                // report's speaker; the rest of the sentence is the attribution.
                if (_cues.At(_index.ActorLast[m] + 1, "speech") >= 0 || SpokesmanSaid(_index.ActorLast[m] + 1)) break;
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
                // "rocket attacks on Israel", "Israel's war on Gaza": a place that stands for its people is
                // also where the attack fell.
                if (p >= 0 && _index.PlaceFirst[p] == f && _index.PlaceLast[p] >= _index.ActorLast[m] && trigger.Type == "ASSAULT" && before is "on" or "against" or "into"
                    && !scan.Places.Contains(p))
                    scan.Places.Add(p);
                // "the rocket attack on the US embassy": a site that is itself the one attacked is also where.
                // ("at US troops": "US" is no site, and the name of the troops is not the place's.)
                else if (p >= 0 && trigger.Type == "ASSAULT" && _lex.SiteActors.Contains(id) && _index.PlaceLast[p] >= _index.ActorLast[m] && !scan.Places.Contains(p))
                    scan.Places.Add(p);
                if (before == "by" && _cues.At(f - 2, "reported-by") >= 0) { }
                // "landed about 200 metres from the US embassy": a site some way off is where, not what was hit.
                else if (trigger.Type == "ASSAULT" && DistanceFrom(f)) { }
                // "facilities used by Kataib Hezbollah": the owner of what was hit, not the agent (cue class held-by).
                // ("five men were held by police": the trigger's own "held by" names its agent.)
                else if (before == "by" && _cues.At(f - 2, "held-by") >= 0 && f - 2 != last)
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
                else if (before == "with" && trigger.Type is "ASSAULT" or "COERCE") { }
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
                // "withdrew from Iraq": the country forces leave is where the withdrawal happens.
                bool left = trigger.Type == "RETREAT" && Word(_index.PlaceFirst[p] - 1) == "from";
                // "sent troops to Kuwait": where forces go is where they are deployed.
                bool sent = (trigger.Type == "MOBILIZE" && Word(_index.PlaceFirst[p] - 1) is "to" or "into")
                    || (trigger.Type == "RETREAT" && trigger.IsVerb && Word(_index.PlaceFirst[p] - 1) == "to");
                if (!scan.Places.Contains(p) && (UsablePlace(p) || aimed || left || sent)) scan.Places.Add(p);
                // "a request from Ankara": a capital or country a statement comes from stands for its government.
                if (scan.From is null && !trigger.IsVerb && Word(_index.PlaceFirst[p] - 1) == "from" && !EventLexicon.IsMaterial(trigger.Type)
                    && PlaceNames(p) is { Kind: "government" } government)
                    scan.From = government.Id;
                t = _index.PlaceLast[p];
                continue;
            }
            if (listOpen && Word(t) is not ("," or "and" or "the" or "&")) listOpen = agentList = false;
        }
        return scan;
    }

    /// <summary>Whether the token after a "to" is a verb's: a lower-case word that starts no name or place and is
    /// no article or possessive ("urged them to stop", not "appealed to the UN").</summary>
    private bool ToVerb(int t) => t < _end && _doc.Tokens[t].Kind == TokenKind.Word && !_doc.Tokens[t].Is(TokenFlags.Capitalized)
        && _index.Actor[t] < 0 && _index.Place[t] < 0 && _index.Time[t] < 0
        && Word(t) is not ("the" or "a" or "an" or "its" or "their" or "his" or "her" or "all" or "any" or "this" or "that" or "these" or "those");

    /// <summary>Whether "from" (or "away from") after a unit of distance (cue class distance) stands before the name starting at
    /// <paramref name="f"/>, over an article and a few lower-case words ("less than a mile from the sprawling US embassy").</summary>
    private bool DistanceFrom(int f)
    {
        for (int k = f - 1; k >= _first && k >= f - 4; k--)
        {
            if (Word(k) == "from")
            {
                int unit = Word(k - 1) == "away" ? k - 2 : k - 1;
                return unit >= _first && _cues.At(unit, "distance") >= 0;
            }
            if (_doc.Tokens[k].Kind != TokenKind.Word || _index.Actor[k] >= 0 || _index.Place[k] >= 0) return false;
        }
        return false;
    }

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
            // "Kataib Hezbollah commander Abu Baqir al-Saadi", "the movement's commander X": a role word leads on.
            bool role = _stage.Roles.ClassOf(text) != Names.CueClass.None || Word(t) is "'s" or "’s" or "'" or "’"
                // ("Kataib Hezbollah's top commander, X", "the group's security official X": a word before a role word.)
                || (_doc.Tokens[t].Kind == TokenKind.Word && t + 1 < _end && _index.Actor[t + 1] < 0 && _stage.Roles.ClassOf(_doc.TokenText(t + 1)) != Names.CueClass.None);
            // "Hezbollah's secretary-general, Hassan Nasrallah": a person set off by a comma after the role word.
            if (Word(t) == "," && t - 1 > _index.ActorLast[m] && _stage.Roles.ClassOf(_doc.TokenText(t - 1)) != Names.CueClass.None
                && t + 1 < _end && _index.Actor[t + 1] is var named && named >= 0 && _index.ActorFirst[named] == t + 1
                && _stage.Kb[_doc.Mentions[named].EntityId!]?.Kind == "person")
                return named;
            if (_doc.Tokens[t].Kind != TokenKind.Word || !(char.IsUpper(text[0]) || role || Word(t) is "of" or "for" or "the")) return -1;
        }
        return -1;
    }

    /// <summary>A government named as a place: "in north-east Jordan", "across Iraq".</summary>
    private bool Locative(int mention, int first) =>
        _index.Place[first] >= 0 && _stage.Kb[_doc.Mentions[mention].EntityId!]?.Kind == "government"
        && (Word(first - 1) is "in" or "inside" or "across" or "throughout" or "near" or "outside" or "north-east" or "north-west"
            or "south-east" or "south-west" || WordIs(first - 1, WordClass.Direction));

    /// <summary>Whether the token is a noun of a site that a place names the kind of ("the Tanf base", "Erbil city", "Iraqi
    /// territory"; cue class site-noun).</summary>
    private bool SiteNoun(int t) => _cues.At(t, "site-noun") >= 0;

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

    /// <summary>Whether "will not", "would not", "won't" or "will never" stands right before the token.</summary>
    private bool WillNot(int first) =>
        (Word(first - 1) is "not" or "never" && Word(first - 2) is "will" or "would")
        || Word(first - 1) is "won't" or "wouldn't" or "won’t" or "wouldn’t"
        || (Word(first - 1) is "n't" or "n’t" && Word(first - 2) is "wo" or "would");

    private bool IsSourceCue(int mentionFirst)
    {
        int t = Word(mentionFirst - 1) == "the" ? mentionFirst - 2 : mentionFirst - 1;
        return Word(t) == "to" && Word(t - 1) == "according";
    }

    private bool StartsVerbTrigger(int t) => t >= _first && t < _end && _triggerAt[t] == SureVerb;

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
        // "American F-15E jets struck ...", "Turkish warplanes bombed ...": arms of a people's state act for it.
        if (MaterialAt(first) && DemonymSubject(head, clauseStart, TypeAt(first) == "RETREAT") is { } state) { subjectLast = head - 1; found.Add(state); return found; }
        // "The Treasury imposed sanctions on X, accusing him of ...": a statement's participle after a comma has
        // the subject of the verb before the comma, not the nearest name.
        if (head == first && Word(head - 1) == "," && Says(first) && Word(first).EndsWith("ing", StringComparison.Ordinal)
            && VerbBefore(head - 1, clauseStart) is var mainVerb && mainVerb >= 0)
            return Subjects(mainVerb, clauseStart, out subjectLast);
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
            return Subjects(previous, clauseStart, out subjectLast);
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
                bool members = MaterialAt(first) && Word(of) is "of" or "from" && OwnForces(of - 1) && !GovernedByPreposition(of - 1);
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
                if (!crowd && !members && !counted && (GovernedByPreposition(listHead) || Locative(m, f))) { t = f; continue; }
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
            if (_index.Place[t] < 0 && _index.Time[t] < 0 && Word(t) is "when" or "after" or "before" or "because" or "until" or "unless" or "once" or "whereas")
                return found;
            // "Syria bases carry the load as Kirkuk strikes raise the stakes": a verb a few words after "as" (not "as well as",
            // "such as", "as part of") is the subordinate clause's, whose subject is no name before "as".
            if (Word(t) == "as" && first - t <= 5 && Word(t + 1) is not ("well" or "part" or "such" or "a" or "an" or "of")
                && Word(t - 1) is not ("well" or "such" or "known" or "so" or "same" or "just" or "," or "")
                && !WordBetween(t + 1, first - 1, ",")) return found;
            // "a source told Shafaq News that four suspects were detained", "X said that rockets hit": the
            // reported clause has its own subject; the speaker and whom they told are no party to the act.
            if (Word(t) == "that" && t < head - 1 && ReportThat(t)) return found;
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
            // "The Islamic Resistance in Iraq says its fighters attacked three bases", "they said their men fired": a
            // body's own fighters act for it, the body the possessive stands for.
            // ("X said its units had been placed on maximum alert": so are they with a light verb between them and a noun.)
            if (Word(t) is "its" or "their" && MaterialAt(first) && OwnForces(t + 1)
                && (t + 1 == head - 1 || (_triggerAt[first] == SureNoun && LightVerbBetween(t + 1, first, type: TypeAt(first)))))
            {
                var owner = SpeechBefore(t) ? MainSubject(t, false) : null;
                if ((owner ?? Resolve(t, false)) is { } id) { found.Add(id); subjectLast = t + 1; }
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
                // "X claimed the attack, saying it had targeted ...": the speaker the clause reports is the
                // sentence's subject, not the last name before the pronoun.
                var main = SpeechBefore(t) ? MainSubject(t, person) : null;
                // "The factions have said they ...": "they" is the plural that opens the sentence, which names no
                // actor; it is not whichever body the story named last.
                if (main is null && Word(t) == "they" && SpeechBefore(t) && OpensWithPlural(t)) return found;
                // "The Counter-Terrorism Service raided a Kataib Hezbollah site. They detained 14 men": a pronoun that
                // opens the sentence takes up the subject that opened the sentence before, not the last name in it.
                if (main is null && t == _first && !person) main = PreviousSubject();
                if ((main ?? Resolve(t, person)) is { } id) { found.Add(id); subjectLast = t; }
                return found;
            }
        }
        return found;
    }

    /// <summary>Whether the verb between the subject and an act is a claim told as not made ("the Brigades had not
    /// claimed the embassy attack", "the group never claimed the strike"): who does not claim an act is not its actor.</summary>
    private bool NotClaimed(int subjectLast, int first) =>
        _cues.Last("claim", subjectLast + 1, first - 1) is { } claim && _cues.Any("negation", subjectLast + 1, claim.First - 1);

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
        for (int t = open; t < open + 4 && t < _first; t++)
        {
            int m = _index.Actor[t];
            if (m >= 0) return _doc.Mentions[m].EntityId is { } id && !IsPerson(id) ? id : null;
            if (_doc.TokenText(t) is not ("The" or "the" or "members" or "Members" or "fighters" or "Fighters" or "units" or "Units" or "of")) return null;
        }
        return null;
    }

    /// <summary>Whether the token names a body's own fighters: a noun of forces (cue classes troops and own-forces).</summary>
    private bool OwnForces(int t) => _cues.At(t, "troops") >= 0 || _cues.At(t, "own-forces") >= 0;

    /// <summary>A body's building told as what its own guards stand at: "guards at the office", "the guards of the
    /// headquarters" (a site noun, its article, "at"/"of" and a word of the body's own men before them).</summary>
    private bool GuardedSite(int t) =>
        t - 3 >= _first && (_cues.At(t, "dwelling") >= 0 || _cues.At(t, "facility") >= 0 || _cues.At(t, "closable") >= 0) && Word(t - 1) is "the" or "its" or "their"
        && Word(t - 2) is "at" or "of" or "outside" or "guarding" && _cues.At(t - 3, "own-forces") >= 0;

    /// <summary>The drafts of the story read so far (the sentences before this one).</summary>
    private List<Draft>? _story;

    /// <summary>"the two sides", "both governments", "the two leaders": a plural (cue class joint) that stands for two parties named before.</summary>
    private bool JointNoun(int t) =>
        _cues.At(t, "joint") >= 0 && Word(t - 1) is "two" or "both";

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

    /// <summary>Whether the comma follows a name and comes before "a", "an", "the" or "one": it may open an apposition.</summary>
    private bool AppositionOpens(int k) =>
        Word(k) == "," && Word(k + 1) is "a" or "an" or "the" or "one" && _index.Actor[k - 1] is var m && m >= 0 && _index.ActorLast[m] == k - 1;

    /// <summary>Whether a comma after the token, within 12 words, closes an apposition: a verb joining its name to
    /// an act follows it.</summary>
    private bool AppositionCloses(int from)
    {
        for (int c = from + 1; c < _end && c <= from + 12; c++)
            if (Word(c) == "," ) return VerbAfterComma(c, -1);
        return false;
    }

    /// <summary>The comma that opens an apposition closed by the comma <paramref name="close"/>: the latest comma
    /// before it that follows a name and comes before "a", "an", "the" or "one" (", a front for A, B and C,"),
    /// within 30 words; or -1.</summary>
    private int AppositionStart(int close, int clauseStart)
    {
        for (int k = close - 2; k > clauseStart && close - k <= 30; k--)
            if (AppositionOpens(k)) return k;
        return -1;
    }

    /// <summary>The first token of the verb group that ends with the trigger: auxiliaries, modals,
    /// adverbs and verbs that take the trigger as their complement ("were preparing to launch").</summary>
    private int VerbGroupStart(int first, int clauseStart)
    {
        int t = first;
        while (t - 1 >= clauseStart && _index.Actor[t - 1] < 0 && WordIs(t - 1, WordClass.Adverb | WordClass.VerbGroup)) t--;
        return t;
    }

    /// <summary>The verb trigger before an "and" that joins a second verb to it, in the same clause.</summary>
    private int PreviousVerb(int and, int clauseStart)
    {
        for (int h = _hits.Count - 1; h >= 0; h--)
        {
            var (trigger, f, l) = _hits[h];
            if (l >= and || f < clauseStart) continue;
            if (!trigger.IsVerb || _stage.PreferNoun(_doc, f, l, _scratch)) continue;
            // "... were killed in a US strike and vowed revenge": a passive shares no subject.
            return (trigger.Form & WordForm.Participle) != 0 && Passive(f, l, out _) ? -1 : f;
        }
        return -1;
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
            var cls = _stage.Roles.ClassOf(Word(t));
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

    /// <summary>Whether the (lower-case) word is an auxiliary of the passive: a form of "be" or "get".</summary>
    private static bool PassiveAuxiliary(string w) =>
        w is "is" or "are" or "was" or "were" or "be" or "been" or "being" or "get" or "got" or "gets" or "getting";

    /// <summary>Whether the role word at <paramref name="role"/>, over the lower-case words before it ("the", "senior",
    /// "political"), follows a comma: an apposition that describes the name before it ("X, leader of Y, said").</summary>
    private bool AppositiveRole(int role, int clauseStart)
    {
        int k = role - 1;
        while (k > clauseStart && role - k <= 3 && _doc.Tokens[k].Kind == TokenKind.Word && _index.Actor[k] < 0 && !char.IsUpper(_doc.TokenText(k)[0])) k--;
        return k >= _first && Word(k) == ",";
    }

    /// <summary>Whether the token is a word of one who acts for a body ("spokesman", "leader", "official"): a person
    /// role cue.</summary>
    private bool SpeakerRole(int t) => t >= _first && (_stage.Roles.ClassOf(Word(t)) & Names.CueClass.Person) != 0;

    private bool GovernedByPreposition(int mentionFirst)
    {
        int t = mentionFirst - 1;
        // (Over a compound adjective too: "run by the Emirati-led Pearl Petroleum consortium".)
        while (t >= _first && (Word(t) is "the" or "a" or "an" or "its" or "their" or "iraqi" or "us" or "american" or "iranian"
               || (Word(t) is { Length: > 4 } compound && (compound.EndsWith("-led", StringComparison.Ordinal) || compound.EndsWith("-owned", StringComparison.Ordinal)
                   || compound.EndsWith("-based", StringComparison.Ordinal) || compound.EndsWith("-run", StringComparison.Ordinal))))) t--;
        return t >= _first && _cues.At(t, "preposition") >= 0
            || (t - 1 >= _first && _cues.At(t - 1, "preposition") == t);
    }

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

    /// <summary>Whether one of the places is the site <paramref name="actor"/> stands at.</summary>
    private bool Hosted(List<int> places, string actor)
    {
        foreach (var p in places) if (p >= 0 && _lex.Hosts.GetValueOrDefault(_doc.Places[p].PlaceId) == actor) return true;
        return false;
    }

    /// <summary>The type of the trigger that starts at the token (at most one does), or null.</summary>
    private string? TypeAt(int first)
    {
        foreach (var h in _hits) if (h.First == first) return h.Trigger.Type;
        return null;
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

    private string? OtherThanSite(List<string> targets, string? actor)
    {
        foreach (var t in targets) if (t != actor && !_lex.SiteActors.Contains(t)) return t;
        return null;
    }

    private bool MaterialAt(int first) => TypeAt(first) is { } type && EventLexicon.IsMaterial(type);

    /// <summary>Whether a reported clause with its own subject follows the verb of saying at <paramref name="t"/>:
    /// "said the rockets hit", "said two drones struck" (not "said in a statement that ... and rejected").</summary>
    private bool ReportedSubjectAfter(int t) =>
        Word(t + 1) is "the" or "a" or "an" or "those" or "these" || _doc.Tokens.Length > t + 1 && _doc.Tokens[t + 1].Kind == TokenKind.Number
        || Numbers.Cardinal(_doc.TokenText(t + 1)) is not null || _cues.At(t + 1, "mode") >= 0;

    /// <summary>Whether a verb of saying (and "that") stands right before the token: "saying it", "said that they".</summary>
    private bool SpeechBefore(int t)
    {
        int k = Word(t - 1) == "that" ? t - 2 : t - 1;
        if (k < _first) return false;
        foreach (var (f, l, cue) in _cues.Hits)
            if (cue.Class == "speech" && l == k) return true;
        // "said in a statement last month that it ...": a phrase of where or when between the verb and "that".
        if (Word(t - 1) == "that")
            for (int j = k - 1; j >= _first && j >= k - 8 && Word(j + 1) is not ("," or "and") && _triggerAt[j + 1] == 0; j--)
                foreach (var (f, l, cue) in _cues.Hits)
                    if (cue.Class == "speech" && l == j && Word(j + 1) is "in" or "on" or "last" or "late" or "earlier" or "yesterday" or "today") return true;
        return false;
    }

    /// <summary>The actor the sentence opens with, before any verb ("Saraya Awliya al-Dam claimed ...",
    /// "On Monday, the group said ..."), when it is of the pronoun's kind; null otherwise.</summary>
    private string? MainSubject(int before, bool person)
    {
        // "Police moved in: the interior ministry said it had detained 50 men", "..., and the ministry said it had": the
        // speaker is the subject of the clause the verb of saying stands in, after a colon, a semicolon or ", and".
        int start = _first;
        for (int t = before - 1; t > _first; t--)
            if (Word(t) is ":" or ";" || (Word(t) is "and" or "but" && Word(t - 1) == ",")) { start = t + 1; break; }
        for (int t = start; t < before && t < start + 12; t++)
        {
            int m = _index.Actor[t];
            // "In Baghdad, the Foreign Ministry said ...": a name after a preposition is no subject.
            if (m >= 0 && GovernedByPreposition(_index.ActorFirst[m])) { t = _index.ActorLast[m]; continue; }
            if (m >= 0)
            {
                if (TitledPerson(m) is var titled && titled >= 0) m = titled;
                var id = _doc.Mentions[m].EntityId!;
                var kind = _stage.Kb[id]?.Kind ?? (_doc.Unlinked.TryGetValue(id, out var u) ? u.Kind : null);
                return kind != "media" && (kind == "person") == person ? id : null;
            }
            if (_triggerAt[t] != 0 || TypeAt(t) is not null || _cues.At(t, "speech") >= 0 || _cues.At(t, "claim") >= 0) return null;
        }
        return null;
    }

    private string? Resolve(int t, bool person) =>
        Coreference.Resolve(_doc, _stage.Kb, _doc.Tokens[t].Start, _sentence, person);

    /// <summary>The states listed before the adjective at <paramref name="at"/> ("American and British",
    /// "US and British"), in text order.</summary>
    private void DemonymsBefore(int at, List<string> into)
    {
        int insert = into.Count;
        for (int t = at - 1; t - 1 >= _first && Word(t) is "and" or ","; )
        {
            int m = _index.Actor[t - 1];
            string? state = m >= 0 ? _doc.Mentions[m].EntityId : _cues.ValueAt(t - 1, "demonym", out _);
            if (state is null || _stage.Kb[state] is null) return;
            if (!into.Contains(state)) into.Insert(insert, state);
            t = (m >= 0 ? _index.ActorFirst[m] : t - 1) - 1;
        }
    }

    /// <summary>The actor named right before a noun trigger ("Kataib Hezbollah's attack", "a US strike",
    /// "an Israeli airstrike"); <paramref name="demonym"/> is the token of a people's adjective that gave
    /// it, else -1.</summary>
    private string? Modifier(int first, Trigger trigger, out int demonym)
    {
        demonym = -1;
        // An act of arms ("strikes", "a drone attack"), not a vaguer word ("aggression", "operations").
        bool armed = trigger.Mode is not null || trigger.Type != "ASSAULT" || !trigger.Is(TriggerFlags.Weak) || _cues.At(first, "state-strike") >= 0;
        for (int t = first - 1, steps = 0; t >= _first && steps < 3; t--, steps++)
        {
            int m = _index.Actor[t];
            // "the Erbil strike": a city standing for its government before an attack noun says where, not who.
            if (m >= 0 && _index.Place[t] >= 0 && _stage.Kb[_doc.Mentions[m].EntityId!]?.Kind == "government"
                && _index.PlaceFirst[_index.Place[t]] <= _index.ActorFirst[m] && _index.PlaceLast[_index.Place[t]] >= _index.ActorLast[m]
                && _doc.Places[_index.Place[t]].Precision < 3)
                return null;
            if (m >= 0) return _doc.Mentions[m].EntityId;
            armed |= _cues.At(t, "mode") >= 0;
            // "an Israeli airstrike", "Turkish drone strikes", "the American withdrawal" — but not
            // "Iraqi protests" (no state's) nor "Israeli aggression" (no act of its own).
            if (armed && EventLexicon.IsMaterial(trigger.Type) && _cues.ValueAt(t, "demonym", out _) is { } state && _stage.Kb[state] is not null)
            {
                demonym = t;
                return state;
            }
            var w = Word(t);
            // "Kataib Hezbollah said its response would be tough", "their attacks": the body the possessive stands for.
            // An attack named so ("their attacks") refers to attacks told elsewhere and keeps no actor.
            if (w is "its" or "their" or "his" or "her" && !EventLexicon.IsMaterial(trigger.Type))
            {
                bool person = w is "his" or "her";
                return (SpeechBefore(t) ? MainSubject(t, person) : null) ?? Resolve(t, person);
            }
            if (w is "'s" or "’s" || _cues.At(t, "mode") >= 0 || WordIs(t, WordClass.AttackAdjective))
                continue;
            return null;
        }
        return null;
    }

    private string Status(Trigger trigger, int first, int clauseStart)
    {
        // A threat, a demand and a refusal told with its own negation ("would not accept") are statements made.
        if (trigger.Type == "THREATEN" || trigger.Is(TriggerFlags.Demand)) return "reported";
        if (trigger.Type == "REJECT" && (trigger.Lemma.StartsWith("not ", StringComparison.Ordinal) || trigger.Lemma.StartsWith("never ", StringComparison.Ordinal))) return "reported";
        if (trigger.Is(TriggerFlags.Negates)) return "negated";
        if (_cues.Any("negation", Math.Max(clauseStart, first - 3), first - 1) && !ClaimBetween(Math.Max(clauseStart, first - 3), first - 1)) return "negated";
        if (_cues.Any("denial", clauseStart, first - 1)) return "negated";
        // "had not carried out any strike", "never launched an attack": the negation of the light verb that makes the noun an act.
        if (!trigger.IsVerb && _cues.Last("light", Math.Max(clauseStart, first - 4), first - 1) is { } light
            && _cues.Any("negation", Math.Max(clauseStart, light.First - 3), light.First - 1) && !ClaimBetween(Math.Max(clauseStart, light.First - 3), light.Last))
            return "negated";
        // "said it had no involvement in the attack", "Tehran had nothing to do with the strike".
        if (_cues.Last("involvement", Math.Max(clauseStart, first - 4), first - 1) is { } part
            && (Word(part.First - 1) == "nothing" || _cues.Any("negation", Math.Max(clauseStart, part.First - 3), part.First - 1))) return "negated";
        if (trigger.Is(TriggerFlags.Future)) return "future";
        // "The headquarters of all factions shall be closed": a decree's "shall be" orders the ban it states; the ban is made.
        if (trigger.Type == "COERCE" && trigger.Mode == "ban" && trigger.IsVerb && first - 2 >= clauseStart && Word(first - 1) == "be" && Word(first - 2) == "shall")
            return "reported";
        // "took office in May": a month is no modal.
        if (_cues.Last("future", Math.Max(clauseStart, first - 6), first - 1) is { } f && f.Last < first && _index.Time[f.First] < 0)
            return "future";
        return "reported";
    }

    /// <summary>"X did not claim the attack": a word of claiming after the negation; what is not claimed still
    /// happened.</summary>
    private bool ClaimBetween(int from, int to)
    {
        for (int t = from; t <= to; t++)
            if (Word(t) is "claim" or "claimed" or "claims" || _cues.At(t, "claim") >= 0) return true;
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
            else TargetsCounted(d, last);
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
            // "more than 40 wounded in a drone attack": a number before a preposition, an article or a
            // casualty word counts something else.
            if (Word(t) is "a" or "an" or "," || _cues.At(t, "preposition") >= 0 || _cues.At(t, "killed") >= 0 || _cues.At(t, "injured") >= 0) break;
            if (many) { d.Aggregate = true; return; }
        }
        // "Four killed in Basra clashes", "the fighting and clashes that followed": a bare plural of fighting between two
        // sides is one bout of it, not a count of attacks.
        if ((trigger.Form & WordForm.Plural) != 0 && (trigger.Form & WordForm.Singular) == 0 && _cues.At(first, "mutual") < 0) d.Aggregate = true;
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

    /// <summary>The count of the strike's object ("more than 85 targets", "three of the group's facilities",
    /// "40 convoys", "11 times"), with its qualifier and the noun's token.</summary>
    private bool CountedObject(int last, out int count, out string? qualifier, out int noun, string nouns = "counted")
    {
        count = 0;
        qualifier = null;
        noun = -1;
        int end = Math.Min(_end, last + 8);
        for (int t = last + 1; t < end; t++)
        {
            if (t > last + 1 && TypeAt(t) is not null) return false;
            int from = t;
            if (_cues.ValueAt(t, "qualifier", out int ql) is not null) t = ql + 1;
            if (t >= _end || _index.Time[t] >= 0 || Cardinal(t) is not { } n || n <= 1) continue;
            int k = t + 1;
            if (Word(k) == "of")
            {
                // "three of the group's facilities"
                k++;
                while (k < _end && k <= t + 6 && (Word(k) is "the" or "its" or "their" or "'s" or "’s" or "group" or "faction" or "militia" or "movement"
                       || _index.Actor[k] >= 0 || _doc.Tokens[k].Is(TokenFlags.Capitalized))) k++;
            }
            while (k < _end && k <= t + 6 && (_index.Actor[k] >= 0 || _cues.At(k, "mode") >= 0 || WordIs(k, WordClass.SiteQualifier)
                   || (nouns != "counted" && _doc.Tokens[k].Is(TokenFlags.Capitalized) && _cues.At(k, nouns) < 0))) k++;
            // One plain word may qualify the noun: "two pumping stations", "five oil facilities".
            if (_cues.At(k, nouns) < 0 && k + 1 < _end && _doc.Tokens[k].Kind == TokenKind.Word && !_doc.Tokens[k].Is(TokenFlags.Capitalized)
                && TypeAt(k) is null && Cardinal(k) is null && _cues.At(k + 1, nouns) >= 0 && Word(k) is not ("of" or "and" or "or" or "the"))
                k++;
            // A plural: "14 banks", not "14 bank accounts' worth".
            if (_cues.At(k, nouns) < 0 || !Word(k).EndsWith('s'))
                return false;
            count = n;
            qualifier = from < t ? _cues.ValueAt(from, "qualifier", out _) : "exact";
            noun = k;
            return true;
        }
        return false;
    }

    private string? QualifierBefore(int numberToken)
    {
        foreach (var (f, l, cue) in _cues.Hits)
            if (cue.Class == "qualifier" && l == numberToken - 1) return cue.Value;
        return null;
    }

    private void Time(Draft d, int first, int last, int clauseStart, int clauseEnd)
    {
        int best = -1, bestDistance = int.MaxValue, bestAt = -1;
        // "Rockets hit the Green Zone on Monday, a year after the killing of X": the time before "after" is the main
        // act's, unless the sentence says how far apart the two are ("four days after").
        int antecedent = Antecedent(first), mainEnd = -1;
        int? offset = Offset(antecedent);
        // "two days after a US drone strike killed the commander": the verb whose subject is the act named after
        // "N days after" lies as far back as that act.
        if (offset is null)
            foreach (var h in _hits)
                if (h.Last == first - 1 && Offset(h.First) is { } subject) { antecedent = h.First; offset = subject; break; }
        if (d.Anchor && offset is null && Introducer(antecedent, out int at) is "after" or "following" or "before") mainEnd = at;
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
            if (t > last && RankedWithin(last, t, tm)) continue;
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
            while (t + 1 < _end && _index.Time[t + 1] == tm) t++;
        }
        if (best < 0)
        {
            d.Recalls = _cues.Any("recall", _first, _end - 1);
            d.Continues = _cues.Any("continue", _first, Math.Min(_end - 1, first));
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
        d.SoftDate = d.Material && (StatementTime(best, first) || (bestAt < first && ToldAfter(bestAt, first)) || (bestAt > last && ClaimedNoun(d, first, clauseStart)));
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

    /// <summary>Whether "in retaliation for", "in revenge for", "in response to" or "to avenge" stands between
    /// the two tokens.</summary>
    private bool AnsweredBetween(int last, int t)
    {
        for (int k = last + 2; k < t; k++)
            if (AnswerLink(k) || Word(k) == "avenge") return true;
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

    /// <summary>The first token from <paramref name="t"/> on that is no word of a weapon ("Katyusha rockets are ...").</summary>
    private int AfterWeapon(int t)
    {
        while (t < _end && _cues.At(t, "mode") >= 0) t++;
        return t;
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
               or "starts" or "to" or "already" or "now" or "also" or "finally" or "will" or "would" or "were" or "are" or "was" or "is" or "been"
               // "two more batteries are due to move in", "units were expected to arrive": a plan of moving.
               or "due" or "expected" or "scheduled" or "set")
            t--;
        if (t < clauseStart) return false;
        // ("Iraqi tanks and armoured vehicles rolled into Kirkuk": a cue of two words ends right before the verb.)
        if (_cues.At(t, "troops") >= 0 || _cues.At(t - 1, "troops") == t) return true;
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

    /// <summary>Whether a trigger of an act starts in [from, to], weak ones too (which <c>_triggerAt</c> leaves out).</summary>
    private bool ActWithin(int from, int to)
    {
        foreach (var h in _hits)
            if (h.First >= from && h.First <= to) return true;
        return false;
    }

    /// <summary>Whether the act at <paramref name="first"/> follows an answer link and "the" (over its weapon words):
    /// "in response to the drone attack".</summary>
    private bool AnsweredNamed(int first)
    {
        int t = first - 1;
        while (t >= _first && _cues.At(t, "mode") >= 0) t--;
        return Word(t) == "the" && AnswerLink(t - 1);
    }

    /// <summary>The "by" of "by an aircraft of (the) X", "by members of X" before the name at <paramref name="f"/>, or -1.</summary>
    private int ByWhatOf(int f)
    {
        int of = Word(f - 1) == "of" ? f - 1 : Word(f - 1) == "the" && Word(f - 2) == "of" ? f - 2 : -1;
        if (of < 0) return -1;
        int noun = of - 1;
        if (!(_cues.At(noun, "platform") >= 0 || _cues.At(noun, "mode") >= 0 || _cues.At(noun, "own-forces") >= 0)) return -1;
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

    /// <summary>Whether the token is the "for" of "in retaliation for", "in revenge for", "in reprisal for" or the
    /// "to" of "in response to", "in reply to": what follows is the act answered.</summary>
    private bool AnswerLink(int k) =>
        (Word(k) == "for" && WordIs(k - 1, WordClass.ReprisalNoun))
        || (Word(k) == "to" && Word(k - 1) is "response" or "reply" && Word(k - 2) == "in");

    /// <summary>Whether the token lies inside ", who/which ... ," closed before <paramref name="first"/>.</summary>
    /// <summary>Whether "who", "whom" or "which" opens a relative clause between the time token and the act.</summary>
    private bool RelativeBetween(int time, int first)
    {
        for (int t = time + 1; t < first; t++)
            if (Word(t) is "who" or "whom" or "which" && _index.Time[t] < 0) return true;
        return false;
    }

    /// <summary>Whether "who" or "which" opens a clause (not after a comma) between the act's last token and the time,
    /// with no comma or other act between the pronoun and the time.</summary>
    private bool OwnRelativeTime(int last, int time)
    {
        for (int t = time - 1; t > last; t--)
        {
            if (Word(t) is "," or ";" || _triggerAt[t] != 0) return false;
            // ("backed Allawi, who was named premier-designate on Saturday": a clause set off by a comma tells of the
            // one named, and its day is often the act's.)
            if (Word(t) is "who" or "which") return Word(t - 1) != ",";
        }
        return false;
    }

    private bool InRelativeClause(int t, int first)
    {
        int open = t - 1;
        while (open >= _first && Word(open) != ",") open--;
        if (open < _first || Word(open + 1) is not ("who" or "which" or "whose" or "whom")) return false;
        for (int close = t + 1; close < first; close++)
            if (Word(close) == ",") return true;
        return false;
    }

    /// <summary>"... after a US strike that killed X": a relative clause right after an event noun
    /// tells the same act; the noun's first token, else <paramref name="first"/>.</summary>
    private int Antecedent(int first)
    {
        if (Word(first - 1) is "that" or "which")
            foreach (var h in _hits)
                if (h.Last == first - 2) return h.First;
        return first;
    }

    /// <summary>The word that introduces the noun phrase of a trigger ("since" in "since the assassination
    /// of", "after" in "three days after a US strike"), over determiners, names, weapons and unnamed attackers
    /// ("four days after militants fired missiles").</summary>
    private string Introducer(int first) => Introducer(first, out _);

    private string Introducer(int first, out int at)
    {
        int t = first - 1;
        for (int steps = 0; t >= _first && steps < 4; t--, steps++)
        {
            // "after militants carried out a drone attack": over the light verb that gives the noun its actor.
            if (LightEndingAt(t) is var light && light >= 0) { t = light; continue; }
            if (!(Word(t) is "a" or "an" or "the" or "its" or "their" or "his" or "her" || _index.Actor[t] >= 0 || _cues.At(t, "mode") >= 0
                  || _cues.At(t, "demonym") >= 0 || _index.Place[t] >= 0 || _cues.At(t, "assailant") >= 0
                  // "a day after troops and police opened fire": over the "and" of two such words.
                  || (Word(t) == "and" && t > _first && _cues.At(t - 1, "assailant") >= 0)))
                break;
        }
        at = t;
        return Word(t);
    }

    /// <summary>The first token of a light verb ("launched", "carried out") whose last token is <paramref name="t"/>, or -1.</summary>
    private int LightEndingAt(int t)
    {
        if (!_cues.MayHave("light")) return -1;
        foreach (var (f, l, cue) in _cues.Hits)
            if (l == t && cue.Class == "light") return f;
        return -1;
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
    private bool StatementTime(int time, int first)
    {
        int tFirst = -1, tLast = -1;
        for (int t = _first; t < first; t++)
            if (_index.Time[t] == time) { if (tFirst < 0) tFirst = t; tLast = t; }
        if (tFirst < 0) return false;
        // "On Tuesday the group said its fighters had carried out the attack", "the HPG, in a statement yesterday,
        // claimed the attack": a time told before the saying or claiming that governs the act dates the saying.
        foreach (var (f, l, cue) in _cues.Hits)
            if (cue.Class is "speech" or "claim" && f > tLast && l < first) return true;
        bool that = false;
        for (int t = tLast + 1; t < first && !that; t++) that = Word(t) == "that";
        if (!that) return false;
        foreach (var (f, l, cue) in _cues.Hits)
            if (cue.Class == "speech" && l < tFirst && tFirst - l <= 5) return true;
        return false;
    }

    /// <summary>The place (or places) of the event: the sites after the trigger, else the place nearest
    /// it in its clause; a launch site ("from X") only when nothing else is named.</summary>
    private List<int> Places(int first, int last, int clauseStart, int clauseEnd, RightScan scan, bool anchor, out bool compound, bool subjectHit = false)
    {
        compound = false;
        // (No list when the scan found no place, as for most triggers: the shared empty one is only read.)
        var after = scan.Places.Count == 0 ? NoPlaces : new List<int>();
        // Forces leave from a place: for a withdrawal "from Taji" is where, not a launch site.
        bool leaving = TypeAt(first) == "RETREAT", moving = TypeAt(first) == "MOBILIZE";
        foreach (var p in scan.Places)
            if (!FromPlace(p) || (moving && Word(_index.PlaceFirst[p] - 1) is "to" or "into")
                || (leaving && (UsablePlace(p) || Word(_index.PlaceFirst[p] - 1) == "from"))) after.Add(p);
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
                // "..., and inside Syria" coordinates; "Ain al-Asad in western Iraq" qualifies.
                // "the Victory base complex next to Baghdad airport", "beside the airport": a neighbour locates the site.
                bool qualifier = keep.Count > 0 && (before is "near" or "outside" or "of" or "in" or "inside" or "at" or "west" or "east" or "north" or "south" or "beside"
                        || (before == "to" && Word(_index.PlaceFirst[p] - 2) is "next" or "close" or "adjacent"))
                    && Word(_index.PlaceFirst[p] - 2) is not ("and" or "or" or ",");
                if (!ancestor && !qualifier) keep.Add(p);
            }
            if (keep.Count == 0) keep.Add(after[0]);
            // "arrested X, the PMF's commander in Anbar, in Baghdad": a place that only says where a body named
            // just before it is gives way to a place of the act itself.
            // A list of places ("depots of Kataib Hezbollah in Jurf al-Sakhar, Musayyib and Karbala") is where.
            if (keep.Count > 1 && keep.Exists(p => !BodyPlace(p))) keep.RemoveAll(p => BodyPlace(p) && Coordinated(p).Count == 1);
            int precise = 0;
            foreach (var p in keep) if (_doc.Places[p].Precision == 1) precise++;
            if (_hits.Count > 0 && precise >= 2 && keep.Count >= 2 && Splits(first)) return keep;
            var list = Coordinated(keep[0]);
            compound = list.Count > 1;
            return list;
        }
        int best = -1;
        // "Harir air base, which hosts US forces north of Erbil, came under drone attack": the site that is
        // hit opens the subject; the names in the clause about it only say where it is.
        if (subjectHit && !anchor)
            for (int t = clauseStart; t < first && t <= clauseStart + 3; t++)
                if (_index.Place[t] is var p && p >= 0 && _doc.Places[p].Precision == 1 && !FromPlace(p)) { best = p; break; }
        // An act named to date another ("since attacks on US forces resumed") is not where the main clause is.
        for (int t = first - 1; t >= clauseStart && !anchor && best < 0; t--)
            if (_index.Place[t] is var p && p >= 0 && !FromPlace(p) && !MainClausePlace(first, t) && !SpeakerPlaceBefore(first, p)) { best = p; break; }
        // Elsewhere in the sentence, but not for an act named only to date another, nor in another reported
        // clause ("said US forces carried out the strike, and that he planned attacks in Iraq and Syria").
        if (best < 0 && !anchor)
            for (int t = _first; t < _end; t++)
                if (_index.Place[t] is var p && p >= 0 && !FromPlace(p) && !_cues.Any("report-bound", Math.Min(t, last), Math.Max(t, first))
                    && !OtherActBetween(first, last, t) && !MainClausePlace(first, t) && !SpeakerPlaceBefore(first, p) && !(t > last && AnsweredBetween(last, t))) { best = p; break; }
        // A place named only as where an attack was launched from ("the rockets were fired from near Bartella") is
        // not where it happened: the attack hit somewhere the sentence does not name.
        if (best < 0 && scan.Places.Count > 0 && !(TypeAt(first) == "ASSAULT" && LaunchSite(scan.Places[0]))) best = scan.Places[0];
        if (best < 0) return NoPlaces;
        // "Ain al-Asad base in Anbar": the nearest name may only qualify the finer one before it.
        while (Previous(best) is var inner && inner >= 0 && Word(LeadIn(_index.PlaceFirst[best])) is "in" or "," or "of"
               && _stage.Gazetteer[_doc.Places[inner].PlaceId] is { } held && _stage.Gazetteer.AncestorsOf(held).Contains(_doc.Places[best].PlaceId))
            best = inner;
        var around = Coordinated(best);
        compound = around.Count > 1;
        return around;
    }

    /// <summary>Where a meeting or an agreement took place, when its clause says so: "met X in Baghdad", "talks in
    /// Baghdad", "will meet again in Baghdad", "signed an agreement in Baghdad", "will visit Baghdad", "travelled to
    /// Tehran to discuss", "arrive in Baghdad for a summit". A place after other words ("discussed the presence of
    /// troops in Iraq") is what was talked about, not where.</summary>
    private List<int> MeetingPlace(string type, int first, int last, int clauseStart, int clauseEnd)
    {
        int from = last + 1;
        if (type == "AGREE" && !WordIs(last, WordClass.Accord))
            for (int k = last + 1; k < _end && k <= last + 6; k++)
                if (WordIs(k, WordClass.Accord)) { from = k + 1; break; }
        for (int t = from; t <= Math.Min(clauseEnd, last + 12) && t < _end; t++)
        {
            if (_index.Place[t] is var p && p >= 0)
            {
                int lead = Lead(p);
                // Over "the": "met Biden at the White House".
                int governs = LeadIn(_index.PlaceFirst[p]);
                bool marked = Word(governs) is "in" or "at" && governs > last;
                // "will visit Baghdad": the place a visit is to is its object.
                bool visited = type == "CONSULT" && lead == last + 1 && WordIs(last, WordClass.VisitWord);
                // ("met the Framework's leaders in Baghdad": those met are where the meeting is.)
                if ((marked || visited) && UsablePlace(p)) return [p];
                break;
            }
            if (_index.Actor[t] is var m && m >= 0) { t = _index.ActorLast[m]; continue; }
            if (_index.Time[t] >= 0 || Word(t) is "in" or "at" || WordIs(t, WordClass.MeetingLink) || Numbers.Cardinal(Word(t)) is not null) continue;
            // A name the knowledge base lacks ("the Ministerial Council for National Security").
            if (_doc.Tokens[t].Kind == TokenKind.Word && char.IsUpper(_doc.TokenText(t)[0])) continue;
            break;
        }
        if (type != "CONSULT") return NoPlaces;
        // "travelled to Tehran to discuss", "are due to arrive in Baghdad today for a summit": where the parties went (cue class travel).
        for (int t = first - 1; t >= Math.Max(clauseStart, first - 12); t--)
        {
            if (_index.Place[t] is not (var p and >= 0)) continue;
            int lead = Lead(p);
            if (Word(lead - 1) is "to" or "in" or "into" && _cues.At(lead - 2, "travel") >= 0)
                return [p];
            break;
        }
        return NoPlaces;
    }

    /// <summary>The place with the places coordinated with it, in text order ("in Iraq and Syria",
    /// "in Babel, Anbar, and inside Syria"): one event told of several areas, whose location is the
    /// list; a place that is an actor's name there ("Iraq and the United States agreed") ends the list.</summary>
    private List<int> Coordinated(int p)
    {
        int head = p;
        while (Coordination(Previous(head), head) is var q && q >= 0) head = q;
        // A place alone, as most are: one list, not a list of the head and then another of it.
        if (head == p && Next(head) is var second && (second < 0 || Coordination(p, second) < 0)) return [p];
        var list = new List<int> { head };
        for (int next = Next(head); next >= 0 && Coordination(list[^1], next) >= 0; next = Next(next)) list.Add(next);
        return list.Contains(p) && list.Count > 1 ? list : [p];
    }

    private int Previous(int p)
    {
        for (int t = _index.PlaceFirst[p] - 1; t >= _first && t >= _index.PlaceFirst[p] - 4; t--)
            if (_index.Place[t] >= 0) return _index.Place[t];
        return -1;
    }

    private int Next(int p)
    {
        for (int t = _index.PlaceLast[p] + 1; t < _end && t <= _index.PlaceLast[p] + 4; t++)
            if (_index.Place[t] >= 0) return _index.Place[t];
        return -1;
    }

    /// <summary><paramref name="a"/> when "and" or "or" (with a comma, and "in"/"inside" after them) joins it
    /// to <paramref name="b"/>, or a bare comma that a list continues ("Babel, Anbar and Syria"), else -1.
    /// A comma before a place that holds the other qualifies it ("Amerli, in Salah ad-Din").</summary>
    private int Coordination(int a, int b)
    {
        if (a < 0 || b < 0 || a == b) return -1;
        var gaz = _stage.Gazetteer;
        string idA = _doc.Places[a].PlaceId, idB = _doc.Places[b].PlaceId;
        if (idA == idB) return -1;
        if (gaz[idA] is { } pa && gaz[idB] is { } pb && (gaz.AncestorsOf(pa).Contains(idB) || gaz.AncestorsOf(pb).Contains(idA))) return -1;
        int bFirst = _index.PlaceFirst[b];
        // A name that is also an actor is no place of the list ("in Baghdad and Tehran said"), unless both are countries
        // ("attacks in Iraq, Syria and Jordan").
        if (_index.Actor[bFirst] >= 0 && !Outspans(b) && !(gaz[idA] is { Kind: "country" } && gaz[idB] is { Kind: "country" })) return -1;
        bool conjunction = false, comma = false;
        for (int t = _index.PlaceLast[a] + 1; t < bFirst; t++)
        {
            var w = Word(t);
            if (w is "and" or "or") conjunction = true;
            else if (w == "," && !conjunction) comma = true;
            // "in Iraq, Syria and now Jordan", "in Baghdad and also in Basra".
            else if (!(conjunction && (w is "in" or "inside" or "now" or "also" or "even" or "later" || WordIs(t, WordClass.Direction)))) return -1;
        }
        if (conjunction) return a;
        return comma && _index.PlaceLast[a] + 2 == bFirst && Coordination(b, Next(b)) >= 0 ? a : -1;
    }

    /// <summary>"US jets hit three depots on Monday, and on Friday bombers struck targets in Iraq and Syria": another
    /// act of the same type, told with a date of its own between the trigger and the place at <paramref name="t"/>,
    /// is the one there ("fired 16 missiles; eleven struck Ain al-Asad" is one attack told twice).</summary>
    private bool OtherActBetween(int first, int last, int t)
    {
        var type = TypeAt(first);
        foreach (var h in _hits)
        {
            if (h.First == first || h.Trigger.Type != type || h.Trigger.Is(TriggerFlags.Toll)) continue;
            // The other act's own stretch: from the trigger's end to the place, or from the place to the trigger.
            int from = t > last ? last + 1 : t + 1, to = t > last ? t - 1 : first - 1;
            if (h.First < from || h.Last > to) continue;
            for (int k = from; k <= to; k++) if (_index.Time[k] >= 0) return true;
        }
        return false;
    }

    /// <summary>"Protesters in Tahrir Square blamed the factions for the attack", "an official, speaking to reporters in Baghdad,
    /// denied any part in the attack": a place that says where the speaker is (after "in" that follows a noun, not one that opens
    /// the sentence: "In Basra, officials condemned a bombing ...") and comes before the verb of blaming, refusing, backing or
    /// denying that governs an act named as known ("the attack"), is the statement's, not the act's. (Plain saying is not
    /// enough: "police in Diwaniyah said the bombing damaged a truck" speak of their own town; a meeting "in Baghdad to discuss
    /// the attack" is no statement about it.)</summary>
    private bool SpeakerPlaceBefore(int first, int p)
    {
        int place = _index.PlaceFirst[p];
        if (place >= first) return false;
        foreach (var h in _hits) if (h.First == first && h.Trigger.IsVerb) return false;
        if (Word(first - 1) is not ("the" or "this" or "that" or "these" or "those" or "its" or "their" or "his" or "her" or "'s" or "\u2019s")) return false;
        int lead = LeadIn(place);
        if (Word(lead) != "in" || lead - 1 < _first || Word(lead - 1) is "," or ":" or ";" || _index.Time[lead - 1] >= 0) return false;
        for (int k = _index.PlaceLast[p] + 1; k < first; k++)
            if (_cues.At(k, "denial") >= 0 || TypeAt(k) is "ACCUSE" or "REJECT" or "THREATEN" or "REQUEST" or "SUPPORT") return true;
        return false;
    }

    /// <summary>"A US strike in Baghdad killed two fighters who had fired rockets at US forces": for an act told in a relative
    /// clause, a place before the clause's "who"/"which" is where the main clause's attack was, not this one.</summary>
    private bool MainClausePlace(int first, int t)
    {
        if (t >= first) return false;
        int relative = -1;
        for (int k = first - 1; k > t; k--) if (Word(k) is "who" or "which") { relative = k; break; }
        if (relative < 0) return false;
        foreach (var h in _hits)
            if (h.First != first && h.Last < relative && h.Trigger.Type == "ASSAULT" && !h.Trigger.Is(TriggerFlags.Toll)) return true;
        return false;
    }

    /// <summary>The first token of the place with a direction before it ("western Iraq").</summary>
    private int Lead(int p) => WordIs(_index.PlaceFirst[p] - 1, WordClass.Direction) ? _index.PlaceFirst[p] - 1 : _index.PlaceFirst[p];

    /// <summary>Whether the place follows a body's name with "in" ("the Popular Mobilisation Forces (PMF) in western
    /// Anbar", "the federal government in Baghdad"): it says where the body is, not where the act is.</summary>
    private bool BodyPlace(int p)
    {
        int lead = Lead(p);
        if (Word(lead - 1) != "in") return false;
        int t = lead - 2;
        // Over an acronym in brackets: "the Popular Mobilisation Forces (PMF) in ...".
        if (Word(t) == ")" && Word(t - 2) == "(") t -= 3;
        // "a senior PMF commander in Anbar": a role word after the body's name says whose.
        if (t > _first && _stage.Roles.ClassOf(Word(t)) != Names.CueClass.None && _index.Actor[t] < 0 && _index.Actor[t - 1] >= 0) t--;
        return t >= _first && _index.Actor[t] >= 0 && _index.ActorLast[_index.Actor[t]] == t;
    }

    /// <summary>Only attacks split over a list of sites.</summary>
    private bool Splits(int first)
    {
        foreach (var h in _hits) if (h.First == first) return h.Trigger.Type == "ASSAULT";
        return false;
    }

    private bool FromPlace(int p) => LaunchSite(p) || !UsablePlace(p);

    private bool LaunchSite(int p) => Word(_index.PlaceFirst[p] - 1) is "from" || LaunchedFrom(p);

    /// <summary>"fired from the town of Zummar in Nineveh province": a place that qualifies the launch site is one too
    /// ("launched from a truck parked near a village in the Nineveh plain", "from ... in western Anbar").</summary>
    private bool LaunchedFrom(int p)
    {
        int lead = LeadIn(_index.PlaceFirst[p]);
        if (Word(lead) is not ("in" or "of" or "," or "near" or "inside" or "within" or "outside")) return false;
        for (int t = lead - 1; t >= _first && t >= lead - 11; t--)
        {
            var w = Word(t);
            if (w == "from") return true;
            // "launched from Iraq struck a base in the Golan": a place right after "from" that this one does not
            // directly qualify ("from Zummar in Nineveh") is the launch site, and this one is elsewhere.
            if (_index.Place[t] >= 0 && Word(_index.PlaceFirst[_index.Place[t]] - 1) == "from" && _index.PlaceLast[_index.Place[t]] != lead - 1) return false;
            if (w is "," or "and" or "to" or "toward" or "towards" or "at" || _triggerAt[t] != 0) return false;
        }
        return false;
    }

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

    /// <summary>A place that is also an actor's name ("Washington said", "Iraq and the United States
    /// agreed") is the actor there, no location; a country counts only after "in", "across", "inside".</summary>
    private bool UsablePlace(int p)
    {
        int first = _index.PlaceFirst[p];
        // "in western Iraq", "across northern Syria", "in the occupied Golan Heights": a direction or the article
        // between the preposition and the name.
        int lead = LeadIn(first);
        bool locative = Word(lead) is "in" or "across" or "inside" or "throughout" or "into" or "near" or "at";
        if (_index.Actor[first] >= 0 && !Outspans(p) && !Whereabouts(_index.Actor[first], p) && !LocalForce(_index.Actor[first], p)
            && !(lead < first - 1 && locative)) return false;
        if (TakenTo(first) || SpeakerPlace(p)) return false;
        // "killing Soleimani", "the operation they call Martyr Soleimani": a bare name that is also a person's (a surname
        // the knowledge base knows, here read before or without the full name) is the person, unless a word of place
        // governs it ("in Sulaimani").
        if (_index.Actor[first] < 0 && !WordIs(lead, WordClass.PlacePreposition) && PersonNamed(p)) return false;
        // "The US embassy in Baghdad condemned the attack on Erbil": a site that speaks (an embassy, a consulate) is
        // the speaker there, not where what it speaks of happened.
        // ("Protesters outside the US embassy said ..." name where they were.)
        if (_index.Actor[first] >= 0 && _cues.At(lead, "preposition") < 0 && Speaks(_index.PlaceLast[p])) return false;
        if (_doc.Places[p].Precision < 3) return true;
        return locative;
    }

    /// <summary>Whether the place's words, as written, are a name of a person in the knowledge base.</summary>
    private bool PersonNamed(int p) => PlaceNames(p) is { Kind: "person" };

    /// <summary>The actor a place mention's words name in the knowledge base, as written ("Soleimani", "Ankara"), or null.</summary>
    private Knowledge.Actors.Actor? PlaceNames(int p) => StoryScratch.ActorNamed(_stage.Kb, _doc.Text.AsSpan(_doc.Places[p].Start, _doc.Places[p].Length));

    /// <summary>Whether a verb of saying or a statement's trigger follows the token ("... condemned", "... also said").</summary>
    private bool Speaks(int last)
    {
        int k = last + 1;
        while (k < _end && k <= last + 3 && Word(k) is "has" or "have" or "had" or "also" or "later" or "again" or "swiftly" or "quickly") k++;
        if (k >= _end) return false;
        return _cues.At(k, "speech") >= 0 || (TypeAt(k) is { } type && !EventLexicon.IsMaterial(type));
    }

    /// <summary>Whether the place only says where the source of the report is: an official or a source in a capital that
    /// stands for its government ("a military official in Baghdad told the site that ...") speaks for the state, of
    /// anywhere in it; sources in other places ("local officials in Bashiqa said", "a police source in Basra said")
    /// speak of their own place.</summary>
    private bool SpeakerPlace(int p)
    {
        int lead = Lead(p);
        return Word(lead - 1) == "in" && _cues.At(lead - 2, "source") >= 0
            && Word(lead - 3) is not ("local" or "Local") && _cues.At(_index.PlaceLast[p] + 1, "speech") >= 0
            && PlaceNames(p) is { Kind: "government" };
    }

    /// <summary>The token before a place's name over a word of direction and the article ("in the northern
    /// Golan Heights", "in eastern Syria", "across the Kurdistan Region"): the word that governs the name.</summary>
    private int LeadIn(int first)
    {
        int before = first - 1;
        if (WordIs(before, WordClass.Direction) || Word(before) == "occupied") before--;
        if (Word(before) == "the") before--;
        return before;
    }

    /// <summary>"seven guards were wounded and transferred to the Ibn Sina hospital": in a sentence that tells a
    /// toll, a place right after a word of taking the wounded (cue class taken-to) is where they were treated.</summary>
    private bool TakenTo(int first)
    {
        // Over "the" and the capitalized words of the hospital's name ("the Ibn Sina hospital").
        int before = first - 1;
        for (int steps = 0; steps < 3 && before > _first && (Word(before) is "the" or "a" || _doc.Tokens[before].Is(TokenFlags.Capitalized)); steps++) before--;
        if (!TellsToll()) return false;
        foreach (var (f, l, cue) in _cues.Hits)
            if (cue.Class == "taken-to" && l == before) return true;
        return false;
    }

    /// <summary>"claimed drone attacks on Haifa port", "fired rockets at Israel": a country, town or site hit as the act's object, in a
    /// state the attacker is at war with (the knowledge base has them opposed), is an attack on that state. Not a
    /// place the act only happens in ("a training site near Albu Kamal"), nor a state's own town hit by a neighbour
    /// it is not at war with.</summary>
    private string? EnemyStateHit(Draft d)
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
        return Opposed(state, d.Actor!) ? state : null;
    }

    /// <summary>The one body a state or its forces is opposed to (knowledge base), when the page names it; else null.</summary>
    private string? SoleFoeNamed(string actor)
    {
        if (_stage.Kb[actor] is not { Kind: "state_force" or "government", OpposedTo: [var foe] } || foe == actor) return null;
        foreach (var m in _doc.Mentions)
            if (m.EntityId == foe) return foe;
        return null;
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

    /// <summary>The one actor of the protests the story told before, other than a crowd, a person or
    /// <paramref name="attacker"/>; null when it told none or several.</summary>
    private string? StoryProtester(string? attacker)
    {
        string? found = null;
        foreach (var o in _story!)
        {
            if (o.Type != "PROTEST" || o.Status != "reported" || o.Actor is not { } a || Crowd(a) || a == attacker) continue;
            if (found is not null && found != a) return null;
            found = a;
        }
        return found is not null && !IsPerson(found) ? found : null;
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
                foreach (var role in person.Roles)
                    if (role.Role == "office" || (role.Role == "leader" && role.Of is not null && kb[role.Of]?.Kind is "armed_group" or "state_force" or "coalition")) return false;
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

    /// <summary>The owner named after "of" in the subject before a passive verb when the subject's head is a place of
    /// business or a site ("the offices of X in Basra were closed", "the headquarters of the X was stormed"); null when none.</summary>
    private string? OwnerOfSubject(int first, int clauseStart)
    {
        for (int t = first - 1; t > clauseStart && first - t <= 12; t--)
        {
            if (Word(t) is ";" or "that" or "which" or "who") return null;
            // "All offices, checkpoints and businesses run by the factions shall be closed": the owner after a participle of
            // holding ("run by", "operated by") that follows the places is the target too.
            bool heldBy = Word(t) == "by" && _cues.At(t - 1, "held-by") >= 0 && _cues.Any("closable", Math.Max(clauseStart, t - 8), t - 2);
            if (!heldBy && Word(t) == ",") return null;
            if (!heldBy && (Word(t) != "of" || !(_cues.At(t - 1, "closable") >= 0 || SiteNoun(t - 1)))) continue;
            int k = t + 1;
            while (k < first && Word(k) is "the" or "all" or "its" or "their") k++;
            return k < first && _index.Actor[k] is var m && m >= 0 ? _doc.Mentions[m].EntityId : null;
        }
        return null;
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

    /// <summary>Whether staff or diplomats (cue class evacuee) are moved out: in the passive the subject just before the verb and
    /// "out" right after it ("contractors were flown out"), else the object within four words after the verb and "out" after
    /// it ("pulled its foreign staff out of", "flew its diplomats out").</summary>
    private bool EvacueesOut(bool passive, int first, int last, int clauseStart, int clauseEnd)
    {
        // "trainers were flown home", "the instructors had flown home": sent home, the subject too when nothing stands between.
        // ("the diplomats flew out of Baghdad": so does the subject of a verb with "out of" right after it.)
        if (passive || Word(last + 1) == "home" || (Word(last + 1) == "out" && Word(last + 2) == "of")) return Word(last + 1) is "out" or "home" && ObjectOfClass("evacuee", true, first, last, clauseStart, clauseEnd, before: 5);
        for (int t = last + 1; t <= Math.Min(clauseEnd, last + 5); t++)
            if (Word(t) is "out" or "home") return t > last + 1 && _cues.Any("evacuee", last + 1, t - 1);
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
    /// articles, a people's adjective and a count ("burned two Swedish flags"), or the passive's subject just before.</summary>
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
                  || (_doc.Tokens[t].Is(TokenFlags.Capitalized) && _index.Actor[t] < 0 && _index.Place[t] < 0))) return false;
        }
        return false;
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

    /// <summary>Whether the token, or the word before a closing quote there, is a noun of what an attack aims at
    /// (cue class aimed: "target", "sites", "positions").</summary>
    private bool AimedNoun(int t)
    {
        if (_doc.Tokens[t].Kind == TokenKind.Quote) t--;
        return _cues.At(t, "aimed") >= 0;
    }

    /// <summary>Whether the knowledge base has two actors opposed, either way round or through an umbrella or body
    /// the second belongs to.</summary>
    private bool Opposed(string state, string actor)
    {
        var kb = _stage.Kb;
        if (kb[state] is not { } s || kb[actor] is not { } a) return false;
        if (a.OpposedTo.Contains(s.Id) || s.OpposedTo.Contains(a.Id)) return true;
        for (int i = 0; i < a.MemberOf.Count; i++) if (s.OpposedTo.Contains(a.MemberOf[i].Id)) return true;
        for (int i = 0; i < a.PartOf.Count; i++) if (s.OpposedTo.Contains(a.PartOf[i].Id)) return true;
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

    /// <summary>Whether the sentence has a cue of killing or wounding: asked on every place checked, so it is
    /// found once per sentence.</summary>
    private bool TellsToll()
    {
        if (_tellsToll is null)
        {
            _tellsToll = false;
            foreach (var (f, l, cue) in _cues.Hits)
                if (cue.Class is "killed" or "injured") { _tellsToll = true; break; }
        }
        return _tellsToll.Value;
    }

    private bool? _tellsToll;

    /// <summary>"Diwaniyah police", "Basra police": a state force whose name opens with a place of its own
    /// country acts there (not "the Quds Force", whose name holds a foreign city's, nor "US troops", whose
    /// name opens with its whole country).</summary>
    private bool LocalForce(int mention, int p) =>
        _index.ActorFirst[mention] == _index.PlaceFirst[p] && _doc.Places[p].Precision < 3 && _stage.Kb[_doc.Mentions[mention].EntityId!] is { Kind: "state_force" } force
        && _stage.Gazetteer?[_doc.Places[p].PlaceId] is { } place && place.Country == force.Country;

    /// <summary>"US forces in Iraq" names a body and where it is, when the body's own name does not hold
    /// the place ("the Islamic Resistance in Iraq" is a name).</summary>
    private bool Whereabouts(int mention, int p)
    {
        int first = _index.PlaceFirst[p];
        if (_index.ActorFirst[mention] >= first || Word(first - 1) != "in") return false;
        var name = _doc.Mentions[mention].EntityId is { } id ? _stage.Kb[id]?.Name : null;
        var place = _doc.Text.AsSpan(_doc.Places[p].Start, _doc.Places[p].Length);
        return name is not null && !name.AsSpan().Contains(place, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The mode cue nearest the trigger in its clause; two different modes in a summary make it unspecified.</summary>
    private string? ModeNear(int first, int last, int clauseStart, int clauseEnd, bool aggregate, bool outside = false)
    {
        string? best = null, firstSeen = null, previous = null;
        bool several = false, joined = false;
        int bestDistance = int.MaxValue, bestLength = -1, previousLast = -10;
        foreach (var (f, l, cue) in _cues.Hits)
        {
            if (cue.Class != "mode" || f < clauseStart || l > clauseEnd) continue;
            // "shot down two drones": the defenders' own word says nothing of how the attack was made.
            if (outside && f <= last && l >= first) continue;
            // "struck drone storage sites", "hit rocket launchers": a weapon that names what was hit is no way of hitting it.
            if (f > last && WeaponListSite(l + 1)) continue;
            // "A US strike killed two fighters who had fired rockets", "Rockets struck Taji, two days after a US strike":
            // a weapon told with another attack is that attack's.
            if (!outside && NearerOtherAttack(first, last, f, l)) continue;
            firstSeen ??= cue.Value;
            several |= firstSeen != cue.Value && !AirKin(firstSeen, cue.Value);
            // "by missiles and drones", "with rockets or drones": weapons of two kinds told as one say no one mode.
            // ("Turkish jets and drones": a state's drones strike from the air too; its actor makes them airstrikes.)
            joined |= previous is not null && previous != cue.Value && !AirKin(previous, cue.Value) && f - previousLast is >= 2 and <= 3
                && Word(f - 1) is "and" or "or" or "," or "and/or";
            previous = cue.Value;
            previousLast = l;
            int distance = f > last ? f - last : first - l;
            if (f >= first && l <= last) distance = 0;
            // "a booby-trapped drone": the longer phrase says more than its first word.
            if (distance < bestDistance || (distance == bestDistance && l - f > bestLength)) { best = cue.Value; bestDistance = distance; bestLength = l - f; }
        }
        if ((aggregate && several) || joined) return "unspecified";
        return best;
    }

    /// <summary>Whether two modes are drone and airstrike, which a state's attack tells as one (airstrike).</summary>
    private static bool AirKin(string a, string b) => (a, b) is ("drone", "airstrike") or ("airstrike", "drone");

    /// <summary>Whether the weapons from <paramref name="t"/> on (", missile and drone") end in a word that makes them the kind
    /// of a place, a group or a means ("rocket, missile and drone capabilities").</summary>
    private bool WeaponListSite(int t)
    {
        while (t < _end)
        {
            if (Word(t) is "," or "and" or "or") t++;
            else if (_cues.At(t, "mode") is var l && l >= 0) t = l + 1;
            else break;
        }
        return WeaponSite(t);
    }

    /// <summary>Whether the word at <paramref name="t"/> makes the weapon before it the kind of a place or a group ("drone storage
    /// sites", "rocket launchers", "a missile depot", "drone teams"): cue class weapon-site.</summary>
    private bool WeaponSite(int t) => t < _end && _cues.At(t, "weapon-site") >= 0;

    /// <summary>Whether the mode cue <paramref name="f"/>..<paramref name="l"/> lies in another attack phrase that names its own
    /// weapon ("fired rockets", "a drone attack") in another clause than the trigger: "a US strike killed two fighters who had
    /// fired rockets", "a drone attack on Erbil that was claimed by X, and US aircraft hit three sites". (Tolls and interceptions
    /// tell the same attack; "a rocket attack hit the base" is one clause, one attack.)</summary>
    private bool NearerOtherAttack(int first, int last, int f, int l)
    {
        if (f >= first && l <= last) return false;
        foreach (var h in _hits)
        {
            // A phrase of two words or more: a bare "missiles" is the weapon itself, no other attack.
            if (h.First == first || h.Last == h.First || h.Trigger.Type != "ASSAULT" || h.Trigger.Mode is null || h.Trigger.Is(TriggerFlags.Toll)
                || h.Trigger.Is(TriggerFlags.Intercept) || f < h.First || l > h.Last) continue;
            int from = Math.Min(h.Last, last) + 1, to = Math.Max(h.First, first) - 1;
            // A relative clause between; not "said the reports were false and that no attack took place", one attack.
            for (int t = from; t <= to; t++)
                if (Word(t) is "who" or "which" || (Word(t) == "that" && Word(t - 1) != "and" && _cues.At(t - 1, "speech") < 0)) return true;
        }
        return false;
    }

    /// <summary>Killed and injured counts, attached to the sentence's nearest attack.</summary>
    private void Casualties(List<Draft> local)
    {
        Draft? told = null;
        int toldEnd = -1;
        foreach (var (f, l, cue) in _cues.Hits)
        {
            if (cue.Class is not ("killed" or "injured" or "zero")) continue;
            // "struck 85 targets after the deaths of three US soldiers", "blamed Iran for last week's death of an
            // American contractor": the toll of the act answered or blamed for is not this sentence's.
            if (cue.Class != "zero" && OtherActsToll(f)) continue;
            // "a contractor died of a heart attack while sheltering": no victim of the attack (cue class idiom).
            // ("died after he suffered a heart attack while sheltering": the same, told after "after".)
            if (cue.Class == "killed" && NaturalDeath(l)) continue;
            int? value;
            // "no one inside was hurt", "none of its staff were injured", "no soldiers were killed": a subject of
            // "no" before the passive says nobody was.
            bool none = cue.Class is "killed" or "injured" && (NoneSubject(f) || NoneCaused(f));
            if (none)
            {
                var zeroOf = Nearest(local, f);
                if (zeroOf is null) continue;
                bool both = Word(f) is "hurt" or "harmed" or "casualties";
                // "An update: no one was hurt after all": a revision replaces the toll told before.
                bool over = Revision(f);
                if (cue.Class == "killed" || both) zeroOf.Killed = over ? 0 : zeroOf.Killed ?? 0;
                if (cue.Class == "injured" || both) zeroOf.Injured = over ? 0 : zeroOf.Injured ?? 0;
                zeroOf.Revised |= over;
                continue;
            }
            // "officials gave no casualty figures": no toll was told, not a toll of none.
            if (cue.Class == "zero" && WordIs(l + 1, WordClass.TollNoun)) continue;
            if (cue.Class == "zero") value = 0;
            // Names count as victims after a verb ("killed X and Y"), not after a noun of another
            // happening ("after the killing of X").
            // ("assassinated yesterday, Wednesday, the activist X": past a time put in between.)
            else value = NumberAfter(l) ?? NumberBefore(f) ?? (Word(f - 1) is "the" or "a" or "'s" or "’s" ? null
                : NamedVictims(ObjectAfterTime(l) is var o && o >= 0 ? o - 1 : l)) ?? PersonsBefore(f);
            // "X was shot dead", "the commander was killed": a singular passive whose subject is a person is one victim.
            int auxiliary = value is null && cue.Class is "killed" or "injured" ? SingularAuxiliary(f) : -1;
            bool one = auxiliary >= 0;
            if (value is null && !one) continue;
            var target = _tollInto is not null && _tollInto.TryGetValue(f, out var folded) ? folded : Nearest(local, f);
            // "rockets ... killed a young girl and wounded five civilians, in the first such attack since ...": the second
            // verb of a coordinated toll has the first one's subject, whatever attack word is nearer.
            if (told is not null && Word(f - 1) == "and" && f - toldEnd <= 8 && (_tollInto is null || !_tollInto.ContainsKey(f))) target = told;
            if (target is null) continue;
            if (cue.Class is "killed" or "injured") (told, toldEnd) = (target, l);
            if (one)
            {
                if ((target.Target is null || !IsPerson(target.Target)) && !OnePersonSubject(auxiliary)) continue;
                value = 1;
            }
            // "The death toll rose to 12", "Updated toll: three were killed": a revised toll replaces the one told
            // before, in this sentence or in another telling it joins; otherwise the first told stays.
            bool revised = cue.Value == "revised" || Revision(f);
            if (cue.Class == "zero")
            {
                // "rockets landed in the Green Zone and at Balad air base, without casualties": none in any of the
                // places the one attack phrase was told of.
                foreach (var d in local)
                {
                    if (d != target && (d.Type != "ASSAULT" || d.First != target.First)) continue;
                    if (cue.Value is "killed" or "both") d.Killed = revised ? 0 : d.Killed ?? 0;
                    if (cue.Value is "injured" or "both") d.Injured = revised ? 0 : d.Injured ?? 0;
                }
            }
            else if (cue.Class == "killed") target.Killed = revised ? value : target.Killed ?? value;
            else target.Injured = revised ? value : target.Injured ?? value;
            target.Revised |= revised;
        }
        // "gunmen assassinated the doctor and activist X": an assassination told done kills the one person it names.
        foreach (var d in local)
            if (d is { Type: "ASSAULT", Killed: null, Status: "reported", Target: { } victim } && d.Trigger.IsVerb && d.Trigger.Lemma == "assassinate"
                && Word(d.First - 1) != "to" && IsPerson(victim))
                d.Killed = 1;
        // "the anniversary of his assassination by gunmen": the noun with a singular possessive kills that one person.
        foreach (var d in local)
            if (d is { Type: "ASSAULT", Killed: null, Status: "reported" } && !d.Trigger.IsVerb && d.First == d.Last && Word(d.First) is "assassination" or "murder"
                && Word(d.First - 1) is "his" or "her")
                d.Killed = 1;
    }

    /// <summary>Whether the casualty word ending at <paramref name="l"/> is followed by a cause of death that is no attack (cue
    /// class idiom): "died of a heart attack", "died from a heart attack", "died after he suffered a heart attack".</summary>
    private bool NaturalDeath(int l)
    {
        if (Word(l + 1) is not ("of" or "from" or "after" or "following")) return false;
        int t = l + 2;
        while (t < _end && t <= l + 5 && Word(t) is "a" or "an" or "he" or "she" or "suffered" or "had" or "having" or "sudden" or "apparent") t++;
        return _cues.At(t, "idiom") >= 0;
    }

    /// <summary>"None of them caused casualties", "neither caused any casualties": a subject of "none" or "neither" a few
    /// words before "caused (any) casualties" says nobody was hurt or killed.</summary>
    private bool NoneCaused(int f)
    {
        if (Word(f) != "casualties") return false;
        int t = Word(f - 1) == "any" ? f - 2 : f - 1;
        if (Word(t) is not ("caused" or "cause")) return false;
        if (Word(t) == "cause" && Word(t - 1) is "did" && Word(t - 2) is not "none") return false;
        for (int k = t - 1; k >= _first && k >= t - 5; k--)
        {
            var w = Word(k);
            if (w is "none" or "neither") return true;
            if (w is "," or ";" or ":" or "and" or "but" or "that" || _doc.Tokens[k].Kind == TokenKind.Quote) return false;
        }
        return false;
    }

    /// <summary>"The reporter X and his cameraman Y were shot dead": persons named one by one, joined by "and" or commas,
    /// as the subject of a plural passive casualty word are one victim each (two or more); null otherwise.</summary>
    private int? PersonsBefore(int f)
    {
        int t = f - 1;
        if (Word(t) == "shot") t--;
        while (t > _first && (WordIs(t, WordClass.TollAdverb) || Word(t) == "both")) t--;
        if (Word(t) == "been" && Word(t - 1) == "have") t--;
        else if (Word(t) != "were") return null;
        t--;
        int count = 0;
        while (t >= _first)
        {
            // "X, a correspondent for the channel, and his cameraman Y": a name told as a person by its apposition.
            bool described = false;
            if (Word(t) == "," && count > 0)
                for (int k = t - 1; k > _first && k >= t - 12; k--)
                {
                    if (Word(k) is ";" or ":" or "and" || _doc.Tokens[k].Kind == TokenKind.Quote) break;
                    if (Word(k) != ",") continue;
                    if (Word(k + 1) is "a" or "an" or "the" && (_cues.At(k + 2, "person") >= 0 || _cues.At(k + 3, "person") >= 0)) { t = k - 1; described = true; }
                    break;
                }
            if (Word(t) == ",") return null;
            if (_index.Actor[t] is var m && m >= 0)
            {
                if (!IsPerson(_doc.Mentions[m].EntityId!)) return null;
                t = _index.ActorFirst[m] - 1;
            }
            else
            {
                // "the reporter Ahmed Jalil": a name no list knows, right after the noun of a person.
                int k = t;
                while (k >= _first && k > t - 4 && _doc.Tokens[k].Is(TokenFlags.Capitalized) && _index.Actor[k] < 0 && _cues.At(k, "person") < 0) k--;
                if (k == t || (!described && (k < _first || _cues.At(k, "person") < 0))) return null;
                t = k;
            }
            count++;
            // "the reporter X", "his cameraman Y", "the young lawyer Z": the words of a role before the name.
            while (t >= _first && (_cues.At(t, "person") >= 0 || Word(t) is "the" or "his" or "her" or "their" or "its"
                                   || (_doc.Tokens[t].Kind == TokenKind.Word && !_doc.Tokens[t].Is(TokenFlags.Capitalized) && _cues.At(t + 1, "person") >= 0)))
                t--;
            if (t < _first || Word(t) is not ("and" or ",")) break;
            t--;
        }
        return count >= 2 && (t < _first || _index.Time[t] >= 0 || Word(t) is "," or "and" or "when" or "after" or "as" or "that") ? count : null;
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

    /// <summary>Whether words that tell a changed toll ("updated toll", "revised its figure", cue class revision) stand
    /// before the casualty word at <paramref name="f"/> in its sentence.</summary>
    private bool Revision(int f) => _cues.Any("revision", _first, f - 1);

    /// <summary>Whether the casualty word at <paramref name="f"/> is a passive whose subject is "no one", "nobody", "none"
    /// or "no" with a noun, a few words before ("no one inside the base was hurt", "none of the crew were injured").</summary>
    private bool NoneSubject(int f)
    {
        if (Word(f - 1) is not ("was" or "were")) return false;
        for (int t = f - 2; t >= _first && t >= f - 7; t--)
        {
            var w = Word(t);
            if (w is "," or ";" or ":" or "and" or "but" or "that" or "after" or "when" or "while" or "not" || _doc.Tokens[t].Kind == TokenKind.Quote) return false;
            if (w is "nobody" or "none" || (w == "no" && Word(t + 1) is not ("longer" or "more" or "less" or "doubt"))) return t == _first || Word(t - 1) is not ("with" or "had");
        }
        return false;
    }

    /// <summary>"was shot dead", "was fatally wounded", "has been killed": the singular auxiliary before a casualty word
    /// ("was", or "has been"'s first word), or -1.</summary>
    private int SingularAuxiliary(int f)
    {
        int t = f - 1;
        if (Word(t) == "shot") t--;
        while (t > _first && WordIs(t, WordClass.TollAdverb)) t--;
        return Word(t) == "was" ? t : Word(t) == "been" && Word(t - 1) is "has" or "had" ? t - 1 : -1;
    }

    /// <summary>"An activist was shot dead", "the lawyer Karim Hassan was killed": the subject before the auxiliary
    /// is one person told by a noun (cue class person) after "a", "an" or "the", with the name of no known actor after it.</summary>
    private bool OnePersonSubject(int auxiliary)
    {
        if (auxiliary < 0) return false;
        int t = auxiliary - 1;
        // "the writer X, who had spoken against the factions, was shot dead": over the relative clause to its subject.
        if (Word(t) == ",")
            for (int k = t - 1; k > _first && k >= t - 16; k--)
            {
                if (Word(k) is ";" or ":" || _doc.Tokens[k].Kind == TokenKind.Quote) break;
                if (Word(k) == "," && Word(k + 1) is "who" or "whose") { t = k - 1; break; }
                // "X, the researcher of the armed groups, was killed": a name told by an apposition that says a person.
                if (Word(k) == "," && Word(k + 1) is "the" or "a" or "an" && (_cues.At(k + 2, "person") >= 0 || _cues.At(k + 3, "person") >= 0)
                    && (_index.Actor[k - 1] >= 0 || _doc.Tokens[k - 1].Is(TokenFlags.Capitalized)))
                    return _index.Actor[k - 1] is var a && (a < 0 || IsPerson(_doc.Mentions[a].EntityId!));
                if (Word(k) == ",") break;
            }
        if (_index.Actor[t] is var named && named >= 0 && IsPerson(_doc.Mentions[named].EntityId!)) return true;
        // (The particles of an Arabic name count as its words: "Hisham al-Hashimi".)
        for (int k = 0; k < 5 && t > _first && (_doc.Tokens[t].Is(TokenFlags.Capitalized) || Word(t) is "al" or "el" or "-" or "bin" or "ibn" or "abu" || Word(t).StartsWith("al-") || Word(t).StartsWith("el-"))
                        && _index.Actor[t] < 0 && _cues.At(t, "person") < 0; k++) t--;
        if (_cues.Last("person", Math.Max(_first, t - 2), t) is not { Last: var end } noun || end != t) return false;
        for (int k = noun.First - 1; k >= _first && k >= noun.First - 3; k--)
        {
            if (Word(k) is "a" or "an" or "the") return true;
            if (_doc.Tokens[k].Kind != TokenKind.Word || Cardinal(k) is not null) return false;
        }
        return false;
    }

    /// <summary>Whether the casualty word at <paramref name="f"/> is a noun that names another act by its toll:
    /// a determiner or possessive before it, and before those (over dates and names) "after", "for", "following",
    /// "since" or "before".</summary>
    private bool OtherActsToll(int f)
    {
        if (Word(f - 1) is not ("the" or "'s" or "’s" or "his" or "her" or "their" or "its")) return false;
        for (int t = f - 2, steps = 0; t >= _first && steps < 5; t--, steps++)
        {
            var w = Word(t);
            if (w is "after" or "for" or "following" or "since" or "before" or "avenge" or "avenging") return true;
            if (!(w is "the" or "'s" or "’s" or "last" or "this" or "recent" || _index.Time[t] >= 0 || _index.Actor[t] >= 0 || _cues.At(t, "demonym") >= 0
                  || _doc.Tokens[t].Is(TokenFlags.Capitalized))) return false;
        }
        return false;
    }

    /// <summary>A toll told in the sentence after an attack, which states no event of its own ("Rockets
    /// hit the base on Monday. No one was hurt." / "Two soldiers and a contractor were wounded."), is
    /// that attack's.</summary>
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

    /// <summary>The "of" or "from" that opens a short phrase of plain words ending at <paramref name="t"/> ("of the
    /// prime minister's residence", "from the same family"), or -1.</summary>
    private int OfPhraseStart(int t)
    {
        for (int k = t - 1; k >= _first && k >= t - 4; k--)
        {
            var w = Word(k);
            if (w is "of" or "from") return k;
            // "from one family", "of one household": "one" there is no count of victims.
            if (w == "one" && Word(k - 1) is "of" or "from") continue;
            if (_doc.Tokens[k].Kind != TokenKind.Word || _triggerAt[k] != 0 || Numbers.Cardinal(w) is not null) return -1;
        }
        return -1;
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

    /// <summary>Whether a time expression opens here ("on Thursday", "at noon yesterday", "yesterday").</summary>
    private bool TimeAside(int t)
    {
        for (int k = t; k < _end && k <= t + 2; k++)
        {
            if (_index.Time[k] >= 0) return true;
            if (Word(k) is not ("at" or "on" or "in" or "noon" or "dawn" or "midnight" or "night" or "morning" or "evening" or "afternoon")) return false;
        }
        return false;
    }

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

    /// <summary>The number of victims after a casualty word; a list adds up ("killing two US service members
    /// and a British soldier": three; "wounding about a dozen others": twelve).</summary>
    private int? NumberAfter(int last)
    {
        int t = last + 1;
        if (Word(t) is "of" or "to" or "among") t++;
        int? total = null;
        // "opened fire on the activist, killing her and wounding her brother": one person told by a pronoun.
        if (Word(t) is "him" or "her" && t == last + 1 && Word(t + 1) is "," or "." or "and" or ";" or "on" or "in" or "at" or "outside" or "inside" or "near") return 1;
        while (t < _end)
        {
            if (_cues.ValueAt(t, "qualifier", out int ql) is not null) t = ql + 1;
            if (t >= _end || _index.Time[t] >= 0) break;
            int? n = Cardinal(t);
            // "a dozen", "a British soldier", "an American contractor": one, or the dozen.
            // (Not ", a hospital source said", ", an official said": the item must be a person who is no speaker.)
            if (n is null && Word(t) is "a" or "an" && total is not null)
                n = Word(t + 1) == "dozen" ? 12 : OnePerson(t + 1) is var one && one > t && _cues.At(one + 1, "speech") < 0 ? 1 : null;
            if (n is null && Word(t) is "a" && Word(t + 1) == "dozen") n = 12;
            // "killing an American contractor", "lightly wounding a driver": one person.
            // "wounding a shepherd and his son", "killing an officer and another soldier": one more each.
            if (n is null && (total is null || Word(t - 1) == "and") && Word(t) is "a" or "an" or "another" or "his" or "her" or "their" or "its"
                && (total is not null || Word(t) is "a" or "an" or "his" or "her" or "its") && OnePerson(t + 1) is var person && person > t)
            {
                total = (total ?? 0) + 1;
                t = person;
                int next = t + 1;
                if (Word(next) is "and" && (Cardinal(next + 1) is not null || Word(next + 1) is "a" or "an" or "another" or "his" or "her" or "their")) { t = next + 1; continue; }
                break;
            }
            if (n is null) break;
            if (Word(t) is "a" or "an") t++;
            total = (total ?? 0) + n;
            // Over the victims' words to the next item of the list.
            int k = t + 1;
            while (k < _end)
            {
                if (_cues.At(k, "victims") >= 0 || Word(k) is "dozen" or "others" or "other"
                    || (_doc.Tokens[k].Kind == TokenKind.Word && char.IsUpper(_doc.TokenText(k)[0]) && _index.Actor[k] < 0))
                    k++;
                // "two senior officers": one word that qualifies the victims right after their number.
                else if (k == t + 1 && _doc.Tokens[k].Kind == TokenKind.Word && (_cues.At(k + 1, "victims") >= 0 || _cues.At(k + 1, "person") >= 0))
                    k++;
                // "officers of the Border Guard Forces": the body they belong to ("of the Iraqi Border Guard Forces",
                // entered at its people's word).
                else if (_index.Actor[k] >= 0 && (Word(k - 1) is "of" or "the" || _index.ActorFirst[_index.Actor[k]] < k))
                    k = _index.ActorLast[_index.Actor[k]] + 1;
                else break;
            }
            // "... and their driver", "... and another guard": one more person after the list's number.
            if (Word(k) is "and" or "," && (Cardinal(k + 1) is not null || Word(k + 1) is "a" or "an" || _cues.At(k + 1, "qualifier") >= 0
                                          || (Word(k) == "and" && Word(k + 1) is "another" or "his" or "her" or "their")))
                t = k + 1;
            else break;
        }
        return total;
    }

    /// <summary>For the comma at <paramref name="comma"/> that closes an apposition opened by ", among them", ", among
    /// whom", ", including" or ", one of them" a few words before it: the opening comma, or -1.</summary>
    private int PartBefore(int comma)
    {
        for (int t = comma - 1; t > _first && t >= comma - 10; t--)
        {
            if (Word(t) is "," or ";" || _cues.At(t, "killed") >= 0 || _cues.At(t, "injured") >= 0) return -1;
            if (Word(t) is "among" or "including" && Word(t - 1) == ",") return t - 1;
            // "two civilians, one of them a child, were hurt".
            if (Word(t) == "of" && Word(t + 1) is "them" or "whom" && t - 2 >= _first && Cardinal(t - 1) is not null && Word(t - 2) == ",") return t - 2;
        }
        return -1;
    }

    /// <summary>The noun of one person (cue class person) that opens here, over up to three words that qualify it
    /// ("American", "senior YBS", "second"): its token, or -1.</summary>
    private int OnePerson(int t)
    {
        for (int k = t; k < _end && k <= t + 3; k++)
        {
            if (_cues.At(k, "person") is var last && last >= 0) return last;
            var w = Word(k);
            if (_doc.Tokens[k].Kind != TokenKind.Word || w is "number" or "total" or "series" or "and" or "or" or "of" or "the" or "few" || TypeAt(k) is not null
                || _index.Time[k] >= 0 || _cues.At(k, "killed") >= 0 || _cues.At(k, "injured") >= 0) return -1;
        }
        return -1;
    }

    /// <summary>The victims a casualty verb lists by name, one each, with the numbers told beside them:
    /// "killed Qassem Soleimani, Abu Mahdi al-Muhandis and eight other people" (ten), "killing commander X
    /// and another member" (two), "killing X and three members of his family" (four). Null unless every
    /// item of the list is a person, a number or "another"/"a" and a noun.</summary>
    private int? NamedVictims(int last)
    {
        int total = 0, items = 0;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        bool person = false, counted = false, apposition = false, empty = true, roleOnly = false, described = false;
        int t = last + 1;
        for (; t < _end && t <= last + 40; t++)
        {
            var w = Word(t);
            if (w is "," or "and")
            {
                if (empty) continue;
                // "the doctor and the activist X": two words of one person's roles before the name.
                if (w == "and" && roleOnly && !counted && !person && _cues.At(Word(t + 1) == "the" ? t + 2 : t + 1, "person") >= 0) continue;
                // An item ends: it must have been counted, or be an apposition ("X, known as Abu Taqwa,").
                if (!counted && !apposition && !person && !described) break;
                empty = true;
                if (person && !counted) { total++; counted = true; }
                items += counted ? 1 : 0;
                person = counted = apposition = roleOnly = described = false;
                continue;
            }
            empty = false;
            if (WordIs(t, WordClass.AliasWord)) { apposition = true; continue; }
            if (apposition) continue;
            int m = _index.Actor[t];
            if (m >= 0)
            {
                var id = _doc.Mentions[m].EntityId!;
                if (TitledPerson(m) is var titled && titled >= 0) { m = titled; id = _doc.Mentions[m].EntityId!; }
                if (IsPerson(id) && !counted) { person = seen.Add(id); if (!person) apposition = true; }
                t = _index.ActorLast[m];
                continue;
            }
            if (described && !person) continue;
            if (!counted && Cardinal(t) is { } n && _index.Time[t] < 0) { total += n; counted = true; continue; }
            if (!counted && !person && w is "another" or "one") { total++; counted = true; continue; }
            // "killed X, a senior commander, and a second fighter": after "and" a/an opens one more victim; after a
            // comma it is the name's apposition.
            if (!counted && !person && w is "a" or "an" && Word(t - 1) == "and" && OnePerson(t + 1) is var one && one > t) { total++; counted = true; t = one; continue; }
            if (!counted && !person && w is "a" or "an" && Word(t - 1) == "," && items > 0) { apposition = true; continue; }
            // "killed X, the commander of the Quds Force, Y, the deputy head of the PMF, and eight others": "the" after a
            // named person's comma opens the name's apposition, unless a person is named in it ("X, the PMF's deputy chief Y").
            if (!counted && !person && w == "the" && Word(t - 1) == "," && seen.Count > 0 && Word(t + 1) is not ("other" or "others")) { described = true; continue; }
            if (!counted && !person && _cues.At(t, "person") >= 0) { roleOnly = true; continue; }
            // "the civil activist X", "the prominent lawyer X": a word before the noun of a person.
            if (!counted && !person && _doc.Tokens[t].Kind == TokenKind.Word && _cues.At(t + 1, "person") >= 0) continue;
            if (w is "the" or "his" or "her" or "their" or "its" or "'s" or "’s" or "'" or "’" or "other" or "of" || _cues.At(t, "victims") >= 0
                || (!counted && !person && _cues.At(t, "person") >= 0) || _stage.Roles.ClassOf(_doc.TokenText(t)) != Names.CueClass.None || (_doc.Tokens[t].Kind == TokenKind.Word && char.IsUpper(_doc.TokenText(t)[0])))
                continue;
            // "members of his family", "companions": the noun of a counted item.
            if (counted) continue;
            break;
        }
        if (person && !counted) { total++; counted = true; }
        if (counted) items++;
        return items > 0 && total > 0 && (items > 1 || seen.Count > 0) ? total : null;
    }

    private bool IsPerson(string id) => KindOf(id) == "person";

    /// <summary>The kind of an actor id: from the knowledge base, or from the story's unlinked actors (persons).</summary>
    private string? KindOf(string id) => _stage.Kb[id]?.Kind ?? (_doc.Unlinked.TryGetValue(id, out var u) ? u.Kind : null);

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

    /// <summary>Whether the actor is a crowd of the collectives: protesters or activists.</summary>
    private static bool Crowd(string id) => id is "protesters" or "activists";

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

    /// <summary>The number of victims named before a casualty word; a list adds up ("two American
    /// soldiers and a British contractor were killed": three).</summary>
    private int? NumberBefore(int first)
    {
        int? total = null;
        // "killed two soldiers and a medic, and 14 other people were wounded": "other" victims are apart from those told
        // before them; only names may still add to them ("X, Y and six others").
        bool others = false;
        for (int t = first - 1, steps = 0; t >= _first && steps < 14; t--, steps++)
        {
            if (_index.Time[t] >= 0) break;
            // "four protesters were shot dead", "were shot and killed": the shooting that killed them.
            if (steps == 0 && Word(t) == "shot") continue;
            if (steps == 0 && Word(t) == "and" && Word(t - 1) == "shot") { t--; continue; }
            if (total is null && Word(t) is "other" or "others") others = true;
            if (Cardinal(t) is { } n)
            {
                if (others && total is not null) break;
                total = (total ?? 0) + n;
                continue;
            }
            // "A US contractor was killed": one.
            // ("A journalist and his cameraman were shot dead": a person told by "his" or "her" and the noun of one person, one too.)
            if (steps > 0 && ((Word(t) is "a" or "an" && Word(t + 1) is not ("number" or "total" or "series"))
                || (Word(t) is "his" or "her" && OnePerson(t + 1) is var one && one > t && one < first && Word(one + 1) is "were" or "have" or "had" or "and")))
            {
                if (others && total is not null) break;
                total = (total ?? 0) + 1;
                continue;
            }
            if (total is not null && Word(t) is "and" or ",") continue;
            // "about 700 people, among them 110 policemen, were wounded": the part told in the apposition is no
            // more victims; the number is the whole's, before it.
            if (total is null && Word(t) == "," && PartBefore(t) is var part && part > _first) { t = part; continue; }
            // "X, Y and eight others were killed": each person named in the list is one more.
            if (_index.Actor[t] >= 0 && total is not null && Word(_index.ActorLast[_index.Actor[t]] + 1) is "," or "and"
                && IsPerson(_doc.Mentions[_index.Actor[t]].EntityId!))
            {
                total++;
                t = _index.ActorFirst[_index.Actor[t]];
                continue;
            }
            if (_cues.At(t, "victims") >= 0 || _cues.At(t, "person") >= 0 || _index.Actor[t] >= 0) continue;
            // "two members of the Kurdistan Free Life Party (PJAK) were wounded": a short aside in brackets after a name.
            if (Word(t) == ")" && steps <= 2)
            {
                int open = t - 1;
                while (open > _first && open >= t - 4 && Word(open) != "(") open--;
                if (Word(open) == "(" && open < t - 1) { steps += t - open; t = open; continue; }
            }
            // Nationalities and ranks between a number and its noun ("two British soldiers").
            if (steps > 0 && _doc.Tokens[t].Kind == TokenKind.Word && char.IsUpper(_doc.TokenText(t)[0]) && t > _first) continue;
            // One word that qualifies the victims right after their number ("two off-duty soldiers", "three local contractors").
            if (steps > 1 && _doc.Tokens[t].Kind == TokenKind.Word && Cardinal(t - 1) is not null
                && (_cues.At(t + 1, "victims") >= 0 || _cues.At(t + 1, "person") >= 0)) continue;
            // "six guards of the residence were wounded": what the victims belong to lies between.
            if (steps > 0 && OfPhraseStart(t) is var of && of > 0) { t = of; continue; }
            break;
        }
        return total;
    }
}
