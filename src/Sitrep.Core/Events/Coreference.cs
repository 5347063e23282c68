using Sitrep.Core.Documents;
using Sitrep.Core.Knowledge.Actors;

namespace Sitrep.Core.Events;

/// <summary>What a pronoun stands for: the last person (he, she) or the last body (it, they, we) the
/// story named before it, within a few sentences; media outlets are never the referent.</summary>
public static class Coreference
{
    public static bool IsPronoun(ReadOnlySpan<char> word, out bool person)
    {
        person = word.Equals("he", StringComparison.OrdinalIgnoreCase) || word.Equals("she", StringComparison.OrdinalIgnoreCase);
        return person || word.Equals("they", StringComparison.OrdinalIgnoreCase) || word.Equals("it", StringComparison.OrdinalIgnoreCase)
            || word.Equals("we", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Index of the first mention that starts at or after <paramref name="offset"/> (mentions are
    /// kept in text order), or the count when none does.</summary>
    public static int FirstMentionFrom(Document doc, int offset)
    {
        int lo = 0, hi = doc.Mentions.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (doc.Mentions[mid].Start < offset) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    /// <param name="skip">An actor the pronoun cannot stand for (the subject of the verb whose object it is).</param>
    /// <param name="skipIf">Actors the pronoun cannot stand for either (those of the subject's side).</param>
    public static string? Resolve(Document doc, ActorKb kb, int offset, int sentence, bool person, int window = 3, string? skip = null,
        Func<string, bool>? skipIf = null)
    {
        for (int i = FirstMentionFrom(doc, offset) - 1; i >= 0; i--)
        {
            var m = doc.Mentions[i];
            if (m.Start >= offset || m.EntityId is null || m.Kind != MentionKind.Actor) continue;
            if (sentence - m.Sentence > window) return null;
            var kind = kb[m.EntityId]?.Kind ?? (doc.Unlinked.TryGetValue(m.EntityId, out var u) ? u.Kind : null);
            if (kind == "media" || m.EntityId == skip || (skipIf is not null && skipIf(m.EntityId))) continue;
            if ((kind == "person") == person) return m.EntityId;
        }
        return null;
    }
}
