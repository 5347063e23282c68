using Sitrep.Core.Documents;

namespace Sitrep.Core.Events;

/// <summary>The sentence reader's finders of the parties, places and acts that only Frame asks for.</summary>
internal sealed partial class SentenceReader
{
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
            // ("the coalition's presence in federal Iraq is to wind down": so is a military presence.)
            if (Word(k) is not ("mission" or "missions" or "presence")) continue;
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

    /// <summary>Whether an actor stands on one side with <paramref name="other"/>, as a delegate made only when asked for (a
    /// lambda in Frame would capture Frame's actors, and its closure was made on every call of Frame).</summary>
    private Func<string, bool> SameCampAs(string other) => id => SameCamp(id, other);

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

    /// <summary>"placed X under sanctions", "put X under US sanctions", "X was placed under sanctions": a noun of sanction after
    /// "under" (and the sanctioning state's name or people's word) and a verb of putting (placed, put) names, between the verb
    /// and "under", the one sanctioned, and as the verb's subject the one who sanctions; in the passive the subject is the one
    /// sanctioned.</summary>
    private void PutUnder(Trigger trigger, int first, int clauseStart, List<string> actors, List<string> targets)
    {
        if (trigger.Type != "SANCTION" || trigger.IsVerb) return;
        int under = first - 1;
        while (under > clauseStart && first - under <= 2 && Word(under) != "under" && (_index.Actor[under] >= 0 || _cues.At(under, "demonym") >= 0)) under--;
        if (Word(under) != "under") return;
        int verb = -1;
        // (The object may hold a relative clause between commas: the verb is looked for back to the sentence's start.)
        for (int t = under - 1; t >= Math.Max(_first, under - 16); t--)
            if (Word(t) is "placed" or "put" or "places" or "puts" or "placing" or "putting") { verb = t; break; }
        if (verb < 0) return;
        bool passive = Word(verb - 1) is "was" or "were" or "been" or "be" or "is" or "are";
        // The one put under them: a name between the verb and "under" (active), or the subject before the auxiliary (passive).
        int from = passive ? Math.Max(_first, verb - 8) : verb + 1, to = passive ? verb - 2 : under - 1;
        string? put = null;
        for (int t = from; t <= to && put is null; t++)
            if (_index.Actor[t] >= 0) put = _doc.Mentions[_index.Actor[t]].EntityId;
        if (put is null) return;
        actors.Remove(put);
        if (!targets.Contains(put)) targets.Insert(0, put);
        // ("placed Qais al-Khazali, who heads Asaib Ahl al-Haq, under sanctions": the names inside the object are no actors.)
        if (!passive)
            for (int t = from; t <= to; t++)
                if (_index.Actor[t] >= 0) actors.Remove(_doc.Mentions[_index.Actor[t]].EntityId!);
        if (!passive && actors.Count == 0)
            foreach (var a in Subjects(verb, ClauseStart(verb), out _))
                if (a != put) { actors.Add(a); break; }
    }

    /// <summary>The first token of a cue of class persist that ends at the token, or -1.</summary>
    private int PersistEndingAt(int t) => _cues.EndingAt(t, "persist");

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

    /// <summary>The last token of a verb of accusing ("accused", "accusing") that governs the "of" at
    /// <paramref name="of"/> within eight words before it in its clause, or -1.</summary>
    private int AccusedBetween(int of, int clauseStart)
    {
        foreach (var h in _hits)
            if (h.Trigger.Type == "ACCUSE" && h.Trigger.IsVerb && h.Last < of && h.Last >= of - 8 && h.First >= clauseStart) return h.Last;
        return -1;
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

    /// <summary>The government of the place, capital, state or people named after a "from" within three words of
    /// <paramref name="t"/>: "from Ankara", "from the Swedish capital"; null for none.</summary>
    private string? ServedFrom(int t, int clauseEnd)
    {
        for (int k = t; k <= Math.Min(clauseEnd, t + 2); k++)
        {
            // ("recalled the Iraqi ambassador in Ankara": the capital he serves in names the state too.)
            if (Word(k) is not ("from" or "in" or "to")) continue;
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

    /// <summary>"recalled its ambassador in Tehran", "recalled the ambassador to Ankara": a recall of one's own envoy,
    /// told by the trigger itself, is against the state where the envoy served; null when no such place follows.</summary>
    private string? PostedIn(Trigger trigger, int last, int clauseEnd)
    {
        if (trigger.Type != "SANCTION" || _cues.At(last, "envoy") < 0 || Word(last + 1) is not ("in" or "to") || last + 2 > clauseEnd) return null;
        int p = _index.Place[last + 2];
        return p >= 0 && _stage.Gazetteer[_doc.Places[p].PlaceId] is { } place && _stage.Governments.TryGetValue(place.Country, out var state) ? state : null;
    }

    /// <summary>"The Joint Operations Command said 12 people were arrested", "the airport was closed to flights, the civil
    /// aviation authority said": a state body (a government body or state force) that tells an arrest, seizure or closure
    /// in the passive with no agent made it; null when the speaker is none such or there is none.</summary>
    private string? Announcer(int first, int last, bool home = true)
    {
        var sayer = Speaker(first, out _, verbsOfSaying: true);
        for (int i = 0; sayer is null && i < _cues.Hits.Count; i++)
        {
            var (f, to, cue) = _cues.Hits[i];
            if (cue.Class != "speech" || f <= last || _index.Actor[f] >= 0) continue;
            if (Word(f) == "according" && AccordingTo(to) is { } named) { sayer = named; break; }
            var subjects = Subjects(f, ClauseStart(f), out _);
            if (subjects.Count > 0) sayer = subjects[0];
            break;
        }
        if (sayer is null || _stage.Kb[sayer] is not { Kind: "state_force" or "government" } body) return null;
        // "The Security Media Cell says two men have been arrested": an office that speaks for a force (a government body
        // that is part of one) tells what the forces did, and does not say which.
        if (body.Kind == "government")
            for (int i = 0; i < body.PartOf.Count; i++)
                if (_stage.Kb[body.PartOf[i].Id]?.Kind == "state_force") return null;
        // "The State Department said an American had been detained in Baghdad": a state tells of what befell its own
        // abroad; it arrests only at home.
        // (Forces are sent abroad: "troops were sent to Jordan, the Pentagon said" is asked with home false.)
        for (int t = _first; home && t < _end; t++)
            if (_index.Place[t] is var p && p >= 0 && _stage.Gazetteer?[_doc.Places[p].PlaceId] is { Country: { } country } && country != body.Country)
                return null;
        return sayer;
    }

    /// <summary>"Two men were detained, according to the Joint Operations Command", "according to a statement by the Interior
    /// Ministry": the body named right after "according to" (at <paramref name="to"/>), over a noun of statement and "by",
    /// "from" or "of"; null when another word comes first.</summary>
    private string? AccordingTo(int to)
    {
        for (int t = to + 1; t < _end && t <= to + 6; t++)
        {
            if (_index.Actor[t] is var m and >= 0) return _doc.Mentions[m].EntityId;
            if (Word(t) is not ("a" or "an" or "the" or "by" or "from" or "of" or "issued") && _cues.At(t, "remarks") < 0) return null;
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

    /// <summary>The gazetteer id of the site an actor such as an embassy stands at.</summary>
    private string? SiteOf(string? actor)
    {
        if (actor is null) return null;
        foreach (var (place, host) in _lex.Hosts) if (host == actor) return place;
        return null;
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

    /// <summary>The speaker of a verb of announcing that imposes a ban (cue light "COERCE:ban") standing right before the ban
    /// noun at <paramref name="first"/>, over up to three words of article or adjective ("announced a full curfew"), a time set
    /// off by commas and words of imposing ("announced the imposition of a curfew"); else null. With <paramref name="type"/>
    /// SANCTION, a verb that announces sanctions (cue light SANCTION: "the Treasury announced sanctions on ..."); with MOBILIZE,
    /// one that announces a move of that mode (cue light "MOBILIZE:search operation").</summary>
    private string? AnnouncedBy(int first, string mode = "ban", string type = "COERCE")
    {
        int t = first - 1, words = 0;
        while (t > _first && words < 3 && _index.Actor[t] < 0)
        {
            // "announced, yesterday, Wednesday, a curfew": a time set off by commas stands between too.
            if (_index.Time[t] >= 0 || Word(t) is ",") { t--; continue; }
            // "announced imposing a curfew", "announced the imposition of a curfew": the words of imposing stand between too
            // (cue class announce-start; "announced the launch of a search operation", "announced starting a sweep": so do the
            // words of starting).
            if (_cues.EndingAt(t, "announce-start") is var begun && begun >= 0) { t = begun - 1; continue; }
            // "announced in a statement on Monday the arrest of": the statement it is announced in stands between too.
            if (_cues.At(t, "remarks") == t && Word(t - 1) is "a" or "an" or "its" or "their" or "the" && Word(t - 2) == "in") { t -= 3; continue; }
            if (_cues.At(t, "light") >= 0) break;
            if (_doc.Tokens[t].Kind != TokenKind.Word || char.IsUpper(_doc.TokenText(t)[0]) || Word(t) is "and" or "or" or "to" or "that" or "of") break;
            t--;
            words++;
        }
        foreach (var (f, l, cue) in _cues.Hits)
            if (l == t && cue.Class == "light" && (type is "COERCE" or "MOBILIZE" ? IsTypeMode(cue.Value, type, mode) : cue.Value == type))
                return Speaker(first, out _, verbsOfSaying: true);
        return null;
    }

    /// <summary>The speaker of a verb of announcing an attack (cue light ASSAULT:claim) whose object is the attack at
    /// <paramref name="first"/>, over an article or a possessive and a time only: "announced the bombing of", "announced, on
    /// Monday, targeting"; null when the attack stands further in ("announced a truce on attacks").</summary>
    private string? ClaimAnnouncedBy(int first)
    {
        int t = first - 1;
        if (Word(t) is "the" or "a" or "an" or "its" or "their" or "another" or "new") t--;
        return LightEndsAt(BeforeTime(t), "ASSAULT", "claim") ? Speaker(first, out _, verbsOfSaying: true) : null;
    }

    /// <summary>Whether a light verb of the type and mode (cue light "TYPE:MODE") ends at the token.</summary>
    private bool LightEndsAt(int t, string type, string mode)
    {
        foreach (var (_, l, cue) in _cues.Hits)
            if (l == t && cue.Class == "light" && IsTypeMode(cue.Value, type, mode)) return true;
        return false;
    }

    /// <summary>The token at or before <paramref name="t"/> once a time and its "on" or commas are passed over ("announced, on
    /// Friday, ...").</summary>
    private int BeforeTime(int t)
    {
        while (t > _first && (_index.Time[t] >= 0 || Word(t) is "," or "on")) t--;
        return t;
    }

    /// <summary>Whether a verb of imposing a ban (cue light COERCE:ban) stands right before the noun, over "the" and a time: "decided
    /// the closure of", "announced on Monday the closing of".</summary>
    private bool BanDecidedBefore(int first)
    {
        // ("decided on Monday the closure of", "announced, yesterday, the closing of": over a time.)
        return LightEndsAt(BeforeTime(Word(first - 1) == "the" ? first - 2 : first - 1), "COERCE", "ban");
    }

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
                   && (char.IsUpper(_doc.TokenText(a)[0]) || RoleOfWord(a) != Names.CueClass.None))
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

    private string? OtherThanSite(List<string> targets, string? actor)
    {
        foreach (var t in targets) if (t != actor && !_lex.SiteActors.Contains(t)) return t;
        return null;
    }

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
        // ("Turkish shells struck the resort": a gun's shell, cue class ground-fire, is an act of arms too.)
        bool armed = trigger.Mode is not null || trigger.Type != "ASSAULT" || !trigger.Is(TriggerFlags.Weak) || _cues.At(first, "state-strike") >= 0
            || _cues.At(first, "ground-fire") >= 0;
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
            // ("a US terror drone strike", "a criminal American airstrike", "the treacherous Zionist strike": a word of judgement,
            // cue class epithet, stands between the doer and the act as other adjectives do.)
            if (w is "'s" or "’s" || _cues.At(t, "mode") >= 0 || WordIs(t, WordClass.AttackAdjective) || _cues.At(t, "epithet") >= 0)
                continue;
            return null;
        }
        return null;
    }

    /// <summary>The first token from <paramref name="t"/> on that is no word of a weapon ("Katyusha rockets are ...").</summary>
    private int AfterWeapon(int t)
    {
        while (t < _end && _cues.At(t, "mode") >= 0) t++;
        return t;
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
                // "met US Secretary of State Antony Blinken in Baghdad": a country's name that qualifies whom the meeting was
                // with (an actor's name too) reads on.
                if (_index.Actor[t] is var named && named >= 0) { t = Math.Max(_index.ActorLast[named], _index.PlaceLast[p]); continue; }
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
}
