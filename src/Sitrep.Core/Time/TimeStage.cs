using Sitrep.Core.Documents;
using Sitrep.Core.Pipeline;

namespace Sitrep.Core.Time;

/// <summary>
/// Adds the time layer: every time expression of the story resolved against its publication date.
/// When the source gives no date, it infers one first, and says how sure it is: a date line of the
/// page ("25 October, 2023") is strong evidence (0.9); failing that, the latest fully written date
/// in the text is a weak one (0.4). Without a date, only fully written dates are resolved.
/// </summary>
public sealed class TimeStage(TimeFinder finder) : IStage
{
    public const string StageName = "times";
    public const int Version = 1;

    /// <summary>An anchor far ahead, for reading dates whose year is written out.</summary>
    private static readonly DateOnly Far = new(2099, 12, 31);

    public StageInfo Info { get; } = new(StageName, Version, Layers.Sentences, Layers.Times);

    public void Run(Document doc)
    {
        // The sentences the inference read and found no full date in, when it infers none.
        bool[]? undated = null;
        if (doc.Published is null)
        {
            undated = new bool[doc.Sentences.Length];
            Infer(doc, undated);
        }
        var found = new List<TimeMention>();
        List<TimeMention>? loose = null;
        // The month a line of its own last named with its year ("December 2019" over a timeline's entries).
        TimeInterval? heading = null;
        // The last time a sentence of the paragraph read so far told with its year written, and that paragraph.
        TimeInterval? told = null;
        int toldBlock = -1;
        for (int s = 0; s < doc.Sentences.Length; s++)
        {
            var kind = doc.Blocks[doc.Sentences[s].Block].Kind;
            if (kind is BlockKind.Byline) continue;
            if (doc.Published is { } pub)
            {
                int before = found.Count, block = doc.Sentences[s].Block;
                if (block != toldBlock) told = null;
                if (finder.Find(doc, s, pub, found, heading, told) is { } year) { told = year; toldBlock = block; }
                if (found.Count == before + 1 && HeadingMonth(doc, found[^1]) is { } month) heading = month;
            }
            else
            {
                // Read against the same far anchor as the inference did: it would find no full date again.
                if (undated![s]) continue;
                (loose ??= []).Clear();
                finder.Find(doc, s, Far, loose);
                foreach (var t in loose)
                    if (FullDate(t)) found.Add(t);
            }
        }
        doc.Times.AddRange(found);
    }

    /// <summary>The month a sentence made of nothing but a month and its year names ("December 2019", "— March 2020 —"),
    /// or null.</summary>
    private static TimeInterval? HeadingMonth(Document doc, TimeMention t)
    {
        if (t.Precision != Precision.Month || t.From is not { } from || t.To is not { } to || from.Month != to.Month || from.Year != to.Year)
            return null;
        var s = doc.Sentences[t.Sentence];
        bool alone = doc.NoWordIn(s.Start, t.Start) && doc.NoWordIn(t.Start + t.Length, s.Start + s.Length);
        bool year = doc.Text.AsSpan(t.Start, t.Length).IndexOfAnyInRange('0', '9') >= 0;
        return alone && year ? new TimeInterval(from, to, Precision.Month) : null;
    }

    /// <summary>A date whose day and year the text writes out: read against <see cref="Far"/>, it lies before it.</summary>
    private static bool FullDate(TimeMention t) => t.From is { } f && f.Year < Far.Year && t.Precision == Precision.Day;

    /// <summary>Infers the publication date from the page's own text, with a confidence.</summary>
    public void Infer(Document doc) => Infer(doc, null);

    /// <summary>Infers the publication date; marks in <paramref name="undated"/>, when given, each sentence
    /// it read that holds no full date.</summary>
    private void Infer(Document doc, bool[]? undated)
    {
        var dated = new List<(TimeMention Time, BlockKind Kind)>();
        var list = new List<TimeMention>();
        for (int s = 0; s < doc.Sentences.Length; s++)
        {
            // Date lines, captions and the top of the page carry the dates of publication.
            var block = doc.Sentences[s].Block;
            if (block > 6 && doc.Blocks[block].Kind is not (BlockKind.Dateline or BlockKind.Caption or BlockKind.Byline)) continue;
            list.Clear();
            finder.Find(doc, s, Far, list);
            int before = dated.Count;
            foreach (var t in list)
                if (FullDate(t))
                    dated.Add((t, doc.Blocks[doc.Sentences[s].Block].Kind));
            if (undated is not null) undated[s] = dated.Count == before;
        }
        var dateline = dated.FirstOrDefault(d => d.Kind == BlockKind.Dateline);
        if (dateline.Time.From is { } line)
        {
            doc.Published = line;
            doc.PublishedFrom = "inferred: date line (0.9)";
            return;
        }
        var latest = dated.Select(d => d.Time.From!.Value).DefaultIfEmpty().Max();
        if (latest != default)
        {
            doc.Published = latest;
            doc.PublishedFrom = "inferred: latest date at the top of the page (0.4)";
        }
    }
}
