namespace Sitrep.Core.Knowledge;

/// <summary>One non-comment line of a tab-separated knowledge file, with its place for errors.</summary>
public readonly record struct DataLine(string File, int Number, string[] Fields)
{
    public SitrepException Error(string problem) =>
        new(ErrorCodes.DataInvalid, $"{File}:{Number}", problem);
}

/// <summary>Reads the project's tab-separated knowledge files: one record a line, <c>#</c> starts a
/// comment line, blank lines are skipped.</summary>
public static class DataFile
{
    public static IEnumerable<DataLine> ReadTsv(string path)
    {
        if (!File.Exists(path))
            throw new SitrepException(ErrorCodes.DataMissing, path, "knowledge file not found");
        int n = 0;
        foreach (var line in File.ReadLines(path))
        {
            n++;
            if (line.Length == 0 || line[0] == '#' || string.IsNullOrWhiteSpace(line)) continue;
            yield return new DataLine(path, n, line.Split('\t'));
        }
    }

    /// <summary>A file of one entry a line (comments and blanks skipped), trimmed.</summary>
    public static IEnumerable<string> ReadList(string path)
    {
        foreach (var l in ReadTsv(path)) yield return l.Fields[0].Trim();
    }
}
