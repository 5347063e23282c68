using Sitrep.Core.Documents;
using Sitrep.Core.Text;

namespace Sitrep.Core.Time;

/// <summary>
/// Finds the time expressions of a sentence and resolves each against the publication date into
/// an interval with a precision, by the conventions of <c>eval/ONTOLOGY.md</c>: absolute dates in
/// their common forms (a missing year is the latest such date not after publication), weekdays (the
/// latest on or before publication, the next one when the verb is future), relative expressions
/// (yesterday, last night, last week = Monday–Sunday before the publication week, earlier this
/// month, late last month, N days ago, in the past 72 hours), parts of months (mid-October = 11–20),
/// windows (since …, between … and …, from … to …, so far this year) and offsets (two days after …,
/// the first anniversary of …). A weekday that disagrees with its date keeps the date and records the
/// conflict. Works on the tokens of one sentence; never throws on text.
/// </summary>
public sealed class TimeFinder
{
    /// <summary>Day-first (25/10/2023) unless the outlet writes month first; an impossible reading is never taken.</summary>
    public bool DayFirst { get; init; } = true;

    private readonly record struct Found(int Last, TimeInterval Interval, string? Note = null);

    /// <summary>The words of one sentence, with their offsets.</summary>
    private readonly ref struct Words(Document doc, int first, int count)
    {
        public int Count => count;
        public ReadOnlySpan<char> this[int i] => i >= 0 && i < count
            ? doc.Text.AsSpan(doc.Tokens[first + i].Start, doc.Tokens[first + i].Length) : [];
        public Token Token(int i) => doc.Tokens[first + i];
        /// <summary>What the time words say of word <paramref name="i"/> (<see cref="TimeWord.None"/> outside the sentence).</summary>
        public TimeWord Facts(int i) => i >= 0 && i < count ? (TimeWord)Lexicon.Of(doc.Tokens[first + i], this[i]) : TimeWord.None;
    }

    /// <summary>The time words' sets a word is in, and the words the future rule compares.</summary>
    [Flags]
    private enum TimeWord
    {
        None = 0,
        /// <summary>One of <see cref="StartWords"/>.</summary>
        Starter = 1,
        /// <summary>One of <see cref="AnchorWords"/>.</summary>
        Anchor = 2,
        /// <summary>A word of <see cref="IsFutureWord"/>.</summary>
        Future = 4,
        Set = 8,
        Next = 16,
        To = 32,
        For = 64,
    }

    /// <summary>Each word's <see cref="TimeWord"/> facts by its id: a word is looked up in the sets once, not at every
    /// token of it (the finder asks of every word of a sentence).</summary>
    private static readonly WordFacts Lexicon = new(static word => (int)Classify(word));

    private static TimeWord Classify(ReadOnlySpan<char> word) =>
        (StartShapes.MayHave(word) && StartLookup.Contains(word) ? TimeWord.Starter : 0)
        | (AnchorShapes.MayHave(word) && AnchorLookup.Contains(word) ? TimeWord.Anchor : 0)
        | (IsFutureWord(word) ? TimeWord.Future : 0)
        | (Calendar.Is(word, "set") ? TimeWord.Set : 0) | (Calendar.Is(word, "next") ? TimeWord.Next : 0)
        | (Calendar.Is(word, "to") ? TimeWord.To : 0) | (Calendar.Is(word, "for") ? TimeWord.For : 0);

    /// <summary>Adds the time expressions of the sentence to <paramref name="into"/>, resolved against the publication date;
    /// <paramref name="heading"/>, the month a line of its own above named with its year ("December 2019" over a timeline's
    /// entries), dates a bare day of that month as the sentence's own month with its year would; <paramref name="before"/>,
    /// the last time finer than a year that a sentence before it in its paragraph told with its year written ("Iran entered
    /// the picture in March 2022. On 13 March, ..."; not "defeated in 2017. But on 21 January"), dates a day written with its
    /// month name and no year, on or after that time and within its year, in that year, as a story that tells history does,
    /// unless the day read against publication is recent (within <see cref="RecentDays"/>). Returns the last time this sentence told with its year written.</summary>
    public TimeInterval? Find(Document doc, int sentence, DateOnly published, List<TimeMention> into, TimeInterval? heading = null, TimeInterval? before = null)
    {
        var s = doc.Sentences[sentence];
        var w = new Words(doc, s.FirstToken, s.TokenCount);
        // The last future word read so far (-1: none) and the words read: each word is asked once, not
        // once for every candidate within eight words after it.
        int futureAt = -1, asked = 0;
        // The last time told with its year written in this sentence (or the month of the heading above it).
        TimeInterval? told = heading, last = null;
        var anchors = new Anchors(w);
        for (int i = 0; i < w.Count; i++)
        {
            // Most words cannot open a time expression: one look-up skips them.
            if (!CanStart(w.Token(i), w.Facts(i), w[i])) continue;
            // Nor can a starter ("the", "in", "from") with no time word after it.
            if (!anchors.Within(i, AnchorReach)) continue;
            for (; asked < i; asked++)
                // "set" looks ahead only as "set to" or "set for" ("is set to visit"); "set fire to", "set up" are done.
                // "next to" is a place ("a base next to the airport on Sunday"), no week ahead.
                if (w.Facts(asked) is var a && (a & TimeWord.Future) != 0
                    && !((a & TimeWord.Set) != 0 && !(asked + 1 < w.Count && (w.Facts(asked + 1) & (TimeWord.To | TimeWord.For)) != 0))
                    && !((a & TimeWord.Next) != 0 && asked + 1 < w.Count && (w.Facts(asked + 1) & TimeWord.To) != 0))
                    futureAt = asked;
            bool future = IsFuture(w, i, futureAt);
            var found = Window(w, i, published, future) ?? Point(w, i, published, future);
            if (found is not { } f) continue;
            int start = w.Token(i).Start, end = w.Token(f.Last).End;
            var interval = f.Interval;
            bool yearWritten = false;
            for (int k = i; k <= f.Last && !yearWritten; k++) yearWritten = Calendar.Year(w[k]) > 0;
            // "the mood of January 2020, when parliament voted on 5 January": a day of the month the sentence has
            // just dated with its year is in that year.
            if (yearWritten) { told = interval; last = interval; }
            else if (told is null && before is { } then && interval.Precision == Precision.Day && interval.From == interval.To
                     && then.Precision != Precision.Year && then.From.Year == then.To.Year && interval.From.Year > then.From.Year
                     && interval.From.DayNumber < published.DayNumber - RecentDays && HasMonth(w, i, f.Last)
                     && SafeDate(then.From.Year, interval.From.Month, interval.From.Day) is { } inThen && inThen >= then.From)
                interval = TimeInterval.OnDay(inThen);
            else if (told is { } month && interval.Precision == Precision.Day && interval.From == interval.To
                     && interval.From.Month == month.From.Month && month.From.Month == month.To.Month && month.From.Year == month.To.Year
                     && interval.From.Year != month.From.Year && SafeDate(month.From.Year, interval.From.Month, interval.From.Day) is { } day)
                interval = TimeInterval.OnDay(day);
            into.Add(new TimeMention(start, end - start, sentence, interval.From, interval.To, interval.Precision, f.Note));
            i = f.Last;
        }
        return last;
    }

    /// <summary>How many days before publication a day without its year may lie and still be the story's news, not its
    /// history ("began their campaign in December 2019. On 31 December, ...", published on 2 January 2021: the day two
    /// days ago).</summary>
    private const int RecentDays = 45;

    /// <summary>Whether a month's name is among the words from <paramref name="first"/> to <paramref name="last"/>.</summary>
    private static bool HasMonth(Words w, int first, int last)
    {
        for (int k = first; k <= last; k++)
            if (Calendar.Month(w[k]) > 0) return true;
        return false;
    }

    /// <summary>How far after the word it starts at an expression's first time word lies at most: "since the start
    /// of the year" (the window's word, then a point: "the start of the year", whose time word is its fifth).</summary>
    private const int AnchorReach = 5;

    /// <summary>
    /// The time words of a sentence, found left to right as the candidates ask: every expression <see cref="Window"/>
    /// and <see cref="Point"/> read holds one within <see cref="AnchorReach"/> words of its start (each of their
    /// branches asks for a number or a word with a digit, a month, a weekday, an ordinal, a unit of time, or one of
    /// <see cref="AnchorWords"/>, at most that far on), so a starter with none there is not tried. Each word is asked once.
    /// </summary>
    private ref struct Anchors(Words w)
    {
        private readonly Words _w = w;
        private int _last = -1, _scanned;

        /// <summary>Whether a time word lies in [<paramref name="i"/>, <paramref name="i"/> + <paramref name="reach"/>].</summary>
        public bool Within(int i, int reach)
        {
            // (Words between the last time word found and _scanned are none.)
            if (_last >= i) return _last <= i + reach;
            for (int j = Math.Max(i, _scanned); j < _w.Count && j <= i + reach; j++)
            {
                _scanned = j + 1;
                if (IsAnchor(_w.Token(j), _w.Facts(j)))
                {
                    _last = j;
                    return true;
                }
            }
            return false;
        }
    }

    private static bool IsAnchor(Token token, TimeWord facts) =>
        token.Kind == TokenKind.Number || token.Is(TokenFlags.HasDigit) || token.Is(TokenFlags.HasHyphen) || (facts & TimeWord.Anchor) != 0;

    /// <summary>The words (besides numbers, words with a digit or a hyphen) one of which every time expression holds:
    /// months (with a full stop), weekdays (with a plural s and a full stop), ordinals, units of time (with a plural s),
    /// and the words that name a time on their own or after "this", "last" or "the".</summary>
    private static readonly HashSet<string> AnchorWords = new(
        Calendar.MonthWords.Concat(Calendar.MonthWords.Select(m => m + "."))
            .Concat(Calendar.WeekdayWords.SelectMany(d => new[] { d, d + "s", d + ".", d + "s." }))
            .Concat(Calendar.OrdinalWords)
            .Concat(new[] { "hour", "day", "week", "month", "year" }.SelectMany(u => new[] { u, u + "s" }))
            .Concat(["weekend", "today", "tonight", "yesterday", "tomorrow", "night", "morning", "evening", "afternoon", "christmas", "half"]),
        StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AnchorLookup = AnchorWords.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly WordShapes AnchorShapes = new(AnchorWords);

    private static readonly HashSet<string> Starters = new(StringComparer.OrdinalIgnoreCase)
    {
        "since", "between", "from", "in", "over", "during", "within", "so", "the", "last", "this", "next", "early", "late", "mid",
        "earlier", "later", "today", "tonight", "yesterday", "tomorrow", "new", "christmas", "past", "previous", "coming", "a", "an",
    };

    /// <summary>Every word that can open an expression by a look-up: the starters, month names
    /// (with a full stop), weekdays (with a plural s and a full stop) and numbers in words, in one set
    /// so that a word costs one look-up instead of four.</summary>
    private static readonly HashSet<string> StartWords = new(
        Starters.Concat(Calendar.MonthWords).Concat(Calendar.MonthWords.Select(m => m + "."))
            .Concat(Calendar.WeekdayWords.SelectMany(d => new[] { d, d + "s", d + ".", d + "s." }))
            .Concat(Calendar.NumberWords),
        StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> StartLookup = StartWords.GetAlternateLookup<ReadOnlySpan<char>>();

    // Most words are no start word: their shapes say so without hashing them.
    private static readonly WordShapes StartShapes = new(StartWords);

    /// <summary>What <see cref="Calendar.Month"/>, <see cref="Calendar.Weekday"/>, <see cref="Calendar.Number"/>
    /// and the starters accept, asked at once. The tokenizer's flags answer first: a number that parses has a
    /// digit, and "mid-", "early-" and "late-" a hyphen, so a plain word (most words) is not parsed or compared.</summary>
    private static bool CanStart(Token token, TimeWord facts, ReadOnlySpan<char> word) =>
        token.Kind == TokenKind.Number || token.Is(TokenFlags.HasDigit) || (facts & TimeWord.Starter) != 0
        || (token.Is(TokenFlags.HasHyphen) && (word.StartsWith("mid-", StringComparison.OrdinalIgnoreCase)
            || word.StartsWith("early-", StringComparison.OrdinalIgnoreCase) || word.StartsWith("late-", StringComparison.OrdinalIgnoreCase)));

    /// <summary>Whether the verb governing a time expression is future: will, shall, next, plans to … within
    /// the ten words before it (<paramref name="futureAt"/>: the last future word before it, -1 when none; ten reach over a
    /// passive and a named place: "will be withdrawn from the Ain al-Asad base by September").</summary>
    private static bool IsFuture(Words w, int at, int futureAt) =>
        (futureAt >= 0 && futureAt >= at - 10) || Calendar.Is(w[at], "next");

    /// <summary>will, shall, 'll, upcoming, scheduled, plans, planned, expected, tomorrow, next, due,
    /// set, slated, intends, plan: by length first, as this runs for the words before every candidate.</summary>
    private static bool IsFutureWord(ReadOnlySpan<char> x) => x.Length switch
    {
        3 => Calendar.Is(x, "'ll") || Calendar.Is(x, "due") || Calendar.Is(x, "set"),
        4 => Calendar.Is(x, "will") || Calendar.Is(x, "next") || Calendar.Is(x, "plan"),
        5 => Calendar.Is(x, "shall") || Calendar.Is(x, "plans"),
        6 => Calendar.Is(x, "slated"),
        7 => Calendar.Is(x, "planned") || Calendar.Is(x, "intends"),
        8 => Calendar.Is(x, "upcoming") || Calendar.Is(x, "expected") || Calendar.Is(x, "tomorrow"),
        9 => Calendar.Is(x, "scheduled"),
        _ => false,
    };

    // ---- windows ---------------------------------------------------------------------------

    private Found? Window(Words w, int i, DateOnly pub, bool future)
    {
        var x = w[i];
        if (Calendar.Is(x, "since") && Point(w, i + 1, pub, false) is { } since)
            return new Found(since.Last, new TimeInterval(since.Interval.From, Max(pub, since.Interval.From), Precision.Range));
        if ((Calendar.Is(x, "between") || Calendar.Is(x, "from")) && i + 1 < w.Count)
        {
            // "between 5 and 8 January": the first end may borrow month and year from the second.
            string joiner = Calendar.Is(x, "between") ? "and" : "to";
            int day = Calendar.Day(w[i + 1]);
            if (day > 0 && (Calendar.Is(w[i + 2], joiner) || Calendar.Is(w[i + 2], "until") || w[i + 2] is "-" or "–")
                && Point(w, i + 3, pub, future) is { } tail && tail.Interval.Precision == Precision.Day)
            {
                var end = tail.Interval.From;
                if (day <= DateTime.DaysInMonth(end.Year, end.Month))
                    return new Found(tail.Last, new TimeInterval(new DateOnly(end.Year, end.Month, day), end, Precision.Range));
            }
            if (Point(w, i + 1, pub, future) is { } head && head.Last + 2 < w.Count + 1)
            {
                var j = w[head.Last + 1];
                if ((Calendar.Is(j, joiner) || Calendar.Is(j, "until") || Calendar.Is(j, "through") || j is "-" or "–")
                    && Point(w, head.Last + 2, pub, future) is { } last)
                    return new Found(last.Last, new TimeInterval(head.Interval.From, last.Interval.To, Precision.Range));
            }
        }
        // "in the past 72 hours", "over the last three days", "during the past week"
        if ((Calendar.Is(x, "in") || Calendar.Is(x, "over") || Calendar.Is(x, "during") || Calendar.Is(x, "within")) && Calendar.Is(w[i + 1], "the")
            && (Calendar.Is(w[i + 2], "past") || Calendar.Is(w[i + 2], "last")))
        {
            int n = Calendar.Number(w[i + 3]);
            int unitAt = n > 0 ? i + 4 : i + 3;
            if (n < 0) n = 1;
            // ("during the last ten days of October" is a part of that month: Period reads it.)
            if (DaysOf(w[unitAt], n) is { } days && !(Calendar.Is(w[unitAt + 1], "of") && Calendar.Month(w[unitAt + 2]) > 0))
                return new Found(unitAt, new TimeInterval(pub.AddDays(-days), pub, Precision.Range));
        }
        // "within 72 hours" of publication, looking back
        if (Calendar.Is(x, "within") && Calendar.Number(w[i + 1]) is > 0 and var m && DaysOf(w[i + 2], m) is { } within)
            return new Found(i + 2, new TimeInterval(pub.AddDays(-within), pub, Precision.Range));
        // "in just 48 hours", "over only three days", "in a mere week": a span said to be short counts
        // back from publication; a bare "in three days" may point ahead ("will leave in three days"), so it is not read.
        if (!future && (Calendar.Is(x, "in") || Calendar.Is(x, "over")))
        {
            int k = i + 1;
            if (Calendar.Is(w[k], "a") && Calendar.Is(w[k + 1], "mere")) k += 2;
            else if (Calendar.Is(w[k], "just") || Calendar.Is(w[k], "only")) k++;
            else k = -1;
            if (k > 0)
            {
                int n = Calendar.Number(w[k]);
                int unitAt = n > 0 ? k + 1 : k;
                if (DaysOf(w[unitAt], n > 0 ? n : 1) is { } span)
                    return new Found(unitAt, new TimeInterval(pub.AddDays(-span), pub, Precision.Range));
            }
        }
        if (Calendar.Is(x, "so") && Calendar.Is(w[i + 1], "far") && Calendar.Is(w[i + 2], "this") && Calendar.Is(w[i + 3], "year"))
            return new Found(i + 3, new TimeInterval(new DateOnly(pub.Year, 1, 1), pub, Precision.Range));
        return null;
    }

    /// <summary>Days in N hours (rounded up), days, weeks, months (30) or years (365).</summary>
    private static int? DaysOf(ReadOnlySpan<char> unit, int n)
    {
        if (unit.EndsWith("s")) unit = unit[..^1];
        if (Calendar.Is(unit, "hour")) return Math.Max(1, (n + 23) / 24);
        if (Calendar.Is(unit, "day")) return n;
        if (Calendar.Is(unit, "week")) return 7 * n;
        if (Calendar.Is(unit, "month")) return 30 * n;
        if (Calendar.Is(unit, "year")) return 365 * n;
        return null;
    }

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;

    // ---- points -----------------------------------------------------------------------------

    private Found? Point(Words w, int i, DateOnly pub, bool future)
    {
        if (i >= w.Count) return null;
        // "last October", "this May": the modifier belongs to the month named after it.
        if ((Calendar.Is(w[i], "last") || Calendar.Is(w[i], "this")) && Calendar.Month(w[i + 1]) > 0 && Absolute(w, i + 1, pub, future) is { } month)
            return month;
        // "carried out today, Tuesday, 11 August 2020", "yesterday, Sunday": the weekday (and date) set after the word name the
        // day; a statement or a translated report of the day before says "today" of its own day, not of the day it appears.
        if (!future && (Calendar.Is(w[i], "today") || Calendar.Is(w[i], "yesterday") && !Calendar.Is(w[i - 1], "before")) && w[i + 1] is "," && Calendar.Weekday(w[i + 2]) is not null
            && Weekday(w, i + 2, pub, future) is { } named)
            return named;
        return Offset(w, i, pub, future) ?? Weekday(w, i, pub, future) ?? Period(w, i, pub, future) ?? Absolute(w, i, pub, future)
            ?? Relative(w, i, pub, future) ?? Holiday(w, i, pub, future);
    }

    /// <summary>"the first week of January", "the first half of 2023", "the start of the year",
    /// "the beginning of the month", "the end of 2021", "over the weekend".</summary>
    private Found? Period(Words w, int i, DateOnly pub, bool future)
    {
        int k = Calendar.Is(w[i], "the") ? i + 1 : i;
        var x = w[k];
        if (Calendar.Is(x, "weekend") || Calendar.Is(w[k + 1], "weekend") && (Calendar.Is(x, "last") || Calendar.Is(x, "this") || Calendar.Is(x, "past")))
        {
            int last = Calendar.Is(x, "weekend") ? k : k + 1;
            if (k == i && !Calendar.Is(x, "last") && !Calendar.Is(x, "this") && !Calendar.Is(x, "past")) return null;
            // The latest Saturday–Sunday on or before publication (the coming one when future).
            int back = ((int)pub.DayOfWeek - (int)DayOfWeek.Saturday + 7) % 7;
            var saturday = future ? pub.AddDays((((int)DayOfWeek.Saturday - (int)pub.DayOfWeek) + 7) % 7) : pub.AddDays(-back);
            if (Calendar.Is(x, "last") && !future && back <= 1) saturday = saturday.AddDays(-7);
            return new Found(last, new TimeInterval(saturday, saturday.AddDays(1), Precision.Range));
        }
        if (k == i) return null;
        int nth = Calendar.Ordinal(x);
        bool lastOf = Calendar.Is(x, "last");
        if ((nth > 0 || lastOf) && Calendar.Is(w[k + 1], "week") && Calendar.Is(w[k + 2], "of") && MonthAt(w, k + 3, pub, future) is { } m)
        {
            var from = lastOf ? m.Interval.To.AddDays(-6) : m.Interval.From.AddDays(7 * (nth - 1));
            return new Found(m.Last, new TimeInterval(from, lastOf ? m.Interval.To : Min(from.AddDays(6), m.Interval.To), Precision.Range));
        }
        // "the last ten days of October", "the first three days of May": that part of the month.
        if ((nth == 1 || lastOf) && Calendar.Number(w[k + 1]) is > 1 and var count && Calendar.Is(w[k + 2], "days") && Calendar.Is(w[k + 3], "of")
            && MonthAt(w, k + 4, pub, future) is { } whole && count < whole.Interval.To.Day)
            return new Found(whole.Last, lastOf
                ? new TimeInterval(whole.Interval.To.AddDays(1 - count), whole.Interval.To, Precision.Range)
                : new TimeInterval(whole.Interval.From, whole.Interval.From.AddDays(count - 1), Precision.Range));
        if ((nth is 1 or 2 || Calendar.Is(x, "second")) && Calendar.Is(w[k + 1], "half") && Calendar.Is(w[k + 2], "of"))
        {
            // "the second half of June": its days 16 to the end (the first half 1 to 15).
            if (MonthAt(w, k + 3, pub, future) is { } month)
                return new Found(month.Last, nth == 1
                    ? new TimeInterval(month.Interval.From, month.Interval.From.AddDays(14), Precision.Range)
                    : new TimeInterval(month.Interval.From.AddDays(15), month.Interval.To, Precision.Range));
            int year = Calendar.Year(w[k + 3]) is > 0 and var y ? y : Calendar.Is(w[k + 3], "the") && Calendar.Is(w[k + 4], "year") || Calendar.Is(w[k + 3], "this") ? pub.Year : 0;
            if (year > 0)
            {
                int end = Calendar.Year(w[k + 3]) > 0 ? k + 3 : k + 4;
                return new Found(end, nth == 1 ? new TimeInterval(new DateOnly(year, 1, 1), new DateOnly(year, 6, 30), Precision.Range)
                    : new TimeInterval(new DateOnly(year, 7, 1), new DateOnly(year, 12, 31), Precision.Range));
            }
        }
        if ((Calendar.Is(x, "start") || Calendar.Is(x, "beginning") || Calendar.Is(x, "end")) && Calendar.Is(w[k + 1], "of"))
        {
            bool end = Calendar.Is(x, "end");
            if (Calendar.Year(w[k + 2]) is > 0 and var year)
                return new Found(k + 2, TimeInterval.OnDay(end ? new DateOnly(year, 12, 31) : new DateOnly(year, 1, 1)));
            if ((Calendar.Is(w[k + 2], "the") || Calendar.Is(w[k + 2], "this")) && Calendar.Is(w[k + 3], "year"))
                return new Found(k + 3, TimeInterval.OnDay(end ? new DateOnly(pub.Year, 12, 31) : new DateOnly(pub.Year, 1, 1)));
            if ((Calendar.Is(w[k + 2], "the") || Calendar.Is(w[k + 2], "this")) && Calendar.Is(w[k + 3], "month"))
                return new Found(k + 3, TimeInterval.OnDay(end ? new DateOnly(pub.Year, pub.Month, DateTime.DaysInMonth(pub.Year, pub.Month)) : new DateOnly(pub.Year, pub.Month, 1)));
            if ((Calendar.Is(w[k + 2], "the") || Calendar.Is(w[k + 2], "this")) && Calendar.Is(w[k + 3], "week"))
                return new Found(k + 3, TimeInterval.OnDay(end ? TimeInterval.WeekOf(pub).To : TimeInterval.WeekOf(pub).From));
            // "since the start of August", "the end of March 2021": the month's first or last day.
            if (MonthAt(w, k + 2, pub, future) is { } month)
                return new Found(month.Last, TimeInterval.OnDay(end ? month.Interval.To : month.Interval.From));
        }
        return null;
    }

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    /// <summary>A whole month named at word <paramref name="i"/> ("January", "March 2021"), as the parts of a month read it
    /// ("the first week of", "the last ten days of", "the second half of", "the end of"); null for anything else.</summary>
    private Found? MonthAt(Words w, int i, DateOnly pub, bool future) =>
        Calendar.Month(w[i]) > 0 && Absolute(w, i, pub, future) is { Interval.Precision: Precision.Month } month ? month : null;

    /// <summary>"two days after the strike on 3 January", "the first anniversary of the 7 October attack".</summary>
    private Found? Offset(Words w, int i, DateOnly pub, bool future)
    {
        int n = Calendar.Number(w[i]);
        if (n > 0 && DaysOf(w[i + 1], n) is { } days && (Calendar.Is(w[i + 2], "after") || Calendar.Is(w[i + 2], "before") || Calendar.Is(w[i + 2], "since")))
        {
            int sign = Calendar.Is(w[i + 2], "before") ? -1 : 1;
            // The anchor date: the first date within the next few words ("after the strike on 3 January").
            for (int k = i + 3; k < Math.Min(w.Count, i + 10); k++)
                if ((Absolute(w, k, pub, false) ?? Holiday(w, k, pub)) is { } anchor && anchor.Interval.Precision == Precision.Day)
                {
                    var day = anchor.Interval.From.AddDays(sign * days);
                    return new Found(anchor.Last, TimeInterval.OnDay(future || day <= pub ? day : pub));
                }
        }
        if (Calendar.Is(w[i], "the") && Calendar.Ordinal(w[i + 1]) is > 0 and var nth && Calendar.Is(w[i + 2], "anniversary") && Calendar.Is(w[i + 3], "of"))
        {
            for (int k = i + 4; k < Math.Min(w.Count, i + 8); k++)
                if (Absolute(w, k, pub.AddYears(-nth), false) is { } anchor && anchor.Interval.Precision == Precision.Day)
                {
                    // A date without its year: the anniversary nearest to publication.
                    var day = anchor.Interval.From.AddYears(nth);
                    var later = day.AddYears(1);
                    if (Math.Abs(later.DayNumber - pub.DayNumber) < Math.Abs(day.DayNumber - pub.DayNumber)) day = later;
                    return new Found(anchor.Last, TimeInterval.OnDay(day));
                }
        }
        return null;
    }

    private Found? Weekday(Words w, int i, DateOnly pub, bool future)
    {
        if (Calendar.Weekday(w[i]) is not { } wd) return null;
        int k = i + 1;
        if (w[k] is ",") k++;
        // "Wednesday, 12 October": the date wins; a weekday that does not fit it is a recorded conflict.
        if (Absolute(w, k, pub, future) is { Interval.Precision: Precision.Day } date)
        {
            var note = date.Interval.From.DayOfWeek == wd ? null : $"weekday conflict: {wd} does not fall on {date.Interval.From:yyyy-MM-dd}";
            return date with { Note = note };
        }
        int last = i;
        if (Calendar.Is(w[i + 1], "night") || Calendar.Is(w[i + 1], "morning") || Calendar.Is(w[i + 1], "evening")
            || Calendar.Is(w[i + 1], "afternoon")) last = i + 1;
        // "on Friday of the last week", "Tuesday of the previous week" (machine-translated Arabic): that day of the
        // week before the publication week.
        int pre = last + 1 + (Calendar.Is(w[last + 2], "the") ? 1 : 0);
        if (Calendar.Is(w[last + 1], "of") && (Calendar.Is(w[pre + 1], "last") || Calendar.Is(w[pre + 1], "previous") || Calendar.Is(w[pre + 1], "past"))
            && Calendar.Is(w[pre + 2], "week") && !future)
            return new Found(pre + 2, TimeInterval.OnDay(TimeInterval.WeekOf(pub.AddDays(-7)).From.AddDays(((int)wd + 6) % 7)));
        // "on Thursday last week", "Tuesday the previous week": so is a weekday right before "last week".
        int weekAt = last + 1 + (Calendar.Is(w[last + 1], "the") ? 1 : 0);
        if ((Calendar.Is(w[weekAt], "last") || Calendar.Is(w[weekAt], "previous") || Calendar.Is(w[weekAt], "past")) && Calendar.Is(w[weekAt + 1], "week") && !future)
            return new Found(weekAt + 1, TimeInterval.OnDay(TimeInterval.WeekOf(pub.AddDays(-7)).From.AddDays(((int)wd + 6) % 7)));
        bool next = Calendar.Is(w[i - 1], "next");
        bool last_ = Calendar.Is(w[i - 1], "last");
        DateOnly day;
        if (future || next)
        {
            int ahead = ((int)wd - (int)pub.DayOfWeek + 7) % 7;
            if (next && ahead == 0) ahead = 7;
            day = pub.AddDays(ahead);
        }
        else
        {
            int back = ((int)pub.DayOfWeek - (int)wd + 7) % 7;
            if (last_ && back == 0) back = 7;
            day = pub.AddDays(-back);
        }
        // "the night of Saturday to Sunday": the night spans the weekday and the next (a weekday after "to" that is not
        // the next day is left to be read on its own).
        if (last == i && Calendar.Is(w[i - 1], "of") && Calendar.Is(w[i - 2], "night") && Calendar.Is(w[i + 1], "to")
            && Calendar.Weekday(w[i + 2]) is { } then && (int)then == ((int)wd + 1) % 7)
            return new Found(i + 2, new TimeInterval(day, day.AddDays(1), Precision.Range));
        return new Found(last, TimeInterval.OnDay(day));
    }

    private Found? Absolute(Words w, int i, DateOnly pub, bool future)
    {
        var x = w[i];
        // 2023-10-25
        if (x.Length == 10 && x[4] == '-' && x[7] == '-' && DateOnly.TryParseExact(x, "yyyy-MM-dd", out var iso))
            return new Found(i, TimeInterval.OnDay(iso));
        // 25/10/2023, 10/25/2023, 25.10.2023
        if (Numeric(x) is { } numeric) return new Found(i, TimeInterval.OnDay(numeric));
        // "the 29th of last June", "the third of this month": a day of a month named from the publication.
        if (Calendar.Is(x, "the") && Calendar.Is(w[i + 2], "of") && Calendar.Ordinal(w[i + 1]) is > 0 and var dayOf
            && DayOfRelativeMonth(w, i + 3, dayOf, pub, future) is { } relative)
            return relative;
        // "the fourth of January": machine-translated Arabic dates spell the day out.
        if (Calendar.Is(x, "the") && Calendar.Is(w[i + 2], "of") && Calendar.Ordinal(w[i + 1]) is > 0 and var spelled
            && MonthAfterDay(w[i + 3]) is > 0 and var spelledMonth)
            return WithYear(w, i + 3, spelled, spelledMonth, pub, future);
        // 25 October [,] [2023]
        int day = Calendar.Day(x);
        if (day > 0)
        {
            int k = i + 1;
            if (Calendar.Is(w[k], "of")) k++;
            int month = MonthAfterDay(w[k]);
            if (month > 0)
                return WithYear(w, k, day, month, pub, future);
        }
        // "on the night of 14-15 June", "on 3–4 March 2021": two days joined by a dash (one token, or three with an en dash),
        // from the first to the second.
        var (firstDay, lastDay, monthAt) = DayPair(x) is ({ } a, { } b) ? (a, b, i + 1)
            : day > 0 && w[i + 1] is "-" or "–" && Calendar.Day(w[i + 2]) is > 0 and var second ? (day, second, i + 3) : (0, 0, 0);
        if (firstDay > 0 && MonthAfterDay(w[monthAt]) is > 0 and var pairMonth && DaysOf(w, monthAt, firstDay, lastDay, pairMonth, pub, future) is { } pair)
            return pair;
        // October 25 [,] [2023]; October 2023; mid-October; late October
        var part = MonthPart(w, i, out var monthWord);
        int m = Calendar.Month(monthWord);
        if (m > 0)
        {
            // The month word is this token, the part of a hyphenated one ("mid-October"), or the next ("late October").
            int k = part is not null && Calendar.Is(x, part) ? i + 1 : i;
            if (part is null && Calendar.Day(w[k + 1]) is > 0 and var d && !Calendar.Is(w[k + 2], "percent"))
                return WithYear(w, k + 1, d, m, pub, future);
            // "November 20-21[, 2023]"
            if (part is null && DayPair(w[k + 1]) is ({ } from, { } to) && DaysOf(w, k + 1, from, to, m, pub, future) is { } days)
                return days;
            int year = Calendar.Year(w[k + 1]);
            // "in January last year", "late October of this year"
            int yearLast = k + 1;
            if (year == 0 && YearNamed(w, k + 1, pub, out int named) is { } l) (year, yearLast) = (named, l);
            bool marked = part is not null || year > 0 || IsMonthContext(w[i - 1]) || Calendar.Is(w[i - 1], "and") && IsMonthContext(w[i - 3]);
            if (!marked || (Calendar.Is(monthWord, "may") && char.IsLower(monthWord[0])) || (Calendar.Is(monthWord, "march") && char.IsLower(monthWord[0]))) return null;
            bool lastMonth = Calendar.Is(w[i - 1], "last");
            int y = year > 0 ? year : YearOfMonth(m, pub, future, lastMonth);
            var whole = TimeInterval.OfMonth(y, m);
            var range = part switch
            {
                "early" => new TimeInterval(whole.From, whole.From.AddDays(9), Precision.Range),
                "mid" => new TimeInterval(whole.From.AddDays(10), whole.From.AddDays(19), Precision.Range),
                "late" => new TimeInterval(whole.From.AddDays(20), whole.To, Precision.Range),
                _ => whole,
            };
            return new Found(year > 0 ? yearLast : k, range);
        }
        // "the 28th"
        // ("the 19th attack on US forces", "the 5th brigade": an ordinal before a word of its own phrase counts or names;
        // a day stands at its phrase's end, before punctuation or a word that starts a new one, or after "on": "a strike
        // on the 4th killed", "on the 19th militants shelled".)
        if (Calendar.Is(x, "the") && Calendar.Day(w[i + 1]) is > 0 and var nth && w[i + 1].Length > 2 && !char.IsDigit(w[i + 1][^1])
            && Calendar.Month(w[i + 2]) == 0 && !Calendar.Is(w[i + 2], "of") && !Calendar.Is(w[i + 2], "anniversary")
            && !(OrdinalOfNoun(w[i + 2]) && !Calendar.Is(w[i - 1], "on")))
        {
            // The latest such day not after publication (the next one when future), skipping months without it.
            for (int back = 0; back < 4; back++)
            {
                var month = pub.AddMonths(future ? back : -back);
                if (SafeDate(month.Year, month.Month, nth) is { } c && (future ? c >= pub : c <= pub))
                    return new Found(i + 1, TimeInterval.OnDay(c));
            }
        }
        // in 2014, since 2021, by the end of 2021
        // ("in the year 2022", as translated text has it)
        if (Calendar.Year(x) is > 0 and var yearAlone
            && (IsMonthContext(w[i - 1]) || Calendar.Is(w[i - 1], "year") && Calendar.Is(w[i - 2], "the") && IsMonthContext(w[i - 3])))
            return new Found(i, TimeInterval.OfYear(yearAlone));
        // "the 2021 Tayaran Square bombing", "the 2019 protests": a past year between "the" and what it dates ("the 2000 troops",
        // a count of people, is none).
        if (Calendar.Year(x) is > 0 and var yearOf && yearOf <= pub.Year && Calendar.Is(w[i - 1], "the")
            && w[i + 1].Length > 0 && char.IsLetter(w[i + 1][0]) && !CountedPeopleLookup.Contains(w[i + 1]))
            return new Found(i, TimeInterval.OfYear(yearOf));
        return null;
    }

    /// <summary>Whether the word after "the 19th" makes it an ordinal of a noun ("the 19th attack", "the 5th armoured
    /// brigade", "the 23rd Brigade of the Hashd"): a word that is none of the words that may follow a date ("on the 19th when",
    /// "the 19th and"); after "on" the caller keeps the day.</summary>
    private static bool OrdinalOfNoun(ReadOnlySpan<char> next) =>
        next.Length > 0 && char.IsAsciiLetter(next[0]) && !AfterDayLookup.Contains(next) && !AfterDayCapitalisedLookup.Contains(next);

    /// <summary>Nouns of people and units a number before them counts ("the 2000 troops", "the 1500 families"), so that number is
    /// no year.</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> CountedPeopleLookup = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "troops", "soldiers", "people", "personnel", "fighters", "members", "families", "residents", "police", "policemen", "workers",
        "prisoners", "detainees", "servicemen", "marines", "men", "women", "children", "civilians", "refugees", "employees", "staff",
        "Americans", "US", "American", "Iraqi", "Iraqis", "pilgrims", "students", "votes", "dollars", "km", "kilometres", "kilometers",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The words after a day that open a new phrase with a capital ("the 19th When ..." in headings, "the 28th And").</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AfterDayCapitalisedLookup = new HashSet<string>(StringComparer.Ordinal)
    {
        "And", "Or", "But", "At", "In", "On", "When", "While", "After", "Before", "The", "A", "An", "This", "Last", "Next",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AfterDayLookup = new HashSet<string>(StringComparer.Ordinal)
    {
        "and", "or", "but", "at", "in", "on", "when", "while", "after", "before", "as", "during", "to", "with", "from", "by",
        "for", "until", "till", "which", "that", "the", "a", "an", "there", "it", "he", "she", "they", "we", "his", "its",
        "their", "this", "last", "next", "night", "morning", "evening", "afternoon", "itself",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>"mid-October" (one token), "late October", "early October": the part and the month word.</summary>
    private static string? MonthPart(Words w, int i, out ReadOnlySpan<char> month)
    {
        var x = w[i];
        foreach (var p in Parts)
        {
            if (x.Length > p.Length + 1 && x.StartsWith(p, StringComparison.OrdinalIgnoreCase) && x[p.Length] == '-')
            {
                month = x[(p.Length + 1)..];
                return p;
            }
            if (Calendar.Is(x, p))
            {
                month = w[i + 1];
                return p;
            }
        }
        month = x;
        return null;
    }

    private static readonly string[] Parts = ["mid", "early", "late"];

    private static bool IsMonthContext(ReadOnlySpan<char> before) =>
        Calendar.Is(before, "in") || Calendar.Is(before, "since") || Calendar.Is(before, "during") || Calendar.Is(before, "until")
        || Calendar.Is(before, "by") || Calendar.Is(before, "from") || Calendar.Is(before, "of") || Calendar.Is(before, "last")
        || Calendar.Is(before, "this") || Calendar.Is(before, "next") || Calendar.Is(before, "early") || Calendar.Is(before, "late")
        || Calendar.Is(before, "through") || Calendar.Is(before, "till") || Calendar.Is(before, "before") || Calendar.Is(before, "after");

    /// <summary>The year of a month named without one: the latest such month not after publication
    /// ("last October": the latest strictly before the publication month); the next one when future.</summary>
    /// <summary>"last June", "this month", "next month" at <paramref name="k"/>, read as the month that holds the day: the
    /// day in it, or null when no such month is named or the month lacks the day.</summary>
    private static Found? DayOfRelativeMonth(Words w, int k, int day, DateOnly pub, bool future)
    {
        bool last = Calendar.Is(w[k], "last") || Calendar.Is(w[k], "past") || Calendar.Is(w[k], "previous");
        bool next = Calendar.Is(w[k], "next") || Calendar.Is(w[k], "coming");
        if (!last && !next && !Calendar.Is(w[k], "this")) return null;
        DateOnly month;
        if (Calendar.Is(w[k + 1], "month"))
            month = pub.AddMonths(last ? -1 : next ? 1 : 0);
        else if (Calendar.Month(w[k + 1]) is > 0 and var m)
            month = new DateOnly(last ? YearOfMonth(m, pub, false, true) : next ? YearOfMonth(m, pub, true, false) : pub.Year, m, 1);
        else return null;
        return SafeDate(month.Year, month.Month, day) is { } date ? new Found(k + 1, TimeInterval.OnDay(date)) : null;
    }

    /// <summary>The month a word after a day names ("25 October", "the fourth of May"), else 0: "may" in lower case is the
    /// modal ("on 25 may be").</summary>
    private static int MonthAfterDay(ReadOnlySpan<char> word) => Calendar.Is(word, "may") && char.IsLower(word[0]) ? 0 : Calendar.Month(word);

    /// <summary>The days <paramref name="first"/> to <paramref name="last"/> of a month, its year read after the token at
    /// <paramref name="yearAfter"/> as for one day; null unless the first comes before the last.</summary>
    private static Found? DaysOf(Words w, int yearAfter, int first, int last, int month, DateOnly pub, bool future)
    {
        if (first >= last) return null;
        var end = WithYear(w, yearAfter, last, month, pub, future);
        return SafeDate(end.Interval.From.Year, month, first) is { } from
            ? new Found(end.Last, new TimeInterval(from, end.Interval.From, Precision.Range)) : null;
    }

    /// <summary>The two days of a token "14-15" (or with an en dash), else nulls.</summary>
    private static (int?, int?) DayPair(ReadOnlySpan<char> x)
    {
        int dash = x.IndexOfAny('-', '\u2013');
        if (dash <= 0) return (null, null);
        int first = Calendar.Day(x[..dash]), second = Calendar.Day(x[(dash + 1)..]);
        return first > 0 && second > 0 ? (first, second) : (null, null);
    }

    private static int YearOfMonth(int month, DateOnly pub, bool future, bool strictlyBefore)
    {
        if (future) return month >= pub.Month ? pub.Year : pub.Year + 1;
        if (strictlyBefore) return month < pub.Month ? pub.Year : pub.Year - 1;
        return month <= pub.Month ? pub.Year : pub.Year - 1;
    }

    private static Found WithYear(Words w, int monthAt, int day, int month, DateOnly pub, bool future)
    {
        int k = monthAt + 1;
        if (w[k] is ",") k++;
        int year = Calendar.Year(w[k]);
        if (year > 0 && SafeDate(year, month, day) is { } full) return new Found(k, TimeInterval.OnDay(full));
        // "on 3 January last year", "the 12th of May of this year"
        if (YearNamed(w, k, pub, out int named) is { } last && SafeDate(named, month, day) is { } told) return new Found(last, TimeInterval.OnDay(told));
        // No year: the latest such date not after publication (the next one when the verb is future).
        var candidate = SafeDate(pub.Year, month, day) ?? SafeDate(pub.Year - 1, month, day) ?? new DateOnly(pub.Year, month, 1);
        if (!future && candidate > pub) candidate = SafeDate(pub.Year - 1, month, day) ?? candidate;
        if (future && candidate < pub) candidate = SafeDate(pub.Year + 1, month, day) ?? candidate;
        return new Found(monthAt, TimeInterval.OnDay(candidate));
    }

    /// <summary>"last year", "this year", "next year", also after "of", and a written year after "of" or "of the year"
    /// ("April of 2022", "in April of the year 2022", as translated text has it), starting at <paramref name="k"/>: the
    /// year and the last token, else null.</summary>
    private static int? YearNamed(Words w, int k, DateOnly pub, out int year)
    {
        if (Calendar.Is(w[k], "of"))
        {
            k++;
            int at = Calendar.Is(w[k], "the") && Calendar.Is(w[k + 1], "year") ? k + 2 : k;
            if (Calendar.Year(w[at]) is > 0 and var written) { year = written; return at; }
        }
        year = Calendar.Is(w[k + 1], "year") ? Calendar.Is(w[k], "last") ? pub.Year - 1 : Calendar.Is(w[k], "this") ? pub.Year : Calendar.Is(w[k], "next") ? pub.Year + 1 : 0 : 0;
        return year > 0 ? k + 1 : null;
    }

    private DateOnly? Numeric(ReadOnlySpan<char> x)
    {
        if (x.Length is < 8 or > 10) return null;
        char sep = x.Contains('/') ? '/' : x.Contains('.') ? '.' : '\0';
        if (sep == '\0') return null;
        Span<Range> parts = stackalloc Range[4];
        if (x.Split(parts, sep) != 3) return null;
        if (!int.TryParse(x[parts[0]], out var a) || !int.TryParse(x[parts[1]], out var b) || !int.TryParse(x[parts[2]], out var y) || y < 1900) return null;
        // The outlet's convention when both readings are possible; the only possible one otherwise.
        bool dayFirst = a > 12 || (b <= 12 && DayFirst);
        return dayFirst ? SafeDate(y, b, a) : SafeDate(y, a, b);
    }

    private static DateOnly? SafeDate(int y, int m, int d) =>
        y is >= 1 and <= 9999 && m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, m) ? new DateOnly(y, m, d) : null;

    /// <summary>Whether an ordinal ("second", "third", "fifth") stands within the six words before <paramref name="i"/>, in its
    /// clause: "the second attack on the base in four days" counts acts over a span.</summary>
    private static bool OrdinalBefore(Words w, int i)
    {
        for (int j = i - 1; j >= 0 && j >= i - 6; j--)
        {
            if (w[j] is "," or ";" or ":") return false;
            if (Calendar.Is(w[j], "second") || Calendar.Ordinal(w[j]) is > 1 and <= 20 && !char.IsDigit(w[j][0])) return true;
        }
        return false;
    }

    private static Found? Relative(Words w, int i, DateOnly pub, bool future)
    {
        var x = w[i];
        // "in two days", "in a week": ahead of publication; not "for the second time in a month", "twice in a week",
        // a span that counts acts.
        // ("the second attack on the base in four days": nor one after an ordinal that counts acts.)
        if (Calendar.Is(x, "in") && Calendar.Number(w[i + 1]) is > 0 and var ahead && DaysOf(w[i + 2], ahead) is { } daysAhead
            && !Calendar.Is(w[i + 3], "ago") && !(Calendar.Is(w[i - 1], "time") || Calendar.Is(w[i - 1], "times") || Calendar.Is(w[i - 1], "twice"))
            && !OrdinalBefore(w, i))
            return new Found(i + 2, TimeInterval.OnDay(pub.AddDays(daysAhead)));
        if (Calendar.Is(x, "today") || Calendar.Is(x, "tonight")) return new Found(i, TimeInterval.OnDay(pub));
        if (Calendar.Is(x, "yesterday")) return new Found(i, TimeInterval.OnDay(pub.AddDays(-1)));
        if (Calendar.Is(x, "tomorrow")) return new Found(i, TimeInterval.OnDay(pub.AddDays(1)));
        if (Calendar.Is(x, "the") && Calendar.Is(w[i + 1], "day") && Calendar.Is(w[i + 2], "before") && Calendar.Is(w[i + 3], "yesterday"))
            return new Found(i + 3, TimeInterval.OnDay(pub.AddDays(-2)));
        if (Calendar.Is(x, "last") && Calendar.Is(w[i + 1], "night")) return new Found(i + 1, TimeInterval.OnDay(pub.AddDays(-1)));
        if (Calendar.Is(x, "this") && (Calendar.Is(w[i + 1], "morning") || Calendar.Is(w[i + 1], "afternoon") || Calendar.Is(w[i + 1], "evening")))
            return new Found(i + 1, TimeInterval.OnDay(pub));
        if ((Calendar.Is(x, "earlier") || Calendar.Is(x, "later")) && Calendar.Is(w[i + 1], "today")) return new Found(i + 1, TimeInterval.OnDay(pub));
        // "N days ago", "a week ago", "48 hours ago"
        int n = Calendar.Number(x);
        if (n > 0 && Calendar.Is(w[i + 2], "ago") && DaysOf(w[i + 1], n) is { } days)
        {
            var unit = w[i + 1];
            if (unit.StartsWith("week", StringComparison.OrdinalIgnoreCase)) return new Found(i + 2, TimeInterval.WeekOf(pub.AddDays(-days)));
            if (unit.StartsWith("month", StringComparison.OrdinalIgnoreCase))
            {
                var mo = pub.AddMonths(-n);
                return new Found(i + 2, TimeInterval.OfMonth(mo.Year, mo.Month));
            }
            if (unit.StartsWith("year", StringComparison.OrdinalIgnoreCase)) return new Found(i + 2, TimeInterval.OfYear(pub.Year - n));
            return new Found(i + 2, TimeInterval.OnDay(pub.AddDays(-days)));
        }
        // earlier this month / late last month / early this year …
        int at = i;
        string? part = null;
        if (Calendar.Is(x, "earlier") || Calendar.Is(x, "early") || Calendar.Is(x, "late") || Calendar.Is(x, "mid") || Calendar.Is(x, "later"))
        {
            part = x.ToString().ToLowerInvariant();
            at = i + 1;
        }
        var which = w[at];
        var unitWord = w[at + 1];
        bool lastOne = Calendar.Is(which, "last") || Calendar.Is(which, "past") || Calendar.Is(which, "previous");
        bool thisOne = Calendar.Is(which, "this") || Calendar.Is(which, "the") && Calendar.Is(unitWord, "current");
        bool nextOne = Calendar.Is(which, "next") || Calendar.Is(which, "coming");
        if (!(lastOne || thisOne || nextOne)) return null;
        TimeInterval span;
        if (Calendar.Is(unitWord, "week"))
            span = TimeInterval.WeekOf(lastOne ? pub.AddDays(-7) : nextOne ? pub.AddDays(7) : pub);
        else if (Calendar.Is(unitWord, "month"))
        {
            var mo = lastOne ? pub.AddMonths(-1) : nextOne ? pub.AddMonths(1) : pub;
            span = TimeInterval.OfMonth(mo.Year, mo.Month);
        }
        else if (Calendar.Is(unitWord, "year"))
            span = TimeInterval.OfYear(lastOne ? pub.Year - 1 : nextOne ? pub.Year + 1 : pub.Year);
        else return null;
        if (thisOne)
        {
            // "this week", "this month": up to publication; "earlier this month": up to the day before.
            if (part is null or "earlier")
            {
                // "this week", "this month": up to publication; "earlier this month": up to the day before.
                span = span with { To = part == "earlier" ? pub.AddDays(-1) : pub };
                if (part == "earlier" && span.To < span.From) span = span with { To = span.From };
                return new Found(at + 1, span with { Precision = part is null ? span.Precision : Precision.Range });
            }
            nextOne = true; // "late this month" names its part of the month, however far ahead.
        }
        int length = span.To.DayNumber - span.From.DayNumber + 1;
        var result = part switch
        {
            "early" => Tenth(span, 0, Calendar.Is(unitWord, "month") ? 10 : Math.Max(1, length / 3)),
            "mid" => Tenth(span, Calendar.Is(unitWord, "month") ? 10 : length / 3, Calendar.Is(unitWord, "month") ? 10 : length / 3),
            "late" => new TimeInterval(Calendar.Is(unitWord, "month") ? span.From.AddDays(20) : span.From.AddDays(length * 2 / 3), span.To, Precision.Range),
            _ => span,
        };
        if (!nextOne && result.To > pub) result = result with { To = pub };
        return new Found(at + 1, result);
    }

    private static TimeInterval Tenth(TimeInterval span, int skip, int days) =>
        new(span.From.AddDays(skip), span.From.AddDays(skip + days - 1), Precision.Range);

    private static Found? Holiday(Words w, int i, DateOnly pub, bool future = false)
    {
        var x = w[i];
        (int Month, int Day, int Last)? h = null;
        if (Calendar.Is(x, "New") && Calendar.Is(w[i + 1], "Year") && Calendar.Is(w[i + 2], "'s"))
        {
            if (Calendar.Is(w[i + 3], "Day")) h = (1, 1, i + 3);
            else if (Calendar.Is(w[i + 3], "Eve")) h = (12, 31, i + 3);
        }
        else if (Calendar.Is(x, "Christmas")) h = Calendar.Is(w[i + 1], "Eve") ? (12, 24, i + 1) : (12, 25, Calendar.Is(w[i + 1], "Day") ? i + 1 : i);
        else if (Calendar.Is(x, "the") && Calendar.Is(w[i + 1], "new") && Calendar.Is(w[i + 2], "year")) h = (1, 1, i + 2);
        if (h is not { } hol) return null;
        var day = new DateOnly(pub.Year, hol.Month, hol.Day);
        if (!future && day > pub) day = day.AddYears(-1);
        if (future && day < pub) day = day.AddYears(1);
        return new Found(hol.Last, TimeInterval.OnDay(day));
    }
}
