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
public sealed class EventStage(EventLexicon lex, ActorKb kb, Places.Gazetteer gazetteer) : IStage
{
    public const string StageName = "events";
    public const int Version = 1;

    public StageInfo Info { get; } = new(StageName, Version, Layers.Mentions | Layers.Places | Layers.Times, Layers.Events);

    public void Run(Document doc)
    {
        if (doc.Sentences.Length == 0) return;
        StoryIndex? index = null;
        var drafts = new List<Draft>();
        var candidates = new List<(Trigger, int)>();
        StoryScratch? scratch = null;
        for (int s = 0; s < doc.Sentences.Length; s++)
        {
            if (doc.Blocks[doc.Sentences[s].Block].Kind is not (BlockKind.Paragraph or BlockKind.Heading)) continue;
            var hits = FindTriggers(doc, s, ref index, candidates);
            // A sentence with no event word may still tell the toll of the attack before it.
            if (hits.Count == 0 && (drafts.Count == 0 || drafts[^1].Sentence != s - 1 || drafts[^1].Type != "ASSAULT")) continue;
            index ??= new StoryIndex(doc);
            scratch ??= StoryScratch.For(doc.Tokens.Length);
            new SentenceReader(this, doc, index, s, hits, scratch).Read(drafts);
        }
        if (drafts.Count == 0) return;
        var merged = EventMerger.Merge(drafts, doc);
        foreach (var d in merged) doc.Events.Add(ToRecord(doc, d));
    }

    internal EventLexicon Lexicon => lex;
    internal ActorKb Kb => kb;
    internal Places.Gazetteer Gazetteer => gazetteer;

    /// <summary>The triggers of a sentence, longest first, never inside a name.</summary>
    private List<(Trigger Trigger, int First, int Last)> FindTriggers(Document doc, int s, ref StoryIndex? index, List<(Trigger, int)> candidates)
    {
        var sentence = doc.Sentences[s];
        int end = sentence.FirstToken + sentence.TokenCount;
        List<(Trigger, int, int)>? hits = null;
        for (int t = sentence.FirstToken; t < end; t++)
        {
            var token = doc.Tokens[t];
            if (token.Kind != TokenKind.Word || lex.Triggers.StartingWith(doc.TokenText(t)) is not { } phrases) continue;
            index ??= new StoryIndex(doc);
            if (index.InName(t)) continue;
            Trigger? best = null;
            int bestLast = -1;
            candidates.Clear();
            PhraseMatcher<Trigger>.AllIn(phrases, doc, t, end, candidates);
            foreach (var (trigger, last) in candidates)
            {
                if (last < bestLast) break;
                bool inName = false;
                for (int k = t + 1; k <= last && !inName; k++) inName = index.InName(k);
                if (inName) continue;
                if (best is null || Better(doc, t, last, trigger, best)) { best = trigger; bestLast = last; }
            }
            if (best is null) continue;
            (hits ??= []).Add((best, t, bestLast));
            t = bestLast;
        }
        return hits ?? NoHits;
    }

    private static readonly List<(Trigger, int, int)> NoHits = [];

    private static readonly HashSet<string> NounBefore = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "this", "that", "these", "those", "its", "their", "his", "her", "our", "any", "every",
        "each", "no", "of", "in", "on", "for", "after", "before", "during", "with", "against", "new", "latest",
        "recent", "several", "multiple", "many", "'s", "such", "further", "fresh", "deadly", "first", "last",
        "retaliatory", "joint", "alleged", "suspected", "major", "similar", "ongoing", "repeated", "two",
        "three", "four", "five", "more", "most", "some", "all", "both", "following", "amid", "since", "over",
    };

    private static readonly HashSet<string> VerbBefore = new(StringComparer.OrdinalIgnoreCase)
    {
        "to", "will", "would", "could", "can", "may", "might", "must", "shall", "should", "did", "does", "do",
        "not", "never", "also", "reportedly", "allegedly", "repeatedly", "then", "later", "jointly", "he", "she",
        "they", "it", "we", "i", "who", "which", "that", "had", "has", "have", "recently", "previously", "already",
        "again", "just", "immediately", "subsequently", "often", "regularly", "n't",
    };

    /// <summary>Between two triggers of one span: a sure word over a weak one, and the part of speech
    /// the neighbours call for ("the attack" is a noun, "to attack" a verb).</summary>
    private static bool Better(Document doc, int first, int last, Trigger candidate, Trigger best)
    {
        if (candidate.Is(TriggerFlags.Weak) != best.Is(TriggerFlags.Weak)) return !candidate.Is(TriggerFlags.Weak);
        if (candidate.IsVerb == best.IsVerb) return false;
        bool noun = PreferNoun(doc, first, last);
        return candidate.IsVerb ? !noun : noun;
    }

    internal static bool PreferNoun(Document doc, int first, int last)
    {
        if (first > 0)
        {
            if (doc.Tokens[first - 1].Kind == TokenKind.Number) return true;
            var before = WordCache.Lower(doc.TokenText(first - 1));
            if (NounBefore.Contains(before)) return true;
            // "has training and advisory missions": no -ing verb follows "has".
            if (before is "has" or "have" or "had" && doc.TokenText(last).EndsWith("ing", StringComparison.OrdinalIgnoreCase)) return true;
            if (VerbBefore.Contains(before)) return false;
        }
        if (last + 1 < doc.Tokens.Length)
        {
            var after = WordCache.Lower(doc.TokenText(last + 1));
            // "US support for Israel", "the attack on": a noun before its preposition.
            if (after is "on" or "against" or "by" or "targeting" or "that" or "which" or "in" or "at" or "near" or "," or "." or "for") return true;
        }
        return false;
    }

    private EventRecord ToRecord(Document doc, Draft d)
    {
        EventLocation? location = null;
        if (d.Place >= 0)
        {
            var p = doc.Places[d.Place];
            var place = gazetteer[p.PlaceId];
            location = new EventLocation(p.PlaceId, place?.Name ?? doc.Text.Substring(p.Start, p.Length), p.Lat, p.Lon, p.Precision);
        }
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
}
