using Sitrep.Core.Documents;

namespace Sitrep.Core.Events;

/// <summary>The sentence reader's casualties: killed and injured, their qualifiers, and which event they belong to.</summary>
internal sealed partial class SentenceReader
{
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
        TollRisen(local);
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

    /// <summary>"The death toll from a double suicide bombing at a crowded market in central Baghdad rose to 32": "toll" (after
    /// "death" or "the") and, up to sixteen words on in its clause, a verb of a toll that grew (cue class toll-rise) and a number:
    /// the revised toll of killed of the attack nearest the verb. (Told with no words between, "the death toll rose to 12" is a
    /// killed cue of its own.)</summary>
    private void TollRisen(List<Draft> local)
    {
        if (!_cues.MayHave("toll-rise")) return;
        foreach (var (f, l, cue) in _cues.Hits)
        {
            if (cue.Class != "toll-rise" || NumberAfter(l) is not { } value) continue;
            int toll = -1;
            for (int k = f - 2; k >= _first && k >= f - 16; k--)
            {
                // ("the death toll rose to 14 and the number of wounded rose to 31": the second count is of the wounded.)
                if (Word(k) is ";" or ":" or "and" or "wounded" or "injured" || _cues.At(k, "boundary") >= 0 || _cues.At(k, "toll-rise") >= 0) break;
                if (Word(k) == "toll" && Word(k - 1) is "death" or "the") { toll = k; break; }
            }
            if (toll < 0 || Nearest(local, f) is not { Type: "ASSAULT" } target) continue;
            target.Killed = value;
            target.Revised = true;
        }
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
                // "killed a senior commander, Mushtaq Taleb al-Saidi, and a companion": over the one person's name set off by commas.
                if (Word(next) == "," && next + 1 < _end && _index.Actor[next + 1] is var named && named >= 0 && IsPerson(_doc.Mentions[named].EntityId!)
                    && Word(_index.ActorLast[named] + 1) == ",")
                    next = _index.ActorLast[named] + 2;
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
                // ("a U.S. contractor": a dotted acronym is such a word.)
                else if (k == t + 1 && _doc.Tokens[k].Kind is TokenKind.Word or TokenKind.Abbreviation && (_cues.At(k + 1, "victims") >= 0 || _cues.At(k + 1, "person") >= 0))
                    k++;
                // "officers of the Border Guard Forces": the body they belong to ("of the Iraqi Border Guard Forces",
                // entered at its people's word).
                else if (_index.Actor[k] >= 0 && (Word(k - 1) is "of" or "the" || _index.ActorFirst[_index.Actor[k]] < k))
                    k = _index.ActorLast[_index.Actor[k]] + 1;
                else break;
            }
            // "... and their driver", "... and another guard": one more person after the list's number.
            // ("wounding four soldiers, two of them seriously": a part of the number before, no one more.)
            if (Word(k) == "," && Cardinal(k + 1) is not null && Word(k + 2) == "of" && Word(k + 3) is "them" or "whom") break;
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
            // ("a U.S. contractor": a dotted acronym qualifies it as a word does.)
            if (_doc.Tokens[k].Kind is not (TokenKind.Word or TokenKind.Abbreviation) || w is "number" or "total" or "series" or "and" or "or" or "of" or "the" or "few" || TypeAt(k) is not null
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
        // (Made at the first person named, which most calls never reach.)
        HashSet<string>? seen = null;
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
                if (IsPerson(id) && !counted) { person = (seen ??= new HashSet<string>(StringComparer.Ordinal)).Add(id); if (!person) apposition = true; }
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
            // "killed Abu Taqwa and his driver", "X and their bodyguard": a person told by a possessive after "and", one more.
            if (!counted && !person && w is "his" or "her" or "their" && Word(t - 1) == "and" && items > 0 && OnePerson(t + 1) is var own && own > t
                && !EventStage.PluralS(_doc.TokenText(own))) { total++; counted = true; t = own; continue; }
            // "killed X, the commander of the Quds Force, Y, the deputy head of the PMF, and eight others": "the" after a
            // named person's comma opens the name's apposition, unless a person is named in it ("X, the PMF's deputy chief Y").
            if (!counted && !person && w == "the" && Word(t - 1) == "," && seen is { Count: > 0 } && Word(t + 1) is not ("other" or "others")) { described = true; continue; }
            if (!counted && !person && _cues.At(t, "person") >= 0) { roleOnly = true; continue; }
            // "the civil activist X", "the prominent lawyer X": a word before the noun of a person.
            if (!counted && !person && _doc.Tokens[t].Kind is TokenKind.Word or TokenKind.Abbreviation && _cues.At(t + 1, "person") >= 0) continue;
            if (w is "the" or "his" or "her" or "their" or "its" or "'s" or "’s" or "'" or "’" or "other" or "of" || _cues.At(t, "victims") >= 0
                || (!counted && !person && _cues.At(t, "person") >= 0) || RoleOfText(t) != Names.CueClass.None || (_doc.Tokens[t].Kind == TokenKind.Word && char.IsUpper(_doc.TokenText(t)[0])))
                continue;
            // "members of his family", "companions": the noun of a counted item.
            if (counted) continue;
            break;
        }
        if (person && !counted) { total++; counted = true; }
        if (counted) items++;
        return items > 0 && total > 0 && (items > 1 || seen is { Count: > 0 }) ? total : null;
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
