using System.Globalization;
using System.Text;

namespace Sitrep.Core.Places;

/// <summary>
/// Turns a GeoNames dump (tab-separated: geonameid, name, asciiname, alternatenames, latitude,
/// longitude, feature class, feature code, country code, cc2, admin1, admin2, admin3, admin4,
/// population, elevation, dem, timezone, modification date) into a Sitrep place file. Populated
/// places (class P) become towns or cities, first-order admin units (ADM1) governorates,
/// second-order (ADM2) districts; towns are parented to their ADM1 when the file holds it.
/// </summary>
public static class GeoNamesImport
{
    public sealed record Result(int Read, int Written, int Skipped, IReadOnlyList<string> Problems);

    public static Result Convert(TextReader input, TextWriter output, string origin, int minPopulation = 0, int maxAliases = 8)
    {
        var rows = new List<string[]>();
        var problems = new List<string>();
        int read = 0, n = 0;
        string? line;
        while ((line = input.ReadLine()) is not null)
        {
            n++;
            if (line.Length == 0 || line[0] == '#') continue;
            read++;
            var f = line.Split('\t');
            if (f.Length < 15 || !double.TryParse(f[4], CultureInfo.InvariantCulture, out _) || !double.TryParse(f[5], CultureInfo.InvariantCulture, out _))
            {
                problems.Add($"{origin}:{n}: not a GeoNames row (19 tab-separated fields with coordinates)");
                continue;
            }
            rows.Add(f);
        }
        // First-order admin units by country and admin1 code, to parent the towns.
        var adm1 = rows.Where(f => f[7] == "ADM1").ToDictionary(f => (f[8], f[10]), f => "gn-" + f[0]);
        output.WriteLine($"# Imported from GeoNames ({origin}) by sitrep places import. GeoNames data: CC-BY 4.0, geonames.org.");
        output.WriteLine("# ID\tNAME\tKIND\tPARENT\tCOUNTRY\tLAT\tLON\tALIASES");
        int written = 0, skipped = 0;
        foreach (var f in rows)
        {
            string? kind = f[6] switch
            {
                "P" => long.TryParse(f[14], out var pop) && pop >= 100_000 ? "city" : "town",
                "A" when f[7] == "ADM1" => "governorate",
                "A" when f[7] == "ADM2" => "district",
                "A" when f[7] == "PCLI" => "country",
                "S" when f[7] is "AIRP" or "AIRB" => "airport",
                "S" when f[7] is "MILB" or "INSM" => "military_base",
                _ => null,
            };
            long.TryParse(f[14], out var population);
            if (kind is null || (f[6] == "P" && population < minPopulation)) { skipped++; continue; }
            string parent = kind is "town" or "city" or "district" or "airport" or "military_base" && adm1.TryGetValue((f[8], f[10]), out var p) ? p : "";
            var aliases = f[3].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                .Where(a => a != f[1] && a.Length > 1 && (IsLatin(a) || IsArabic(a))).Distinct().Take(maxAliases);
            var sb = new StringBuilder();
            sb.Append("gn-").Append(f[0]).Append('\t').Append(f[1]).Append('\t').Append(kind).Append('\t').Append(parent).Append('\t')
              .Append(f[8]).Append('\t').Append(f[4]).Append('\t').Append(f[5]).Append('\t').Append(string.Join(';', aliases));
            output.WriteLine(sb.ToString());
            written++;
        }
        return new Result(read, written, skipped, problems);
    }

    private static bool IsLatin(string s) => s.All(c => c < 0x250 || char.IsWhiteSpace(c) || c is '\'' or '-' or '’');
    private static bool IsArabic(string s) => s.Any(c => c is >= '\u0600' and <= '\u06FF');
}
