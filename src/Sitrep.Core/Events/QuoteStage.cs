using Sitrep.Core.Documents;
using Sitrep.Core.Knowledge.Actors;
using Sitrep.Core.Pipeline;

namespace Sitrep.Core.Events;

/// <summary>
/// Finds quoted speech (a span of five words or more between quotation marks, so quoted names and
/// scare quotes are left alone) and who said it: the actor next to a verb of saying outside the
/// quote in its sentence ("…," said X; X told reporters: "…"; he added "…"), or, for a paragraph
/// that is all quote, the speaker of the quote just before it. The speaker stays empty when the
/// text does not say.
/// </summary>
public sealed class QuoteStage(EventLexicon lex, ActorKb kb) : IStage
{
    public const string StageName = "quotes";
    public const int Version = 1;

    public StageInfo Info { get; } = new(StageName, Version, Layers.Mentions, Layers.Quotes);

    public void Run(Document doc)
    {
        var tokens = doc.Tokens;
        var cues = new List<(Cue Value, int Last)>();
        string? previousSpeaker = null;
        int previousBlock = -1;
        for (int t = 0; t < tokens.Length; t++)
        {
            if (tokens[t].Kind != TokenKind.Quote || !Opens(doc.Text[tokens[t].Start])) continue;
            int close = Closing(doc, t);
            if (close < 0) continue;
            int words = 0;
            for (int k = t + 1; k < close; k++) if (tokens[k].Kind == TokenKind.Word) words++;
            if (words < 5) { t = close; continue; }
            int start = tokens[t].End, end = tokens[close].Start;
            int sentence = doc.SentenceAt(tokens[t].Start);
            if (sentence < 0) sentence = doc.SentenceAt(start);
            int block = sentence >= 0 ? doc.Sentences[sentence].Block : -1;
            var speaker = Speaker(doc, t, close, cues);
            if (speaker is null && block >= 0 && previousBlock == block - 1 && StartsBlock(doc, t, block)) speaker = previousSpeaker;
            doc.Quotes.Add(new QuoteMention(start, end - start, sentence, speaker));
            previousSpeaker = speaker;
            previousBlock = doc.SentenceAt(tokens[close].Start) is var endSentence && endSentence >= 0 ? doc.Sentences[endSentence].Block : block;
            t = close;
        }
        Turns(doc);
    }

    /// <summary>The turns of a transcript: paragraphs that open with a speaker's label in capitals ("GEN. MILLEY:",
    /// "SECRETARY OF DEFENSE MARK T. ESPER:", "Q:"), each a quote of the person the label names (a reporter's "Q" has
    /// no side), carried on over the paragraphs that follow until the next label. A story with fewer than two labels
    /// is no transcript ("BAGHDAD:" opens a wire story).</summary>
    private void Turns(Document doc)
    {
        int labels = 0;
        for (int b = 0; b < doc.Blocks.Count && labels < 2; b++) if (Label(doc, b, out _) > 0) labels++;
        if (labels < 2) return;
        string? speaker = null;
        bool question = false, open = false;
        int count = doc.Quotes.Count;
        for (int b = 0; b < doc.Blocks.Count; b++)
        {
            var span = doc.Blocks[b].Span;
            int from = span.Start;
            if (Label(doc, b, out var name) is var colon && colon > 0)
            {
                question = name is "Q" or "QUESTION" or "REPORTER";
                speaker = question ? null : LabelSpeaker(name);
                open = question || speaker is not null;
                from = colon + 1;
            }
            if (!open || from >= span.End) continue;
            int sentence = doc.SentenceAt(from);
            if (sentence < 0 && from + 1 < span.End) sentence = doc.SentenceAt(from + 1);
            doc.Quotes.Add(new QuoteMention(from, span.End - from, sentence, speaker, question));
        }
        // (Kept in text order, as the quotes' readers search them.)
        if (doc.Quotes.Count > count) doc.Quotes.Sort((x, y) => x.Start.CompareTo(y.Start));
    }

    /// <summary>The offset of the colon that ends a speaker's label in capitals at the start of block <paramref name="b"/>,
    /// with the label's words in <paramref name="name"/>; 0 for none.</summary>
    private static int Label(Document doc, int b, out string name)
    {
        name = "";
        var span = doc.Blocks[b].Span;
        var text = doc.Text;
        int letters = 0, words = 1;
        for (int i = span.Start; i < span.End && i < span.Start + 60; i++)
        {
            char c = text[i];
            if (c == ':')
            {
                if (letters == 0 || words > 8) return 0;
                name = text.Substring(span.Start, i - span.Start).Trim();
                return i;
            }
            if (char.IsLetter(c)) { if (!char.IsUpper(c)) return 0; letters++; }
            else if (c == ' ') words++;
            else if (c is not ('.' or '\'' or '-' or '\u2019')) return 0;
        }
        return 0;
    }

    /// <summary>The person a label in capitals names ("GEN. MILLEY", "MR. KIRBY"): the longest run of its last words that
    /// is a person's name or surname in the knowledge base; null for none.</summary>
    private string? LabelSpeaker(string label)
    {
        var words = label.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (int n = Math.Min(3, words.Length); n >= 1; n--)
        {
            var name = string.Join(' ', words[^n..].Select(w => w.Length > 1 ? w[0] + w[1..].ToLowerInvariant() : w));
            if (kb.Find(name) is { Kind: "person" } person) return person.Id;
        }
        return null;
    }

    private static bool Opens(char c) => c is '"' or '\u201C' or '\u00AB';

    private static int Closing(Document doc, int open)
    {
        char o = doc.Text[doc.Tokens[open].Start];
        for (int k = open + 1; k < doc.Tokens.Length && k < open + 400; k++)
        {
            if (doc.Tokens[k].Kind != TokenKind.Quote) continue;
            char c = doc.Text[doc.Tokens[k].Start];
            if (o == '"' ? c == '"' : o == '\u201C' ? c is '\u201D' or '"' : c == '\u00BB') return k;
            if (c == '\u201C' && o == '\u201C') return -1;
        }
        return -1;
    }

    private static bool StartsBlock(Document doc, int token, int block) =>
        doc.Tokens[token].Start <= doc.Blocks[block].Span.Start + 1;

    /// <summary>The actor beside a verb of saying in the quote's sentences, outside the quote.</summary>
    private string? Speaker(Document doc, int open, int close, List<(Cue Value, int Last)> cues)
    {
        int s1 = doc.SentenceAt(doc.Tokens[open].Start), s2 = doc.SentenceAt(doc.Tokens[close].Start);
        if (s1 < 0 || s2 < 0) return null;
        int from = doc.Sentences[s1].FirstToken, to = doc.Sentences[s2].FirstToken + doc.Sentences[s2].TokenCount;
        for (int t = from; t < to; t++)
        {
            if (t >= open && t <= close) { t = close; continue; }
            if (!lex.Cues.Starts(doc.TokenText(t))) continue;
            cues.Clear();
            lex.Cues.AllAt(doc, t, to, cues);
            if (!cues.Exists(c => c.Value.Class == "speech")) continue;
            if (Near(doc, t, from, to, open, close) is { } id) return id;
        }
        return null;
    }

    /// <summary>The actor or pronoun nearest a verb of saying: just before it ("X said", "X, its
    /// spokesman, said") or just after it ("said X").</summary>
    private string? Near(Document doc, int verb, int from, int to, int open, int close)
    {
        string? best = null;
        int bestDistance = int.MaxValue;
        int end = doc.Tokens[to - 1].End;
        for (int i = Coreference.FirstMentionFrom(doc, doc.Tokens[from].Start); i < doc.Mentions.Count && doc.Mentions[i].Start < end; i++)
        {
            var m = doc.Mentions[i];
            if (m.Kind != MentionKind.Actor || m.EntityId is null) continue;
            if (m.Start > doc.Tokens[open].Start && m.Start < doc.Tokens[close].End) continue;
            if (kb[m.EntityId]?.Kind == "media") continue;
            int distance = m.End <= doc.Tokens[verb].Start ? doc.Tokens[verb].Start - m.End : m.Start - doc.Tokens[verb].End;
            if (distance >= 0 && distance < 60 && distance < bestDistance) { best = m.EntityId; bestDistance = distance; }
        }
        if (best is not null) return best;
        for (int t = verb - 1; t >= from && t >= verb - 2; t--)
            if (Coreference.IsPronoun(doc.TokenText(t), out bool person))
                return Coreference.Resolve(doc, kb, doc.Tokens[t].Start, doc.SentenceAt(doc.Tokens[t].Start), person);
        return null;
    }
}
