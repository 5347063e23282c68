using System.Text.RegularExpressions;
using Sitrep.Core.Knowledge;

namespace Sitrep.Core.Names;

/// <summary>
/// The words of the relation stage's constructions (<c>data/actors/relation-words.tsv</c>): leading, titles, members,
/// wings, spokespeople, factions, including, uniting, taking sides and backing. Loaded once and compiled into the
/// stage's patterns, so an analyst adds a word ("directed by", "secretary-general") in the file, not in the code.
/// </summary>
public sealed class RelationWords
{
    /// <summary>The classes the stage's patterns ask for; a file must give each, and no other.</summary>
    public static readonly IReadOnlyList<string> Classes =
        ["leading-by", "leading", "head-title", "member-role", "wing", "spokes-noun", "spokes-title", "faction", "including", "uniting",
         "aligning", "backing"];

    private readonly Dictionary<string, string[]> _words;

    private RelationWords(Dictionary<string, string[]> words) => _words = words;

    /// <summary>The words of a class, in the file's order.</summary>
    public IReadOnlyList<string> this[string cls] => _words[cls];

    public static RelationWords Load(string dataDir)
    {
        var path = Path.Combine(dataDir, "actors", "relation-words.tsv");
        var words = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var line in DataFile.ReadTsv(path))
        {
            var f = line.Fields;
            if (f.Length < 2) throw line.Error("expected CLASS and WORDS");
            var cls = f[0].Trim();
            if (!Classes.Contains(cls)) throw line.Error($"unknown class '{cls}' (one of {string.Join(", ", Classes)})");
            if (words.ContainsKey(cls)) throw line.Error($"class '{cls}' given twice");
            var list = f[1].Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            if (list.Length == 0) throw line.Error($"class '{cls}' has no words");
            foreach (var w in list)
                if (w != w.ToLowerInvariant() || w.Contains("  ")) throw line.Error($"'{w}': words are lower case, one space between");
            words[cls] = list;
        }
        foreach (var cls in Classes)
            if (!words.ContainsKey(cls)) throw new SitrepException(ErrorCodes.DataInvalid, path, $"class '{cls}' is missing");
        return new RelationWords(words);
    }

    /// <summary>A pattern with each <c>{class}</c> replaced by the alternation of its words, compiled without
    /// backtracking.</summary>
    public Regex Compile(string template) =>
        new(Regex.Replace(template, @"\{([a-z-]+)\}", m => "(" + string.Join("|", _words[m.Groups[1].Value].Select(Regex.Escape)) + ")"),
            RegexOptions.NonBacktracking | RegexOptions.CultureInvariant);
}
