using Sitrep.Core.Documents;
using Sitrep.Core.Knowledge.Actors;
using Sitrep.Core.Pipeline;

namespace Sitrep.Core.Events;

/// <summary>
/// Finds the events of a story, sentence by sentence: a trigger word of <c>data/events/triggers.tsv</c>
/// gives the type (and often the mode); the sentence's structure around it gives the roles (the
/// subject before an active verb is the actor and the name after it the target; a passive verb or
/// "came under" turns them round, "by X" names the actor; a noun takes its actor from a modifier,
/// a possessive, "by X" or a light verb such as "launched"); the cue words of
/// <c>data/events/cues.tsv</c> give status, claim, mode, counts and casualties; place and time
/// mentions of the clause give where and when. A role the sentence does not fill stays empty.
/// Retellings of one happening in the story then merge (<see cref="EventMerger"/>).
/// </summary>
public sealed class EventStage(EventLexicon lex, ActorKb kb, Places.Gazetteer gazetteer, Names.RoleCues roles) : IStage
{
    public const string StageName = "events";
    public const int Version = 1;

    public StageInfo Info { get; } = new(StageName, Version, Layers.Mentions | Layers.Places | Layers.Times, Layers.Events);

    public void Run(Document doc)
    {
        if (doc.Sentences.Length == 0) return;
        EventPhaseClock.Enter(EventPhaseClock.Phase.Other);
        StoryIndex? index = null;
        SentenceReader? reader = null;
        var scratch = StoryScratch.For(doc, lex);
        var drafts = scratch.StoryDrafts;
        var candidates = scratch.Candidates;
        for (int s = 0; s < doc.Sentences.Length; s++)
        {
            if (doc.Blocks[doc.Sentences[s].Block].Kind is not (BlockKind.Paragraph or BlockKind.Heading)) continue;
            EventPhaseClock.Enter(EventPhaseClock.Phase.Triggers);
            var hits = FindTriggers(doc, s, ref index, candidates, scratch);
            EventPhaseClock.Exit();
            // A sentence with no event word may still tell the toll of the attack told up to three sentences before it.
            if (hits.Count == 0 && (drafts.Count == 0 || drafts[^1].Sentence < s - 3 || drafts[^1].Type != "ASSAULT")) continue;
            index ??= scratch.IndexFor(doc);
            reader ??= new SentenceReader(this, doc, index, scratch);
            EventPhaseClock.Enter(EventPhaseClock.Phase.Cues);
            reader.Begin(s, hits);
            EventPhaseClock.Exit();
            EventPhaseClock.Enter(EventPhaseClock.Phase.SentenceRules);
            reader.Read(drafts);
            EventPhaseClock.Exit();
        }
        if (drafts.Count == 0)
        {
            EventPhaseClock.Exit();
            return;
        }
        AccusedToldLater(drafts, doc, scratch);
        EventPhaseClock.Enter(EventPhaseClock.Phase.Merger);
        var merged = EventMerger.Merge(drafts, doc, gazetteer, kb, scratch.Tolls);
        EventPhaseClock.Exit();
        foreach (var d in merged) doc.Events.Add(ToRecord(doc, d, scratch));
        EventPhaseClock.Exit();
    }

    /// <summary>"Friday 17:50 - The prime minister calls the killing an aggression. ... Friday 03:00 - A US drone strike
    /// killed ...": an accusation or refusal that names an act as known, read before the story told who did it (a live
    /// blog in reverse order), is against the state of the one who did it: the latest act of its type told with the same
    /// word (the first told after it when none was told before), else the doer of all the story's acts of its type when
    /// every one names the same.</summary>
    private void AccusedToldLater(List<Draft> drafts, Document doc, StoryScratch scratch)
    {
        foreach (var d in drafts)
        {
            if (d.Accuses is not { } named || d.Target is not null || d.Actor is null) continue;
            string? doer = null, only = null;
            bool one = true;
            foreach (var k in drafts)
            {
                if (k.Type != named.Type || k.Status != "reported" || k.Sentence == d.Sentence) continue;
                if (k.Actor is not null && Head(scratch.Lower(doc, lex, k.Last)) == named.Head && (doer is null || k.Sentence < d.Sentence)) doer = k.Actor;
                // An act of its type with no known doer may be the one meant.
                if (k.Actor is null || (only is not null && only != k.Actor)) one = false;
                only ??= k.Actor;
            }
            doer ??= one ? only : null;
            if (doer is null) continue;
            var state = StateOf(doer);
            if (SideOf(state, doc.Published) != SideOf(d.Actor, doc.Published)) d.Target = state;
        }
    }

    /// <summary>A lower-case word without a plural -s ("strikes" → "strike").</summary>
    internal static string Head(string lower) => lower.Length > 3 && lower.EndsWith('s') ? lower[..^1] : lower;

    /// <summary>The state its forces (forces.tsv) or a body of its government act for ("US forces", "OFAC" → the
    /// United States); any other actor, a force named apart ("the IRGC") too, is itself.</summary>
    internal string StateOf(string actor)
    {
        foreach (var (government, forces) in lex.Forces)
            if (forces == actor) return government;
        return kb[actor] is { Kind: "government", Country: { } country } && Governments.TryGetValue(country, out var state)
            ? state : actor;
    }

    /// <summary>The side an actor stands on: a state for its government and forces, the body a person holds a role in
    /// on the day, else the actor itself.</summary>
    internal string SideOf(string id, DateOnly? published)
    {
        var actor = kb[id];
        if (actor is { Kind: "person" })
            foreach (var role in kb.RolesOn(actor, published))
                if (role.Of is not null && kb[role.Of] is { } body) { actor = body; break; }
        if (actor is null) return id;
        return actor.Kind is "government" or "state_force" && actor.Country is not null ? "state:" + actor.Country : actor.Id;
    }

    /// <summary>Country code → id of its national government: the actor the country's own name stands for
    /// ("Iraq" → Government of Iraq).</summary>
    internal IReadOnlyDictionary<string, string> Governments { get; } = BuildGovernments(kb, gazetteer);

    /// <summary>Town id → the actor a base named after the town hosts ("Harir" → the forces at Harir Air Base):
    /// an attack on the town's bases, told by the town's name alone, hits them.</summary>
    internal IReadOnlyDictionary<string, string> TownHosts { get; } = BuildTownHosts(lex, gazetteer);

    private static Dictionary<string, string> BuildGovernments(ActorKb kb, Places.Gazetteer gazetteer)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var p in gazetteer.Places)
            if (p.Kind == "country" && kb.Find(p.Name) is { Kind: "government" } government && government.Country == p.Country)
                map.TryAdd(p.Country, government.Id);
        return map;
    }

    private static Dictionary<string, string> BuildTownHosts(EventLexicon lex, Places.Gazetteer gazetteer)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (placeId, actor) in lex.Hosts)
            if (gazetteer[placeId] is { Parent: { } parent } site && gazetteer[parent] is { Kind: "town" or "village" } town
                && site.Name.StartsWith(town.Name + " ", StringComparison.OrdinalIgnoreCase))
                map.TryAdd(town.Id, actor);
        return map;
    }

    internal EventLexicon Lexicon => lex;
    internal ActorKb Kb => kb;
    internal Places.Gazetteer Gazetteer => gazetteer;
    internal Names.RoleCues Roles => roles;

    /// <summary>The role-cue classes (<see cref="Names.RoleCues.ClassOf"/>) of each word id, twice: of the word as written
    /// (bits 0-15) and of its lexeme's lower-case word (bits 16-31), which differ for a few letters outside ASCII ("İ" lowers
    /// to "i", which a case-blind comparison does not equate with it). The reader's rules ask them of the words around
    /// every trigger; one array read a token replaces a hash of its text (as the name stage keeps them, <c>NameStage.CuesOf</c>).</summary>
    private readonly Text.WordFacts _roleFacts = new(word =>
        (int)roles.ClassOf(word) | (int)roles.ClassOf(lex.LexemeOf(word).Lower) << LowerShift);

    private const int LowerShift = 16;

    /// <summary><see cref="Names.RoleCues.ClassOf"/> of token <paramref name="t"/>'s text as written.</summary>
    internal Names.CueClass RoleClass(Document doc, int t) => doc.Tokens[t].Word < 0
        ? roles.ClassOf(doc.TokenText(t))
        : (Names.CueClass)(_roleFacts.Of(doc.Tokens[t], doc.TokenText(t)) & 0xFFFF);

    /// <summary><see cref="Names.RoleCues.ClassOf"/> of <paramref name="lower"/>, token <paramref name="t"/>'s lower-case word
    /// (its lexeme's, as the story's word layer keeps it).</summary>
    internal Names.CueClass RoleClassOfLower(Document doc, int t, string lower) => doc.Tokens[t].Word < 0
        ? roles.ClassOf(lower)
        : (Names.CueClass)(_roleFacts.Of(doc.Tokens[t], doc.TokenText(t)) >>> LowerShift);

    /// <summary>The triggers of a sentence, longest first, never inside a name.</summary>
    private List<(Trigger Trigger, int First, int Last)> FindTriggers(Document doc, int s, ref StoryIndex? index, List<(Trigger, int)> candidates, StoryScratch scratch)
    {
        var sentence = doc.Sentences[s];
        int end = sentence.FirstToken + sentence.TokenCount;
        // The scratch's list: a sentence's triggers are read before the next sentence's are found.
        var hits = scratch.Hits;
        hits.Clear();
        for (int t = sentence.FirstToken; t < end; t++)
        {
            // (The marks say which words start a trigger phrase, without going to each word's lexeme.)
            if ((scratch.Marks[t] & StoryScratch.HasTriggers) == 0 || doc.Tokens[t].Kind != TokenKind.Word || scratch.Lexeme(doc, lex, t).TriggerPhrases is not { } phrases) continue;
            index ??= scratch.IndexFor(doc);
            if (index.InName(t)) continue;
            Trigger? best = null;
            int bestLast = -1;
            candidates.Clear();
            // (Longest first; the story's lower-case words are interned as the phrases' are, and match them by reference.)
            foreach (ref readonly var phrase in phrases.AsSpan())
                if (phrase.MatchesAt(doc, scratch.Words, t, end)) candidates.Add((phrase.Trigger, t + phrase.Words.Length - 1));
            foreach (var (trigger, last) in candidates)
            {
                if (last < bestLast) break;
                bool inName = false;
                for (int k = t + 1; k <= last && !inName; k++) inName = index.InName(k);
                if (inName) continue;
                if (trigger.Is(TriggerFlags.Vow) && !Vowed(doc, t, last, end, trigger.IsVerb, scratch)) continue;
                if (trigger.Is(TriggerFlags.ObjectTo) && !ObjectThenTo(doc, last, end, scratch)) continue;
                if (trigger.Is(TriggerFlags.Listed) && !ListItem(doc, s)) continue;
                if (trigger.Is(TriggerFlags.HoldsAnswerable) && !ObjectThenAnswerable(doc, last, end, scratch)) continue;
                // "took part in", "cut the budget": a verb that withdraws only staff moved out, or bans only a service or a
                // place of business, is no trigger without one near it (the reader checks their roles), so that it does not
                // hide the same word's other sense ("cut its troops") or stand between an act and its actor.
                if (trigger.Is(TriggerFlags.Evacuates) && !trigger.Is(TriggerFlags.Troops) && !CueNear(doc, Math.Max(sentence.FirstToken, t - 5), Math.Min(end - 1, last + 7), "evacuee", scratch)
                    && !CueNear(doc, last + 1, Math.Min(end - 1, last + 5), "envoy", scratch)) continue;
                // ("freezing any assets he holds under US jurisdiction": so is holding with no detainee next to it.)
                if (trigger.Is(TriggerFlags.Detains) && trigger.Lemma == "hold" && !CueNear(doc, Math.Max(sentence.FirstToken, t - 4), Math.Min(end - 1, last + 4), "detainee", scratch)) continue;
                // ("the police took the three men into custody": bare "take" arrests only with "into custody" a few words after it.)
                if (trigger.Is(TriggerFlags.Detains) && trigger.Lemma == "take" && !IntoCustodyAfter(doc, last, end, scratch)) continue;
                // ("took two rifles from the house": bare "take" seizes only arms right after it, over an article, a count or a possessive.)
                if (trigger.Is(TriggerFlags.Seizes) && trigger.Lemma == "take" && !ArmsRightAfter(doc, last, end, scratch)) continue;
                // ("sealed off the street" bans; "sealed off the area" deploys: a sure verb of closing is no trigger with no way in or
                // across, or place of business, near it, so that the same word's other sense reads it.)
                if (trigger.Is(TriggerFlags.ClosesWay) && !trigger.Is(TriggerFlags.Weak) && !CueNear(doc, Math.Max(sentence.FirstToken, t - 5), Math.Min(end - 1, last + 6), "way", scratch)
                    && !CueNear(doc, Math.Max(sentence.FirstToken, t - 12), Math.Min(end - 1, last + 6), "closable", scratch)) continue;
                if (trigger.Is(TriggerFlags.Closes) && !CueNear(doc, Math.Max(sentence.FirstToken, t - 12), Math.Min(end - 1, last + 6), "closable", scratch)) continue;
                // ("soldiers removed the roadblocks ... and detained 14 men", "residents recall the attack": a verb that bans only an
                // office-holder, or sanctions only an envoy, is no trigger with none near it.)
                if (trigger.Is(TriggerFlags.Office) && !CueNear(doc, Math.Max(sentence.FirstToken, t - 5), Math.Min(end - 1, last + 5), "office-holder", scratch)) continue;
                if (trigger.Is(TriggerFlags.Envoy) && !CueNear(doc, Math.Max(sentence.FirstToken, t - 4), Math.Min(end - 1, last + 4), "envoy", scratch)) continue;
                // "ordered 3,000 paratroopers to Kuwait", "moved two battalions into the Zakho sector": a verb that deploys forces only to a
                // place (cue class sends-to) is no trigger with no place after it, so that the same word's other sense reads it
                // ("ordered non-emergency staff out of the embassy", "moving the troops into an advisory role").
                if (trigger.Is(TriggerFlags.Troops) && trigger.Type == "MOBILIZE" && scratch.CueAt(doc, lex, t, "sends-to") && !DestinationAfter(doc, last, end, scratch)) continue;
                // "extra units had been placed around the embassies": a verb of putting (cue class posts-at) deploys forces only at a position
                // ("placed its forces on alert", "placed the brigades under the command of the army" tell no move).
                if (trigger.Is(TriggerFlags.Troops) && trigger.Type == "MOBILIZE" && scratch.CueAt(doc, lex, t, "posts-at") && !PositionAfter(doc, last, end, scratch)) continue;
                // "three rockets landed inside the base" beside "commandos were landed by helicopter": a verb that deploys only forces
                // is no trigger with no forces (cue class troops) near it where its words have another type's sense, so that sense reads it.
                if (trigger.Is(TriggerFlags.Troops) && trigger.Type == "MOBILIZE" && OtherTypeAt(candidates, trigger, last)
                    && !CueNear(doc, Math.Max(sentence.FirstToken, t - 6), Math.Min(end - 1, last + 6), "troops", scratch)) continue;
                // "must have been built": an inference, no obligation.
                if (trigger.Is(TriggerFlags.Demand) && last + 1 < end && scratch.Lower(doc, lex, last + 1) is "have" or "'ve") continue;
                // "roadside-bomb attacks have hit the airport", "the strikes were carried out": an -s form before a plural
                // auxiliary is the plural noun, not a verb.
                if (trigger.IsVerb && (trigger.Form & WordForm.Third) != 0 && last + 1 < end && scratch.Lower(doc, lex, last + 1) is "have" or "were" or "are") continue;
                // "arrested four outlaws", "struck PKK targets in Gara", "hit 20 Daesh targets": an -s form after a count, or after a
                // name that a verb before it has taken as its object, is a plural noun with no subject. ("left 330 martyrs": a casualty
                // word still tells the deaths.)
                if (trigger.IsVerb && t == last && (trigger.Form & WordForm.Third) != 0 && (trigger.Form & WordForm.Past) == 0 && PluralS(doc.TokenText(t))
                    && t > sentence.FirstToken && !scratch.CueAt(doc, lex, t, "killed") && CountOrObjectBefore(doc, index, sentence.FirstToken, t, scratch)) continue;
                // "killed in targeted attacks", "a wave of coordinated strikes": after a preposition or an article, a participle
                // before another trigger word describes it, and an -s form is the plural noun.
                if (trigger.IsVerb && t > sentence.FirstToken && (AfterPrepositionOrArticle(doc, t - 1, scratch)
                        || (t - 1 > sentence.FirstToken && scratch.Lower(doc, lex, t - 1).EndsWith("ed", StringComparison.Ordinal) && AfterPrepositionOrArticle(doc, t - 2, scratch)))
                    && ((trigger.Form & WordForm.Third) != 0
                        || ((trigger.Form & WordForm.Participle) != 0 && last + 1 < end && doc.Tokens[last + 1].Kind == TokenKind.Word
                            && (scratch.Marks[last + 1] & StoryScratch.HasTriggers) != 0))) continue;
                // "came under fire on Tuesday", "in the attack": a bare verb form of attacking right after a preposition (not "to")
                // or an article is the noun ("spoke by phone" keeps its verb of calling).
                if (trigger.IsVerb && trigger.Type == "ASSAULT" && (trigger.Form & WordForm.Base) != 0 && t > sentence.FirstToken
                    && AfterPrepositionOrArticle(doc, t - 1, scratch) && scratch.Lower(doc, lex, t - 1) != "to") continue;
                if (best is null || Better(doc, t, last, trigger, best, scratch)) { best = trigger; bestLast = last; }
            }
            if (best is null || NotAVerb(doc, index, t, bestLast, end, best, scratch)) continue;
            hits.Add((best, t, bestLast));
            t = bestLast;
        }
        return hits;
    }

    /// <summary>Whether another candidate trigger of the same words, ending where <paramref name="last"/> does, has another type.</summary>
    private static bool OtherTypeAt(List<(Trigger, int)> candidates, Trigger trigger, int last)
    {
        foreach (var (other, otherLast) in candidates)
            if (otherLast == last && other.Type != trigger.Type) return true;
        return false;
    }

    /// <summary>Whether "to", "into" or "towards" follows within nine words, before any punctuation, with "the", "its", "their" or a capitalised
    /// word after it: a place the forces go to ("to Kuwait", "into the city"), no verb ("to protect") or role ("into an advisory role").</summary>
    private bool DestinationAfter(Document doc, int last, int end, StoryScratch scratch)
    {
        for (int k = last + 1; k < end - 1 && k <= last + 9; k++)
        {
            if (doc.Tokens[k].Kind is TokenKind.Punctuation or TokenKind.Quote) return false;
            if (scratch.Lower(doc, lex, k) is "to" or "into" or "towards" or "toward")
                return scratch.Lower(doc, lex, k + 1) is "the" or "its" or "their" || (doc.Tokens[k + 1].Kind == TokenKind.Word && doc.Tokens[k + 1].Is(TokenFlags.Capitalized));
        }
        return false;
    }

    /// <summary>Whether a word of position ("around", "along", "at", "near", "outside", "across", "on the") follows within nine words,
    /// before any punctuation: "placed around the embassies", "placed two battalions along the border".</summary>
    private bool PositionAfter(Document doc, int last, int end, StoryScratch scratch)
    {
        for (int k = last + 1; k < end - 1 && k <= last + 9; k++)
        {
            if (doc.Tokens[k].Kind is TokenKind.Punctuation or TokenKind.Quote) return false;
            var w = scratch.Lower(doc, lex, k);
            // "placed its fighters at the disposal of the state", "at the service of": a pledge of forces, no move.
            if (w == "at" && scratch.Lower(doc, lex, k + 1) == "the" && scratch.Lower(doc, lex, k + 2) is "disposal" or "service") return false;
            if (w is "around" or "along" or "at" or "near" or "outside" or "inside" or "across" or "throughout" or "between"
                || (w == "on" && scratch.Lower(doc, lex, k + 1) == "the")) return true;
            if (w is "under" or "in" && scratch.Lower(doc, lex, k + 1) is "charge" or "command") return false;
        }
        return false;
    }

    private bool CueNear(Document doc, int from, int to, string cls, StoryScratch scratch)
    {
        // A phrase counts too ("suspended the movement of trucks", "cut phone lines"), not only a one-word cue.
        for (int k = from; k <= to; k++) if (scratch.CueCovers(doc, lex, k, cls, 0)) return true;
        return false;
    }

    /// <summary>Whether "into custody" follows within eight words after the token, with no comma or clause word between.</summary>
    private bool IntoCustodyAfter(Document doc, int last, int end, StoryScratch scratch)
    {
        for (int k = last + 1; k + 1 < end && k <= last + 8; k++)
        {
            var w = scratch.Lower(doc, lex, k);
            if (w == "into" && scratch.Lower(doc, lex, k + 1) == "custody") return true;
            if (w is "," or "and" or "that" or "who" or "which" or "when" or "after" or ".") return false;
        }
        return false;
    }

    /// <summary>Whether arms (cue class seizable) follow the token, right after it or after an article, a count or a possessive.</summary>
    private bool ArmsRightAfter(Document doc, int last, int end, StoryScratch scratch)
    {
        int k = last + 1;
        while (k < end && k <= last + 2 && (doc.Tokens[k].Kind == TokenKind.Number || Numbers.Cardinal(doc.TokenText(k)) is not null
            || scratch.Lower(doc, lex, k) is "the" or "a" or "an" or "their" or "its" or "his" or "all" or "several" or "some")) k++;
        return k < end && scratch.CueAt(doc, lex, k, "seizable");
    }

    private bool AfterPrepositionOrArticle(Document doc, int t, StoryScratch scratch) =>
        scratch.CueAt(doc, lex, t, "preposition") || scratch.Lower(doc, lex, t) is "a" or "an" or "the";

    /// <summary>Whether the sentence is an item of a bulleted list: it opens with a bullet ("- Monday: rockets at ...").</summary>
    internal static bool ListItem(Document doc, int s)
    {
        var sentence = doc.Sentences[s];
        if (sentence.TokenCount < 4) return false;
        int t = sentence.FirstToken;
        return doc.Tokens[t].Kind is TokenKind.Dash or TokenKind.Punctuation or TokenKind.Symbol && doc.TokenText(t) is "-" or "•" or "*" or "–" or "—" or "·" or "▪";
    }

    /// <summary>Whether an object and then "to" follow the verb ("called all parties to calm"), with no
    /// article between that would make the object a name given ("called the visit a message to").</summary>
    private bool ObjectThenTo(Document doc, int last, int end, StoryScratch scratch)
    {
        for (int t = last + 1; t < end && t <= last + 6; t++)
        {
            if (doc.Tokens[t].Kind is TokenKind.Punctuation or TokenKind.Quote) return false;
            var w = scratch.Lower(doc, lex, t);
            if (w == "to") return t > last + 1;
            if (w is "a" or "an" or "as" or "it" or "for" or "on" or "upon" or "that") return false;
        }
        return false;
    }

    /// <summary>Whether an object and then a word of blame (cue class answerable) follow a verb of holding in its clause:
    /// "held Washington responsible", "holds the occupation forces fully responsible".</summary>
    private bool ObjectThenAnswerable(Document doc, int last, int end, StoryScratch scratch)
    {
        for (int t = last + 1; t < end && t <= last + 8; t++)
        {
            if (doc.Tokens[t].Kind is TokenKind.Punctuation or TokenKind.Quote) return false;
            if (scratch.CueAt(doc, lex, t, "answerable")) return t > last + 1;
            if (scratch.Lower(doc, lex, t) is "to" or "that" or "for" or "on" or "in" or "at") return false;
        }
        return false;
    }

    /// <summary>Whether a word of promise (cue class vow: will, would, shall) makes a vow trigger a threat:
    /// before a verb in its verb group ("would not hesitate", "shall respond"), after a noun in its clause
    /// ("its response to the killing would be decisive").</summary>
    private bool Vowed(Document doc, int first, int last, int end, bool verb, StoryScratch scratch)
    {
        if (verb)
        {
            for (int t = first - 1, steps = 0; t >= 0 && steps < 4; t--, steps++)
            {
                if (scratch.CueAt(doc, lex, t, "vow")) return true;
                if (doc.Tokens[t].Kind == TokenKind.Quote) continue;
                if (scratch.Lower(doc, lex, t) is not ("not" or "never" or "n't" or "also" or "certainly" or "definitely" or "surely" or "then" or "be" or "to"))
                    return false;
            }
            return false;
        }
        for (int t = last + 1; t < end && t <= last + 9; t++)
        {
            if (doc.Tokens[t].Kind == TokenKind.Punctuation && doc.TokenText(t) is "," or ";" or "." or ":") return false;
            if (scratch.CueAt(doc, lex, t, "vow")) return true;
        }
        return false;
    }

    /// <summary>A trigger word inside an idiom of <c>cues.tsv</c> ("heart attack"); a resultative verb
    /// with a toll after it ("left 35 dead"); a verb form that stands where the sentence has a noun or an adverb: after a determiner
    /// or an adjective of <c>cues.tsv</c>'s class noun-before ("a second term", "his former ally", "the
    /// pressures"), or an adverb-like base form before a preposition, a date or a clause end ("back in
    /// 2020", "strike back at"). The lexicon lists the noun of a word when the noun is an event; a verb
    /// row read as a noun is none.</summary>
    private bool NotAVerb(Document doc, StoryIndex index, int first, int last, int end, Trigger trigger, StoryScratch scratch)
    {
        // "died of a heart attack", "a lightning strike": a trigger word inside an idiom names no act.
        // ("launched a search operation": a trigger that runs past the idiom's end is not inside it.)
        if (scratch.CueCovers(doc, lex, first, "idiom", 2, through: last)) return true;
        // "struck down the decision, leaving the region without a legislature", "completed the withdrawal, leaving only advisers":
        // "leaving" after a comma tells what an act left behind or what remains, no departure of its own.
        if (trigger.Type == "RETREAT" && trigger.IsVerb && trigger.Lemma == "leave" && (trigger.Form & WordForm.Ing) != 0 && first > 0 && doc.TokenText(first - 1) is ",") return true;
        // "killed by tear gas bombs", "roadside bombs": a verb form that ends a weapon's name of several words is the noun.
        if (trigger.IsVerb && first > 0 && scratch.CueCovers(doc, lex, first - 1, "mode", 3, through: last)) return true;
        // "the protest activist X", "protest leaders", "the strike commander": a noun before a noun of a person
        // (cues.tsv class person, role-cues class person) says what the person does, and names no act.
        if (!trigger.IsVerb) return last + 1 < end && doc.Tokens[last + 1].Kind == TokenKind.Word && !index.InName(last + 1)
            && (scratch.CueAt(doc, lex, last + 1, "person") || (RoleClass(doc, last + 1) & Names.CueClass.Person) != 0);
        // "when he resisted, one of them opened fire", "the guards resisted.": an ambiguous verb of refusing with nothing after it
        // refuses no demand (a victim fighting back); "resisted pressure to disarm" and "opposed the law" name what is refused.
        // ("Interpol declined, saying ...": declining alone refuses the request told before.)
        if (trigger.Type == "REJECT" && trigger.Is(TriggerFlags.Weak) && trigger.Lemma != "decline" && (last + 1 >= end || doc.Tokens[last + 1].Kind == TokenKind.Punctuation)) return true;
        // "left 35 dead", "left two soldiers lightly wounded": the toll of an attack, not a departure.
        if (trigger.Is(TriggerFlags.Resultative))
            for (int t = last + 1; t < end && t <= last + 7; t++)
            {
                // "left at least 30 people dead": a qualifier of the count is no preposition.
                if (scratch.Lower(doc, lex, t) == "at" && scratch.Lower(doc, lex, t + 1) is "least" or "most") { t++; continue; }
                if (doc.Tokens[t].Kind is TokenKind.Punctuation || scratch.CueAt(doc, lex, t, "preposition")
                    || scratch.Lower(doc, lex, t) is "and" or "after" or "when" or "as" or "because" or "before") break;
                if (scratch.CueAt(doc, lex, t, "killed") || scratch.CueAt(doc, lex, t, "injured")) return true;
            }
        // "summoned the envoy to hand over a protest note", "handed over a letter from the prime minister": papers handed over
        // are a message, no handover of a site or of forces' tasks.
        if (trigger.Type == "RETREAT" && trigger.IsVerb)
            for (int t = last + 1; t < end && t <= last + 4; t++)
            {
                if (scratch.CueAt(doc, lex, t, "document")) return true;
                if (index.InName(t) || doc.Tokens[t].Kind is TokenKind.Punctuation || scratch.CueAt(doc, lex, t, "preposition")) break;
            }
        // "the attackers fled toward the orchards", "we fled to Duhok", "as they fled": fleeing with no place left behind as its
        // object (or "from" it) is an escape, no withdrawal ("fighters fled Mosul's old city", "diplomats fled the consulate" are).
        if (trigger.Type == "RETREAT" && trigger.IsVerb && trigger.Lemma == "flee"
            && (last + 1 >= end || doc.Tokens[last + 1].Kind is TokenKind.Punctuation
                || scratch.Lower(doc, lex, last + 1) is "to" or "toward" or "towards" or "into" or "in" or "after" or "before" or "and" or "as" or "when" or "with" or "across" or "on"))
            return true;
        // "decided to withdraw the police chief from his post", "pulled the commander from his position": one removed from an office
        // is dismissed, no forces withdrawn.
        if (trigger.Type == "RETREAT" && trigger.IsVerb)
            for (int t = last + 1; t + 2 < end && t <= last + 6; t++)
            {
                if (doc.Tokens[t].Kind is TokenKind.Punctuation) break;
                // ("withdrew its units from their positions" is a withdrawal.)
                if (scratch.Lower(doc, lex, t) == "from" && scratch.Lower(doc, lex, t + 1) is "his" or "her" or "office"
                    && (scratch.Lower(doc, lex, t + 1) == "office" || scratch.Lower(doc, lex, t + 2) is "post" or "position" or "office" or "duties" or "job"))
                    return true;
            }
        // "will hand over any protester found to have taken part", "handed the suspects over to the police": people handed over
        // are a transfer of custody, no handover of a site.
        if (trigger.Type == "RETREAT" && trigger.IsVerb && trigger.Lemma == "hand over")
            for (int t = last + 1; t < end && t <= last + 4; t++)
            {
                if (scratch.CueAt(doc, lex, t, "detainee") || scratch.CueAt(doc, lex, t, "person")) return true;
                if (index.InName(t) || doc.Tokens[t].Kind is TokenKind.Punctuation || scratch.CueAt(doc, lex, t, "preposition")) break;
            }
        // "agreed to take over some of the coalition's training tasks", "units would take over security at the crossings": a
        // task or a duty taken over (cue class duty) is a handover of work, no seizure.
        if (trigger.Type == "COERCE" && trigger.IsVerb && trigger.Lemma == "take over")
            for (int t = last + 1; t < end && t <= last + 7; t++)
            {
                if (scratch.CueAt(doc, lex, t, "duty")) return true;
                if (doc.Tokens[t].Kind is TokenKind.Punctuation || (scratch.CueAt(doc, lex, t, "preposition") && scratch.Lower(doc, lex, t) != "of")) break;
            }
        // "the court struck down the region's oil and gas law", "struck down the ban": a law or a ruling struck down is
        // annulled, no act of force ("a drone struck down a commander" is one).
        if (trigger.Type == "ASSAULT" && trigger.IsVerb && trigger.Lemma == "strike" && scratch.Lower(doc, lex, last + 1) == "down")
            for (int t = last + 2; t < end && t <= last + 10; t++)
            {
                if (scratch.WordIs(doc, lex, t, WordClass.LawNoun)) return true;
                if (doc.Tokens[t].Kind is TokenKind.Punctuation) break;
            }
        // "rivals who failed to beat us at the ballot box", "beat the Framework in the election": one beaten in a vote or a race
        // is outdone, not hit ("police beat protesters with batons" is an attack).
        if (trigger.Type == "ASSAULT" && trigger.IsVerb && trigger.Lemma == "beat")
            for (int t = last + 1; t < end && t <= last + 7; t++)
            {
                if (scratch.WordIs(doc, lex, t, WordClass.ElectionNoun)) return true;
                if (doc.Tokens[t].Kind is TokenKind.Punctuation) break;
            }
        // "said in a Telegram post", "in a Facebook post": a base form after "a" and a capitalised word is a noun.
        if (trigger.Form == WordForm.Base && first > 1 && !index.InName(first - 1) && doc.TokenText(first - 1) is { Length: > 1 } cap
            && char.IsUpper(cap[0]) && scratch.Lower(doc, lex, first - 2) is "a" or "an") return true;
        // "Baghdad is left to manage the fallout", "civilians were left without water": one who is left leaves nothing.
        if (trigger.Lemma == "leave" && (trigger.Form & WordForm.Participle) != 0 && first > 0
            && scratch.Lower(doc, lex, first - 1) is "is" or "are" or "was" or "were" or "be" or "been" or "being") return true;
        // "the targeting of the base": a gerund after its determiner still names the act.
        // ("the second struck a convoy", "another exploded near the gate": a past form, no noun, after an ordinal is the verb
        // of the one it counts.)
        if ((trigger.Form & WordForm.Ing) == 0 && first > 0 && !index.InName(first - 1) && scratch.CueAt(doc, lex, first - 1, "noun-before")
            // ("The second hit a convoy": a form that is also the base is the verb when its object's article follows.)
            && !((trigger.Form & WordForm.Past) != 0 && ((trigger.Form & WordForm.Base) == 0 || (last + 1 < end && scratch.Lower(doc, lex, last + 1) is "a" or "an" or "the" or "its" or "their"))
                 && scratch.Lower(doc, lex, first - 1) is "second" or "third" or "fourth" or "fifth" or "other" or "another")) return true;
        // "accused the army of using banned weapons", "a network smuggling seized arms": a participle of a ban or seizure
        // between a verb of using (cue class employ) or a preposition and things that can be seized qualifies them.
        // (A quotation mark may open before the participle: 'of using "banned weapons"'.)
        if (trigger.Type == "COERCE" && (trigger.Form & WordForm.Participle) != 0 && first > 1 && last + 1 < end
            && (doc.Tokens[first - 1].Kind == TokenKind.Quote ? first - 2 : first - 1) is var user && !index.InName(user)
            && scratch.CueAt(doc, lex, last + 1, "seizable") && (scratch.CueAt(doc, lex, user, "employ") || scratch.CueAt(doc, lex, user, "preposition"))) return true;
        // "south-east of occupied Haifa", "in the occupied Golan": a past participle between a preposition or an article and a
        // place's name qualifies the place; nothing is seized there.
        if ((trigger.Form & WordForm.Participle) != 0 && (trigger.Form & WordForm.Ing) == 0 && first > 0 && last + 1 < end && index.Place[last + 1] >= 0
            && !index.InName(first - 1) && (scratch.CueAt(doc, lex, first - 1, "preposition") || scratch.Lower(doc, lex, first - 1) == "the")) return true;
        // "Baghdad's heavily fortified Green Zone", "the newly deployed units": so after an adverb in -ly that follows one.
        if ((trigger.Form & WordForm.Participle) != 0 && first > 1 && scratch.Lower(doc, lex, first - 1) is { Length: > 4 } adverb && adverb.EndsWith("ly", StringComparison.Ordinal)
            && !index.InName(first - 2) && scratch.CueAt(doc, lex, first - 2, "noun-before")) return true;
        // "the regional battle", "the economic pressures": a determiner and an adjective before it.
        if ((trigger.Form & WordForm.Ing) == 0 && first > 1 && !index.InName(first - 1) && scratch.CueAt(doc, lex, first - 1, "adjective")
            && scratch.Lower(doc, lex, first - 2) is "a" or "an" or "the" or "its" or "their" or "his" or "her" or "our") return true;
        // "Sadr's main Kurdish partner", "Tehran's closest ally": a base form after a possessive and its
        // adjectives is a noun (a relation, no act).
        if ((trigger.Form & (WordForm.Base | WordForm.Third)) != 0 && PossessiveBefore(doc, first, scratch)) return true;
        if (!trigger.Is(TriggerFlags.Particle) || trigger.Form != WordForm.Base) return false;
        int next = last + 1;
        if (next >= end || doc.Tokens[next].Kind is not (TokenKind.Word or TokenKind.Number) || index.Time[next] >= 0) return true;
        return scratch.CueAt(doc, lex, next, "preposition");
    }

    /// <summary>Whether a count stands right before the token ("four outlaws"), or a name that follows a past verb of
    /// the sentence's own triggers ("struck PKK targets", "destroyed 20 Daesh targets"): the token is then a plural noun.</summary>
    private bool CountOrObjectBefore(Document doc, StoryIndex index, int sentenceFirst, int t, StoryScratch scratch)
    {
        int k = t - 1;
        if (index.Time[k] < 0 && (doc.Tokens[k].Kind == TokenKind.Number || scratch.Lexeme(doc, lex, k).Cardinal is > 1)) return true;
        if (!index.InName(k)) return false;
        while (k > sentenceFirst && index.InName(k)) k--;
        // ("hit 20 PKK targets": a count between the verb and the name.)
        if (k > sentenceFirst && index.Time[k] < 0 && (doc.Tokens[k].Kind == TokenKind.Number || scratch.Lexeme(doc, lex, k).Cardinal is > 1)) k--;
        if (index.InName(k) || doc.Tokens[k].Kind != TokenKind.Word || (scratch.Marks[k] & StoryScratch.HasTriggers) == 0) return false;
        var verb = scratch.Lower(doc, lex, k);
        return verb.EndsWith("ed", StringComparison.Ordinal) || verb is "struck" or "hit" or "took" or "shot" or "seized";
    }

    /// <summary>Whether a possessive stands before the token over at most two adjectives ("X's main Kurdish ...").</summary>
    private bool PossessiveBefore(Document doc, int first, StoryScratch scratch)
    {
        for (int t = first - 1, steps = 0; t >= 0 && steps < 3; t--, steps++)
        {
            var w = scratch.Lower(doc, lex, t);
            if (w is "'s" or "’s") return true;
            if (!(lex.Adjectives.Contains(w) || lex.Demonyms.Contains(w) || scratch.WordIs(doc, lex, t, WordClass.RelationAdjective))) return false;
        }
        return false;
    }

    /// <summary>Between two triggers of one span: a sure word over a weak one, and the part of speech
    /// the neighbours call for ("the attack" is a noun, "to attack" a verb).</summary>
    private bool Better(Document doc, int first, int last, Trigger candidate, Trigger best, StoryScratch scratch)
    {
        if (candidate.Is(TriggerFlags.Weak) != best.Is(TriggerFlags.Weak))
        {
            // "Turkish shells struck the resort", "20 shells hit the town": a sure verb gives way to a weak noun of the same
            // words where they read as a noun (a count, a people's adjective before them).
            var weak = candidate.Is(TriggerFlags.Weak) ? candidate : best;
            var sure = candidate.Is(TriggerFlags.Weak) ? best : candidate;
            if (!weak.IsVerb && sure.IsVerb && PreferNoun(doc, first, last, scratch)) return weak == candidate;
            return !candidate.Is(TriggerFlags.Weak);
        }
        if (candidate.IsVerb == best.IsVerb) return false;
        bool noun = PreferNoun(doc, first, last, scratch);
        return candidate.IsVerb ? !noun : noun;
    }

    /// <summary>Whether the words of a trigger from <paramref name="first"/> to <paramref name="last"/> read as a noun (a count,
    /// a determiner and an adjective, a preposition after it ...) rather than a verb; asked once a story for each trigger
    /// (<see cref="StoryScratch.KnownNoun"/>).</summary>
    internal bool PreferNoun(Document doc, int first, int last, StoryScratch scratch) =>
        scratch.KnownNoun(first, last, out bool noun) ? noun : scratch.KeepNoun(first, last, ReadsAsNoun(doc, first, last, scratch));

    private bool ReadsAsNoun(Document doc, int first, int last, StoryScratch scratch)
    {
        if (first > 0)
        {
            // "nine attacks", "12 strikes": a count comes before a noun.
            if (doc.Tokens[first - 1].Kind == TokenKind.Number || scratch.Lexeme(doc, lex, first - 1).Cardinal is > 1) return true;
            var before = scratch.Lower(doc, lex, first - 1);
            // "the American raids": a people's adjective comes before a noun.
            if (scratch.WordIs(doc, lex, first - 1, WordClass.NounFollows) || lex.Demonyms.Contains(before)) return true;
            // "a stern warning", "the economic pressure": an adjective after a determiner comes before a noun.
            if (first > 1 && lex.Adjectives.Contains(before) && scratch.Lower(doc, lex, first - 2) is "a" or "an" or "the" or "its" or "their" or "his" or "her" or "our")
                return true;
            // "has training and advisory missions": no -ing verb follows "has".
            if (before is "has" or "have" or "had" && doc.TokenText(last).EndsWith("ing", StringComparison.OrdinalIgnoreCase)) return true;
            // "a reply to attacks on US troops", "used front names to claim strikes": an -s form right after "to",
            // or after "to" and a word, is no infinitive and no verb of a subject: a plural noun.
            if (PluralS(doc.TokenText(last)) && (before == "to" || (first > 1 && doc.Tokens[first - 1].Kind == TokenKind.Word
                && scratch.Lower(doc, lex, first - 2) == "to"))) return true;
            if (scratch.WordIs(doc, lex, first - 1, WordClass.VerbFollows)) return false;
            // 'condemned the "cowardly" attack', 'a "terrorist" attack': one word quoted between a determiner and the
            // word is a label the speaker gives the act; a noun follows it.
            if (first > 3 && doc.Tokens[first - 1].Kind == TokenKind.Quote && doc.Tokens[first - 2].Kind == TokenKind.Word
                && doc.Tokens[first - 3].Kind == TokenKind.Quote && scratch.Lower(doc, lex, first - 4) is "the" or "a" or "an" or "this" or "that")
                return true;
            // "condemned the consulate attack", "the blatant attack carried out today": a bare verb form after a
            // determiner and one singular word has no subject it could agree with; it is a noun.
            if (first > 1 && doc.Tokens[first - 1].Kind == TokenKind.Word && BareForm(doc.TokenText(first))
                && scratch.Lower(doc, lex, first - 2) is "the" or "a" or "an" or "this" or "that"
                && !PluralS(before) && before is not ("police" or "people" or "public" or "military" or "army")
                && Numbers.Ordinal(before) is null)
                return true;
            // "condemned the Khor Mor attacks", "praised the Ain al-Asad strikes": a name between the object's "the" and the
            // word says where or whose; a past verb before "the" has made that phrase its object, no subject.
            int k = first - 1, run = 0;
            // ("the Jurf al-Nasr strikes": an Arabic article joined to a capital is a word of the name.)
            while (k >= 0 && run < 4 && doc.Tokens[k].Kind == TokenKind.Word && (doc.Tokens[k].Is(TokenFlags.Capitalized) || ArticleJoined(doc.TokenText(k)))
                   && !doc.Tokens[k].Is(TokenFlags.AllCaps) && scratch.Lower(doc, lex, k) != "the") { k--; run++; }
            if (run > 0 && k >= 1 && scratch.Lower(doc, lex, k) == "the" && !PluralS(doc.TokenText(first - 1))
                && !doc.Tokens[k - 1].Is(TokenFlags.Capitalized) && scratch.Lower(doc, lex, k - 1) is var verb && verb.EndsWith("ed", StringComparison.Ordinal))
                return true;
        }
        if (last + 1 < doc.Tokens.Length)
        {
            // ('condemned "this cowardly attack" on the city': a quote closed after the word is read over.)
            int next = doc.Tokens[last + 1].Kind == TokenKind.Quote && last + 2 < doc.Tokens.Length ? last + 2 : last + 1;
            var after = scratch.Lower(doc, lex, next);
            // "US support for Israel", "the attack on": a noun before its preposition.
            if (after is "on" or "against" or "by" or "targeting" or "that" or "which" or "in" or "at" or "near" or "," or "." or "for") return true;
        }
        return false;
    }

    /// <summary>Whether the word is a name's word with the Arabic article joined to it ("al-Nasr", "el-Sisi", "as-Sakhar").</summary>
    private static bool ArticleJoined(ReadOnlySpan<char> word)
    {
        int dash = word.IndexOfAny('-', '‑');
        return dash is >= 1 and <= 3 && dash + 1 < word.Length && char.IsUpper(word[dash + 1]) && char.IsLower(word[0]);
    }

    /// <summary>Whether the word is a bare verb form: no -s, -ed or -ing ending ("attack", "strike").</summary>
    private static bool BareForm(ReadOnlySpan<char> word) =>
        !(word.EndsWith("s", StringComparison.OrdinalIgnoreCase) || word.EndsWith("ed", StringComparison.OrdinalIgnoreCase)
          || word.EndsWith("ing", StringComparison.OrdinalIgnoreCase));

    /// <summary>Whether the word ends in the -s of a plural or a third person ("attacks", not "press").</summary>
    internal static bool PluralS(ReadOnlySpan<char> word) =>
        word.Length > 3 && (word[^1] is 's' or 'S') && !(word[^2] is 's' or 'S' or '\'' or '’');

    private EventRecord ToRecord(Document doc, Draft d, StoryScratch scratch)
    {
        EventLocation? location = null;
        if (d.Place >= 0)
        {
            var p = doc.Places[d.Place];
            var place = gazetteer[p.PlaceId];
            location = new EventLocation(p.PlaceId, place?.Name ?? doc.Text.Substring(p.Start, p.Length), p.Lat, p.Lon, p.Precision);
            if (d.Also.Length > 0)
            {
                // Several areas told as one ("in Iraq and Syria"): the list's name, no point and no
                // single gazetteer place, at the coarsest precision of its parts.
                var names = new List<string> { ListName(place, location.Name) };
                int precision = p.Precision;
                foreach (var a in d.Also)
                {
                    var part = doc.Places[a];
                    names.Add(ListName(gazetteer[part.PlaceId], doc.Text.Substring(part.Start, part.Length)));
                    precision = Math.Max(precision, part.Precision);
                }
                var name = names.Count == 2 ? $"{names[0]} and {names[1]}" : string.Join(", ", names.Take(names.Count - 1)) + " and " + names[^1];
                var (lat, lon) = Midpoint(doc, d.Place, d.Also);
                location = new EventLocation(null, name, lat, lon, precision);
            }
            // "on the road between Hit and Haditha", "on the Diwaniyah-Samawah highway": on the road, halfway between its towns.
            else if (RoadEnd(doc, d.Place, scratch) is >= 0 and var end && place is { } from && gazetteer[doc.Places[end].PlaceId] is { } to)
                location = new EventLocation(null, end > d.Place ? $"{from.Name}-{to.Name} road" : $"{to.Name}-{from.Name} road", (from.Lat + to.Lat) / 2, (from.Lon + to.Lon) / 2, 1);
        }
        // A site named only as the one hit ("including the embassy, Victory base and Ain al-Asad"): where it stands.
        else if (d.PlaceId is { } siteId && gazetteer[siteId] is { } site)
            location = new EventLocation(site.Id, site.Name, site.Lat, site.Lon, site.Precision);
        var token = doc.Tokens[d.First];
        var lastToken = doc.Tokens[d.Last];
        return new EventRecord(d.Type, d.Mode, d.Status)
        {
            Actor = d.Actor,
            Target = d.Target,
            ClaimedBy = d.ClaimedBy,
            Location = location,
            Start = d.Start,
            End = d.End,
            Aggregate = d.Aggregate ? new EventAggregate(d.Count, d.Count is null ? null : d.Qualifier ?? "exact") : null,
            Killed = d.Killed,
            Injured = d.Injured,
            Trigger = new TextSpan(token.Start, lastToken.End - token.Start),
            Evidence = [.. d.Evidence],
        };
    }

    /// <summary>The place at the other end of a road the place names one end of: "the road between A and B", "the road from
    /// A to B" ("the town of" may stand before either), "the A-B highway" (a word of the cue class route); -1 for none.</summary>
    private int RoadEnd(Document doc, int place, StoryScratch scratch)
    {
        if (RoadFrom(doc, place, scratch) is >= 0 and var end) return end;
        // The place at the far end ("the road from Kirkuk to Tikrit" told at Tikrit): the road from the near one.
        for (int i = place - 1; i >= 0 && doc.Places[i].Sentence == doc.Places[place].Sentence; i--)
            if (RoadFrom(doc, i, scratch) == place) return i;
        return -1;
    }

    private int RoadFrom(Document doc, int place, StoryScratch scratch)
    {
        var a = doc.Places[place];
        int first = doc.TokenAt(a.Start), last = doc.TokenAt(a.Start + a.Length) - 1;
        if (first < 0 || last < 0) return -1;
        var text = doc.Text;
        // "the Diwaniyah-Samawah highway": the other town right after a hyphen, a road word right after it.
        int after = a.Start + a.Length;
        if (after < text.Length && text[after] == '-')
            for (int i = place + 1; i < doc.Places.Count && doc.Places[i].Start <= after + 1; i++)
                if (doc.Places[i].Start == after + 1 && doc.TokenAt(doc.Places[i].Start + doc.Places[i].Length) - 1 is var bEnd and >= 0
                    && scratch.CueAt(doc, lex, bEnd + 1, "route") && doc.Places[i].PlaceId != a.PlaceId)
                    return i;
        // "on the road between (the town of) A and (the village of) B", "the road from A to B".
        int k = first - 1;
        while (k >= 0 && first - k <= 4 && doc.TokenText(k) is "the" or "town" or "city" or "village" or "of") k--;
        if (k < 1 || doc.TokenText(k) is not ("between" or "from") || !scratch.CueAt(doc, lex, k - 1, "route")) return -1;
        string link = doc.TokenText(k) is "between" ? "and" : "to";
        int b = last + 1;
        if (b >= doc.Tokens.Length || !doc.TokenText(b).SequenceEqual(link)) return -1;
        b++;
        while (b < doc.Tokens.Length && b - last <= 5 && doc.TokenText(b) is "the" or "town" or "city" or "village" or "of") b++;
        if (b >= doc.Tokens.Length) return -1;
        int start = doc.Tokens[b].Start;
        for (int i = place + 1; i < doc.Places.Count && doc.Places[i].Start <= start; i++)
            if (doc.Places[i].Start == start && doc.Places[i].PlaceId != a.PlaceId) return i;
        return -1;
    }

    /// <summary>Where a list of places close together lies ("around Abu Ghraib and Radwaniyah", "out of Camp Taji and
    /// Baghdad"): the midpoint of its parts, when no two of them are more than 50 km apart, so that the point is within
    /// 25 km of each; no point for parts farther apart ("in Iraq and Syria") or without coordinates.</summary>
    private static (double? Lat, double? Lon) Midpoint(Document doc, int first, int[] also)
    {
        if (doc.Places[first] is not { Lat: { } lat0, Lon: { } lon0 }) return (null, null);
        double lat = lat0, lon = lon0;
        foreach (var a in also)
        {
            if (doc.Places[a] is not { Lat: { } la, Lon: { } lo }) return (null, null);
            if (Incidents.Geo.DistanceKm(lat0, lon0, la, lo) > 50) return (null, null);
            foreach (var b in also)
                if (b != a && doc.Places[b] is { Lat: { } lb, Lon: { } lob } && Incidents.Geo.DistanceKm(la, lo, lb, lob) > 50) return (null, null);
            lat += la;
            lon += lo;
        }
        return (lat / (also.Length + 1), lon / (also.Length + 1));
    }

    /// <summary>A province in a list of areas goes by its own name ("Babil, Anbar and Syria"), as reporting
    /// lists them, not by the gazetteer's "Deir ez-Zor Governorate".</summary>
    private static string ListName(Places.Place? place, string text)
    {
        if (place is null) return text;
        if (place.Kind == "governorate")
            foreach (var kind in (ReadOnlySpan<string>)[" Governorate", " Province"])
                if (place.Name.EndsWith(kind, StringComparison.Ordinal)) return place.Name[..^kind.Length];
        return place.Name;
    }
}
