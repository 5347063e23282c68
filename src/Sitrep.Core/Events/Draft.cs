namespace Sitrep.Core.Events;

/// <summary>An event while the event stage reads a story: roles as actor ids, the place as an index
/// into the story's place mentions, the trigger's tokens; merged retellings add evidence sentences.</summary>
internal sealed class Draft(string type, Trigger trigger, int sentence, int first, int last)
{
    public string Type { get; } = type;
    public Trigger Trigger { get; } = trigger;
    public int Sentence { get; } = sentence;
    public int First { get; } = first;
    public int Last { get; } = last;

    public string? Mode { get; set; }
    public string Status { get; set; } = "reported";
    public string? Actor { get; set; }
    public string? Target { get; set; }
    public string? ClaimedBy { get; set; }
    /// <summary>The actor comes only from a people's adjective ("an Israeli airstrike").</summary>
    public bool Demonym { get; set; }
    /// <summary>The act is named to date another ("since the assassination of X"): it is not dated by the
    /// publication date.</summary>
    public bool Anchor { get; set; }
    public int Place { get; set; } = -1;
    /// <summary>The gazetteer id of <see cref="Place"/>: two mentions of one place are one place.</summary>
    public string? PlaceId { get; set; }
    /// <summary>Places told together with <see cref="Place"/> ("in Iraq and Syria"): the location is the
    /// list, and <see cref="PlaceId"/> joins their ids with '+'.</summary>
    public int[] Also { get; set; } = [];
    public DateOnly? Start { get; set; }
    public DateOnly? End { get; set; }
    public bool Aggregate { get; set; }
    public int? Count { get; set; }
    public string? Qualifier { get; set; }
    public int? Killed { get; set; }
    public int? Injured { get; set; }
    /// <summary>The toll is told as a revision of one told before ("the death toll rose to 5", "Updated toll: three
    /// killed"): it replaces the toll of the telling it joins, wherever in the story that was told.</summary>
    public bool Revised { get; set; }
    /// <summary>The date is that of the statement that reports the event ("said on Monday that it had
    /// attacked"): an upper bound, which a date told elsewhere replaces.</summary>
    public bool SoftDate { get; set; }
    /// <summary>The event is told as one already known ("carried out the strike", "attacked the base"),
    /// with no place of its own: a retelling of the latest such event before it.</summary>
    public bool Definite { get; set; }
    /// <summary>The mode is read from the actor alone ("the Guards struck a centre": a state's strike is taken
    /// for an airstrike), not told: a telling that names the weapon ("fired ballistic missiles") overrides it.</summary>
    public bool ModeGuessed { get; set; }
    public List<int> Evidence { get; } = [];
    /// <summary>A refusal of an appeal it names only by its kind ("rejected these mediations"): its target is
    /// whoever the story last told making such an appeal.</summary>
    public bool AnswersPrior { get; set; }
    /// <summary>"Since the killing of X, bases have been attacked": the type and target of the act the event
    /// is told to follow; the story's date of that act opens the event's window.</summary>
    public (string Type, string Target)? Since { get => _since is { } since ? ((string, string))since : null; set => _since = value; }
    /// <summary>A verb in the past absorbed in its sentence tells the act the noun names ("a roadside bomb
    /// went off"): not a bare mention of a kind of attack ("attacks that target bases are ...").</summary>
    public bool Told { get; set; }
    /// <summary>The sentence dates the act only by pointing back ("the guards on duty that night"): with no date in
    /// its paragraph it takes the day of the act the lede dated, not the publication date.</summary>
    public bool Recalls { get; set; }
    /// <summary>The sentence goes on with a statement told before ("He added that ..."): with no date in its
    /// paragraph it takes the last date of the paragraph before.</summary>
    public bool Continues { get; set; }
    /// <summary>Days the act lies from the day its sentence would be dated by ("The attack came five days after Iran fired
    /// missiles at the base": -5) when the sentence tells no time: the day taken from a sentence before is shifted by them.</summary>
    public int? DaysFromTold { get; set; }
    /// <summary>An accusation or refusal that names an act as known ("condemned the strike") whose doer nothing told
    /// before gives: the act's type and head word, for a look over the whole story once read.</summary>
    public (string Type, string Head)? Accuses { get => _accuses is { } accuses ? ((string, string))accuses : null; set => _accuses = value; }

    // Since and Accuses are kept boxed: a few drafts a story have one, and a pair of strings kept in every draft (24 bytes
    // each with its flag) made the draft, the events step's largest allocation, 32 bytes larger than a reference apiece.
    private object? _since, _accuses;
    /// <summary>An act known only by its doer and its day ("following earlier strikes on 26 October"): another telling is
    /// of it only when it tells that day.</summary>
    public bool DatedOnly { get; set; }
    /// <summary>Fighting between two sides ("the clashes between X and Y", "X clashed with Y"): which side a telling names
    /// as the actor says nothing of who struck first, so another telling may name the two the other way round.</summary>
    public bool Mutual { get; set; }
    /// <summary>The act is named again as what answers or is answered, or as what brought something about ("the strikes came in
    /// response to the Jordan attack", "in retaliation for a drone attack on Tower 22", "his killing triggered protests"): a
    /// retelling of the one act of its type and kind the story tells, however far from it.</summary>
    public bool Retold { get; set; }

    public bool Material => EventLexicon.IsMaterial(Type);

    public Draft Copy() => new(Type, Trigger, Sentence, First, Last)
    {
        Mode = Mode, Status = Status, Actor = Actor, Demonym = Demonym, Anchor = Anchor, Target = Target, ClaimedBy = ClaimedBy, Place = Place,
        Start = Start, End = End, Aggregate = Aggregate, Count = Count, Qualifier = Qualifier,
        Killed = Killed, Injured = Injured, Revised = Revised, PlaceId = PlaceId, Also = Also, SoftDate = SoftDate, Definite = Definite, Told = Told, Since = Since, ModeGuessed = ModeGuessed, AnswersPrior = AnswersPrior, Recalls = Recalls, Continues = Continues, DaysFromTold = DaysFromTold, Accuses = Accuses, DatedOnly = DatedOnly, Mutual = Mutual, Retold = Retold,
    };

    /// <summary>Adds the other draft's evidence sentences this one lacks, kept in sentence order.</summary>
    public void TakeEvidence(Draft other)
    {
        foreach (var s in other.Evidence) if (!Evidence.Contains(s)) Evidence.Add(s);
        Evidence.Sort();
    }

    /// <summary>Takes the other draft's evidence and fills this one's empty slots from it.</summary>
    public void Absorb(Draft other)
    {
        TakeEvidence(other);
        // A summary's mode is its own: "more than 70 attacks using drones and Katyusha rockets" stays
        // unspecified when it absorbs the rockets.
        if (other.Aggregate && !Aggregate && other.Mode is not null) Mode = other.Mode;
        else if ((Mode is null or "unspecified" || (ModeGuessed && !other.ModeGuessed && other.Mode != "unspecified")) && other.Mode is not null && !(Aggregate && !other.Aggregate))
        {
            Mode = other.Mode;
            ModeGuessed = other.ModeGuessed;
        }
        if (Actor is null) { Actor = other.Actor; Demonym = other.Demonym; }
        else if (Actor == other.Actor) Demonym &= other.Demonym;
        Target ??= other.Target;
        ClaimedBy ??= other.ClaimedBy;
        if (Place < 0) { Place = other.Place; PlaceId = other.PlaceId; Also = other.Also; }
        if (Start is null || (SoftDate && !other.SoftDate && other.Start is not null))
        {
            Start = other.Start;
            End = other.End;
            SoftDate = other.SoftDate;
        }
        // "detained 11 members last week" and "stormed the farm on Wednesday night and detained the men": the retelling
        // that gives a day within the first telling's window dates the one act more precisely.
        else if (!Aggregate && !other.Aggregate && !other.SoftDate && other.Start is { } from && other.End is { } to && Start is { } start && End is { } end
                 && from >= start && to <= end && to.DayNumber - from.DayNumber < end.DayNumber - start.DayNumber)
        {
            Start = from;
            End = to;
        }
        Aggregate |= other.Aggregate;
        Told |= other.Told || (other.Trigger.IsVerb && (other.Trigger.Form & (WordForm.Past | WordForm.Participle)) != 0);
        Count ??= other.Count;
        Qualifier ??= other.Qualifier;
        TakeToll(other);
    }

    /// <summary>Fills the toll from another telling: the first told stays, unless the other is a revision and this is not.</summary>
    public void TakeToll(Draft other)
    {
        if (other.Revised && !Revised && (other.Killed is not null || other.Injured is not null))
        {
            Killed = other.Killed ?? Killed;
            Injured = other.Injured ?? Injured;
            Revised = true;
            return;
        }
        Killed ??= other.Killed;
        Injured ??= other.Injured;
    }
}
