using Sitrep.Core.Text;

namespace Sitrep.Core.Knowledge.Actors;

/// <summary>
/// The actor knowledge base: every entry by id, and one matcher over all their names. Built once
/// from <c>data/actors/*.yaml</c> and any user files (a later entry with the same id replaces the
/// earlier one), checked as a whole: every referenced id exists, and no name belongs to two actors.
/// </summary>
public sealed class ActorKb
{
    private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);

    private ActorKb(List<Actor> actors, ActorMatcher matcher)
    {
        Actors = actors;
        Matcher = matcher;
        for (int i = 0; i < actors.Count; i++) _index[actors[i].Id] = i;
    }

    public IReadOnlyList<Actor> Actors { get; }
    public ActorMatcher Matcher { get; }

    public Actor? this[string id] => _index.TryGetValue(id, out var i) ? Actors[i] : null;
    public int IndexOf(string id) => _index.TryGetValue(id, out var i) ? i : -1;

    /// <summary>The project's actor files, then the user's.</summary>
    public static ActorKb Load(string dataDir, Tokenizer tokenizer, IEnumerable<string>? userFiles = null)
    {
        var folder = Path.Combine(dataDir, "actors");
        var entries = new List<Actor>();
        if (Directory.Exists(folder))
            foreach (var file in ActorKbLoader.FilesIn(folder)) entries.AddRange(ActorKbLoader.Load(file));
        foreach (var file in userFiles ?? []) entries.AddRange(ActorKbLoader.Load(file));
        return Build(entries, tokenizer);
    }

    public static ActorKb Build(IEnumerable<Actor> entries, Tokenizer tokenizer)
    {
        var byId = new Dictionary<string, Actor>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var a in entries)
        {
            if (!byId.ContainsKey(a.Id)) order.Add(a.Id);
            byId[a.Id] = a;
        }
        var actors = order.Select(id => byId[id]).ToList();
        foreach (var a in actors)
        {
            foreach (var link in a.MemberOf.Concat(a.PartOf)) Need(byId, a, link.Id);
            foreach (var id in a.AlignedWith.Concat(a.OpposedTo)) Need(byId, a, id);
            foreach (var r in a.Roles) if (r.Of is not null) Need(byId, a, r.Of);
        }
        var matcher = new ActorMatcher(tokenizer);
        for (int i = 0; i < actors.Count; i++)
        {
            var a = actors[i];
            Add(matcher, actors, a, a.Name, i, AliasKind.Strong);
            foreach (var n in a.Aliases) Add(matcher, actors, a, n, i, AliasKind.Strong);
            foreach (var n in a.ContextAliases) Add(matcher, actors, a, n, i, AliasKind.Context);
            foreach (var n in a.Metonyms) Add(matcher, actors, a, n, i, AliasKind.Metonym);
        }
        return new ActorKb(actors, matcher);
    }

    private static void Need(Dictionary<string, Actor> byId, Actor a, string id)
    {
        if (!byId.ContainsKey(id))
            throw new SitrepException(ErrorCodes.DataInvalid, a.Source, $"'{a.Id}' refers to '{id}', which no actor file defines");
    }

    private static void Add(ActorMatcher matcher, List<Actor> actors, Actor a, string name, int index, AliasKind kind)
    {
        // A government named by one word is named by its country or capital ("Israel", "Pentagon"):
        // a place first, so it stands for the actor only where it acts, as a metonym does.
        if (a.Kind == "government" && kind == AliasKind.Strong && IsOneWord(name)) kind = AliasKind.Metonym;
        if (matcher.Add(name, index, kind) is { } clash)
            throw new SitrepException(ErrorCodes.DataInvalid, a.Source,
                $"the name '{name}' of '{a.Id}' folds to the same key as '{clash.Name}' of '{actors[clash.Actor].Id}' ({actors[clash.Actor].Source}); " +
                "keep it for one of them, or make it a context alias of a longer name");
    }

    private static bool IsOneWord(string name) =>
        name.Length > 0 && name.All(char.IsLetter) && !NameFolder.IsAcronym(name);

    /// <summary>The actor a name means, by any of its names.</summary>
    public Actor? Find(string name) => Matcher.Lookup(name) is { } hit ? Actors[hit.Actor] : null;

    /// <summary>The roles a person holds on a day (all roles when the day is unknown).</summary>
    /// <remarks>A struct for <c>foreach</c>, not <c>Where</c> with a lambda: the events step asks it for every person it
    /// sides, and each ask allocated a closure, a delegate and an iterator.</remarks>
    public RolesOnDay RolesOn(Actor a, DateOnly? day) => new(a.Roles, day);

    public readonly struct RolesOnDay(IReadOnlyList<ActorRole> roles, DateOnly? day)
    {
        public Enumerator GetEnumerator() => new(roles, day);

        public struct Enumerator(IReadOnlyList<ActorRole> roles, DateOnly? day)
        {
            private int _i = -1;

            public readonly ActorRole Current => roles[_i];

            public bool MoveNext()
            {
                while (++_i < roles.Count)
                    if (roles[_i].HoldsOn(day)) return true;
                return false;
            }
        }
    }
}
