using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Sitrep.Core.Knowledge.Actors;

/// <summary>
/// Reads actor files (see <c>data/actors/README.md</c>) and checks them: known fields and kinds,
/// well-formed ids and dates, roles with a known role and, for offices, a title. A problem stops
/// the load with the file, the line and what is wrong. Cross-entry checks (ids that exist, aliases
/// owned by one actor) run in <see cref="ActorKb.Build"/> once every file is read.
/// </summary>
public static partial class ActorKbLoader
{
    private static readonly HashSet<string> Fields = new(StringComparer.Ordinal)
    {
        "id", "name", "kind", "country", "aliases", "context_aliases", "metonyms", "member_of", "part_of",
        "aligned_with", "opposed_to", "roles", "notes",
    };

    private static readonly HashSet<string> RoleNames = new(StringComparer.Ordinal) { "leader", "deputy", "spokesperson", "member", "office" };

    [GeneratedRegex("^[a-z0-9][a-z0-9-]*$")]
    private static partial Regex IdPattern();

    /// <summary>The <c>*.yaml</c> files of a folder, in ordinal order.</summary>
    public static IEnumerable<string> FilesIn(string folder) =>
        Directory.GetFiles(folder, "*.yaml").Order(StringComparer.Ordinal);

    public static List<Actor> Load(string path)
    {
        if (!File.Exists(path)) throw new SitrepException(ErrorCodes.DataMissing, path, "actor file not found");
        var stream = new YamlStream();
        try
        {
            using var reader = new StreamReader(path);
            stream.Load(reader);
        }
        catch (YamlException e)
        {
            throw new SitrepException(ErrorCodes.DataInvalid, $"{path}:{e.Start.Line}", $"not valid YAML: {e.Message}");
        }
        var actors = new List<Actor>();
        if (stream.Documents.Count == 0) return actors;
        if (stream.Documents[0].RootNode is not YamlSequenceNode list)
            throw Error(path, stream.Documents[0].RootNode, "the file must be a list of entries ('- id: ...')");
        foreach (var node in list)
        {
            if (node is not YamlMappingNode entry) throw Error(path, node, "each entry must be a mapping of fields");
            actors.Add(Read(path, entry));
        }
        return actors;
    }

    private static Actor Read(string path, YamlMappingNode entry)
    {
        foreach (var key in entry.Children.Keys)
            if (!Fields.Contains(Scalar(key) ?? ""))
                throw Error(path, key, $"unknown field '{Scalar(key)}' (known: {string.Join(", ", Fields)})");
        var id = Required(path, entry, "id");
        if (!IdPattern().IsMatch(id)) throw Error(path, entry, $"id '{id}' must be lower case letters, digits and '-'");
        var name = Required(path, entry, "name");
        var kind = Required(path, entry, "kind");
        if (!ActorKinds.All.Contains(kind))
            throw Error(path, Child(entry, "kind")!, $"unknown kind '{kind}' (one of {string.Join(", ", ActorKinds.All)})");
        var roles = new List<ActorRole>();
        if (Child(entry, "roles") is { } rolesNode)
        {
            foreach (var r in Items(path, rolesNode, "roles"))
            {
                if (r is not YamlMappingNode m) throw Error(path, r, "a role is a mapping: { role: ..., of: ..., title: ..., from: ..., to: ... }");
                var role = Required(path, m, "role");
                if (!RoleNames.Contains(role)) throw Error(path, m, $"unknown role '{role}' (one of {string.Join(", ", RoleNames)})");
                var title = Optional(m, "title");
                if (role == "office" && title is null) throw Error(path, m, "an office role needs a title");
                roles.Add(new ActorRole(role, Optional(m, "of"), title, Date(path, m, "from"), Date(path, m, "to")));
            }
        }
        if (kind == "person" && roles.Count == 0) throw Error(path, entry, $"person '{id}' has no roles: say at least what they are");
        // Arrays, not the lists they were read into: the stages walk these with foreach through IReadOnlyList, which
        // allocated a boxed List enumerator on every walk (an empty one too), ~2.4 KB an article in the stages bench.
        return new Actor(id, name, kind, Optional(entry, "country"),
            Strings(path, entry, "aliases").ToArray(), Strings(path, entry, "context_aliases").ToArray(), Strings(path, entry, "metonyms").ToArray(),
            Links(path, entry, "member_of").ToArray(), Links(path, entry, "part_of").ToArray(),
            Strings(path, entry, "aligned_with").ToArray(), Strings(path, entry, "opposed_to").ToArray(),
            roles.ToArray(), Optional(entry, "notes"), $"{path}:{entry.Start.Line}");
    }

    private static List<ActorLink> Links(string path, YamlMappingNode entry, string field)
    {
        var links = new List<ActorLink>();
        if (Child(entry, field) is not { } node) return links;
        foreach (var item in Items(path, node, field))
        {
            if (item is YamlScalarNode s) { links.Add(new ActorLink(s.Value ?? "", null, null, null)); continue; }
            if (item is not YamlMappingNode m) throw Error(path, item, $"{field} entries are ids or {{ id: ..., from: ..., to: ... }}");
            links.Add(new ActorLink(Required(path, m, "id"), Date(path, m, "from"), Date(path, m, "to"), Optional(m, "note")));
        }
        return links;
    }

    private static FuzzyDate? Date(string path, YamlMappingNode m, string field)
    {
        var text = Optional(m, field);
        if (text is null || text == "null") return null;
        if (!FuzzyDate.TryParse(text, out var date))
            throw Error(path, Child(m, field)!, $"'{text}' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)");
        return date;
    }

    private static List<string> Strings(string path, YamlMappingNode entry, string field)
    {
        var list = new List<string>();
        if (Child(entry, field) is not { } node) return list;
        foreach (var item in Items(path, node, field))
        {
            var value = Scalar(item);
            if (string.IsNullOrWhiteSpace(value)) throw Error(path, item, $"{field} holds an empty or non-text item");
            foreach (var name in Choices(value.Trim()))
            {
                if (name.Contains('(') && name.Contains('|')) throw Error(path, item, $"'{value}' has a choice group '(a|b)' that is not closed or nests");
                list.Add(name);
            }
        }
        return list;
    }

    /// <summary>The names one alias with choice groups writes: "(militias|factions) (backed by|loyal to) Iran" is six names,
    /// every combination in order. A bracket with no '|' in it is text ("Kurdistan Freedom Party (PAK)").</summary>
    internal static IEnumerable<string> Choices(string alias)
    {
        foreach (var name in Expand(alias)) yield return Regex.Replace(name, " {2,}", " ").Trim();
    }

    private static IEnumerable<string> Expand(string alias)
    {
        int open = -1;
        for (int i = 0; i < alias.Length; i++)
        {
            if (alias[i] == '(') open = i;
            else if (alias[i] == ')' && open >= 0)
            {
                var inside = alias[(open + 1)..i];
                if (!inside.Contains('|')) { open = -1; continue; }
                foreach (var choice in inside.Split('|'))
                    foreach (var rest in Expand(alias[(i + 1)..]))
                        yield return alias[..open] + choice.Trim() + rest;
                yield break;
            }
        }
        yield return alias;
    }

    private static IEnumerable<YamlNode> Items(string path, YamlNode node, string field) => node switch
    {
        YamlSequenceNode seq => seq.Children,
        YamlScalarNode { Value: null or "" or "null" or "~" } => [],
        _ => throw Error(path, node, $"{field} must be a list"),
    };

    private static YamlNode? Child(YamlMappingNode m, string key) =>
        m.Children.TryGetValue(new YamlScalarNode(key), out var v) ? v : null;

    private static string? Scalar(YamlNode node) => node is YamlScalarNode s ? s.Value : null;

    private static string? Optional(YamlMappingNode m, string key)
    {
        var v = Child(m, key) is { } n ? Scalar(n)?.Trim() : null;
        return string.IsNullOrEmpty(v) || v is "null" or "~" ? null : v;
    }

    private static string Required(string path, YamlMappingNode m, string key) =>
        Optional(m, key) ?? throw Error(path, m, $"missing field '{key}'");

    private static SitrepException Error(string path, YamlNode node, string problem) =>
        new(ErrorCodes.DataInvalid, $"{path}:{node.Start.Line}", problem);
}
