using Sitrep.Core.Documents;

namespace Sitrep.Core.Events;

/// <summary>
/// One event per happening within a story: sentences that retell an event (same type and status,
/// no slot in conflict, and at least one of actor, target or place in common) merge into the first
/// telling, which keeps every evidence sentence and takes the slots only the retelling gives.
/// A summary never merges with a single event. Then each event without a date takes the nearest
/// date told before it in its paragraph, else the publication date when it is reported as done;
/// events that name no actor, target or place are dropped (nothing could place or attribute them).
/// </summary>
internal static class EventMerger
{
    public static List<Draft> Merge(List<Draft> drafts, Document doc, Places.Gazetteer? gazetteer = null, Knowledge.Actors.ActorKb? kb = null, List<Draft>? tolls = null)
    {
        // Dated first, so that a window since an act told later in the story is no single day's retelling.
        foreach (var d in drafts) if (d.Start is null && d.Since is { } since) SinceDate(d, since, drafts, doc);
        // "Missiles were launched at the base": the base the story means, before merging, so that tellings of one attack
        // on it meet at one place.
        if (gazetteer is not null)
            foreach (var d in drafts) if (d.Material && d.Also.Length == 0 && AtTheBase(doc, d)) StoryBase(d, doc, gazetteer, drafts);
        // "Snipers fired into the crowd near the square": the site a sentence names only by its kind is the story's.
        if (gazetteer is not null)
            foreach (var d in drafts) if (d.Material && d.Place < 0 && d.PlaceId is null && d.Also.Length == 0) TheSite(d, doc, gazetteer);
        // "Three rockets fell near the same site in April": "the same" place is that of the act of its kind told last before.
        foreach (var d in drafts) if (d.Material && d.PlaceId is null && SamePlace(doc, d)) PlaceOfLast(d, drafts);
        // "A bomb hit a convoy near Samawah. A second hit one near Nasiriyah. Ashab al-Kahf claimed both attacks.": the claim of
        // "both" attacks is of the two told last, no summary of its own.
        for (int i = drafts.Count - 1; i >= 0; i--)
            if (BothClaimed(drafts[i], drafts, doc)) drafts.RemoveAt(i);
        // "Trump accused Tehran of being behind the assault": the one accused of an act is not told as its doer.
        foreach (var d in drafts) if (d.Material && d.Actor is not null && d.Status == "reported" && AccusedOf(d, drafts, doc)) d.Actor = null;
        // "Rockets hit Camp Taji on 11 March. Three days later a second salvo struck Taji": an act told days after the day
        // told before it is dated before merging, no retelling of the act of that day.
        foreach (var d in drafts) if (DayLater(doc, d) is { } later) d.Start = d.End = later;
        var kept = new List<Draft>();
        var byType = new Dictionary<string, List<Draft>>(StringComparer.Ordinal);
        foreach (var d in drafts)
        {
            if (!byType.TryGetValue(d.Type, out var same)) byType[d.Type] = same = [];
            Draft? into = null;
            var told = d;
            foreach (var k in same)
                if (!History(k, d, doc) && Compatible(k, d, sameSentence: false, gazetteer: gazetteer, kb: kb) && !ToldAtItsPlace(k, d, drafts, doc, gazetteer, kb))
                {
                    // "Four fighters killed in Daesh attack in Garmiyan" (the headline), "militants attacked a position in Kolajo
                    // on Thursday" and "the consulate condemned the cowardly attack by ISIS": a retelling that fits both the
                    // headline and a telling in the body joins the body's (the headline is what the body tells).
                    if (into is null) into = k;
                    if (!OnlyInHeadings(k, doc) || OnlyInHeadings(d, doc)) { into = k; break; }
                }
            // "Saraya al-Salam gunmen attacked the Asaib office" and, below, "the clashes between the Asaib and Saraya al-Salam":
            // a retelling of the fighting may name its sides the other way round.
            if (into is null)
                foreach (var k in same)
                    if (Reversed(k, d) is { } other && !History(k, d, doc) && Compatible(k, other, sameSentence: false, gazetteer: gazetteer, kb: kb)) { into = k; told = other; break; }
            // "A court on Thursday sentenced two men for the killing of the journalist Hadi Salem" and "Salem was shot dead in Basra
            // on 5 March 2021", "the Taji attack" and "rockets struck Taji on 11 March": an act named again by a noun with "the", of
            // the person it was done to or the place named before the noun, is the act the story tells of them, whatever day the
            // noun's sentence gives (the court's, the warrant's); the telling that dates the act in its own words keeps its day.
            bool renamed = false;
            if (into is null && d.Material && !d.Aggregate && d.Status == "reported")
                foreach (var k in same)
                {
                    if (k.Aggregate || k.Status != "reported") continue;
                    bool kNamed = NamedAgain(k, d, doc, gazetteer, kb);
                    if (!kNamed && !NamedAgain(d, k, doc, gazetteer, kb)) continue;
                    into = k;
                    renamed = kNamed && d.Start is not null;
                    break;
                }
            if (renamed)
            {
                // (The noun told first: the telling that dates the act gives the merged event its day, and its place.)
                into!.Start = null;
                into.End = null;
                into.SoftDate = false;
                if (d.Place >= 0) { into.Place = -1; into.PlaceId = null; into.Also = []; }
            }
            // "Kataib Hezbollah said it had attacked the base": a retelling that names no place of its own
            // joins the latest event of its type told just before it, when nothing conflicts.
            // "A drone attack hit the base on Tuesday. Two drones were shot down before they reached it": a
            // defence told right after an attack, with no place or target of its own, is that attack's.
            bool defence = d.Trigger.Is(TriggerFlags.Intercept) && d.PlaceId is null && d.Target is null;
            if (into is null && (d.Definite || defence) && d.Material && same.Count > 0 && LastTold(same) is var last
                && d.Sentence - LatestSentence(last) is > 0 and <= 2 && !History(last, d, doc) && Compatible(last, d, sameSentence: false, anchored: false, gazetteer, kb))
                into = last;
            // "Six rockets fell near the refinery, the second attack on it this year. The rockets landed inside the compound":
            // when the one told last conflicts (a count told beside the attack), the latest of the same two sentences that
            // does not.
            if (into is null && d.Definite && d.Material && !d.Aggregate && same.Count > 1)
                foreach (var k in same)
                    if (!k.Aggregate && d.Sentence - LatestSentence(k) is > 0 and <= 2 && (into is null || LatestSentence(k) > LatestSentence(into))
                        && !History(k, d, doc) && Compatible(k, d, sameSentence: false, anchored: false, gazetteer, kb))
                        into = k;
            // "Rockets slammed into the camp near Bashiqa, killing a soldier. Some rockets fell in Bashiqa town itself": a place
            // told with "itself", named in the sentence of the act of its type told just before (the town its site lies near),
            // is where part of that act fell, no act of its own.
            if (into is null && d.Material && !d.Aggregate && d.Actor is null && d.Target is null && same.Count > 0 && LastTold(same) is var near
                && PartOfNear(d, near, doc))
                into = near;
            // "US jets struck five sites on Friday. The army said the strikes killed six people": a single telling of "the"
            // act with no place or count of its own, right after a count of strikes, is of those strikes (its toll theirs).
            if (into is null && d.Definite && d.Type == "ASSAULT" && !d.Aggregate && d.PlaceId is null && d.Status == "reported" && same.Count > 0
                && LastWave(same) is { } wave && d.Sentence - LatestSentence(wave) is > 0 and <= 2 && !History(wave, d, doc)
                && d.Copy() is var part && (part.Aggregate = true) && Compatible(wave, part, sameSentence: false, anchored: false, gazetteer, kb))
                into = wave;
            // "... the strike targeted their commander": "the strike" when the story has told one such attack, and
            // only one, is that attack, however far back (a live blog tells it in entries hours apart).
            if (into is null && d.Definite && d.Material && !d.Aggregate && d.Status == "reported" && OnlyReported(same) is { } only
                && !History(only, d, doc) && Compatible(only, d, sameSentence: false, anchored: false, gazetteer, kb))
                into = only;
            // "The Islamic Resistance in Iraq, a banner used by X, Y and other factions, claimed the attack": a claim of
            // the attack just told adds only its claimant; the names around the claim (an appositive, a cause) are no
            // slots of that attack. ("... claimed the attacks", "has claimed most of these attacks": a plural told as known, with
            // no count, claims what the story told, the last of it at least.)
            if (into is null && d.Definite && d.Material && d.ClaimedBy is not null && (!d.Aggregate || (d.Count is null && KnownPlural(d, doc))) && same.Count > 0 && LastTold(same) is var claimed
                && d.Sentence - LatestSentence(claimed) is > 0 and <= 3 && !History(claimed, d, doc))
            {
                var claim = d.Copy();
                claim.Actor = null;
                claim.Target = null;
                claim.Place = -1;
                claim.PlaceId = null;
                claim.Also = [];
                claim.Aggregate = false;
                // "..., a name used since October by X and Y, claimed the attack": one attack spans no month; a
                // longer window dates the names around the claim.
                if (claim.Start is { } from && claim.End is { } to && to.DayNumber - from.DayNumber > 31) claim.Start = claim.End = null;
                claim.Evidence.AddRange(d.Evidence);
                if (Compatible(claimed, claim, sameSentence: false, anchored: false, gazetteer, kb)) { into = claimed; told = claim; }
            }
            // "Four fighters killed in Daesh attack in Garmiyan" (the headline), then "militants attacked a Peshmerga position in
            // Kolajo on Thursday": the body's first telling of an act of the headline's type is the act the headline names,
            // when nothing conflicts, whatever names each gives.
            if (into is null && d.Material && !d.Aggregate && same.Count > 0 && !OnlyInHeadings(d, doc) && HeadlineOnly(same, doc, d.Status) is { } headed
                && !History(headed, d, doc) && Compatible(headed, d, sameSentence: false, anchored: false, gazetteer, kb) && !ToldAtItsPlace(headed, d, drafts, doc, gazetteer, kb))
                into = headed;
            // "Barzani said the attacks were an assault on the region": a plural told as known, with no count, party or
            // date of its own, points back at the attacks the story told; it is no new summary.
            if (into is null && d.Definite && d.Material && d.Aggregate && d.Count is null && d.Actor is null && d.Target is null
                && d.Start is null && d.Status == "reported" && ToldReported(same))
                continue;
            // "Officials said the ban would mean the PKK could not open offices": an act told with "the" as the subject
            // of a modal speaks of what it does or will do; when the story told such an act, it is that one, no new one.
            if (into is null && d.Material && Effects(doc, d) && ToldReported(same))
                continue;
            if (into is not null)
            {
                // "Drone strike wounds two soldiers in Syria" and "... hit the Conoco base": the retelling
                // that names the place within the other's keeps the precise one.
                if (gazetteer is not null && into.PlaceId is not null && told.PlaceId is not null && into.PlaceId != told.PlaceId
                    && Within(gazetteer, told.PlaceId, into.PlaceId))
                {
                    into.Place = told.Place;
                    into.PlaceId = told.PlaceId;
                    into.Also = told.Also;
                }
                // "Iraqi forces raided the building" and "Counter-Terrorism Service troops stormed it": the retelling
                // that names the unit within the other's force keeps the precise one.
                // ("Iraqi militias fire drones at Ashdod port" and "the Islamic Resistance in Iraq said ...": so does the named group
                // of the collective.)
                string? unit = into.Actor is not null && told.Actor is not null && into.Actor != told.Actor && kb is not null
                    && (Within(kb, told.Actor, into.Actor) || Covers(kb, into.Actor, told.Actor)) ? told.Actor : null;
                // "Drone kills Nujaba commander" and "... killed him and a companion": a headline's toll is a summary;
                // the body's count is the toll.
                if ((told.Killed is not null || told.Injured is not null) && OnlyInHeadings(into, doc) && !OnlyInHeadings(told, doc))
                {
                    into.Killed = told.Killed ?? into.Killed;
                    into.Injured = told.Injured ?? into.Injured;
                }
                // "bombardment of Turkish drone on the camp" (the headline), then "A Turkish drone bombarded ...": a drone with no
                // doer joined to a state's airstrike is that airstrike.
                bool stateDrone = into.Type == "ASSAULT" && into.Mode == "drone" && into.Actor is null && told.Mode == "airstrike" && told.Actor is not null;
                into.Absorb(told);
                if (stateDrone) into.Mode = "airstrike";
                if (unit is not null) { into.Actor = unit; into.Demonym = told.Demonym; }
                // A group that claims an attack with no attacker told is taken for its attacker.
                if (told != d) into.Actor ??= told.ClaimedBy;
                continue;
            }
            // "Why did Tehran put its name on the Erbil strike?": a question tells no act of its own.
            if (Question(doc, d.Sentence)) continue;
            kept.Add(d);
            same.Add(d);
        }
        // "US jets struck sites in Iraq and Syria on Friday" and, paragraphs below, "The strikes came in response to the Jordan
        // attack", "in retaliation for a drone attack on Tower 22", "his killing triggered protests": an act named again as the
        // answer, the one answered or what brought something about is the story's one act of its type and kind, however far
        // from it (two strikes of one kind the story tells leave it alone).
        for (int i = kept.Count - 1; i >= 0; i--)
            if (kept[i].Retold && OneOfItsKind(kept[i], kept, doc, gazetteer, kb) is { } told)
            {
                // (Its parties stay the first telling's: "his" in "his killing" may point at whoever the story named last.)
                var part = kept[i].Copy();
                part.Actor = part.Target = part.ClaimedBy = null;
                part.Evidence.AddRange(kept[i].Evidence);
                told.Absorb(part);
                kept.RemoveAt(i);
            }
        foreach (var d in kept) if (d.Status == "negated" && d.Definite && d.Material && d.PlaceId is null) DeniedTold(d, kept, doc);
        foreach (var d in kept) if (d.Type == "COERCE" && d.Actor is not null && d.Target is null && d.PlaceId is null) RaidTold(d, kept);
        var raids = new HashSet<Draft>();
        foreach (var d in kept) if (d.Type == "COERCE" && d.Mode is "arrest" or "seize") RaidOfArrest(d, kept, raids, doc);
        if (raids.Count > 0) kept.RemoveAll(raids.Contains);
        foreach (var d in kept) if (d.AnswersPrior && d.Target is null) d.Target = Appealer(d, kept);
        // "Rockets fired at Erbil airport" (the headline) and, far below, "The rockets were fired at 20:30 on Wednesday":
        // a telling of "the" attack that names no actor, target or place is the one attack the headline tells and its
        // body retells; it gives that attack its date.
        if (kept.Exists(static d => Unplaced(d) && d.Definite && d.Type == "ASSAULT") && HeadlineAttack(kept, doc) is { } headline)
            foreach (var d in kept)
                if (d != headline && Unplaced(d) && d.Definite && d.Type == "ASSAULT" && d.Status == "reported" && !d.Aggregate && !d.Anchor
                    && Compatible(headline, d, sameSentence: false, anchored: false, gazetteer, kb))
                    headline.Absorb(d);
        // (The police named with no place are such a body too: "Police detained the owner of the farm".)
        foreach (var d in kept)
            if (d.Type == "COERCE" && d.Mode is "arrest" or "seize" && d.Target is null && d.Place < 0
                && (d.Actor is null || kb?[d.Actor] is { Kind: "state_force" } force && force.Name.EndsWith(" police", StringComparison.OrdinalIgnoreCase))
                && d.Status == "reported" && !d.Aggregate)
                PlaceOfTold(d, kept, doc);
        List<Draft>? toldAgain = null;
        foreach (var d in kept)
        {
            if (d.Start is not null) continue;
            bool storyDay = FillDate(d, doc, kept);
            if ((storyDay ? DatedBefore(d, kept, doc, gazetteer, kb) : WindowBefore(d, kept, toldAgain, gazetteer, kb)) is { } first)
            {
                first.Absorb(d);
                (toldAgain ??= []).Add(d);
            }
        }
        if (toldAgain is not null) kept.RemoveAll(toldAgain.Contains);
        // (The story's country is counted only for a story that tells such a withdrawal.)
        if (gazetteer is not null && kb is not null && kept.Exists(static d => d.Type == "RETREAT" && d.PlaceId is null) && gazetteer.StoryCountry(doc) is { } home)
            foreach (var d in kept) if (d.Type == "RETREAT" && d.PlaceId is null && Foreign(d.Actor, home.Country, kb)) d.PlaceId = home.Id;
        foreach (var d in kept) if (Unplaced(d) && (d.Killed is not null || d.Injured is not null)) TollToTold(d, kept, doc);
        // Revised tolls read alone (a live blog's update), given to the attack they revise.
        if (tolls is not null) foreach (var d in tolls) TollToTold(d, kept, doc);
        foreach (var d in kept) if (Unplaced(d) && d.Type == "ASSAULT" && d.Aggregate && d.Count is not null && d.Status == "reported") NthOfTold(d, kept, doc);
        // "Kut - Wasit Today ... Two young men were arrested near the square": an arrest or removal told with no actor, target
        // or place of its own is at the one place the sentence before it names, or else in the town the story's dateline
        // names (not a capital, which files the news of a whole country), as any act told at no place of its own is (below);
        // it is kept for that place, unless the story tells such an act
        // at a place of its own that day (then it is that act told again).
        HashSet<Draft>? placed = null;
        if (gazetteer is not null)
            foreach (var d in kept)
                if (Unplaced(d) && d.Type == "COERCE" && d.Mode != "seize" && ToldPassive(d, doc) && Datelined(d)
                    && !kept.Exists(k => k != d && k.Type == d.Type && k.Mode == d.Mode && !Unplaced(k) && k.Start == d.Start))
                {
                    if (PlaceJustBefore(d, doc, gazetteer) is >= 0 and var before) { d.Place = before; d.PlaceId = doc.Places[before].PlaceId; }
                    else if (DatelineTown(doc, gazetteer) is { } dateTown && !gazetteer.IsCapital(dateTown)) { d.PlaceId = dateTown.Id; (placed ??= []).Add(d); }
                }
        kept.RemoveAll(d => Unplaced(d) && placed?.Contains(d) != true);
        // A headline the story's body never tells ("Judge frees men held in Baghdad raid") names an act told
        // elsewhere or only in passing: the body is what is coded.
        // A story that is only a headline (a feed item, a wire flash) is told by it.
        if (HasBody(doc)) kept.RemoveAll(d => OnlyInHeadings(d, doc));
        // "MOSUL, Iraq (Reuters) - ... Police arrested nine people": an act the story tells at no place of its own happened
        // where the wire dateline files the story from, when that town lies in the country the story's places are in (a
        // story filed from Washington or Ankara about Iraq tells acts elsewhere).
        // "In Kirkuk province, security was tightened. A roadside bomb then hit an army vehicle": an act told at no place of
        // its own, right after a sentence of its paragraph that names one place finer than a country, is at that place.
        if (gazetteer is not null)
            foreach (var d in kept) if (Datelined(d) && PlaceJustBefore(d, doc, gazetteer) is >= 0 and var before) { d.Place = before; d.PlaceId = doc.Places[before].PlaceId; }
        if (gazetteer is not null && kept.Exists(Datelined) && DatelineTown(doc, gazetteer) is { } town)
            foreach (var d in kept) if (Datelined(d)) d.PlaceId = town.Id;
        // "Turkish jets struck PKK hideouts in Qandil on Monday ... On Wednesday a drone strike hit a car near Sinuni": a
        // state's strike from the air that the story tells with no doer is the strike of the one doer it tells of such strikes
        // (two such doers, or that doer as its target, leave it empty).
        if (kept.Exists(NoAirDoer) && OneAirDoer(kept) is { } air)
            foreach (var d in kept) if (NoAirDoer(d) && d.Target != air) d.Actor = air;
        // "Turkish jets and drones pounded Zap on Monday ... In August a drone hit a clinic in Sikeniye": a drone told with no
        // doer (none shot down), on a page whose strikes from the air, drones, rockets and missiles have one doer, a state's
        // forces that no act the page tells hits, is that state's strike (a page that tells a group firing rockets, or an
        // attack on the state, leaves it empty).
        if (kb is not null && kept.Exists(NoDroneDoer) && OneAirDoer(kept, drones: true) is { } state && kb[state] is { Kind: "state_force" or "government" } && !Hit(kept, state))
            foreach (var d in kept)
                if (NoDroneDoer(d) && d.Target != state) d.Actor = state;
        return kept;
    }

    private static bool NoAirDoer(Draft d) => d.Type == "ASSAULT" && d.Mode == "airstrike" && d.Actor is null;

    private static bool NoDroneDoer(Draft d) => d.Type == "ASSAULT" && d.Mode == "drone" && d.Actor is null && !d.Trigger.Is(TriggerFlags.Intercept);

    private static bool Hit(List<Draft> kept, string actor)
    {
        foreach (var k in kept) if (k.Type == "ASSAULT" && k.Target == actor) return true;
        return false;
    }

    /// <summary>The one doer of all the strikes from the air (and, with <paramref name="drones"/>, drones, rockets and missiles) the story tells
    /// with a doer; null when it tells none or two.</summary>
    private static string? OneAirDoer(List<Draft> kept, bool drones = false)
    {
        string? doer = null;
        foreach (var k in kept)
            if (k.Type == "ASSAULT" && (k.Mode == "airstrike" || (drones && k.Mode is "drone" or "rocket" or "missile")) && k.Actor is { } a)
            {
                if (doer is not null && doer != a) return null;
                doer = a;
            }
        return doer;
    }

    /// <summary>The one act other than the retelling, of its type, status and kind (its weapon, when both tell one), told in the
    /// body with a party or a place of its own (no defence: "most of the missiles were intercepted"), that nothing in the retelling
    /// conflicts with (whether a summary or not); null when there is none or several.</summary>
    private static Draft? OneOfItsKind(Draft r, List<Draft> kept, Document doc, Places.Gazetteer? gazetteer, Knowledge.Actors.ActorKb? kb)
    {
        Draft? only = null;
        foreach (var k in kept)
        {
            if (k == r || k.Type != r.Type || k.Status != r.Status || !r.Material || Unplaced(k) || k.Trigger.Is(TriggerFlags.Intercept)
                || OnlyInHeadings(k, doc)) continue;
            if (r.Mode is not (null or "unspecified") && k.Mode is not (null or "unspecified") && k.Mode != r.Mode) continue;
            var told = r;
            if (k.Aggregate != r.Aggregate) { told = r.Copy(); told.Aggregate = k.Aggregate; }
            if (!Compatible(k, told, sameSentence: false, anchored: false, gazetteer, kb)) continue;
            if (only is not null) return null;
            only = k;
        }
        return only;
    }

    /// <summary>"The CTS stormed a Kataib Hezbollah building in Dora. They detained 14 men": an arrest or seizure with no
    /// target or place of its own, told in the sentence right after a raid by the same actor, was made in that raid: on
    /// its target, at its place.</summary>
    private static void RaidTold(Draft d, List<Draft> kept)
    {
        foreach (var k in kept)
            if (k.Type == "ASSAULT" && k.Status == d.Status && !k.Aggregate && k.Actor == d.Actor && k.Evidence.Contains(d.Sentence - 1))
            {
                d.Target = k.Target;
                d.Place = k.Place;
                d.PlaceId = k.PlaceId;
                d.Also = k.Also;
                if (d.Start is null) { d.Start = k.Start; d.End = k.End; }
                return;
            }
    }

    /// <summary>"Police later found the launcher on farmland in Dora. The owner of the farm was detained for questioning",
    /// "In Nasiriyah, riot police fired tear gas to reopen the bridge. Police said 12 people were held": an arrest or seizure
    /// by no named body ("police", "officers") with no target or place of its own, told in the same paragraph as an act at a
    /// known place, in the same sentence or the one before, followed from it there: it takes that place.</summary>
    private static void PlaceOfTold(Draft d, List<Draft> kept, Document doc)
    {
        int block = doc.Sentences[d.Sentence].Block;
        Draft? told = null;
        foreach (var k in kept)
        {
            if (k == d || !k.Material || k.Status != "reported" || k.Aggregate || k.Place < 0 || k.Also.Length > 0) continue;
            int s = LatestSentence(k) <= d.Sentence ? LatestSentence(k) : LastAtOrBefore(k.Evidence, d.Sentence);
            if (s < 0 || d.Sentence - s > 1 || doc.Sentences[s].Block != block) continue;
            if (told is null || s >= LatestSentence(told)) told = k;
        }
        if (told is null) return;
        d.Place = told.Place;
        d.PlaceId = told.PlaceId;
        if (d.Start is null) { d.Start = told.Start; d.End = told.End; }
    }

    /// <summary>"CTS troops stormed a building used by the faction and detained 14 men", "Police raided a house in Basra. They
    /// arrested two suspects": a raid or storming by the one who arrests or seizes, told in the arrest's sentence or the one
    /// before, with no dead or wounded, is how the arrest was made, no attack of its own. So are raids told as a noun after a
    /// light verb or as a bare plural ("security forces launched raids in Tarmiyah and announced dozens of arrests", "troops
    /// carried out raids near Hawija and arrested six"); an arrest told with no one making it, in the raid's own sentence, was
    /// made by the raiders.</summary>
    private static void RaidOfArrest(Draft d, List<Draft> kept, HashSet<Draft> raids, Document doc)
    {
        foreach (var k in kept)
        {
            if (k.Type != "ASSAULT" || !(k.Trigger.Lemma is "raid" or "storm" || RaidNoun(doc, k)) || k.Actor is null || k.Status != d.Status
                || (k.Aggregate && k.Count is not null) || k.Killed is not null || k.Injured is not null) continue;
            if (d.Actor is null ? !d.Evidence.Contains(k.Sentence) || !k.Evidence.Contains(d.Sentence)
                : k.Actor != d.Actor || !SameOrNext(d.Evidence, k.Evidence)) continue;
            d.Actor ??= k.Actor;
            d.Target ??= k.Target;
            if (d.Place < 0) { d.Place = k.Place; d.PlaceId = k.PlaceId; d.Also = k.Also; }
            d.TakeEvidence(k);
            raids.Add(k);
        }
    }

    /// <summary>The last sentence of <paramref name="evidence"/> at or before <paramref name="sentence"/>, 0 when none is
    /// (what <c>FindLast</c> with a lambda gave, without the closure it allocated at every call of <see cref="PlaceOfTold"/>).</summary>
    private static int LastAtOrBefore(List<int> evidence, int sentence)
    {
        for (int i = evidence.Count - 1; i >= 0; i--)
            if (evidence[i] <= sentence) return evidence[i];
        return 0;
    }

    /// <summary>Whether a sentence of <paramref name="d"/>'s evidence is in <paramref name="k"/>'s, or follows one of it (a loop:
    /// the lambda it replaces allocated a closure for every draft <see cref="RaidOfArrest"/> looked at).</summary>
    private static bool SameOrNext(List<int> d, List<int> k)
    {
        foreach (var s in d)
            if (k.Contains(s) || k.Contains(s - 1)) return true;
        return false;
    }

    /// <summary>Whether the attack's trigger is a light verb whose object is "raid(s)" ("launched raids", "carried out a raid").</summary>
    private static bool RaidNoun(Document doc, Draft k)
    {
        if (!k.Trigger.IsVerb) return false;
        var sent = doc.Sentences[k.Sentence];
        for (int t = k.Last + 1; t <= k.Last + 3 && t < sent.FirstToken + sent.TokenCount; t++)
            if (doc.TokenText(t) is "raid" or "raids") return true;
        return false;
    }

    /// <summary>"A drone hit the governor's house on Sunday. ... Asaib Ahl al-Haq denied that the factions had carried out
    /// the attack": a denial of the act just told, which names no place of its own, is of that act: it takes its target,
    /// place, weapon and days (the day of the denial is not the act's: "denied on Monday that ..."), and stays an event of its own.</summary>
    private static void DeniedTold(Draft d, List<Draft> kept, Document doc)
    {
        // "denied any link to the roadside bombings": a denial of acts in the plural is of the campaign, not of the last one told.
        bool plural = EventStage.PluralS(doc.TokenText(d.Last));
        Draft? told = null;
        foreach (var k in kept)
            if (k.Type == d.Type && k.Status == "reported" && !k.Aggregate && k.Sentence < d.Sentence && (told is null || LatestSentence(k) >= LatestSentence(told)))
                told = k;
        if (told is null || (told.Actor == d.Actor && d.Actor is not null)) return;
        if (d.Target is null && told.Target != d.Actor) d.Target = told.Target;
        if (plural) return;
        d.Place = told.Place;
        d.PlaceId = told.PlaceId;
        d.Also = told.Also;
        // "Iran denied any role in the strike": the weapon is the one told, not what the denier's kind would make of the noun.
        if (d.Mode is null or "unspecified" || told.Mode is not (null or "unspecified")) d.Mode = told.Mode;
        if (told.Start is not null)
        {
            d.Start = told.Start;
            d.End = told.End;
            d.SoftDate = false;
        }
    }

    /// <summary>"US troops left at the end of 2011", "the coalition's mission will end": forces of another state, or a
    /// coalition of states, leaving with no place told leave the story's country.</summary>
    private static bool Foreign(string? actor, string home, Knowledge.Actors.ActorKb kb) =>
        actor is not null && kb[actor] is { } a && (a.Kind == "coalition" || (a.Kind is "state_force" or "government" && a.Country is { } c && c != home));

    /// <summary>"Chief killed in US strike at Baghdad airport" (the headline), then "an air strike on a convoy north of
    /// Baghdad" and below "two cars were hit by missiles near the airport's cargo terminal": an undated headline's act is
    /// the one the body tells at the headline's very place, not a telling in the town around it: when the story also tells
    /// the act at that very place on an earlier day, the telling in the town (a later day's news) is an event of its own.</summary>
    private static bool ToldAtItsPlace(Draft k, Draft d, List<Draft> drafts, Document doc, Places.Gazetteer? gazetteer, Knowledge.Actors.ActorKb? kb)
    {
        if (gazetteer is null || k.Start is not null || k.PlaceId is null || d.PlaceId is null || d.PlaceId == k.PlaceId || !Within(gazetteer, k.PlaceId, d.PlaceId)
            || d.Start is null || !OnlyInHeadings(k, doc) || OnlyInHeadings(d, doc)) return false;
        foreach (var x in drafts)
            if (x != d && x != k && x.Sentence > d.Sentence && x.Type == k.Type && x.PlaceId == k.PlaceId && x.Start is { } before && before < d.Start && !History(k, x, doc)
                && Compatible(k, x, sameSentence: false, gazetteer: gazetteer, kb: kb))
                return true;
        return false;
    }

    /// <summary>A retelling of fighting as one known ("the clash between X and Y", "the fighting") with its two sides the other
    /// way round, when one of them is a side an earlier telling names in the other role; null otherwise. ("Protesters clashed
    /// with police, and police fired on them" tells two acts: only fighting told as known is turned round.)</summary>
    private static Draft? Reversed(Draft k, Draft d)
    {
        if (d.Type != "ASSAULT" || !d.Mutual || !d.Definite || k.Evidence.Contains(d.Sentence) || d.Actor == d.Target
            || !((d.Actor is not null && d.Actor == k.Target) || (d.Target is not null && d.Target == k.Actor))) return null;
        var other = d.Copy();
        other.Actor = d.Target;
        other.Target = d.Actor;
        other.Demonym = false;
        other.Evidence.AddRange(d.Evidence);
        return other;
    }

    /// <summary>Whether "the same" and a noun of a place ("site", "area", "base", "spot") follow the act in its sentence,
    /// at most eight words on, with no clause between ("fell near the same site", "in the same area").</summary>
    private static bool SamePlace(Document doc, Draft d)
    {
        var sent = doc.Sentences[d.Sentence];
        int end = Math.Min(sent.FirstToken + sent.TokenCount, d.Last + 10);
        for (int t = d.Last + 1; t + 2 < end; t++)
        {
            if (doc.TokenText(t) is "," or ";" or "when" or "which" or "who") return false;
            if (doc.TokenText(t) is "the" && doc.TokenText(t + 1) is "same"
                && doc.TokenText(t + 2) is "site" or "area" or "place" or "spot" or "location" or "base" or "camp" or "field" or "compound" or "facility" or "road" or "town" or "village")
                return true;
        }
        return false;
    }

    /// <summary>Gives the draft the place of the latest draft of its type told before it that has one.</summary>
    private static void PlaceOfLast(Draft d, List<Draft> drafts)
    {
        Draft? last = null;
        foreach (var k in drafts)
            if (k != d && k.Type == d.Type && k.Sentence < d.Sentence && k.PlaceId is not null && (last is null || k.Sentence >= last.Sentence)) last = k;
        if (last is null) return;
        d.Place = last.Place;
        d.PlaceId = last.PlaceId;
        d.Also = last.Also;
    }

    /// <summary>The latest sentence that tells the event.</summary>
    private static int LatestSentence(Draft d) => d.Evidence.Count > 0 ? d.Evidence[^1] : d.Sentence;

    /// <summary>Whether <paramref name="d"/>'s place is followed by "itself" (over one word: "Bashiqa town itself") and named in
    /// the sentence <paramref name="near"/> was told last in, the same sentence or the one before, at another place, with
    /// the same status, no other weapon and no other day.</summary>
    private static bool PartOfNear(Draft d, Draft near, Document doc)
    {
        if (d.Place < 0 || near.PlaceId is null || near.PlaceId == d.PlaceId || near.Status != d.Status || near.Aggregate) return false;
        if (d.Mode is not (null or "unspecified") && d.Mode != near.Mode) return false;
        // ("On Thursday a rocket fell in Bashiqa itself": a day of its own, other than the act's, is another act.)
        if (d.Start is not null && d.Start != near.Start) return false;
        int sentence = LatestSentence(near);
        if (d.Sentence - sentence is < 0 or > 1) return false;
        var p = doc.Places[d.Place];
        int t = doc.TokenAt(p.Start + p.Length);
        if (t < doc.Tokens.Length && !doc.TokenText(t).Equals("itself", StringComparison.OrdinalIgnoreCase)) t++;
        if (t >= doc.Tokens.Length || !doc.TokenText(t).Equals("itself", StringComparison.OrdinalIgnoreCase)) return false;
        foreach (var m in doc.Places)
            if (m.Sentence == sentence && m.PlaceId == d.PlaceId) return true;
        return false;
    }

    /// <summary>Of the events kept so far, the one told last (a headline's second event is not told after the
    /// lede that retells its first).</summary>
    private static Draft LastTold(List<Draft> same)
    {
        var last = same[^1];
        foreach (var k in same) if (LatestSentence(k) > LatestSentence(last)) last = k;
        return last;
    }

    /// <summary>The one act of the list, when every act of the list is told only in headings and is no summary, with the
    /// status given; null otherwise.</summary>
    private static Draft? HeadlineOnly(List<Draft> same, Document doc, string status)
    {
        Draft? only = null;
        foreach (var k in same)
        {
            if (!OnlyInHeadings(k, doc) || k.Aggregate || only is not null) return null;
            only = k;
        }
        return only is not null && only.Status == status ? only : null;
    }

    /// <summary>The count of attacks among the events told last ("US forces struck three facilities, four days after militants
    /// fired missiles at the base": the lede tells the strikes and the attack they answer in one sentence), or null.</summary>
    private static Draft? LastWave(List<Draft> same)
    {
        int latest = LatestSentence(LastTold(same));
        Draft? wave = null;
        foreach (var k in same)
            if (k.Aggregate && k.Count is not null && LatestSentence(k) == latest)
            {
                if (wave is not null) return null;
                wave = k;
            }
        return wave;
    }

    private static bool Unplaced(Draft d) => d.Actor is null && d.Target is null && d.Place < 0;

    private static bool CrowdHit(Draft d) => d.Actor is not null && d.Target is "protesters" or "activists";

    private static bool Unnamed(Draft d) => d.Actor is null && d.Target is null;

    /// <summary>"A bomb hit a coalition convoy near Diwaniyah. It was the third such bombing in the province this month": a
    /// count told by an ordinal ("the third", "the 151st") that names no one and no place counts the attacks of which the
    /// one the story told just before (up to two sentences back) is the last; it is aimed at that one's target and place
    /// (and made with its weapon when told as "such").</summary>
    private static void NthOfTold(Draft d, List<Draft> kept, Document doc)
    {
        bool nth = false;
        for (int t = d.First - 1; t >= Math.Max(0, d.First - 4) && !nth; t--)
            nth = Numbers.Ordinal(doc.TokenText(t)) is > 1 && t > 0 && doc.TokenText(t - 1).Equals("the", StringComparison.OrdinalIgnoreCase);
        if (!nth) return;
        Draft? last = null;
        foreach (var k in kept)
            if (k != d && k.Type == "ASSAULT" && k.Status == "reported" && !k.Aggregate && !Unplaced(k) && k.Target is not null
                && LatestSentence(k) < d.Sentence && d.Sentence - LatestSentence(k) <= 2 && (last is null || LatestSentence(k) >= LatestSentence(last)))
                last = k;
        if (last is null) return;
        d.Target = last.Target;
        d.Place = last.Place;
        d.PlaceId = last.PlaceId;
        // ("the third such bombing": attacks of the same kind, so with its weapon.)
        if (d.Mode is null or "unspecified" && d.First > 0 && doc.TokenText(d.First - 1).Equals("such", StringComparison.OrdinalIgnoreCase)) d.Mode = last.Mode;
    }

    /// <summary>"Mortar rounds struck the embassy on Friday. ... The attack caused no casualties.", "... fired on
    /// protesters. / Hospitals said at least 25 were killed.": a toll read with an attack that names no one and no
    /// place, which is dropped, is that of the single attack the story told last, up to three sentences before in
    /// its paragraph or the one before. The first toll told stays.</summary>
    private static void TollToTold(Draft d, List<Draft> kept, Document doc)
    {
        // "About 60 personnel have suffered minor injuries in the attacks": a bare plural gives its toll to a count of attacks.
        if (d.Type != "ASSAULT" || (d.Aggregate && (d.Count is not null || d.Trigger.IsVerb))) return;
        // "Six other soldiers were killed in clashes": a toll told as more dead besides those told is another act's.
        if (OtherDead(doc, d.Sentence)) return;
        Draft? best = null;
        int bestSentence = -1;
        foreach (var k in kept)
        {
            if (k == d || k.Type != "ASSAULT" || Unplaced(k) || k.Status != d.Status || k.Anchor || (k.Aggregate && !k.Trigger.IsVerb) || (d.Aggregate && !k.Aggregate)) continue;
            foreach (var s in k.Evidence)
                if (s <= d.Sentence && s > bestSentence) { best = k; bestSentence = s; }
        }
        bool near = best is not null && d.Sentence - bestSentence <= 3;
        if (near)
        {
            int block = doc.Sentences[d.Sentence].Block, before = doc.Sentences[bestSentence].Block;
            near = before == block || before == block - 1;
        }
        // "Updated toll: three were killed", told in a live blog's entry far from the attack (above it, when the
        // newest entries come first): a revision is of the one attack the story gave a toll of that kind.
        if (!near && d.Revised) best = HeadlineAttack(kept, doc) ?? TolledOnce(d, kept);
        else if (!near) return;
        best?.TakeToll(d);
    }

    /// <summary>Whether the sentence counts dead or wounded as others besides those told ("six other soldiers", "two more
    /// civilians", "three additional guards"): a number right before "other", "more" or "additional".</summary>
    private static bool OtherDead(Document doc, int sentence)
    {
        var sent = doc.Sentences[sentence];
        for (int t = sent.FirstToken; t + 1 < sent.FirstToken + sent.TokenCount; t++)
            if (doc.TokenText(t + 1) is "other" or "more" or "additional" && Numbers.Cardinal(doc.TokenText(t)) is > 0) return true;
        return false;
    }

    /// <summary>The one reported single attack that a heading of the story tells and its body retells (a live blog's
    /// headline names the attack its updates are about), or null when there is none or several.</summary>
    private static Draft? HeadlineAttack(List<Draft> kept, Document doc)
    {
        Draft? only = null;
        foreach (var k in kept)
        {
            if (k.Type != "ASSAULT" || Unplaced(k) || k.Status != "reported" || k.Aggregate || k.Anchor
                || !k.Evidence.Exists(s => Headline(doc, doc.Sentences[s].Block)) || OnlyInHeadings(k, doc)) continue;
            if (only is not null) return null;
            only = k;
        }
        return only;
    }

    /// <summary>The one reported single attack of the story, other than <paramref name="d"/>, with a toll other than
    /// none of the kinds <paramref name="d"/> tells, or null when there is none or several.</summary>
    private static Draft? TolledOnce(Draft d, List<Draft> kept)
    {
        Draft? only = null;
        foreach (var k in kept)
        {
            if (k == d || k.Type != "ASSAULT" || Unplaced(k) || k.Status != "reported" || k.Aggregate || k.Anchor) continue;
            if (!((d.Killed is not null && k.Killed is > 0) || (d.Injured is not null && k.Injured is > 0))) continue;
            if (only is not null) return null;
            only = k;
        }
        return only;
    }

    private static bool HasBody(Document doc)
    {
        for (int b = 0; b < doc.Blocks.Count; b++)
            if (doc.Blocks[b].Kind == BlockKind.Paragraph && !Headline(doc, b)) return true;
        return false;
    }

    private static bool OnlyInHeadings(Draft d, Document doc)
    {
        foreach (var s in d.Evidence)
            if (!Headline(doc, doc.Sentences[s].Block)) return false;
        return true;
    }

    /// <summary>Whether a block is a heading: one the cleaner found short and open, or the page's first line, however long,
    /// when it closes with no full stop and a line that is no paragraph (the outlet and date) follows it ("Diyala .. martyrdom of three from the Hashd in attack of Daesh on a post north of
    /// al-Muqdadiya, and arrest of two suspects": a local outlet's headline strings its items together).</summary>
    private static bool Headline(Document doc, int block)
    {
        var b = doc.Blocks[block];
        if (b.Kind == BlockKind.Heading) return true;
        if (block != 0 || doc.StoryIndex != 0 || doc.Blocks.Count < 2 || doc.Blocks[1].Kind == BlockKind.Paragraph || b.Kind != BlockKind.Paragraph || b.Span.Length == 0) return false;
        int end = b.Span.Start + b.Span.Length - 1;
        while (end > b.Span.Start && doc.Text[end] is '"' or '\'' or ')' or ']' or '”' or '’') end--;
        return doc.Text[end] is not ('.' or '!' or '?' or ':' or ';' or ',' or '…');
    }

    /// <summary>Whether a sanction's kind is a diplomatic measure: an envoy expelled or recalled, or ties cut.</summary>
    internal static bool Diplomatic(string? mode) =>
        mode is not null && (mode.StartsWith("expulsion", StringComparison.Ordinal) || mode.StartsWith("recall", StringComparison.Ordinal)
                             || mode.StartsWith("severing", StringComparison.Ordinal));

    /// <summary>Whether two drafts may tell the same happening.</summary>
    public static bool Compatible(Draft a, Draft b, bool sameSentence, bool anchored = true, Places.Gazetteer? gazetteer = null, Knowledge.Actors.ActorKb? kb = null)
    {
        if (a.Type != b.Type || a.Status != b.Status) return false;
        // Acts of two sides told from each side in one sentence ("Iraq and Turkey signed an agreement
        // under which Ankara pledged ...") are one.
        if (sameSentence && a.Type is "AGREE" or "CONSULT" or "COOPERATE" && a.Actor is not null && b.Actor == a.Target && (b.Target is null || b.Target == a.Actor))
            return true;
        // "Since the assassination of X, bases have been targeted": the act named to date the other is another.
        if (sameSentence && a.Anchor != b.Anchor) return false;
        // In one sentence a summary and a bare word of it ("70 attacks using Katyusha rockets") are one.
        if (a.Aggregate != b.Aggregate && !sameSentence) return false;
        // "... seven attacks, the last when defences shot down a drone": the defended attack is one of the count.
        if (a.Aggregate != b.Aggregate && (a.Trigger.Is(TriggerFlags.Intercept) || b.Trigger.Is(TriggerFlags.Intercept))) return false;
        if (a.Count is not null && b.Count is not null && a.Count != b.Count) return false;
        // A target may be named as a unit or as the body it serves in ("coalition air defences" and
        // "US forces" at one site); actors keep apart (the coalition and the US withdraw separately).
        // Two tellings of one act may name its doer as a state or as one of its forces ("Iran fired missiles" and
        // "the Guards said they fired them"); only a force within the other ties them, not a member of an alliance.
        if (!(Same(a.Actor, b.Actor, null) || (a.Material && kb is not null && OneSide(kb, a.Actor!, b.Actor!)))
            || !(Same(a.Target, b.Target, kb) || (!sameSentence && OneSalvo(gazetteer, a, b))
                || (a.Type == "ASSAULT" && kb is not null && (Serves(kb, a.Target!, b.Target!) || Serves(kb, b.Target!, a.Target!)
                  // "US jets struck Iran-backed militias near al-Qaim" and "Kataib Hezbollah said one of its members was killed":
                  // the collective hit and one faction of it name one side.
                  || Covers(kb, a.Target!, b.Target!) || Covers(kb, b.Target!, a.Target!))))) return false;
        // One side cannot be both ("a US strike killed fighters who had fired rockets at US forces").
        if ((a.Actor ?? b.Actor) is { } actor && actor == (a.Target ?? b.Target)) return false;
        // "Gunmen shot dead a reporter in Basra" and "earlier riot police used tear gas against protesters in Basra": force
        // used on a crowd and an attack told with neither doer nor target are two acts, not tied by the place alone.
        if (!sameSentence && a.Type == "ASSAULT" && (CrowdHit(a) ? Unnamed(b) : CrowdHit(b) && Unnamed(a))) return false;
        // A place and a place within it (Syria, the Conoco base) do not conflict between two tellings of
        // one attack; summaries, which span many places, keep apart. ("US F-16s bombed two facilities in eastern Syria" and,
        // below, "the American strikes hit a depot near Abu Kamal": strikes told with "the" and no count are the ones told.)
        if (a.PlaceId is not null && b.PlaceId is not null && a.PlaceId != b.PlaceId
            && (gazetteer is null || ((a.Aggregate || b.Aggregate) && !(!sameSentence && KnownStrikes(a, b)))
                || !(Within(gazetteer, a.PlaceId, b.PlaceId) || Within(gazetteer, b.PlaceId, a.PlaceId) || (!sameSentence && a.Sentence != b.Sentence && Near(gazetteer, a.PlaceId, b.PlaceId))))) return false;
        // "detained 14 men, seizing rocket launchers": a seizure told as a participle of the arrest is part of one
        // raid ("arrested three men and seized a truck" tells two acts).
        bool raid = sameSentence && a.Type == "COERCE" && a.Mode is "arrest" or "seize" && b.Mode is "arrest" or "seize"
            && ((a.Trigger.Form | b.Trigger.Form) & WordForm.Ing) != 0;
        // (Only the closed modes of attacks and coercion tell two acts apart: "deployed troops" and "sent reinforcements"
        // may be one move.)
        if (!raid && EventLexicon.Modes.ContainsKey(a.Type) && a.Mode is not null && b.Mode is not null && a.Mode != b.Mode && a.Mode != "unspecified" && b.Mode != "unspecified" && !a.ModeGuessed && !b.ModeGuessed
            // "A Turkish drone strike ... killed three": a state's drone strike is an airstrike, told twice.
            && !(sameSentence && a.Mode is "drone" or "airstrike" && b.Mode is "drone" or "airstrike")
            // "A Turkish drone bombed a car near Kuna Masi" and, below, "the drone targeted the car": a drone told with no
            // doer may be the state's drone whose strike was told as an airstrike.
            && !(a.Mode == "airstrike" && b.Mode == "drone" && b.Actor is null && a.Actor is not null)
            && !(b.Mode == "airstrike" && a.Mode == "drone" && a.Actor is null && b.Actor is not null)) return false;
        // "ordered the Swedish ambassador to leave the country and recalled its own charge d'affaires from Stockholm": two diplomatic
        // measures (an expulsion, a recall, a break of ties) are two acts, though against one state.
        if (a.Type == "SANCTION" && b.Type == "SANCTION" && a.Mode != b.Mode && Diplomatic(a.Mode) && Diplomatic(b.Mode)) return false;
        // "Since 2020 bases have been attacked" and "on Monday a drone hit the base" are two happenings.
        if (!sameSentence && a.Start is { } w1 && b.Start is { } w2 && a.End is { } e1 && b.End is { } e2
            && ((e1.DayNumber - w1.DayNumber > 31 && e2 == w2) || (e2.DayNumber - w2.DayNumber > 31 && e1 == w1))) return false;
        // "... following earlier strikes on 26 October": an act known only by its doer and day is told again only with that day.
        if (!sameSentence && (a.DatedOnly || b.DatedOnly) && (a.Start is null || b.Start is null)) return false;
        // A statement's date bounds the event it reports from above: the event may be any day before it. ("Security forces
        // fired on protesters, the ministry said on Monday" and "protests swept Baghdad in October": a month is no day the
        // act was told on.)
        if (a.Start is { } s1 && b.Start is { } s2 && (s1 > b.End || s2 > a.End)
            && !(a.SoftDate && !b.SoftDate && s2 <= a.End && Day(b)) && !(b.SoftDate && !a.SoftDate && s1 <= b.End && Day(a))) return false;
        if (sameSentence || !anchored) return true;
        // "near Baghdad airport" and "over the Baghdad Diplomatic Support Center" at the airport tie two tellings.
        bool anchor = (a.Actor is not null && b.Actor is not null && (a.Actor == b.Actor || (a.Material && kb is not null && OneSide(kb, a.Actor, b.Actor)))) || (a.Target is not null && b.Target is not null && (a.Target == b.Target || (a.Type == "ASSAULT" && kb is not null && (Covers(kb, a.Target, b.Target) || Covers(kb, b.Target, a.Target))))) || (a.PlaceId is not null && b.PlaceId is not null
                && (a.PlaceId == b.PlaceId || Site(gazetteer, a.PlaceId, b.PlaceId) || Site(gazetteer, b.PlaceId, a.PlaceId)
                    || OneSpot(gazetteer, a, b) || SiteOfDistrict(gazetteer, a, b) || SiteOfDistrict(gazetteer, b, a)));
        // "sent 750 soldiers to Kuwait" and "100 Marines were flown in to guard the embassy": one side moves its
        // forces many times; only a shared place or target ties two deployments.
        if (a.Type is "MOBILIZE" && a.Actor is not null && (a.PlaceId is null || b.PlaceId is null) && a.Target is null) return false;
        // A statement is one event only when one speaker makes it.
        if (!a.Material && (a.Actor is null || a.Actor != b.Actor)) return false;
        return anchor;
    }

    /// <summary>Whether two summaries are one act told twice: one of them is told as known, with "the" and no count ("the
    /// strikes"), the other names its doer too.</summary>
    private static bool KnownStrikes(Draft a, Draft b) =>
        a.Aggregate && b.Aggregate && a.Actor is not null && a.Actor == b.Actor
        && ((a.Definite && a.Count is null) || (b.Definite && b.Count is null));

    /// <summary>Whether a draft is dated to a day or a few (no month or year).</summary>
    private static bool Day(Draft d) => d.Start is { } from && d.End is { } to && to.DayNumber - from.DayNumber <= 7;

    /// <summary>Whether the first place lies within the second (an admin unit or country of it).</summary>
    internal static bool Within(Places.Gazetteer gazetteer, string inner, string outer) =>
        gazetteer[inner] is { } place && gazetteer.AncestorsOf(place).Contains(outer);

    /// <summary>"Clashes in Basra" and "the clashes in Tannuma", "shelling near Sidakan" and "... near Bradost": two
    /// towns or districts (not bases, airports or other sites, each a target of its own) within a short drive of each other may be where one act is told to have happened.</summary>
    private static bool Near(Places.Gazetteer gazetteer, string x, string y, double km = 25) =>
        gazetteer[x] is { Kind: "city" or "town" or "village" or "district" } a && gazetteer[y] is { Kind: "city" or "town" or "village" or "district" } b
        && Incidents.Geo.DistanceKm(a.Lat, a.Lon, b.Lat, b.Lon) <= km;

    /// <summary>"A car bomb went off near a market in Sadr City on Monday" and "the bomb in the Habibiya area on Monday": two
    /// named spots of one town a short walk apart, with no day in conflict, tell one attack of one kind.</summary>
    private static bool OneSpot(Places.Gazetteer? gazetteer, Draft a, Draft b) =>
        gazetteer is not null && a.Type == "ASSAULT" && !a.Aggregate && !b.Aggregate
        && a.Mode == b.Mode && a.Mode is not null && a.Mode != "unspecified" && Near(gazetteer, a.PlaceId!, b.PlaceId!, km: 3);

    /// <summary>"Rockets hit the Green Zone late on Sunday, wounding two guards" and "officials said rockets landed near the
    /// parliament building": rockets, missiles or drones that fall at one place (or a place within the other's) on one
    /// single day, with no doer in conflict, are one salvo, whatever each telling names as hit.</summary>
    private static bool OneSalvo(Places.Gazetteer? gazetteer, Draft a, Draft b) =>
        gazetteer is not null && a.Type == "ASSAULT" && !a.Aggregate && !b.Aggregate && a.Mode == b.Mode && a.Mode is "rocket" or "missile" or "drone"
        && a.PlaceId is not null && b.PlaceId is not null && OneDay(a, b)
        && (a.PlaceId == b.PlaceId || Within(gazetteer, a.PlaceId, b.PlaceId) || Within(gazetteer, b.PlaceId, a.PlaceId));

    /// <summary>Whether both tellings are dated to one and the same single day.</summary>
    private static bool OneDay(Draft a, Draft b) =>
        a.Start is { } s && s == a.End && b.Start == s && b.End == s;

    /// <summary>"Rockets hit the Green Zone on Sunday" and "one landed near the US embassy" that day: a site (the embassy)
    /// within the district the other telling names (the Green Zone), on one single day, by one kind of weapon (or one
    /// telling naming none and no doer), ties two tellings of an attack.</summary>
    private static bool SiteOfDistrict(Places.Gazetteer? gazetteer, Draft outer, Draft inner) =>
        gazetteer is not null && outer.Type == "ASSAULT" && !outer.Aggregate && !inner.Aggregate && OneDay(outer, inner)
        && gazetteer[outer.PlaceId!] is { Precision: 2 } && gazetteer[inner.PlaceId!] is { Precision: 1, Kind: not ("city" or "town" or "village") }
        && Within(gazetteer, inner.PlaceId!, outer.PlaceId!)
        && (outer.Mode == inner.Mode && outer.Mode is not null and not "unspecified"
            || outer.Mode == "unspecified" && outer.Actor is null || inner.Mode == "unspecified" && inner.Actor is null);

    /// <summary>Whether <paramref name="outer"/> is a site or town (an airport, a base) that holds <paramref name="inner"/>.</summary>
    private static bool Site(Places.Gazetteer? gazetteer, string outer, string inner) =>
        gazetteer is not null && gazetteer[outer] is { Precision: 1 } && Within(gazetteer, inner, outer);

    /// <summary>The one reported event of the list that is no summary, or null when there are none or several.</summary>
    private static Draft? OnlyReported(List<Draft> same)
    {
        Draft? only = null;
        foreach (var k in same)
        {
            if (k.Status != "reported" || k.Aggregate) continue;
            if (only is not null) return null;
            only = k;
        }
        return only;
    }

    /// <summary>Whether the act is told after "of" or "for" following an accusation of its actor in its sentence ("accused
    /// Tehran of being behind the assault", "blamed the group for the killing"): its actor is the one accused.</summary>
    private static bool AccusedOf(Draft d, List<Draft> drafts, Document doc)
    {
        foreach (var a in drafts)
        {
            if (a.Type != "ACCUSE" || a.Sentence != d.Sentence || a.Target != d.Actor || a.Last >= d.First || d.First - a.Last > 12) continue;
            for (int t = a.Last + 1; t < d.First; t++)
                if (doc.TokenText(t) is "of" or "for") return true;
        }
        return false;
    }

    /// <summary>Whether the draft's trigger is a noun after "the", "this" or "that" followed by a modal ("the ban would
    /// lead", "this withdrawal will mean").</summary>
    private static bool Effects(Document doc, Draft d)
    {
        if (d.Trigger.IsVerb || d.First < 1 || d.Last + 1 >= doc.Tokens.Length) return false;
        var sent = doc.Sentences[d.Sentence];
        if (d.First - 1 < sent.FirstToken || d.Last + 1 >= sent.FirstToken + sent.TokenCount) return false;
        return doc.TokenText(d.First - 1) is "the" or "The" or "this" or "This" or "that" or "That"
            && doc.TokenText(d.Last + 1) is "would" or "will" or "could" or "can" or "might" or "may" or "should" or "must";
    }

    private static bool ToldReported(List<Draft> same)
    {
        foreach (var k in same) if (k.Status == "reported") return true;
        return false;
    }

    /// <summary>Whether the sentence asks rather than tells: it ends in a question mark.</summary>
    private static bool Question(Document doc, int sentence)
    {
        var sent = doc.Sentences[sentence];
        for (int t = sent.FirstToken + sent.TokenCount - 1; t >= sent.FirstToken; t--)
        {
            var text = doc.TokenText(t);
            if (text is "\"" or "”" or "'" or "’" or ")") continue;
            return text is "?";
        }
        return false;
    }

    /// <summary>Whether two slots may name one side: the same actor, or a body and the one it is a unit or
    /// member of ("US forces" and the coalition they serve in), as incidents take them.</summary>
    private static bool Same(string? x, string? y, Knowledge.Actors.ActorKb? kb) =>
        x is null || y is null || x == y || (kb is not null && (Under(kb, x, y) || Under(kb, y, x)));

    /// <summary>"The strike killed the Nujaba commander" and "a drone hit a PMF headquarters": a person and the group
    /// (or a body it is part of) the person serves in may both be told as the target of one attack (not of one
    /// sanction: a person is designated on his own).</summary>
    private static bool Serves(Knowledge.Actors.ActorKb kb, string person, string body)
    {
        if (kb[person] is not { Kind: "person" } p) return false;
        var roles = p.Roles;
        for (int i = 0; i < roles.Count; i++)
            if (roles[i].Of is { } of && (of == body || Within(kb, of, body))) return true;
        return false;
    }

    /// <summary>Whether the first actor is a force or body within the second, at any depth of part-of links.</summary>
    private static bool Within(Knowledge.Actors.ActorKb kb, string lower, string upper)
    {
        for (int depth = 0; depth < 4 && kb[lower] is { } actor; depth++)
        {
            string? up = null;
            var parts = actor.PartOf;
            for (int i = 0; i < parts.Count; i++) { if (parts[i].Id == upper) return true; up ??= parts[i].Id; }
            if (up is null) return false;
            lower = up;
        }
        return false;
    }

    /// <summary>Whether two doers named by two tellings of one act are one side: either within the other (a state and its
    /// forces) or either a collective that covers the other.</summary>
    private static bool OneSide(Knowledge.Actors.ActorKb kb, string x, string y) =>
        Within(kb, x, y) || Within(kb, y, x) || Covers(kb, x, y) || Covers(kb, y, x);

    /// <summary>Whether <paramref name="general"/> is a collective armed group (data/actors/collectives.yaml: "Iraqi armed
    /// factions", "Iran-backed militias") that <paramref name="named"/>, an armed group or front of its country sharing one of its
    /// alignments, is one of: a headline's "Iraqi militias fire drones at Ashdod" and the body's "the Islamic Resistance in Iraq
    /// said" tell one attack.</summary>
    private static bool Covers(Knowledge.Actors.ActorKb kb, string general, string named)
    {
        if (kb[general] is not { Kind: "armed_group" } g || !g.Source.Contains("collectives", StringComparison.Ordinal)
            || kb[named] is not { Kind: "armed_group" or "coalition" } n || n.Country != g.Country || n.Id == g.Id) return false;
        for (int i = 0; i < n.AlignedWith.Count; i++) if (g.AlignedWith.Contains(n.AlignedWith[i])) return true;
        return false;
    }

    private static bool Under(Knowledge.Actors.ActorKb kb, string lower, string upper)
    {
        if (kb[lower] is not { } actor) return false;
        for (int i = 0; i < actor.PartOf.Count; i++) if (actor.PartOf[i].Id == upper) return true;
        for (int i = 0; i < actor.MemberOf.Count; i++) if (actor.MemberOf[i].Id == upper) return true;
        return false;
    }

    /// <summary>Whether the draft is a claim of "both attacks" (a definite summary of attacks with no count, place or
    /// target of its own, whose doer is the claimant) told after two single attacks of the story with no other doer, and if
    /// so gives the claimant and the evidence to those two.</summary>
    private static bool BothClaimed(Draft d, List<Draft> drafts, Document doc)
    {
        if (d.Type != "ASSAULT" || !d.Aggregate || d.Count is not null || !d.Definite || d.Actor is null || d.PlaceId is not null || d.Target is not null
            || d.Status != "reported" || d.First < 1 || !doc.TokenText(d.First - 1).Equals("both", StringComparison.OrdinalIgnoreCase)) return false;
        Draft? second = null, first = null;
        foreach (var k in drafts)
        {
            if (k == d || k.Type != "ASSAULT" || k.Aggregate || k.Anchor || k.Status != "reported" || k.Sentence >= d.Sentence || d.Sentence - k.Sentence > 4) continue;
            if (k.Actor is not null && k.Actor != d.Actor) return false;
            first = second;
            second = k;
        }
        if (first is null || second is null || first.Sentence == second.Sentence && first.First == second.First) return false;
        foreach (var k in (Draft[])[first, second])
        {
            k.TakeEvidence(d);
            k.Actor ??= d.Actor;
            k.ClaimedBy ??= d.ClaimedBy;
        }
        return true;
    }

    /// <summary>Whether <paramref name="named"/> names again, by a noun with "the", the act <paramref name="told"/> tells (see the
    /// merge loop): of one person, or at the place named right before the noun ("the Taji attack"), and nothing else in conflict
    /// but the day. (A noun's day is often the sentence's, of a verdict or a warrant about the act.)</summary>
    private static bool NamedAgain(Draft named, Draft told, Document doc, Places.Gazetteer? gazetteer, Knowledge.Actors.ActorKb? kb)
    {
        if (named.Trigger.IsVerb || !named.Definite || named.Anchor || named.Sentence == told.Sentence) return false;
        if (told.Start is null && named.Start is not null) return false;
        bool person = named.Target is not null && named.Target == told.Target && Person(doc, kb, named.Target);
        bool site = !person && named.Place >= 0 && named.PlaceId is not null && told.PlaceId is not null
            && (named.PlaceId == told.PlaceId || (gazetteer is not null && (Within(gazetteer, told.PlaceId, named.PlaceId) || Within(gazetteer, named.PlaceId, told.PlaceId))))
            && named.First > 0 && doc.Places[named.Place] is var p && doc.Tokens[named.First - 1] is var before
            && before.Start + before.Length == p.Start + p.Length;
        if (!person && !site) return false;
        // ("the killing of Salem on Thursday", "last month's killing of Salem": a noun dated in its own words keeps its day.)
        if (OwnDay(doc, named)) return false;
        var undated = named.Copy();
        // (At its place, the noun may name one side hit that the telling names otherwise: "one of its soldiers died in the Taji attack".)
        undated.Target = told.Target;
        undated.Start = undated.End = null;
        // (Nor is a place named before the noun its own when the person ties it: "a court in Rusafa issued a warrant over the
        // killing of X"; "the killing of X in Nasiriyah" names its own.)
        if (person && named.Place >= 0 && doc.Places[named.Place].Start < doc.Tokens[named.First].Start) { undated.Place = -1; undated.PlaceId = null; undated.Also = []; }
        undated.SoftDate = false;
        return Compatible(told, undated, sameSentence: false, gazetteer: gazetteer, kb: kb);
    }

    /// <summary>Whether the actor is a person, in the knowledge base or as the story names it.</summary>
    private static bool Person(Document doc, Knowledge.Actors.ActorKb? kb, string id) =>
        (kb?[id]?.Kind ?? (doc.Unlinked.TryGetValue(id, out var u) ? u.Kind : null)) == "person";

    /// <summary>Whether a plural act noun is told as known by "the", "these" or "those" ("claimed the attacks", "most of these
    /// attacks"), over up to two words of its kind before it; not "both attacks", which may count acts the story did not tell.</summary>
    private static bool KnownPlural(Draft d, Document doc)
    {
        for (int t = d.First - 1; t >= 0 && t >= d.First - 3; t--)
        {
            var w = doc.TokenText(t);
            if (w.Equals("the", StringComparison.OrdinalIgnoreCase) || w.Equals("these", StringComparison.OrdinalIgnoreCase)
                || w.Equals("those", StringComparison.OrdinalIgnoreCase)) return true;
            if (w is "," or "." or "and" || w.Equals("both", StringComparison.OrdinalIgnoreCase)) return false;
        }
        return false;
    }

    /// <summary>Whether a time stands in the act noun's own words: before it over "'s", or within six words after it with no
    /// comma between.</summary>
    private static bool OwnDay(Document doc, Draft d)
    {
        var sent = doc.Sentences[d.Sentence];
        int from = doc.Tokens[d.First].Start;
        int to = from;
        for (int t = d.Last + 1; t < sent.FirstToken + sent.TokenCount && t <= d.Last + 6; t++)
        {
            if (doc.TokenText(t) is "," or ";" or ":") break;
            to = doc.Tokens[t].Start + doc.Tokens[t].Length;
        }
        if (d.First >= 2 && doc.TokenText(d.First - 1) is "'s" or "’s") from = doc.Tokens[d.First - 2].Start;
        foreach (var t in doc.Times)
            if (t.Sentence == d.Sentence && t.Start + t.Length > from && t.Start < to) return true;
        return false;
    }

    /// <summary>"The episode revived memories of May 2019, when drones struck ...": an act dated months before
    /// publication is history, no retelling of an undated act of the news.</summary>
    private static bool History(Draft a, Draft b, Document doc)
    {
        if ((a.Start is null) == (b.Start is null) || doc.Published is not { } day) return false;
        // "On 13 March 2022 the Guards fired missiles at Erbil. They said they had hit a spy centre": an undated telling in the
        // paragraph of a dated one, right after it, goes on with it (the paragraph's date is the one it would take).
        var (dated, undated) = a.Start is null ? (b, a) : (a, b);
        if (undated.Sentence > LatestSentence(dated) && undated.Sentence - LatestSentence(dated) <= 1
            && doc.Sentences[undated.Sentence].Block == doc.Sentences[LatestSentence(dated)].Block) return false;
        var end = (a.End ?? a.Start ?? b.End ?? b.Start)!.Value;
        return end.DayNumber < day.DayNumber - 90;
    }

    /// <summary>The window from the story's date of the act an event follows ("since the killing of X")
    /// to publication.</summary>
    private static void SinceDate(Draft d, (string Type, string Target) since, List<Draft> drafts, Document doc)
    {
        foreach (var k in drafts)
            if (k != d && k.Type == since.Type && k.Target == since.Target && k.Start is { } start && k.End == start && doc.Published is { } day && start <= day)
            {
                d.Start = start;
                d.End = day;
                return;
            }
    }

    /// <summary>The one who made the appeal a refusal answers: the actor of the latest request, meeting or
    /// threat told in the six sentences before it, not the refuser.</summary>
    private static string? Appealer(Draft d, List<Draft> kept)
    {
        Draft? best = null;
        foreach (var k in kept)
            if (k.Type is "REQUEST" or "CONSULT" or "THREATEN" && k.Actor is not null && k.Actor != d.Actor
                && k.Sentence < d.Sentence && d.Sentence - k.Sentence <= 6 && (best is null || k.Sentence > best.Sentence))
                best = k;
        return best?.Actor;
    }

    /// <summary>"A gunman opened fire inside a restaurant in Erbil on Wednesday." then, a paragraph below, "The attacker walked
    /// into the restaurant in the Ainkawa area and shot at a table": an act told with no day in its paragraph (dated by
    /// the story's day for want of one), of the kind of an act dated a few days before the story and told earlier, by the
    /// same doer, on the same target or at its place (or a place within or near it), with nothing in conflict, is that act
    /// told again, not another of the story's day. The latest such act is the one.</summary>
    private static Draft? DatedBefore(Draft d, List<Draft> kept, Document doc, Places.Gazetteer? gazetteer, Knowledge.Actors.ActorKb? kb)
    {
        if (!d.Material || d.Aggregate || d.Anchor || d.Status != "reported" || doc.Published is not { } day) return null;
        Draft? best = null;
        foreach (var k in kept)
        {
            if (k == d || k.Type != d.Type || k.Aggregate || k.Anchor || k.Status != "reported" || k.Sentence >= d.Sentence) continue;
            if (k.Start is not { } start || k.End != start || start >= day || day.DayNumber - start.DayNumber > 3) continue;
            // (A sentence another telling of which joined that act already tells it.)
            // ("A court in Basra on Wednesday sentenced two men to death." and right after it "The two were convicted under the
            // anti-terrorism law, according to a statement from the judicial council": an act naming no target or place of its
            // own, told in the sentence right after an act of its kind, is that act told again.)
            bool tied = k.Evidence.Contains(d.Sentence) || (k.Actor is not null && k.Actor == d.Actor) || (k.Target is not null && k.Target == d.Target)
                || (d.Target is null && d.PlaceId is null && k.Evidence.Contains(d.Sentence - 1))
                || (k.PlaceId is not null && d.PlaceId is not null && (k.PlaceId == d.PlaceId
                    || (gazetteer is not null && (Within(gazetteer, k.PlaceId, d.PlaceId) || Within(gazetteer, d.PlaceId, k.PlaceId) || Near(gazetteer, k.PlaceId, d.PlaceId)))));
            if (!tied) continue;
            var told = d.Copy();
            told.Start = told.End = start;
            if (!Compatible(k, told, sameSentence: false, anchored: false, gazetteer, kb)) continue;
            if (best is null || k.Sentence > best.Sentence) best = k;
        }
        if (best is not null) d.Start = d.End = best.Start;
        return best;
    }

    /// <summary>"A court jailed four men for the rocket attack on Erbil airport in February last year." and, below, "The attack
    /// on the night of 15 February was one of the worst. Around 14 rockets were fired at the airport": an act told with no day
    /// of its own, dated by a sentence of its paragraph to a day within the window of an act of its kind told before it (a
    /// month), with a doer, target or place in common and nothing in conflict, is that act told again (the latest such one);
    /// null when there is none. (Undated, it was kept apart from the older act as history.)</summary>
    private static Draft? WindowBefore(Draft d, List<Draft> kept, List<Draft>? toldAgain, Places.Gazetteer? gazetteer, Knowledge.Actors.ActorKb? kb)
    {
        if (!d.Material || d.Aggregate || d.Anchor || d.Status != "reported" || d.Start is not { } from || d.End is not { } to) return null;
        Draft? best = null;
        foreach (var k in kept)
        {
            if (k == d || k.Type != d.Type || k.Aggregate || k.Anchor || k.Status != "reported" || k.Sentence >= d.Sentence || toldAgain?.Contains(k) == true) continue;
            if (k.Start is not { } start || k.End is not { } end || from < start || to > end || end.DayNumber - start.DayNumber <= to.DayNumber - from.DayNumber) continue;
            if (!Compatible(k, d, sameSentence: false, gazetteer: gazetteer, kb: kb)) continue;
            if (best is null || k.Sentence > best.Sentence) best = k;
        }
        return best;
    }

    /// <summary>The time told last before the act in its paragraph that can date it; null when there is none.</summary>
    private static TimeMention? TimeBefore(Document doc, Draft d)
    {
        int block = doc.Sentences[d.Sentence].Block;
        int offset = doc.Tokens[d.First].Start;
        TimeMention? best = null;
        foreach (var t in doc.Times)
        {
            if (t.From is null || t.Start >= offset) continue;
            if (doc.Sentences[t.Sentence].Block != block) continue;
            if (Attributive(doc, t)) continue;
            // "Troops have been attacked 40 times since mid-October." then "Rockets hit the K1 base.": a window that runs up
            // to the day of the story sums up the acts of its own sentence; it dates no act told after it.
            if (t.Sentence < d.Sentence && t.Precision == Time.Precision.Range && t.To == doc.Published) continue;
            best = t;
        }
        return best;
    }

    /// <summary>"Rockets hit Camp Taji on 11 March. Three days later a second salvo struck Taji": the day of an act with no
    /// day of its own, not named as known ("the attack"), whose sentence opens days after the single day told before it;
    /// null when its sentence says no such thing.</summary>
    private static DateOnly? DayLater(Document doc, Draft d)
    {
        if (d.Start is not null || (d.Definite && !NthAct(doc, d)) || !d.Material || d.Aggregate || d.Status != "reported" || d.ClaimedBy is not null) return null;
        // ("Two days later the group said it had fired rockets at Taji": an act told in the past perfect came before.)
        if (d.First > 0 && doc.TokenText(d.First - 1) is "had" or "'d") return null;
        return DaysLater(doc, d) is { } later && TimeBefore(doc, d) is { } b && DayOfSentenceBefore(b, d) is { } from ? from.AddDays(later) : null;
    }

    /// <summary>The one day a time told in a sentence before the act's names; null for a span or a time of its own sentence.</summary>
    private static DateOnly? DayOfSentenceBefore(TimeMention b, Draft d) =>
        b.Sentence < d.Sentence && b.From is { } from && from == (b.To ?? from) ? from : null;

    /// <summary>Whether "another" or "a" and an ordinal past the first ("a second drone", "a third salvo") stands before the
    /// act in its sentence: an act told as one more of its kind, though it names "the base" it hit.</summary>
    private static bool NthAct(Document doc, Draft d)
    {
        for (int t = doc.Sentences[d.Sentence].FirstToken; t < d.First; t++)
        {
            var w = doc.TokenText(t);
            if (w is "another" or "Another") return true;
            if (t > 0 && Numbers.Ordinal(w) is > 1 && doc.TokenText(t - 1) is "a" or "A") return true;
        }
        return false;
    }

    /// <summary>Dates an undated draft; true when only the story's day was left to date it.</summary>
    private static bool FillDate(Draft d, Document doc, List<Draft> kept)
    {
        int block = doc.Sentences[d.Sentence].Block;
        var best = TimeBefore(doc, d);
        if (best is { } b)
        {
            d.Start = b.From;
            d.End = b.To ?? b.From;
            // "Two days later the parliament voted ...": a sentence that opens days after the day told before it; "Rockets struck
            // Balad air base on Sunday." then "The attack came five days after Iran fired missiles at Ain al-Asad.": an act told as
            // N days from the sentence's own, undated, lies that far from the day told before.
            if (DayOfSentenceBefore(b, d) is { } from && (DaysLater(doc, d) ?? d.DaysFromTold) is { } shift)
            {
                d.Start = from.AddDays(shift);
                d.End = d.Start;
            }
        }
        // "Police detained the commander on Wednesday." and, a paragraph below, "Within hours, his fighters drove to the gates":
        // an act told as hours after the one before it falls on that one's day.
        else if (d.Status == "reported" && HoursLater(doc, d) && LastDayBefore(d, kept) is { } prior)
        {
            d.Start = prior.Start;
            d.End = prior.End;
        }
        else if (d.Continues && LastTimeBefore(doc, block) is { } said)
        {
            d.Start = said.From;
            d.End = said.To ?? said.From;
        }
        else if (d.Status == "reported" && FrameBefore(doc, block) is { } frame)
        {
            d.Start = frame.From;
            d.End = frame.To ?? frame.From;
        }
        else if (!d.Material && d.Status == "reported" && SpokeBefore(d, doc, kept) is { } spoke)
        {
            d.Start = spoke.Start;
            d.End = spoke.End;
        }
        else if (d.Recalls && d.Status == "reported" && LedeAct(doc, kept) is { } lede)
        {
            d.Start = lede.Start;
            d.End = lede.End;
        }
        // A summary spans days the text does not give; a measure against counted firms ("barred 14 banks") is one act.
        else if (d.Status == "reported" && (!d.Aggregate || d.Type == "SANCTION") && !d.Anchor && doc.Published is { } day)
        {
            d.Start = day;
            d.End = day;
            return true;
        }
        return false;
    }

    /// <summary>"Sadr, whose bloc won the most seats in last October's election, announced ...": a time that
    /// names another thing ("October's election", "Sunday's ballot") dates no act told after it.</summary>
    /// <summary>"Two days later", "a week later", "the next day", "the following day" before the act in its sentence: how
    /// many days after the day told before it the act is; null when the sentence says no such thing.</summary>
    private static int? DaysLater(Document doc, Draft d)
    {
        var sent = doc.Sentences[d.Sentence];
        for (int t = sent.FirstToken; t + 1 < d.First; t++)
        {
            var unit = doc.TokenText(t + 1);
            int per = unit is "day" or "days" ? 1 : unit is "week" or "weeks" ? 7 : 0;
            if (per > 0 && t + 2 < d.First && doc.TokenText(t + 2) is "later")
            {
                var n = doc.TokenText(t);
                int? count = n is "a" or "A" or "one" or "One" ? 1 : Numbers.Cardinal(n);
                if (count is > 0 and <= 31) return count * per;
            }
            if (doc.TokenText(t) is "next" or "following" && unit is "day" && t > sent.FirstToken && doc.TokenText(t - 1) is "the" or "The") return 1;
        }
        return null;
    }

    /// <summary>Whether the act's sentence opens with "Within hours", "Hours later" or "A few hours later" (or minutes).</summary>
    private static bool HoursLater(Document doc, Draft d)
    {
        int t = doc.Sentences[d.Sentence].FirstToken;
        if (t + 1 >= d.First) return false;
        if (doc.TokenText(t) is "Within" or "within") return doc.TokenText(t + 1) is "hours" or "minutes";
        if (doc.TokenText(t) is "A" && doc.TokenText(t + 1) is "few" && t + 3 < d.First) t += 2;
        return doc.TokenText(t) is "Hours" or "Minutes" or "hours" or "minutes" && doc.TokenText(t + 1) is "later";
    }

    /// <summary>The act dated to one single day told last before the draft (none of a summary); null when there is none.</summary>
    private static Draft? LastDayBefore(Draft d, List<Draft> kept)
    {
        Draft? best = null;
        foreach (var k in kept)
            if (k != d && k.Sentence < d.Sentence && k.Status == "reported" && !k.Aggregate && k.Start is { } s && k.End == s
                && (best is null || k.Sentence > best.Sentence))
                best = k;
        return best;
    }

    private static bool Attributive(Document doc, TimeMention t)
    {
        int after = doc.TokenAt(t.Start + t.Length);
        if (after < doc.Tokens.Length && doc.TokenText(after) is "'s" or "\u2019s" or "'" or "\u2019") return true;
        // "the 2015 nuclear deal", "the 2019 protests": a year between "the" and a noun names that thing, no day of the story.
        return t.Length == 4 && YearOfNoun(doc, doc.TokenAt(t.Start));
    }

    /// <summary>Whether the token is a year written after "the" ("the 2021 Tayaran Square bombing"): it dates the noun after it
    /// only, for the merger and the reader alike.</summary>
    internal static bool YearOfNoun(Document doc, int token) =>
        token > 0 && Time.Calendar.Year(doc.TokenText(token)) > 0 && doc.TokenText(token - 1) is "the" or "The";

    /// <summary>"Blinken spoke with al-Sudani on 23 October." then "The Secretary urged the Prime Minister to ...":
    /// what one speaker goes on to say, in the same paragraph or the next two, with no date of its own, was
    /// said on the day of that speaker's statement just before it.</summary>
    private static Draft? SpokeBefore(Draft d, Document doc, List<Draft> kept)
    {
        if (d.Actor is null) return null;
        int block = doc.Sentences[d.Sentence].Block;
        Draft? best = null;
        foreach (var k in kept)
        {
            if (k.Sentence >= d.Sentence) continue;
            if (k.Material || k.Actor != d.Actor || k.Status != "reported" || k.Start is not { } start || k.End != start) continue;
            if (block - doc.Sentences[k.Sentence].Block > 2) continue;
            best = k;
        }
        return best;
    }

    /// <summary>The act the story's first paragraph tells and dates to one day ("after Iran's missile attack on
    /// the base in the early hours of January 8"): what a later "that night" points back to. None when the
    /// first paragraph dates no single act.</summary>
    private static Draft? LedeAct(Document doc, List<Draft> kept)
    {
        int lede = -1;
        for (int b = 0; b < doc.Blocks.Count && lede < 0; b++)
            if (doc.Blocks[b].Kind == BlockKind.Paragraph) lede = b;
        if (lede < 0) return null;
        foreach (var k in kept)
            if (k.Material && !k.Aggregate && k.Status == "reported" && k.Start is { } start && k.End == start
                && k.Evidence.Exists(s => doc.Sentences[s].Block == lede))
                return k;
        return null;
    }

    /// <summary>"This week, the factions claimed attacks on three bases." then a paragraph with no date of its
    /// own: a time that opens the paragraph just before frames what the next one tells.</summary>
    private static TimeMention? FrameBefore(Document doc, int block)
    {
        // The nearest paragraph before that tells a time, across one paragraph with none ("According to the
        // ministry, the toll has passed 6,000.").
        int prev = block - 1, skipped = 0;
        // "28 Jan, 20:00" over an entry of a live page: the line of its own that stamps the paragraph dates it ("[Wednesday
        // 22 November, 15:22]" over a channel's post: brackets or a bullet before the time are no words).
        if (prev >= 0 && doc.Blocks[prev].Kind != BlockKind.Paragraph)
            return FirstTimeIn(doc, prev) is { From: not null } stamp && doc.NoWordIn(doc.Blocks[prev].Span.Start, stamp.Start) ? stamp : null;
        while (prev >= 0 && skipped <= 1)
        {
            if (doc.Blocks[prev].Kind == BlockKind.Paragraph)
            {
                if (FirstTimeIn(doc, prev) is { } t)
                {
                    if (t.From is null) return null;
                    var sent = doc.Sentences[t.Sentence];
                    // The paragraph's first words: "This week, ...", "On Monday, ...".
                    return t.Start == doc.Tokens[sent.FirstToken].Start && (t.Sentence == 0 || doc.Sentences[t.Sentence - 1].Block != prev) ? t : null;
                }
                skipped++;
            }
            prev--;
        }
        return null;
    }

    private static TimeMention? FirstTimeIn(Document doc, int block)
    {
        foreach (var t in doc.Times)
        {
            int b = doc.Sentences[t.Sentence].Block;
            if (b == block) return t;
            if (b > block) break;
        }
        return null;
    }

    /// <summary>"... attack on this sprawling air base", "rockets fell inside the base": the act is aimed at a base
    /// the sentence names only by its kind.</summary>
    private static bool AtTheBase(Document doc, Draft d)
    {
        var sent = doc.Sentences[d.Sentence];
        int end = Math.Min(sent.FirstToken + sent.TokenCount, d.Last + 9);
        // "struck this air base" or "an attack on this air base": t stands before "this".
        int t = d.Last;
        if (t + 1 < end && doc.TokenText(t + 1) is not ("this" or "the"))
            for (t = d.Last + 1; t < end && doc.TokenText(t) is not ("on" or "at" or "against" or "inside" or "into" or "targeting" or "hit" or "struck"); t++) { }
        if (t + 1 >= end || doc.TokenText(t + 1) is not ("this" or "the")) return false;
        for (int k = t + 2; k < end && k <= t + 5; k++)
        {
            var w = doc.TokenText(k);
            if (w is "base" or "airbase") return true;
            if (w is "," or "." || doc.Tokens[k].Kind != TokenKind.Word) return false;
        }
        return false;
    }

    /// <summary>"Snipers fired into the crowd near the square", "the company pulled its staff out of the field": an act at a
    /// site the sentence names only by its kind ("the" and the noun) is at the latest place of that kind the story named
    /// up to that sentence; nothing when the story named none.</summary>
    private static void TheSite(Draft d, Document doc, Places.Gazetteer gazetteer)
    {
        var sent = doc.Sentences[d.Sentence];
        int end = Math.Min(sent.FirstToken + sent.TokenCount, d.Last + 12);
        for (int t = sent.FirstToken; t + 1 < end; t++)
        {
            if (doc.TokenText(t) is not ("the" or "The")) continue;
            // "the field of medicine", "the camp's residents" stay: only the bare noun refers back.
            // ("the town of Bartella" names its own town, even where the window of the act ends before "of"; 'is', as '=='
            // on a span compares where it is, not what it says.)
            if (!gazetteer.IsSiteNoun(doc.TokenText(t + 1), out var noun) || (t + 2 < sent.FirstToken + sent.TokenCount && doc.TokenText(t + 2) is "of")) continue;
            int latest = -1;
            for (int i = 0; i < doc.Places.Count && doc.Places[i].Sentence <= d.Sentence; i++)
                // ("Baghdad moved quickly. ... sent a unit into the city": a capital named as its government is no city told.)
                if (gazetteer[doc.Places[i].PlaceId] is { } place && gazetteer.IsSiteOf(place, doc.Text.AsSpan(doc.Places[i].Start, doc.Places[i].Length), noun)
                    && !Metonym(doc, doc.Places[i])) latest = i;
            if (latest < 0) return;
            d.Place = latest;
            d.PlaceId = doc.Places[latest].PlaceId;
            return;
        }
    }

    /// <summary>The one base a story names, which "this air base" in its telling means: a story that names two
    /// bases leaves the base unknown.</summary>
    private static void StoryBase(Draft d, Document doc, Places.Gazetteer gazetteer, List<Draft> drafts)
    {
        int found = DatelineBase(doc, gazetteer);
        if (found >= 0 && Coarser(d, doc, gazetteer, found))
        {
            d.Place = found;
            d.PlaceId = doc.Places[found].PlaceId;
            return;
        }
        // A story that names several bases means by "the base" the one it named last before the telling
        // ("... rockets hit Balad in January. / In April a salvo of rockets hit the base again").
        int latest = -1;
        bool several = false;
        for (int i = 0; i < doc.Places.Count; i++)
        {
            if (gazetteer[doc.Places[i].PlaceId] is not { Kind: "military_base" }) continue;
            if (found >= 0 && doc.Places[found].PlaceId != doc.Places[i].PlaceId) several = true;
            if (found < 0) found = i;
            if (doc.Places[i].Sentence <= d.Sentence) latest = i;
        }
        // ("Rockets struck a base next to Baghdad airport. ... the rockets fell inside the base. ... a drone struck near the
        // coalition base at Erbil airport": a base the story names only later, as the place of another act of its type, is
        // that act's, not the one "the base" means.)
        if (several || (found >= 0 && doc.Places[found].Sentence > d.Sentence && OtherActAt(d, doc.Places[found].PlaceId, doc.Places[found].Sentence, drafts))) found = latest;
        if (found < 0 || !Coarser(d, doc, gazetteer, found)) return;
        d.Place = found;
        d.PlaceId = doc.Places[found].PlaceId;
    }

    /// <summary>Whether another act of the draft's type, told in the sentence given, is at the place.</summary>
    private static bool OtherActAt(Draft d, string placeId, int sentence, List<Draft> drafts)
    {
        foreach (var k in drafts)
            if (k != d && k.Type == d.Type && k.Sentence == sentence && k.PlaceId == placeId) return true;
        return false;
    }

    /// <summary>"AIN AL-ASAD, Iraq - ...": the base the story's dateline names, as the first mention of it in the
    /// story; -1 when the dateline names no base or the story never names it again.</summary>
    private static int DatelineBase(Document doc, Places.Gazetteer gazetteer)
    {
        // The dateline opens one of the first paragraphs (after an outlet's line or a byline).
        int paragraphs = 0, block = -1;
        foreach (var sent in doc.Sentences)
        {
            if (sent.Block == block || doc.Blocks[sent.Block].Kind != BlockKind.Paragraph) continue;
            block = sent.Block;
            if (++paragraphs > 3) return -1;
            int first = sent.FirstToken, end = first + sent.TokenCount;
            int after = Dateline.End(doc, first, end);
            if (after == first) continue;
            int stop = first;
            while (stop < after && doc.TokenText(stop) is not ("," or "(") && doc.Tokens[stop].Kind != TokenKind.Dash) stop++;
            if (stop == first) return -1;
            // A name in capitals reads as an acronym: "AIN AL-ASAD" is looked up as "Ain Al-Asad".
            var name = TitleCase(doc.Text.AsSpan(doc.Tokens[first].Start, doc.Tokens[stop - 1].Start + doc.Tokens[stop - 1].Length - doc.Tokens[first].Start));
            // The base itself, or the one base the story names in the town of the dateline ("HARIR, Iraq").
            foreach (var place in gazetteer.Named(name))
                for (int i = 0; i < doc.Places.Count; i++)
                    if (gazetteer[doc.Places[i].PlaceId] is { Kind: "military_base" } b && (b.Id == place.Id || (place.Precision == 1 && Within(gazetteer, b.Id, place.Id))))
                        return i;
            return -1;
        }
        return -1;
    }

    /// <summary>"Two men were arrested", "the road was shut": a verb trigger in the passive, its auxiliary right before it or
    /// one word before it ("were already barred").</summary>
    private static bool ToldPassive(Draft d, Document doc) =>
        d.Trigger.IsVerb && (d.Trigger.Form & WordForm.Participle) != 0
        && ((d.First > 0 && SentenceReader.PassiveAuxiliary(doc.TokenText(d.First - 1).ToString().ToLowerInvariant()))
            || (d.First > 1 && SentenceReader.PassiveAuxiliary(doc.TokenText(d.First - 2).ToString().ToLowerInvariant())));

    /// <summary>(Sanctions and designations are made in a capital, wherever the story is filed from.)</summary>
    private static bool Datelined(Draft d) => d.Material && d.Type != "SANCTION" && d.PlaceId is null && d.Also.Length == 0 && !d.Aggregate && d.Status == "reported";

    /// <summary>The one place (finer than a country) the sentence before the draft's names, in the same paragraph, or the
    /// finest of places that lie one within the other; -1 when it names none or several apart.</summary>
    private static int PlaceJustBefore(Draft d, Document doc, Places.Gazetteer gazetteer)
    {
        int prev = d.Sentence - 1;
        if (prev < 0 || doc.Sentences[prev].Block != doc.Sentences[d.Sentence].Block) return -1;
        int found = -1;
        for (int i = 0; i < doc.Places.Count; i++)
        {
            if (doc.Places[i].Sentence != prev) continue;
            if (gazetteer[doc.Places[i].PlaceId] is not { } p || p.Kind is "country" or "region" or "part") return -1;
            // "Baghdad moved quickly. On Saturday the army sent a unit into the city": a city that stands for its
            // government there (a metonym acting) tells no place of the act told after it.
            if (Metonym(doc, doc.Places[i])) continue;
            // ("the Republican Palace in Baghdad": a place and the town it lies in are one place, the finer.)
            if (found >= 0 && doc.Places[found].PlaceId != p.Id)
            {
                if (Within(gazetteer, doc.Places[found].PlaceId, p.Id)) continue;
                if (!Within(gazetteer, p.Id, doc.Places[found].PlaceId)) return -1;
            }
            found = i;
        }
        return found;
    }

    /// <summary>Whether the place is read as an actor, a city that stands for its government as the subject of a verb ("Ankara says",
    /// "Baghdad moved quickly", "..., and Tehran denied"): it opens its sentence or a clause, and a lower-case word other than a
    /// conjunction follows it ("an Erbil court", "Erbil's police", "Erbil, 15 February", "north-east Baghdad and" name the city).</summary>
    private static bool Metonym(Document doc, PlaceMention place)
    {
        int first = doc.TokenAt(place.Start), next = doc.TokenAt(place.Start + place.Length);
        if (next >= doc.Tokens.Length || doc.Tokens[next].Kind != TokenKind.Word || doc.Tokens[next].Is(TokenFlags.Capitalized)
            || doc.TokenText(next) is "'s" or "’s" or "and" or "or") return false;
        if (first != doc.Sentences[place.Sentence].FirstToken && !(first > 0 && doc.TokenText(first - 1) is "," or ";" or ":" or "and" or "but" or "that" or "while"))
            return false;
        foreach (var m in doc.Mentions)
            if (m.Kind == MentionKind.Actor && m.Via == "metonym" && m.Start == place.Start) return true;
        return false;
    }

    /// <summary>The town a story's wire dateline names ("KIRKUK, Iraq, Dec 4 -"), when it lies in the country most of the
    /// story's places are in; null when the story has no dateline or it names no such town.</summary>
    private static Places.Place? DatelineTown(Document doc, Places.Gazetteer gazetteer)
    {
        int paragraphs = 0, block = -1;
        foreach (var sent in doc.Sentences)
        {
            // (A local outlet's line, "Kut - Wasit Today", has no full stop and reads as a heading.)
            if (sent.Block == block || doc.Blocks[sent.Block].Kind is not (BlockKind.Paragraph or BlockKind.Heading)) continue;
            block = sent.Block;
            int first = sent.FirstToken, end = first + sent.TokenCount;
            bool heading = doc.Blocks[sent.Block].Kind == BlockKind.Heading;
            if (!heading && ++paragraphs > 3) return null;
            int after = heading ? OutletDateline(doc, first, end) : Dateline.End(doc, first, end);
            if (after == first && !heading) after = OutletDateline(doc, first, end);
            if (after == first) continue;
            int stop = first;
            while (stop < after && doc.TokenText(stop) is not ("," or "(") && doc.Tokens[stop].Kind != TokenKind.Dash) stop++;
            if (stop == first) return null;
            var name = TitleCase(doc.Text.AsSpan(doc.Tokens[first].Start, doc.Tokens[stop - 1].Start + doc.Tokens[stop - 1].Length - doc.Tokens[first].Start));
            var towns = gazetteer.Named(name).Where(static p => p.Kind is "city" or "town").ToList();
            // (A story that names no other place is taken at its dateline's word, unless that is a capital, which files
            // the news of a whole country.)
            if (towns.Count != 1) return null;
            if (gazetteer.StoryCountry(doc) is { } home ? towns[0].Country != home.Country : gazetteer.IsCapital(towns[0])) return null;
            return towns[0];
        }
        return null;
    }

    /// <summary>"Kut - Wasit Today", "Baqubah - Diyala Today ..": a local outlet's dateline, a paragraph of its own that is only a
    /// capitalized name, a dash and the outlet's capitalized name; the token after the dash, or <paramref name="first"/> when the
    /// paragraph is no such line.</summary>
    private static int OutletDateline(Document doc, int first, int end)
    {
        if (end - first > 10 || doc.Tokens[first].Kind != TokenKind.Word || !doc.Tokens[first].Is(TokenFlags.Capitalized)) return first;
        int dash = -1;
        for (int t = first + 1; t < end; t++)
        {
            var text = doc.TokenText(t);
            if (dash < 0 && t <= first + 3 && (doc.Tokens[t].Kind == TokenKind.Dash || text is "-" or "--")) { dash = t; continue; }
            if (text is "." or ".." or "..." || (doc.Tokens[t].Kind == TokenKind.Word && doc.Tokens[t].Is(TokenFlags.Capitalized))) continue;
            return first;
        }
        return dash > first && dash + 1 < end ? dash + 1 : first;
    }

    /// <summary>Whether the event has no place, or one the base lies within ("this air base in Anbar").</summary>
    private static bool Coarser(Draft d, Document doc, Places.Gazetteer gazetteer, int @base) =>
        d.Place < 0 || (doc.Places[d.Place].PlaceId != doc.Places[@base].PlaceId && Within(gazetteer, doc.Places[@base].PlaceId, doc.Places[d.Place].PlaceId));

    private static string TitleCase(ReadOnlySpan<char> text)
    {
        Span<char> buffer = stackalloc char[Math.Min(text.Length, 128)];
        int n = Math.Min(text.Length, buffer.Length);
        for (int i = 0; i < n; i++)
            buffer[i] = i == 0 || !char.IsLetter(text[i - 1]) ? char.ToUpperInvariant(text[i]) : char.ToLowerInvariant(text[i]);
        return new string(buffer[..n]);
    }

    /// <summary>The last date told in the paragraph just before ("... said in a statement on Monday."), which a
    /// statement going on ("He added that ...") shares.</summary>
    private static TimeMention? LastTimeBefore(Document doc, int block)
    {
        int prev = block - 1;
        if (prev < 0 || doc.Blocks[prev].Kind != BlockKind.Paragraph) return null;
        TimeMention? last = null;
        foreach (var t in doc.Times)
        {
            int b = doc.Sentences[t.Sentence].Block;
            if (b > prev) break;
            if (b == prev && t.From is not null) last = t;
        }
        return last;
    }
}
