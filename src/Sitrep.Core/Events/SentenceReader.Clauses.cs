using Sitrep.Core.Documents;

namespace Sitrep.Core.Events;

/// <summary>The sentence reader's clause bounds: where the clause of a token starts and ends.</summary>
internal sealed partial class SentenceReader
{
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
            // ("The command launched, yesterday, Monday, a search operation": not after a light verb and a time set off by commas,
            // whose object the noun is.)
            if (NewActNext(t) && HitEndsBefore(t) && !LightVerbOverTime(t)) return t + 1;
        }
        return _first;
    }

    /// <summary>Whether the comma at <paramref name="comma"/> closes a time set off by commas right after a light verb
    /// ("launched, yesterday, Monday,", "carried out, on Sunday,").</summary>
    private bool LightVerbOverTime(int comma)
    {
        if (Word(comma) != ",") return false;
        int t = comma - 1;
        bool time = false;
        while (t > _first && (_index.Time[t] >= 0 || Word(t) == "," || (Word(t) is "on" or "at" or "in" && _index.Time[t + 1] >= 0)))
            time |= _index.Time[t--] >= 0;
        return time && Word(t + 1) == "," && LightEndingAt(t) >= 0;
    }

    /// <summary>Whether "and" or a comma stands before a new event noun with its article ("and a rocket attack"), or ", and"
    /// before a count of weapons ("..., and two rockets fell ...").</summary>
    private bool NewActNext(int t) =>
        Word(t) is "and" or "," && ((Word(t + 1) is "a" or "an" or "another" && t + 2 < _end && _triggerAt[t + 2] == SureNoun)
            // ", and two rockets fell on the Green Zone", ", and 12 Katyushas hit Balad": a count of weapons after ", and".
            || CountAfterAnd(t));

    /// <summary>Whether ", and" and a count of a trigger's word start at the token (", and two rockets fell").</summary>
    private bool CountAfterAnd(int t)
    {
        if (Word(t) != "and" || Word(t - 1) != "," || t + 2 >= _end || !(Cardinal(t + 1) is > 0 || _doc.Tokens[t + 1].Kind == TokenKind.Number)) return false;
        foreach (var h in _hits) if (h.First == t + 2) return true;
        return false;
    }

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
            if (h.First - 2 >= _first && (_triggerAt[h.First] == SureNoun || CountAfterAnd(h.First - 2))) breaks.Add(h.First - 2);
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
}
