using Sitrep.Core.Places;

namespace Sitrep.Cli.Tests;

public sealed class PlaceCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("sitrep-places-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    // Four rows in the standard GeoNames dump layout (19 tab-separated fields).
    private static readonly string[] Sample =
    [
        "99001\tAnbar Governorate\tAnbar Governorate\tAl Anbar,Anbar,محافظة الأنبار\t33.0000\t42.0000\tA\tADM1\tIQ\t\t01\t\t\t\t1771656\t\t150\tAsia/Baghdad\t2024-01-01",
        "99002\tHit\tHit\tHeet,هيت\t33.6417\t42.8251\tP\tPPLA2\tIQ\t\t01\t\t\t\t60000\t\t58\tAsia/Baghdad\t2024-01-01",
        "99003\tRamadi\tRamadi\tAr Ramadi,Ar-Ramadi,الرمادي\t33.4206\t43.3078\tP\tPPLA\tIQ\t\t01\t\t\t\t274539\t\t48\tAsia/Baghdad\t2024-01-01",
        "99004\tSome Hill\tSome Hill\t\t33.1\t42.1\tT\tHLL\tIQ\t\t01\t\t\t\t0\t\t300\tAsia/Baghdad\t2024-01-01",
    ];

    [Fact]
    public async Task Import_turns_a_geonames_dump_into_a_place_file_that_loads()
    {
        var input = Path.Combine(_dir, "IQ.txt");
        await File.WriteAllLinesAsync(input, Sample);
        var output = Path.Combine(_dir, "iq.tsv");
        var (code, text, _) = await CliRun.Run("places", "import", input, "--out", output);
        Assert.Equal(0, code);
        Assert.Contains("read 4 rows: 3 places written", text);
        var places = Gazetteer.Read(output).ToDictionary(p => p.Id);
        Assert.Equal("governorate", places["gn-99001"].Kind);
        Assert.Equal("town", places["gn-99002"].Kind);
        Assert.Equal("city", places["gn-99003"].Kind);
        Assert.Equal("gn-99001", places["gn-99003"].Parent);
        Assert.Contains("هيت", places["gn-99002"].Aliases);
        Assert.Equal(33.6417, places["gn-99002"].Lat, 4);
    }

    [Fact]
    public async Task Import_reports_rows_that_are_not_geonames_rows()
    {
        var input = Path.Combine(_dir, "bad.txt");
        await File.WriteAllLinesAsync(input, [Sample[1], "this is not a geonames row"]);
        var (code, _, error) = await CliRun.Run("places", "import", input, "--out", Path.Combine(_dir, "out.tsv"));
        Assert.Equal(Program.SomeFailed, code);
        Assert.Contains("bad.txt:2", error);
    }

    [Fact]
    public async Task Places_search_finds_a_place_by_a_spelling_with_its_admin_units()
    {
        var (code, text, _) = await CliRun.Run("places", "--search", "Ain al-Assad");
        Assert.Equal(0, code);
        Assert.Contains("military_base", text);
        Assert.Contains("Anbar", text);
    }
}
