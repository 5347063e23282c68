using Sitrep.Core.Documents;

namespace Sitrep.Core.Events;

/// <summary>The sentence reader's place of an event: the places of its clause, the launch site, the meeting place, the speaker's place.</summary>
internal sealed partial class SentenceReader
{
    /// <summary>Whether another of the places lies inside the place <paramref name="id"/>.</summary>
    private bool HoldsAnother(List<int> places, int p, string id)
    {
        var gaz = _stage.Gazetteer;
        foreach (var o in places)
            if (o != p && gaz[_doc.Places[o].PlaceId] is { } other && gaz.AncestorsOf(other).Contains(id)) return true;
        return false;
    }

    /// <summary>The place (or places) of the event: the sites after the trigger, else the place nearest
    /// it in its clause; a launch site ("from X") only when nothing else is named.</summary>
    private List<int> Places(int first, int last, int clauseStart, int clauseEnd, RightScan scan, bool anchor, out bool compound, bool subjectHit = false)
    {
        compound = false;
        // (No list when the scan found no place, as for most triggers: the shared empty one is only read. Else the scratch's
        // list, emptied: only its first place can outlive the call, copied into the list returned.)
        var after = scan.Places.Count == 0 ? NoPlaces : _scratch.PlacesAfter;
        if (after.Count > 0) after.Clear();
        // Forces leave from a place: for a withdrawal "from Taji" is where, not a launch site.
        bool leaving = TypeAt(first) == "RETREAT", moving = TypeAt(first) == "MOBILIZE";
        foreach (var p in scan.Places)
            if (!TiesSide(p) && !SinceBetween(last, p) && !PriorActBetween(last, p) && (!FromPlace(p) || (moving && Word(LeadIn(_index.PlaceFirst[p])) is "to" or "into")
                || (leaving && (UsablePlace(p) || Word(_index.PlaceFirst[p] - 1) == "from" || OutOf(p, last))))) after.Add(p);
        var gaz = _stage.Gazetteer;
        if (after.Count > 0)
        {
            // Drop places that only qualify another: "Ain al-Asad in western Iraq", "near Baghdad".
            var keep = new List<int>();
            foreach (var p in after)
            {
                var place = gaz[_doc.Places[p].PlaceId];
                // ("Baghdad's Karrada district": the owner the possessive names only says where the next place is.)
                bool ancestor = place is not null && (HoldsAnother(after, p, place.Id) || (Next(p) is var next && next >= 0 && after.Contains(next) && OwnerOf(next) == p));
                // (A neighbour over "the": "the Green Village base near the al-Omar field".)
                int lead = _index.PlaceFirst[p] - 1;
                if (Word(lead) == "the" && Word(lead - 1) is "near" or "beside" or "outside") lead--;
                // "the Parakh resort in the Darkar subdistrict", "the base at al-Shaddadi in Syria's Hasakah", "the airbase, south-east
                // of occupied Haifa": a place led in over "the", a word of direction or the possessive of the place that holds it is
                // led in as the word before them ("al-Shaddadi and the base at the Conoco field" is a list).
                else if (keep.Count > 0 && LeadIn(_index.PlaceFirst[p]) is var over && over < lead && Word(over) is "in" or "inside" or "at" or "of"
                         && !JoinedBetween(_index.PlaceLast[keep[^1]] + 1, over)) lead = over;
                var before = Word(lead);
                // "..., and inside Syria" coordinates; "Ain al-Asad in western Iraq" qualifies.
                // "the Victory base complex next to Baghdad airport", "beside the airport": a neighbour locates the site.
                // ("the Turkish base at Zilkan, near Bashiqa": after a comma too, a neighbour only locates the site.)
                bool qualifier = keep.Count > 0 && (before is "near" or "outside" or "of" or "in" or "inside" or "at" or "west" or "east" or "north" or "south" or "beside"
                        || (before == "to" && Word(lead - 1) is "next" or "close" or "adjacent"))
                    && (Word(lead - 1) is not ("and" or "or" or ",") || (Word(lead - 1) == "," && before is "near" or "outside" or "beside"));
                // "on the road between Muqdadiyah and Khanaqin": the far end of a stretch is no second place where the act was.
                bool farEnd = keep.Count > 0 && before == "and" && keep.Contains(Previous(p)) && Word(LeadIn(_index.PlaceFirst[Previous(p)])) == "between";
                // "near Samawah on 11 January, near Nasiriyah on 19 January": a place after the day told of the one before, with a
                // day of its own, is the next of a list, no neighbour locating it ("landed inside the airport on 8 August, near
                // the Victory base complex" locates it).
                if (qualifier && keep.Count > 0 && TimeIn(_index.PlaceLast[keep[^1]] + 1, lead - 1)
                    && TimeIn(_index.PlaceLast[p] + 1, Math.Min(_end - 1, _index.PlaceLast[p] + 4))) qualifier = false;
                // "the base in al-Shaddadi, in al-Hasakah countryside", "in Muqdadiyah, in Diyala province": a province told after a
                // comma by the name of its chief town (cue class region-noun after it) only locates the place before it when it
                // holds that place ("in Baghdad, in Anbar province and in Nineveh" is a list).
                if (!qualifier && keep.Count > 0 && before == "in" && Word(lead - 1) == "," && place?.Parent is { } region
                    && _cues.At(_index.PlaceLast[p] + 1, "region-noun") >= 0 && gaz[_doc.Places[keep[^1]].PlaceId] is { } held
                    && gaz.AncestorsOf(held).Contains(region)) qualifier = true;
                // "landed inside the airport, a few hundred metres from the Victory base": a place some way from the one told before only
                // says where that one lies.
                if (!qualifier && keep.Count > 0 && DistanceFrom(_index.PlaceFirst[p])) qualifier = true;
                if (!ancestor && !qualifier && !farEnd) keep.Add(p);
            }
            if (keep.Count == 0) keep.Add(after[0]);
            // "arrested X, the PMF's commander in Anbar, in Baghdad": a place that only says where a body named
            // just before it is gives way to a place of the act itself.
            // A list of places ("depots of Kataib Hezbollah in Jurf al-Sakhar, Musayyib and Karbala") is where.
            if (keep.Count > 1 && keep.Exists(p => !BodyPlace(p))) keep.RemoveAll(p => BodyPlace(p) && Coordinated(p).Count == 1);
            int precise = 0;
            foreach (var p in keep) if (_doc.Places[p].Precision == 1) precise++;
            if (_hits.Count > 0 && precise >= 2 && keep.Count >= 2 && Splits(first)) return keep;
            var list = Coordinated(keep[0]);
            compound = list.Count > 1;
            return list;
        }
        int best = -1;
        // "Harir air base, which hosts US forces north of Erbil, came under drone attack": the site that is
        // hit opens the subject; the names in the clause about it only say where it is.
        if (subjectHit && !anchor)
            for (int t = clauseStart; t < first && t <= clauseStart + 3; t++)
                if (_index.Place[t] is var p && p >= 0 && _doc.Places[p].Precision == 1 && !FromPlace(p)) { best = p; break; }
        // An act named to date another ("since attacks on US forces resumed") is not where the main clause is.
        // ("Police held two men in Balad, a source in Salahuddin said, adding that a truck was seized": the place of the one who
        // tells it is where the act was only when the sentence names no other.)
        int reporter = -1;
        for (int t = first - 1; t >= clauseStart && !anchor && best < 0; t--)
            if (_index.Place[t] is var p && p >= 0 && !FromPlace(p) && !TiesSide(p) && !MainClausePlace(first, t) && !SpeakerPlaceBefore(first, p) && !DoerBeforeAct(p))
            {
                if (ReporterPlace(first, p)) { reporter = reporter < 0 ? p : reporter; t = _index.PlaceFirst[p]; continue; }
                best = p; break;
            }
        // Elsewhere in the sentence, but not for an act named only to date another, nor in another reported
        // clause ("said US forces carried out the strike, and that he planned attacks in Iraq and Syria").
        if (best < 0 && !anchor)
            for (int t = _first; t < _end; t++)
                if (_index.Place[t] is var p && p >= 0 && !FromPlace(p) && !TiesSide(p) && !DoerBeforeAct(p) && !_cues.Any("report-bound", Math.Min(t, last), Math.Max(t, first))
                    && !OtherActBetween(first, last, t) && !(t > last && (RelativeActBetween(first, last, t) || SinceBetween(last, p) || PriorActBetween(last, p))) && !MainClausePlace(first, t) && !SpeakerPlaceBefore(first, p) && !(t > last && AnsweredBetween(last, t))
                    && !(t > last && SourcedBetween(last, t)) && !(t > last && StatementBetween(first, last, t)))
                {
                    if (ReporterPlace(first, p)) { reporter = reporter < 0 ? p : reporter; t = _index.PlaceLast[p]; continue; }
                    best = p; break;
                }
        if (best < 0) best = reporter;
        // A place named only as where an attack was launched from ("the rockets were fired from near Bartella") is
        // not where it happened: the attack hit somewhere the sentence does not name.
        // ("reinforcements were sent to the area from Baquba": where forces come from is not where they deploy.)
        if (best < 0 && scan.Places.Count > 0 && !TiesSide(scan.Places[0]) && !SinceBetween(last, scan.Places[0]) && !PriorActBetween(last, scan.Places[0]) && !(TypeAt(first) == "ASSAULT" && LaunchSite(scan.Places[0])) && !(moving && FromPlace(scan.Places[0])))
            best = scan.Places[0];
        if (best < 0) return NoPlaces;
        // "Ain al-Asad base in Anbar": the nearest name may only qualify the finer one before it.
        while (BeforeOwner(best) is var inner && inner >= 0 && Word(LeadIn(_index.PlaceFirst[best])) is "in" or "," or "of"
               && _stage.Gazetteer[_doc.Places[inner].PlaceId] is { } held && _stage.Gazetteer.AncestorsOf(held).Contains(_doc.Places[best].PlaceId))
            best = inner;
        // "a US strike at Jurf al-Nasr south of Baghdad killed four": a place after a word of direction and "of" only says
        // where the place right before it lies ("rockets hit the Taji camp, north of Baghdad, and two soldiers were wounded": so
        // after a comma, for the toll told after it as well).
        // ("south-east of occupied Haifa": over a participle that qualifies the place.)
        while (_index.PlaceFirst[best] - (QualifiedPlace(best) ? 1 : 0) is var named && named - 3 >= _first && Word(named - 1) == "of" && WordIs(named - 2, WordClass.Direction)
               && (Word(named - 3) == "," ? named - 4 : named - 3) is var end && end >= _first && _index.Place[end] is var site && site >= 0 && site != best)
            best = site;
        // "the road between Kalar and Kifri": the stretch is told by its first end.
        if (Previous(best) is var start && start >= 0 && Word(_index.PlaceFirst[best] - 1) == "and" && _index.PlaceLast[start] + 2 == _index.PlaceFirst[best]
            && Word(LeadIn(_index.PlaceFirst[start])) == "between")
            best = start;
        var around = Coordinated(best);
        compound = around.Count > 1;
        return around;
    }

    /// <summary>Whether a past participle in -ed right before the place's name qualifies it ("occupied Haifa", "besieged Gaza").</summary>
    private bool QualifiedPlace(int p) =>
        _index.PlaceFirst[p] - 1 is var q && q > _first && !_index.InName(q) && Word(q) is { Length: > 4 } w && w.EndsWith("ed", StringComparison.Ordinal)
        && char.IsLower(_doc.TokenText(q)[0]);

    /// <summary>Whether "and" or "or" joins something new between the two tokens.</summary>
    private bool JoinedBetween(int from, int to)
    {
        for (int t = from; t < to; t++) if (Word(t) is "and" or "or") return true;
        return false;
    }

    /// <summary>"has claimed dozens of attacks on US forces since the war in Gaza began", "since the fighting in Syria erupted": a
    /// place in a clause of "since" and a determiner after the act, with that clause's own verb right after the place, is where
    /// the thing that dates the act was ("attacks on convoys since the start of the year in Babil and Diwaniyah" are there).</summary>
    private bool SinceBetween(int last, int p)
    {
        for (int k = last + 1; k < _index.PlaceFirst[p] - 1; k++)
            if (Word(k) == "since" && Word(k + 1) is "the" or "its" or "their" or "his" or "her")
                return _index.PlaceLast[p] + 1 < _end && _cues.At(_index.PlaceLast[p] + 1, "onset-verb") >= 0;
        return false;
    }

    /// <summary>"placed 2,000 troops on alert after a week of drone attacks on bases in Iraq and Syria", "following a rocket attack
    /// on Taji": a place after "after", "following" or "amid" and a noun of another act (within five words) is that act's, not
    /// the one told before it.</summary>
    private bool PriorActBetween(int last, int p)
    {
        int place = _index.PlaceFirst[p];
        for (int k = last + 1; k < place - 1; k++)
        {
            if (Word(k) is not ("after" or "following" or "amid")) continue;
            foreach (var h in _hits)
                if (!h.Trigger.IsVerb && h.First > k && h.First - k <= 5 && h.Last < place) return true;
        }
        return false;
    }

    /// <summary>"the first attack since tensions between Washington and Tehran began", "talks between Baghdad and Erbil": a name
    /// that stands as one side after a noun of dealings (cue class ties-noun) and "between" is a government, no place of an
    /// act ("the road between Kalar and Kifri", "fighting between the army and ISIS in Tarmiyah" keep theirs).</summary>
    private bool TiesSide(int p)
    {
        int k = LeadIn(_index.PlaceFirst[p]);
        for (int n = 0; n < 6 && k > _first && Word(k) != "between"; n++, k--)
            if (Word(k) is "," or ";" or ":" or "." or "in" or "at" or "near" or "on") return false;
        return Word(k) == "between" && _cues.At(k - 1, "ties-noun") >= 0;
    }

    /// <summary>"killed in the US strike at Baghdad airport", "in the US raid": a country the name stage reads as an actor right
    /// before a word of an act is the act's doer, not where it happened.</summary>
    private bool DoerBeforeAct(int p)
    {
        int first = _index.PlaceFirst[p], after = _index.PlaceLast[p] + 1;
        return _doc.Places[p].Precision == 3 && _index.Actor[first] >= 0 && after < _end && _triggerAt[after] != 0;
    }

    /// <summary>"struck a vehicle carrying militants who had just fired a missile at Ain al-Asad": a place after an attack told in a
    /// relative clause on the people an attack hits is where they attacked, not where they were hit. (Other acts keep it: "opened
    /// fire on protesters who entered the base", "arrested five men who set fire to tyres outside the consulate".)</summary>
    private bool RelativeActBetween(int first, int last, int t)
    {
        if (TypeAt(first) != "ASSAULT") return false;
        for (int k = last + 2; k < t; k++)
            if (Word(k) == "who" && ActWithin(k + 1, Math.Min(t - 1, k + 4), "ASSAULT")) return true;
        return false;
    }

    /// <summary>"US jets hit three depots on Monday, and on Friday bombers struck targets in Iraq and Syria": another
    /// act of the same type, told with a date of its own between the trigger and the place at <paramref name="t"/>,
    /// is the one there ("fired 16 missiles; eleven struck Ain al-Asad" is one attack told twice).</summary>
    private bool OtherActBetween(int first, int last, int t)
    {
        var type = TypeAt(first);
        foreach (var h in _hits)
        {
            if (h.First == first || h.Trigger.Type != type || h.Trigger.Is(TriggerFlags.Toll)) continue;
            // The other act's own stretch: from the trigger's end to the place, or from the place to the trigger.
            int from = t > last ? last + 1 : t + 1, to = t > last ? t - 1 : first - 1;
            if (h.First < from || h.Last > to) continue;
            for (int k = from; k <= to; k++) if (_index.Time[k] >= 0) return true;
        }
        return false;
    }

    /// <summary>"Protesters in Tahrir Square blamed the factions for the attack", "an official, speaking to reporters in Baghdad,
    /// denied any part in the attack": a place that says where the speaker is (after "in" that follows a noun, not one that opens
    /// the sentence: "In Basra, officials condemned a bombing ...") and comes before the verb of blaming, refusing, backing or
    /// denying that governs an act named as known ("the attack"), is the statement's, not the act's. (Plain saying is not
    /// enough: "police in Diwaniyah said the bombing damaged a truck" speak of their own town; a meeting "in Baghdad to discuss
    /// the attack" is no statement about it.)</summary>
    private bool SpeakerPlaceBefore(int first, int p)
    {
        int place = _index.PlaceFirst[p];
        if (place >= first) return false;
        if (VerbAt(first)) return false;
        // ("the Israeli strike", "the PKK attack": over the name of the act's doer.)
        int det = first - 1;
        while (det > _index.PlaceLast[p] && det >= first - 3 && (_index.Actor[det] >= 0 || _cues.At(det, "demonym") >= 0)) det--;
        if (Word(det) is not ("the" or "this" or "that" or "these" or "those" or "its" or "their" or "his" or "her" or "'s" or "\u2019s")) return false;
        int lead = LeadIn(place);
        // "In Tehran, the foreign ministry's spokesman called the US strikes an act of aggression": a capital set before the
        // sentence's speaker, with a comma, stands for its government and is where the speaker is.
        bool fronted = Word(lead) == "in" && lead == _first && Word(_index.PlaceLast[p] + 1) == "," && PlaceNames(p) is { Kind: "government" };
        if (!fronted && (Word(lead) != "in" || lead - 1 < _first || Word(lead - 1) is "," or ":" or ";" || _index.Time[lead - 1] >= 0)) return false;
        for (int k = _index.PlaceLast[p] + 1; k < first; k++)
            if (_cues.At(k, "denial") >= 0 || _cues.At(k, "label") >= 0 || TypeAt(k) is "ACCUSE" or "REJECT" or "THREATEN" or "REQUEST" or "SUPPORT") return true;
        return false;
    }

    /// <summary>"a security source in Kirkuk said, adding that a truck had been seized", "police in Anbar told AFP that ...": a place
    /// after "in" that follows a teller (cue classes source and office-holder, not a named body) and comes right before a verb of
    /// saying, all before the act at <paramref name="first"/>, says where the one who tells it is.</summary>
    private bool ReporterPlace(int first, int p)
    {
        int after = _index.PlaceLast[p] + 1, lead = LeadIn(_index.PlaceFirst[p]);
        if (after >= first || _cues.At(after, "speech") < 0 || Word(lead) != "in" || lead - 1 < _first) return false;
        // ("Police in Diwaniyah said they had arrested two men": a body that tells its own act is where it acts.)
        return (_cues.At(lead - 1, "source") >= 0 || _cues.At(lead - 1, "office-holder") >= 0) && _index.Actor[lead - 1] < 0;
    }

    /// <summary>"condemned the attack and called on the federal government in Baghdad to act": a verb of saying, asking or
    /// blaming between an act's noun and a place after it opens a predicate of its own, whose places are not the act's.</summary>
    private bool StatementBetween(int first, int last, int t)
    {
        if (VerbAt(first)) return false;
        foreach (var h in _hits)
            if (h.First > last && h.Last < t && h.Trigger.IsVerb && !EventLexicon.IsMaterial(h.Trigger.Type)) return true;
        return false;
    }

    /// <summary>"detained six fishermen near the maritime boundary, according to the Basra fishermen's association": a place
    /// after "according to", "citing" or "quoting" past the act names who tells it, not where the act was.</summary>
    private bool SourcedBetween(int last, int t)
    {
        for (int k = last + 1; k < t; k++)
            if ((Word(k) == "according" && Word(k + 1) == "to") || Word(k) is "citing" or "quoting") return true;
        return false;
    }

    /// <summary>"A US strike in Baghdad killed two fighters who had fired rockets at US forces": for an act told in a relative
    /// clause, a place before the clause's "who"/"which" is where the main clause's attack was, not this one.</summary>
    private bool MainClausePlace(int first, int t)
    {
        if (t >= first) return false;
        int relative = -1;
        for (int k = first - 1; k > t; k--) if (Word(k) is "who" or "which") { relative = k; break; }
        if (relative < 0) return false;
        foreach (var h in _hits)
            if (h.First != first && h.Last < relative && h.Trigger.Type == "ASSAULT" && !h.Trigger.Is(TriggerFlags.Toll)) return true;
        return false;
    }

    /// <summary>Whether the place follows a body's name with "in" ("the Popular Mobilisation Forces (PMF) in western
    /// Anbar", "the federal government in Baghdad"): it says where the body is, not where the act is.</summary>
    private bool BodyPlace(int p)
    {
        int lead = Lead(p);
        if (Word(lead - 1) != "in") return false;
        int t = lead - 2;
        // Over an acronym in brackets: "the Popular Mobilisation Forces (PMF) in ...".
        if (Word(t) == ")" && Word(t - 2) == "(") t -= 3;
        // "a senior PMF commander in Anbar": a role word after the body's name says whose.
        if (t > _first && RoleOfWord(t) != Names.CueClass.None && _index.Actor[t] < 0 && _index.Actor[t - 1] >= 0) t--;
        return t >= _first && _index.Actor[t] >= 0 && _index.ActorLast[_index.Actor[t]] == t;
    }

    private bool FromPlace(int p) => LaunchSite(p) || !UsablePlace(p);

    private bool LaunchSite(int p) => Word(_index.PlaceFirst[p] - 1) is "from" || LaunchedFrom(p) || FromListed(p);

    /// <summary>"sent reinforcements from Samarra and Baghdad to al-Eith", "fired from Zummar, Rabia and Sinjar": a place listed
    /// after one that "from" leads in is a place forces or weapons come from too (not a road's ends).</summary>
    private bool FromListed(int p)
    {
        for (int n = 0, b = p; n < 6 && Previous(b) is var a && a >= 0 && Coordination(a, b) >= 0; n++, b = a)
            if (Word(_index.PlaceFirst[a] - 1) is "from")
                // ("checkpoints on the roads leading to the base from Baghdadi and Hit": the places a road comes from are along it.)
                return !_cues.Any("route", Math.Max(_first, _index.PlaceFirst[a] - 8), _index.PlaceFirst[a] - 2);
        return false;
    }

    /// <summary>"fired from the town of Zummar in Nineveh province": a place that qualifies the launch site is one too
    /// ("launched from a truck parked near a village in the Nineveh plain", "from ... in western Anbar").</summary>
    private bool LaunchedFrom(int p)
    {
        int lead = LeadIn(_index.PlaceFirst[p]);
        if (Word(lead) is not ("in" or "of" or "," or "near" or "inside" or "within" or "outside")) return false;
        for (int t = lead - 1; t >= _first && t >= lead - 11; t--)
        {
            var w = Word(t);
            if (w == "from") return true;
            // "launched from Iraq struck a base in the Golan": a place right after "from" that this one does not
            // directly qualify ("from Zummar in Nineveh") is the launch site, and this one is elsewhere.
            // ("shot with bullets from a silenced pistol by gunmen in Saadoun Street": the agent's phrase ends the weapon's.)
            if (_index.Place[t] >= 0 && Word(_index.PlaceFirst[_index.Place[t]] - 1) == "from" && _index.PlaceLast[_index.Place[t]] != lead - 1) return false;
            if (w is "," or "and" or "to" or "toward" or "towards" or "at" or "by" || _triggerAt[t] != 0) return false;
        }
        return false;
    }
}
