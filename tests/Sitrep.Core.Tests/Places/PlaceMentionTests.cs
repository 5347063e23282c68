using Sitrep.Core.Places;
using Sitrep.Core.Tests.Support;

namespace Sitrep.Core.Tests.Places;

/// <summary>
/// The place mentions of <c>place-mentions.tsv</c> (sentences we wrote, each naming a place in
/// some spelling, with the gazetteer id it must geocode to), through the default pipeline. The
/// issue's bar is 95% right over the whole list; the misses are listed when it fails.
/// </summary>
public sealed class PlaceMentionTests
{
    private static string ListPath([System.Runtime.CompilerServices.CallerFilePath] string here = "") =>
        Path.Combine(Path.GetDirectoryName(here)!, "place-mentions.tsv");

    private static List<(string Sentence, string Surface, string Id)> Rows() =>
        File.ReadAllLines(ListPath()).Where(l => l.Length > 0 && l[0] != '#').Select(l => l.Split('\t'))
            .Where(f => f.Length >= 3).Select(f => (f[0], f[1], f[2].Trim())).ToList();

    private static string PlaceOf(string sentence, string surface)
    {
        var doc = Shared.Process(sentence).Stories.Single();
        int at = doc.Text.IndexOf(surface, StringComparison.Ordinal);
        foreach (var p in doc.Places)
            if (p.Start <= at + surface.Length - 1 && at < p.Start + p.Length) return p.PlaceId;
        return "-";
    }

    [Fact]
    public void At_least_95_percent_of_the_place_mentions_geocode_to_the_right_place()
    {
        var rows = Rows();
        Assert.True(rows.Count >= 100, $"{rows.Count} rows");
        var misses = rows.Select(r => (r, got: PlaceOf(r.Sentence, r.Surface))).Where(x => x.got != x.r.Id).ToList();
        double accuracy = 1.0 - (double)misses.Count / rows.Count;
        Console.WriteLine($"place mentions: {rows.Count - misses.Count} of {rows.Count} right ({accuracy:P1})");
        Assert.True(accuracy >= 0.95, $"accuracy {accuracy:P1} ({misses.Count} of {rows.Count} wrong):\n" +
            string.Join("\n", misses.Select(m => $"  '{m.r.Surface}' -> {m.got}, want {m.r.Id}: {m.r.Sentence}")));
    }

    [Theory]
    [InlineData("Rmelan")]
    [InlineData("Rumeilan")]
    [InlineData("Rumaylan")]
    [InlineData("Rmeilan")]
    public void Every_one_word_spelling_of_a_place_is_its_name_not_only_the_first_of_those_that_fold_alike(string spelling)
    {
        Assert.Equal("sy-rmelan", PlaceOf($"Kurdish-led forces reported a drone over {spelling} on Monday.", spelling));
    }

    [Theory]
    [InlineData("Gunmen opened fire on a police patrol near Sulaiman Bek, south of Tuz Khurmatu.", "Sulaiman Bek", "iq-suleiman-bek")]
    [InlineData("A roadside bomb went off on the highway at Salman Bek, south-east of Baghdad.", "Salman Bek", "iq-madain")]
    [InlineData("Police closed the bridge into Suleiman Bek on Friday.", "Suleiman Bek", "iq-suleiman-bek")]
    public void Of_two_places_whose_names_fold_alike_the_one_written_nearest_is_meant(string sentence, string surface, string id)
    {
        Assert.Equal(id, PlaceOf(sentence, surface));
    }

    [Theory]
    [InlineData("Our reading is that the attacks will go on.", "Our", "-")]
    [InlineData("Tourists returned to Ur after the site reopened.", "Ur", "iq-ur")]
    [InlineData("About 300 personnel had left K1 by Sunday.", "K1", "base-k1")]
    public void A_name_of_two_or_three_letters_is_written_with_as_many(string sentence, string surface, string id)
    {
        Assert.Equal(id, PlaceOf(sentence, surface));
    }

    [Theory]
    [InlineData("A drone strike killed Qassem Soleimani near Baghdad airport.", "Soleimani")]
    [InlineData("Kataib Hezbollah commander Abu Baqir al-Saadi was killed in eastern Baghdad.", "Saadi")]
    public void A_word_of_a_person_s_name_is_no_place(string sentence, string surface)
    {
        Assert.Equal("-", PlaceOf(sentence, surface));
    }

    [Theory]
    [InlineData("Protesters burned a copy of the Koran outside the mosque.", "Koran", "-")]
    [InlineData("The Quran burning in Stockholm angered Baghdad.", "Quran", "-")]
    [InlineData("Police patrols returned to Qurna, north of Basra, on Monday.", "Qurna", "iq-qurna")]
    public void A_word_of_not_places_txt_is_no_place_however_it_folds(string sentence, string surface, string id)
    {
        Assert.Equal(id, PlaceOf(sentence, surface));
    }

    [Fact]
    public void A_place_mention_carries_coordinates_precision_and_its_sentence()
    {
        var doc = Shared.Process("Rockets struck Ain al-Assad air base in Anbar province on Tuesday.").Stories.Single();
        var ain = doc.Places.First(p => doc.Text.Substring(p.Start, p.Length).StartsWith("Ain", StringComparison.Ordinal));
        Assert.Equal(1, ain.Precision);
        Assert.InRange(ain.Lat!.Value, 33.7, 33.9);
        Assert.InRange(ain.Lon!.Value, 42.3, 42.5);
        var anbar = doc.Places.Single(p => doc.Text.Substring(p.Start, p.Length).StartsWith("Anbar", StringComparison.Ordinal));
        Assert.Equal(3, anbar.Precision);
        Assert.Equal(0, anbar.Sentence);
    }

    [Fact]
    public void A_base_is_found_under_any_of_the_words_reporting_uses_for_a_base()
    {
        Assert.Equal(["Victoria Air Base", "Victoria Airbase", "Victoria Military Base"], Gazetteer.BaseVariants("Victoria Base"));
        Assert.Empty(Gazetteer.BaseVariants("Camp Victory"));
        var doc = Shared.Process("Drones targeted Victoria military base and Harir military base on Tuesday.").Stories.Single();
        Assert.Equal(["base-victory", "base-harir"], doc.Places.Select(p => p.PlaceId));
    }
}
