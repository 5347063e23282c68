using System.Text.RegularExpressions;
using Sitrep.Core.Documents;
using Sitrep.Core.Knowledge.Actors;
using Sitrep.Core.Pipeline;

namespace Sitrep.Core.Names;

/// <summary>
/// Finds relations between the actors of a story, each with its sentence:
/// <list type="bullet">
/// <item>from the usual constructions between two mentions of one sentence: "X, led by Y",
/// "Y, the leader of X", "the leader of X, Y", "X leader Y", "X spokesman Y", "Y, a spokesman for X",
/// "X, a faction of Z", "Z, which includes A, B and C", "A, B and C … unite under Z",
/// "Iran-backed X", "X, backed by Z", "anti-US X";</item>
/// <item>from the knowledge base, for what the story shows: the office a person it names holds on
/// the story's date ("Former …" where the text says former), and the leader, spokesperson and
/// member ties between two actors named in one sentence.</item>
/// </list>
/// Every relation is checked against the knowledge base: confirmed, new, or contradicts.
/// </summary>
public sealed class RelationStage : IStage
{
    public const string StageName = "relations";
    public const int Version = 1;

    public StageInfo Info { get; } = new(StageName, Version, Layers.Mentions, Layers.Relations);

    // Text between two mentions A … B, lower case, quotes and defined abbreviations removed. The constructions' words
    // come from data/actors/relation-words.tsv ({class} below).
    private readonly Regex _ledBy, _leads, _headTitle, _leaderOf, _oneOf, _wingOf, _aligningWith, _spokesTitle, _spokesFor, _factionOf,
        _leaderOfBefore, _spokesBefore, _itsTitle, _includes, _uniteUnder, _backedBy;

    /// <summary>A word of every construction the pairwise patterns read (titles, leading, membership, wings,
    /// spokespeople, factions, backing): a between with none of them can match none, so it is passed over.</summary>
    private readonly System.Buffers.SearchValues<string> _constructionWords;

    /// <summary>The classes of the pairwise patterns, each a bit of <see cref="_constructionClasses"/>.</summary>
    private static readonly string[] ConstructionClassNames =
        ["leading-by", "leading", "head-title", "member-role", "wing", "spokes-noun", "spokes-title", "faction", "backing"];

    private const int LeadingBy = 1, Leading = 2, HeadTitle = 4, MemberRole = 8, Wing = 16, SpokesNoun = 32, SpokesTitle = 64,
        Faction = 128, Backing = 256;

    /// <summary>The words of <see cref="_constructionWords"/>, each with the bits of the classes that hold it: the classes a
    /// between holds a word of, found in one scan, say which pairwise patterns can match it (a pattern needs a word of its
    /// class), so the others are not run ("killed" holds "led": only the two patterns of leading are tried).</summary>
    private readonly string[] _constructionList;
    private readonly int[] _constructionClasses;

    /// <summary>The words one of <see cref="_aligningWith"/>, <see cref="_includes"/>, <see cref="_uniteUnder"/> and
    /// <see cref="_itsTitle"/> cannot match without (the text they read is in lower case, as the words are): a text with
    /// none of them is passed over unread. These patterns are tried on every mention or pair of neighbours.</summary>
    private readonly System.Buffers.SearchValues<string> _aligningWords, _includingWords, _unitingWords, _possessiveWords;

    public RelationStage(ActorKb kb, RelationWords words)
    {
        _kb = kb;
        _leadersOf = LeadersOf(kb);
        _ledBy = words.Compile(@"^,? ?(who is |which is )?{leading-by} by$");                        // A led by B: leader_of(B, A)
        _leads = words.Compile(@"^{leading}( the| a| an)?$");                                        // A led a coalition B: leader_of(A, B)
        _headTitle = words.Compile(@"^('s)? ?{head-title}$");                                         // A leader B: leader_of(B, A)
        _leaderOf = words.Compile(@"^, ?(the |its )?([a-z-]+ ){0,2}{head-title} of( the)?( [a-z-]+){0,2}$"); // A, the leader of B: leader_of(A, B)
        _oneOf = words.Compile(@"^, ?(a |an |one of the )([a-z-]+ ){0,2}{member-role} (of|in|from|within)( the)?( [a-z-]+){0,2}$"); // A, a leader of B: member_of(A, B)
        _wingOf = words.Compile(@"^(,? ?(the |its ))?([a-z-]+ )?{wing} (of|within)( the)?( [a-z-]+){0,2}$"); // A bloc of B: part_of(A, B)
        _aligningWith = words.Compile(@"\b{aligning} (themselves |itself |himself )?with( the)?( position| stance| camp| line)?( of)?( [a-z-]+){0,3}$"); // A, B and C … aligning themselves with Y
        _spokesTitle = words.Compile(@"^('s)? ?([a-z-]+ ){0,2}{spokes-title}( [a-z.]+){0,3}$");      // A spokesman B: spokesperson_of(B, A)
        _spokesFor = words.Compile(@"^, ?(the |a |an |its )?([a-z-]+ ){0,2}{spokes-noun} (for|of)( the)?( [a-z'-]+){0,10}$"); // A, a spokesman for B: spokesperson_of(A, B)
        _factionOf = words.Compile(@"^,? ?(a |an |one |the )?([a-z-]+ ){0,2}{faction} (of|within|in|inside)( the)?( [a-z-]+){0,2}$"); // A, a faction of B: member_of(A, B)
        _leaderOfBefore = words.Compile(@"{head-title} of( the)?$");                                  // the leader of A, B / the leader of A B
        _spokesBefore = words.Compile(@"{spokes-noun} (for|of)( the)?$");                             // the spokesperson for A, B
        _itsTitle = words.Compile(@"\b(its|their) ({head-title}|{spokes-noun}),?$");                   // the group … its leader(,) B: leader_of(B, group)
        _includes = words.Compile(@"^(,|–|-|—)? ?((which|that|who) {including}|including)\b");        // Z, which includes A, B and C
        _uniteUnder = words.Compile(@"\b{uniting} (under|into|as)?\b");                               // A, B and C decided to unite under Z
        _backedBy = words.Compile(@"^,? ?(that are |which are |who are |groups |militias |factions )?{backing} (by|with)$"); // A backed by B: aligned_with(A, B)
        _constructionList = [.. ConstructionClassNames.SelectMany(c => words[c]).Distinct()];
        _constructionClasses = [.. _constructionList.Select(w =>
            Enumerable.Range(0, ConstructionClassNames.Length).Where(c => words[ConstructionClassNames[c]].Contains(w)).Sum(c => 1 << c))];
        _constructionWords = System.Buffers.SearchValues.Create(_constructionList, StringComparison.Ordinal);
        _aligningWords = WordsOf(words["aligning"]);
        _includingWords = WordsOf([.. words["including"], "including"]);
        _unitingWords = WordsOf(words["uniting"]);
        _possessiveWords = WordsOf(["its ", "their "]);
    }

    private static System.Buffers.SearchValues<string> WordsOf(IEnumerable<string> words) =>
        System.Buffers.SearchValues.Create([.. words.Distinct()], StringComparison.Ordinal);

    /// <summary>Whether <paramref name="pattern"/> matches <paramref name="text"/>, tried only when the text holds one
    /// of the words the pattern needs.</summary>
    private static bool Matches(Regex pattern, System.Buffers.SearchValues<string> needed, ReadOnlySpan<char> text) =>
        text.IndexOfAny(needed) >= 0 && pattern.IsMatch(text);

    /// <summary>Whether <paramref name="pattern"/> matches <paramref name="text"/>, run only when the text holds a word of the
    /// pattern's class (<see cref="ConstructionClasses"/>).</summary>
    private static bool Tried(int classes, int needed, Regex pattern, ReadOnlySpan<char> text) =>
        (classes & needed) != 0 && pattern.IsMatch(text);

    /// <summary>Whether the words before a mention end in " of" or " for", with or without " the": neither
    /// <see cref="_leaderOfBefore"/> nor <see cref="_spokesBefore"/> can match a text that does not (most lists of names, "A, B",
    /// have nothing of the kind before them), so they are not run on it.</summary>
    /// <summary>The bits of the classes with a word in <paramref name="text"/> (anywhere, as in a word or not: a superset of
    /// what the patterns read), 0 when it holds none.</summary>
    private int ConstructionClasses(ReadOnlySpan<char> text)
    {
        int classes = 0;
        for (int at = text.IndexOfAny(_constructionWords); at >= 0;)
        {
            var rest = text[at..];
            for (int w = 0; w < _constructionList.Length; w++)
                if (rest.StartsWith(_constructionList[w], StringComparison.Ordinal)) classes |= _constructionClasses[w];
            int next = text[(at + 1)..].IndexOfAny(_constructionWords);
            at = next < 0 ? -1 : at + 1 + next;
        }
        return classes;
    }

    private static bool EndsWithOfOrFor(ReadOnlySpan<char> before)
    {
        if (before.EndsWith(" the", StringComparison.Ordinal)) before = before[..^4];
        return before.EndsWith(" of", StringComparison.Ordinal) || before.EndsWith(" for", StringComparison.Ordinal);
    }

    private readonly ActorKb _kb;

    public void Run(Document doc)
    {
        var day = doc.Published;
        var found = new List<RelationMention>();
        // Short references ("the coalition") may stand in a construction as the body a person leads.
        foreach (var ms in BySentence(doc.Mentions, static m => m.EntityId is not null))
        {
            for (int i = 0; i < ms.Count; i++)
            {
                // The constructions join neighbours: the next actor named after A. A name inside a
                // compound ("Iran-backed") only qualifies the next one, so it is passed over.
                for (int j = i + 1; j < ms.Count && j <= NextActor(doc, ms, i); j++)
                {
                    var a = ms[i];
                    var b = ms[j];
                    if (IsCompound(doc, b) || a.EntityId == b.EntityId || (a.Via == "reference" && b.Via == "reference")) continue;
                    var between = Between(doc, a.End, b.Start);
                    if (between.Length > 160) break;
                    // Each construction below holds a word of its class: without any, none can match.
                    int classes = between.Length > 2 ? ConstructionClasses(between) : 0;
                    if (between.Length > 2 && classes == 0) continue;
                    bool deputy = between.Contains("deputy", StringComparison.Ordinal);
                    // "A, B" or "A B": the words before A may say what B is to A. No construction below fits in two
                    // characters, so a between this short tries none of them.
                    if (between.IsEmpty || between.SequenceEqual(","))
                    {
                        var before = Before(doc, a.Start, ms, i);
                        if (!EndsWithOfOrFor(before)) continue;
                        if (_leaderOfBefore.IsMatch(before)) Add(found, "leader_of", b, a, doc);
                        else if (_spokesBefore.IsMatch(before)) Add(found, "spokesperson_of", b, a, doc);
                    }
                    else if (between.Length <= 2) continue;
                    else if (Tried(classes, LeadingBy, _ledBy, between) || (Tried(classes, HeadTitle, _headTitle, between) && !deputy)) Add(found, "leader_of", b, a, doc);
                    else if (Tried(classes, Leading, _leads, between) && IsGroup(b)) Add(found, "leader_of", a, b, doc);
                    else if (Tried(classes, MemberRole, _oneOf, between)) Add(found, "member_of", a, b, doc);
                    else if (Tried(classes, HeadTitle, _leaderOf, between) && !deputy) Add(found, "leader_of", a, b, doc);
                    else if (Tried(classes, Wing, _wingOf, between)) Add(found, "part_of", a, b, doc);
                    else if (Tried(classes, SpokesTitle, _spokesTitle, between)) Add(found, "spokesperson_of", b, a, doc);
                    else if (Tried(classes, SpokesNoun, _spokesFor, between)) Add(found, "spokesperson_of", a, b, doc);
                    else if (Tried(classes, Faction, _factionOf, between)) Add(found, MemberType(a, b), a, b, doc);
                    else if (Tried(classes, Backing, _backedBy, between)) Add(found, "aligned_with", a, b, doc);
                }
                Hyphenated(doc, ms, i, found);
            }
            Lists(doc, ms, found);
            Aligning(doc, ms, found);
            Titles(doc, ms, found);
            Possessives(doc, ms, found);
        }
        FromKnowledge(doc, day, found);
        doc.Relations.AddRange(Dedupe(found));
    }

    /// <summary>The mentions that <paramref name="keep"/> accepts, one list per sentence in the order the
    /// sentences first appear, each in text order (ties keep their order): what GroupBy and OrderBy
    /// gave, without their iterators, groupings and buffers.</summary>
    /// <remarks>The lists are the thread's (<see cref="SentenceGroups"/>) and hold until the next call: a caller reads them
    /// to the end before it asks again (a dictionary and a list per sentence, made twice a story, were 16 of the step's 22 KB
    /// an article, speed round 29).</remarks>
    private static List<List<Mention>> BySentence(List<Mention> mentions, Func<Mention, bool> keep)
    {
        var kept = t_groups ??= new SentenceGroups();
        var groups = kept.Start();
        foreach (var m in mentions)
        {
            if (!keep(m)) continue;
            kept.Of(m.Sentence).Add(m);
        }
        // A stable insertion sort by start: the mentions come nearly sorted, and ties must keep their order.
        foreach (var group in groups)
            for (int i = 1; i < group.Count; i++)
            {
                var m = group[i];
                int j = i - 1;
                for (; j >= 0 && group[j].Start > m.Start; j--) group[j + 1] = group[j];
                group[j + 1] = m;
            }
        return groups;
    }

    private string MemberType(Mention a, Mention b) =>
        _kb[a.EntityId!]?.Kind == "state_force" && _kb[b.EntityId!]?.Kind is "state_force" or "government" ? "part_of" : "member_of";

    private static bool IsCompound(Document doc, Mention m) => m.End < doc.Text.Length && doc.Text[m.End] == '-';

    /// <summary>Index of the first mention after <paramref name="i"/> that is not inside a compound.</summary>
    private static int NextActor(Document doc, List<Mention> ms, int i)
    {
        int j = i + 1;
        while (j < ms.Count && IsCompound(doc, ms[j])) j++;
        return j;
    }

    /// <summary>"Iran-backed X", "pro-Iran X", "anti-US X": the mention sits inside a hyphenated word before X.</summary>
    private void Hyphenated(Document doc, List<Mention> ms, int i, List<RelationMention> found)
    {
        var m = ms[i];
        int wordStart = m.Start, wordEnd = m.End;
        while (wordStart > 0 && !char.IsWhiteSpace(doc.Text[wordStart - 1])) wordStart--;
        while (wordEnd < doc.Text.Length && !char.IsWhiteSpace(doc.Text[wordEnd])) wordEnd++;
        var word = doc.Text.AsSpan(wordStart, wordEnd - wordStart);
        string? type = null;
        if (word.StartsWith("anti-", StringComparison.OrdinalIgnoreCase)) type = "opposed_to";
        else if (word.StartsWith("pro-", StringComparison.OrdinalIgnoreCase)) type = "aligned_with";
        else
        {
            var after = doc.Text.AsSpan(m.End, wordEnd - m.End);
            if (after.StartsWith("-backed") || after.StartsWith("-aligned") || after.StartsWith("-allied") || after.StartsWith("-supported")
                || after.StartsWith("-funded") || after.StartsWith("-sponsored")) type = "aligned_with";
        }
        if (type is null) return;
        // The actor it qualifies follows within a few words.
        for (int k = i + 1; k < ms.Count; k++)
        {
            if (ms[k].Start - wordEnd > 40) break;
            if (ms[k].Start >= wordEnd && ms[k].EntityId != m.EntityId) { Add(found, type, ms[k], m, doc); break; }
        }
    }

    /// <summary>"Z, which includes A, B and C" and "A, B and C decided to unite under Z".</summary>
    private void Lists(Document doc, List<Mention> ms, List<RelationMention> found)
    {
        for (int z = 0; z < ms.Count; z++)
        {
            if (!IsGroup(ms[z])) continue;
            int k = z + 1;
            if (k < ms.Count && Matches(_includes, _includingWords, Between(doc, ms[z].End, Math.Min(doc.Sentences[ms[z].Sentence].End, ms[z].End + 40))))
            {
                // Every group named after "which includes", up to the end of the clause; the people
                // named in the list ("X led by Y") are passed over.
                for (; k < ms.Count; k++)
                {
                    var gap = doc.Text.AsSpan(ms[k - 1].End, Math.Max(0, ms[k].Start - ms[k - 1].End));
                    if (gap.IndexOfAny(';', ')') >= 0) break;
                    if (IsGroup(ms[k]) && ms[k].EntityId != ms[z].EntityId) Add(found, MemberType(ms[k], ms[z]), ms[k], ms[z], doc);
                }
            }
            // Members listed before the verb that makes the umbrella.
            var lead = Between(doc, z > 0 ? ms[z - 1].End : doc.Sentences[ms[z].Sentence].Start, ms[z].Start);
            if (z >= 2 && Matches(_uniteUnder, _unitingWords, lead))
            {
                for (int m = z - 1; m >= 0; m--)
                    if (IsGroup(ms[m]) && ms[m].EntityId != ms[z].EntityId) Add(found, "member_of", ms[m], ms[z], doc);
            }
        }
    }

    private bool IsGroup(Mention m) => _kb[m.EntityId!]?.Kind is "armed_group" or "coalition" or "party";

    /// <summary>"A, led by …, and B … aligning themselves with Y": the groups before the cue side with Y.</summary>
    private void Aligning(Document doc, List<Mention> ms, List<RelationMention> found)
    {
        for (int y = 1; y < ms.Count; y++)
        {
            var lead = Between(doc, ms[y - 1].End, ms[y].Start);
            if (!Matches(_aligningWith, _aligningWords, lead)) continue;
            for (int g = y - 1; g >= 0; g--)
                if (IsGroup(ms[g]) && ms[g].EntityId != ms[y].EntityId) Add(found, "aligned_with", ms[g], ms[y], doc);
        }
    }

    /// <summary>"Yemen's Houthis claimed the attack. Their leader, X, said …", "the Pentagon announced it, and
    /// its spokesman, X, said": the body the possessive stands for is the last one named before it in the
    /// sentence, or else the first one the sentence before names (its subject, mostly).</summary>
    private void Possessives(Document doc, List<Mention> ms, List<RelationMention> found)
    {
        for (int i = 0; i < ms.Count; i++)
        {
            var m = ms[i];
            if (m.Via == "reference" || KindOf(doc, m.EntityId!) != "person") continue;
            var before = Before(doc, m.Start, ms, i);
            if (!Matches(_itsTitle, _possessiveWords, before)) continue;
            var type = before[Math.Max(0, before.Length - 14)..].Contains("spokes", StringComparison.Ordinal) ? "spokesperson_of" : "leader_of";
            string? body = null;
            for (int k = i - 1; k >= 0 && body is null; k--)
                if (IsBody(doc, ms[k])) body = ms[k].EntityId;
            if (body is null)
                foreach (var g in doc.Mentions)
                    if (g.Sentence == m.Sentence - 1 && IsBody(doc, g)) { body = g.EntityId; break; }
            if (body is not null)
                found.Add(new RelationMention(type, m.EntityId!, body, m.Sentence, Check(type, m.EntityId!, body, doc.Published)));
        }
    }

    private bool IsBody(Document doc, Mention g) =>
        g.EntityId is not null && g.Via != "reference" && _kb[g.EntityId] is { Kind: not ("person" or "media") };

    /// <summary>A person's title in the text: a rank before the name ("Major General X"), a title
    /// phrase in apposition ("X, deputy head of the Y", "Member of the Z, X"), or "government
    /// spokesman X" for the government the story is about.</summary>
    private void Titles(Document doc, List<Mention> ms, List<RelationMention> found)
    {
        foreach (var m in ms)
        {
            if (m.Via == "reference" || KindOf(doc, m.EntityId!) != "person") continue;
            // "Iraqi Defence Minister X": the office the name stage read from the title.
            if (m.Via == "unlinked" && doc.Unlinked.TryGetValue(m.EntityId!, out var unlinked) && unlinked.Title is { } office)
                found.Add(new RelationMention("role", m.EntityId!, office, m.Sentence, "new"));
            var sentence = doc.Sentences[m.Sentence];
            // Spans rather than substrings: this runs for every person mentioned.
            var before = doc.Text.AsSpan(sentence.Start, m.Start - sentence.Start).TrimEnd();
            var surface = doc.Text.AsSpan(m.Start, m.Length);
            foreach (var rank in Ranks)
                if (before.EndsWith(rank, StringComparison.Ordinal)
                    || (surface.Length > rank.Length && surface[rank.Length] == ' ' && surface.StartsWith(rank, StringComparison.Ordinal)))
                {
                    found.Add(new RelationMention("role", m.EntityId!, rank.Replace("Brig. Gen.", "Brigadier General").Replace("Maj. Gen.", "Major General").Replace("Lt. Gen.", "Lieutenant General"), m.Sentence, "new"));
                    break;
                }
            // "government spokesman X": the spokesperson of the story's government.
            if (before.EndsWith("government spokesman", StringComparison.OrdinalIgnoreCase) || before.EndsWith("government spokesperson", StringComparison.OrdinalIgnoreCase))
            {
                var government = GovernmentNamed(doc);
                if (government is not null) found.Add(new RelationMention("spokesperson_of", m.EntityId!, government, m.Sentence, Check("spokesperson_of", m.EntityId!, government, doc.Published)));
            }
            // "X, deputy head of the Y and …": the apposition after the name.
            var after = doc.Text.AsSpan(m.End, sentence.End - m.End);
            if (after.StartsWith(", ", StringComparison.Ordinal) && TitlePhrase(after[2..]) is { } title)
                found.Add(new RelationMention("role", m.EntityId!, title, m.Sentence, "new"));
            // "Member of the Z, X": a title phrase opening the clause before the name.
            if (before.EndsWith(',') && TitlePhrase(LastClause(before[..^1])) is { } lead && char.IsUpper(lead[0]))
                found.Add(new RelationMention("role", m.EntityId!, lead, m.Sentence, "new"));
        }
    }

    /// <summary>The government the story names most by a name with "government" in it, or null. (A method of its own: its
    /// lambdas close over the document, and in <see cref="Titles"/> that closure was made for every sentence with a name.)</summary>
    private string? GovernmentNamed(Document doc) =>
        doc.Mentions.Where(x => x.EntityId is not null && _kb[x.EntityId]?.Kind == "government"
                && doc.Text.AsSpan(x.Start, x.Length).Contains("government", StringComparison.OrdinalIgnoreCase))
            .GroupBy(x => x.EntityId!).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).FirstOrDefault()?.Key;

    private static readonly string[] Ranks = ["Lieutenant General", "Major General", "Brigadier General", "Brig. Gen.", "Maj. Gen.", "Lt. Gen."];

    private static readonly string[] TitleHeads = ["deputy ", "member of ", "commander of ", "head of ", "director of ", "chief of ", "minister of ", "chairman of ", "secretary of "];

    private static readonly string[] TitleStops = [",", ".", ";", " who ", " said", " says", "\""];

    /// <summary>A title phrase: it starts with a title word and runs to the next comma, "and" or full stop.
    /// Read over a span; only a phrase found becomes a string.</summary>
    private static string? TitlePhrase(ReadOnlySpan<char> text)
    {
        text = text.TrimStart("\" ");
        if (!StartsWithTitleHead(text)) return null;
        int end = text.Length;
        foreach (var stop in TitleStops)
        {
            int at = text.IndexOf(stop, StringComparison.Ordinal);
            if (at > 0 && at < end) end = at;
        }
        // "and" ends the title unless it joins two capitalized words ("Security and Defense Committee").
        for (int at = text.IndexOf(" and ", StringComparison.Ordinal); at > 0 && at < end; at = NextAnd(text, at))
            if (at + 5 >= text.Length || !char.IsUpper(text[at + 5])) { end = at; break; }
        var phrase = text[..end].Trim();
        // As many words as string.Split(' ') gives: one more than the spaces.
        if (phrase.Count(' ') + 1 is < 3 or > 10) return null;
        return string.Concat([char.ToUpperInvariant(phrase[0])], phrase[1..]);
    }

    private static int NextAnd(ReadOnlySpan<char> text, int at)
    {
        int next = text[(at + 1)..].IndexOf(" and ", StringComparison.Ordinal);
        return next < 0 ? -1 : at + 1 + next;
    }

    private static bool StartsWithTitleHead(ReadOnlySpan<char> text)
    {
        foreach (var h in TitleHeads) if (text.StartsWith(h, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    private static ReadOnlySpan<char> LastClause(ReadOnlySpan<char> text)
    {
        int cut = Math.Max(text.LastIndexOf(", ", StringComparison.Ordinal), text.LastIndexOf(": ", StringComparison.Ordinal));
        return cut >= 0 ? text[(cut + 2)..] : text;
    }

    private string? KindOf(Document doc, string id) =>
        _kb[id]?.Kind ?? (doc.Unlinked.TryGetValue(id, out var u) ? u.Kind : null);

    /// <summary>The offices of a person the story names that its text shows by their titles. (Plain loops: the
    /// lambdas here captured the parameters, so a closure was made at every call, with a delegate and an iterator
    /// for the first mention, the office roles and each test of the heads.)</summary>
    private void Offices(Document doc, DateOnly? day, string id, Actor person, List<RelationMention> found)
    {
        for (int k = 0; k < person.Roles.Count; k++)
        {
            var role = person.Roles[k];
            if (role.Role != "office") continue;
            // The knowledge base says which office; the text must show it by its title nearby.
            var head = TitleHead(role.Title!);
            if (!AnyTitledAs(doc, id, head, "")) continue;
            if (role.HoldsOn(day)) found.Add(new RelationMention("role", id, role.Title!, FirstSentence(doc, id), "confirmed"));
            else if (role.EndedBefore(day) && AnyTitledAs(doc, id, head, "former "))
                found.Add(new RelationMention("role", id, "Former " + role.Title!, FirstSentence(doc, id), "confirmed"));
        }
    }

    /// <summary>Whether a mention of the person stands after (or before) one of the heads of a title, with
    /// <paramref name="former"/> ("former ") before the head (then trimmed) when not empty.</summary>
    private static bool AnyTitledAs(Document doc, string id, string[] head, string former)
    {
        foreach (var h in head)
            if (TitledAs(doc, id, former.Length == 0 ? h : former + h.Trim())) return true;
        return false;
    }

    /// <summary>The sentence of the story's first mention of an actor (the story names it: there is one).</summary>
    private static int FirstSentence(Document doc, string id)
    {
        foreach (var m in doc.Mentions)
            if (m.EntityId == id) return m.Sentence;
        throw new InvalidOperationException("no mention of " + id);
    }

    /// <summary>What the knowledge base adds for the actors the story names.</summary>
    private void FromKnowledge(Document doc, DateOnly? day, List<RelationMention> found)
    {
        var named = doc.Mentions.Where(m => m.EntityId is not null && m.Via is "name" or "context" or "abbreviation")
            .Select(m => m.EntityId!).Distinct().ToList();
        foreach (var id in named)
            if (_kb[id] is { Kind: "person" } person) Offices(doc, day, id, person, found);
        // Each mention's actor looked up once per sentence, not once per pair.
        var actors = new List<Actor?>();
        foreach (var ms in BySentence(doc.Mentions, static m => m.EntityId is not null && m.Via != "reference"))
        {
            int sentence = ms[0].Sentence;
            actors.Clear();
            foreach (var m in ms) actors.Add(_kb[m.EntityId!]);
            for (int i = 0; i < ms.Count; i++)
            {
                if (actors[i] is not { } actor) continue;
                // An actor the knowledge base gives no role, membership or (as an armed group) alignment adds nothing
                // below with any partner: its pairs are not walked.
                if (actor.Roles.Count == 0 && actor.MemberOf.Count == 0 && !(actor.Kind is "armed_group" && actor.AlignedWith.Count > 0)) continue;
                for (int j = 0; j < ms.Count; j++)
                {
                    var b = ms[j].EntityId!;
                    if (b == actor.Id || actors[j] is not { } other) continue;
                    // Only neighbours: no other group named between the two.
                    if (GroupBetween(ms, actors, Math.Min(i, j), Math.Max(i, j), b, actor.Id)) continue;
                    // (Indexed here and in HasRole: a foreach through the roles' IReadOnlyList made the array's enumerator
                    // for every pair of an actor with roles.)
                    for (int k = 0; k < actor.Roles.Count; k++)
                        if (actor.Roles[k] is var r && r.Of == b && r.HoldsOn(day) && r.Role is "leader" or "spokesperson")
                            found.Add(new RelationMention(r.Role == "leader" ? "leader_of" : "spokesperson_of", actor.Id, b, sentence, "confirmed"));
                    bool member = MemberOn(actor, b, day)
                        || (other.Kind is "armed_group" or "coalition" or "party" && HasRole(actor, "member", b, day));
                    if (member) found.Add(new RelationMention("member_of", actor.Id, b, sentence, "confirmed"));
                    // An armed group and the state backing it, side by side ("Kata'ib Hezbollah and Iran denied
                    // it"); coalitions are left out (the International Coalition beside every government it works with).
                    else if (actor.Kind is "armed_group" && other.Kind == "government" && actor.AlignedWith.Contains(b))
                        found.Add(new RelationMention("aligned_with", actor.Id, b, sentence, "confirmed"));
                }
            }
        }
    }

    // Plain loops rather than LINQ with lambdas: these run for every pair of actors of a sentence,
    // and a lambda capturing the pair allocates a closure and an iterator each time.

    /// <summary>Whether a group other than <paramref name="a"/> and <paramref name="b"/> is named between mentions lo and hi
    /// (<paramref name="actors"/>: each mention's actor, looked up already; <see cref="IsGroup"/> asked of it).</summary>
    private static bool GroupBetween(List<Mention> ms, List<Actor?> actors, int lo, int hi, string a, string b)
    {
        for (int k = lo + 1; k < hi; k++)
            if (actors[k]?.Kind is "armed_group" or "coalition" or "party" && ms[k].EntityId != a && ms[k].EntityId != b) return true;
        return false;
    }

    private static bool MemberOn(Actor actor, string of, DateOnly? day)
    {
        return HasLink(actor.MemberOf, of, day);
    }

    private static bool HasRole(Actor actor, string role, string of, DateOnly? day)
    {
        var roles = actor.Roles;
        for (int i = 0; i < roles.Count; i++)
            if (roles[i] is var r && r.Role == role && r.Of == of && r.HoldsOn(day)) return true;
        return false;
    }

    private static readonly string[] TitleCuts = [" of ", " to ", " for "];
    private static readonly string[] TitlePrefixes = ["US ", "U.S. ", "Iraqi ", "Iranian ", "American "];

    /// <summary>The words that show an office in a text: its title up to "of" (or "to", "for"), without a country
    /// adjective, and the usual synonyms ("premier" for prime minister).</summary>
    private static string[] TitleHead(string title)
    {
        var head = title;
        // "Ambassador of Iran to Iraq", "US Ambassador to Iraq", "Envoy for Syria": the words before the
        // first "of", "to" or "for".
        foreach (var cut in TitleCuts)
        {
            int at = head.IndexOf(cut, StringComparison.OrdinalIgnoreCase);
            if (at > 0) head = head[..at];
        }
        foreach (var prefix in TitlePrefixes)
            if (head.StartsWith(prefix, StringComparison.Ordinal)) head = head[prefix.Length..];
        return head.Equals("Prime Minister", StringComparison.OrdinalIgnoreCase) ? [head, "premier", " PM "] : [head];
    }

    /// <summary>Whether a mention of the person stands right after the title ("Prime Minister X",
    /// "Iraqi premier X", "US Secretary of State X") or right after it in apposition ("X, the premier").</summary>
    private static bool TitledAs(Document doc, string id, string title)
    {
        foreach (var m in doc.Mentions)
        {
            if (m.EntityId != id || m.Via == "reference") continue;
            var sentence = doc.Sentences[m.Sentence];
            var t = title.Trim();
            if (doc.Text.AsSpan(m.Start, m.Length).Contains(t, StringComparison.OrdinalIgnoreCase)) return true;
            int from = Math.Max(sentence.Start, m.Start - 70);
            var before = doc.Text.AsSpan(from, m.Start - from);
            int at = before.LastIndexOf(t, StringComparison.OrdinalIgnoreCase);
            // "Prime Minister X", "Iraq's prime minister, X": nothing but words (and one comma right before the name) between.
            if (at >= 0 && !before[(at + t.Length)..].TrimEnd().TrimEnd(',').ContainsAny(",;:.()".AsSpan())
                && !OtherMentionIn(doc, id, from + at + t.Length, m.Start))
                return true;
            int to = Math.Min(sentence.End, m.End + 45);
            var after = doc.Text.AsSpan(m.End, to - m.End);
            if (after.StartsWith(", ") && after[..Math.Min(after.Length, title.Length + 8)].Contains(title.Trim(), StringComparison.OrdinalIgnoreCase))
                return true;
        }
        return false;
    }

    /// <summary>Whether a mention of another actor than <paramref name="id"/> starts in [from, to).</summary>
    private static bool OtherMentionIn(Document doc, string id, int from, int to)
    {
        foreach (var x in doc.Mentions) if (x.EntityId != id && x.Start >= from && x.Start < to) return true;
        return false;
    }

    private void Add(List<RelationMention> found, string type, Mention subject, Mention obj, Document doc)
    {
        found.Add(new RelationMention(type, subject.EntityId!, obj.EntityId!, subject.Sentence, Check(type, subject.EntityId!, obj.EntityId!, doc.Published)));
    }

    /// <summary>Whether the knowledge base already says so, says otherwise, or does not know.</summary>
    private string Check(string type, string subject, string obj, DateOnly? day)
    {
        var s = _kb[subject];
        if (s is null || _kb[obj] is null) return "new";
        bool confirmed = type switch
        {
            "leader_of" => HasRole(s, "leader", obj, day),
            "spokesperson_of" => HasRole(s, "spokesperson", obj, day),
            "member_of" => HasLink(s.MemberOf, obj, day) || HasRole(s, "member", obj, day, anyDay: true),
            "part_of" => HasLink(s.PartOf, obj, day),
            "aligned_with" => s.AlignedWith.Contains(obj),
            "opposed_to" => s.OpposedTo.Contains(obj),
            _ => false,
        };
        if (confirmed) return "confirmed";
        if (type == "leader_of")
        {
            // Only the actors that lead obj at some time can lead it then (the index keeps the knowledge base's order).
            if (_leadersOf.TryGetValue(obj, out var leaders))
                foreach (var p in leaders)
                    if (p.Id != subject && HasRole(p, "leader", obj, day))
                        return $"contradicts: the knowledge base has {p.Name} as leader then";
        }
        if (type == "aligned_with" && s.OpposedTo.Contains(obj)) return "contradicts: the knowledge base has them opposed";
        return "new";
    }

    /// <summary>Whether the actor holds the role in <paramref name="of"/> on the day (on any day with <paramref name="anyDay"/>).
    /// (Loops, not Any with lambdas: those closed over the parameters, a closure made on every relation checked.)</summary>
    private static bool HasRole(Actor a, string role, string of, DateOnly? day, bool anyDay = false)
    {
        // (Indexed: a foreach through the interface would allocate the array's enumerator.)
        for (int i = 0; i < a.Roles.Count; i++)
            if (a.Roles[i] is var r && r.Role == role && r.Of == of && (anyDay || r.HoldsOn(day))) return true;
        return false;
    }

    /// <summary>Whether one of the links is to <paramref name="id"/> on the day.</summary>
    private static bool HasLink(IReadOnlyList<ActorLink> links, string id, DateOnly? day)
    {
        for (int i = 0; i < links.Count; i++)
            if (links[i].Id == id && links[i].HoldsOn(day)) return true;
        return false;
    }

    /// <summary>Per body: the actors with a leader role of it, in the knowledge base's order.</summary>
    private readonly Dictionary<string, List<Actor>> _leadersOf;

    private static Dictionary<string, List<Actor>> LeadersOf(ActorKb kb)
    {
        var index = new Dictionary<string, List<Actor>>(StringComparer.Ordinal);
        foreach (var a in kb.Actors)
            foreach (var r in a.Roles)
                if (r.Role == "leader" && r.Of is { } of)
                {
                    if (!index.TryGetValue(of, out var list)) index[of] = list = [];
                    if (list.Count == 0 || !ReferenceEquals(list[^1], a)) list.Add(a);
                }
        return index;
    }

    private static IEnumerable<RelationMention> Dedupe(List<RelationMention> found)
    {
        var seen = new HashSet<(string, string, string)>();
        foreach (var r in found)
            if (seen.Add((r.Type, r.Subject, r.Object))) yield return r;
    }

    [ThreadStatic] private static char[]? _buffer;
    [ThreadStatic] private static SentenceGroups? t_groups;

    /// <summary>Per thread: <see cref="BySentence"/>'s lists, kept from call to call, and the list of each sentence.</summary>
    private sealed class SentenceGroups
    {
        private readonly List<List<Mention>> _groups = [];
        private readonly Stack<List<Mention>> _spare = new();
        private int[] _slot = new int[64];   // per sentence: 1 + its list's index in _groups, 0 when it has none yet

        /// <summary>Empties the previous call's lists and forgets which sentence had which.</summary>
        public List<List<Mention>> Start()
        {
            foreach (var g in _groups)
            {
                if (g.Count > 0 && (uint)g[0].Sentence < (uint)_slot.Length) _slot[g[0].Sentence] = 0;
                g.Clear();
                _spare.Push(g);
            }
            _groups.Clear();
            return _groups;
        }

        /// <summary>The list of the sentence, new (at the end of the groups) when it has none yet.</summary>
        public List<Mention> Of(int sentence)
        {
            if (sentence < 0)
            {
                // (No mention stands outside a sentence; were one to, it gets a list of its own number, looked for in turn.)
                foreach (var g in _groups)
                    if (g[0].Sentence == sentence) return g;
                return Add();
            }
            if (sentence >= _slot.Length) Array.Resize(ref _slot, Math.Max(sentence + 1, 2 * _slot.Length));
            if (_slot[sentence] == 0)
            {
                var group = Add();
                _slot[sentence] = _groups.Count;
                return group;
            }
            return _groups[_slot[sentence] - 1];
        }

        private List<Mention> Add()
        {
            var group = _spare.Count > 0 ? _spare.Pop() : [];
            _groups.Add(group);
            return group;
        }
    }
    [ThreadStatic] private static char[]? _buffer2;

    /// <summary>The text between two offsets, lower case, with quotes and "(KH)"-style abbreviations
    /// taken out, written into a per-thread buffer (valid until the next call on the thread; a
    /// second buffer serves <see cref="Before"/> so both can be held at once). Longer stretches
    /// than the buffer are cut: no construction spans them.</summary>
    private static ReadOnlySpan<char> Between(Document doc, int from, int to) => Normalize(doc, from, to, _buffer ??= new char[512]);

    private static ReadOnlySpan<char> Normalize(Document doc, int from, int to, char[] buffer)
    {
        if (to <= from) return [];
        var span = doc.Text.AsSpan(from, Math.Min(to - from, buffer.Length));
        int n = 0;
        bool space = false;
        for (int i = 0; i < span.Length; i++)
        {
            char c = span[i];
            if (c == '(')
            {
                int close = span[i..].IndexOf(')');
                if (close > 0 && close <= 8) { i += close; continue; }
            }
            if (c is '"' or '\u201C' or '\u201D') continue;
            if (char.IsWhiteSpace(c)) { space = n > 0; continue; }
            if (space) buffer[n++] = ' ';
            space = false;
            buffer[n++] = char.ToLowerInvariant(c);
            if (n >= buffer.Length - 1) break;
        }
        return buffer.AsSpan(0, n);
    }

    /// <summary>Up to 40 characters before a mention, back to the mention before it.</summary>
    private static ReadOnlySpan<char> Before(Document doc, int start, List<Mention> ms, int i)
    {
        int from = Math.Max(doc.Sentences[ms[i].Sentence].Start, start - 40);
        if (i > 0) from = Math.Max(from, ms[i - 1].End);
        return Normalize(doc, from, start, _buffer2 ??= new char[64]);
    }
}
