using Sitrep.Core;
using Sitrep.Core.Places;
using Sitrep.Core.Tests.Support;

namespace Sitrep.Core.Tests.Places;

/// <summary>
/// The nouns of <c>data/places/site-nouns.txt</c>, which make "the airport", "the square" one the story has named:
/// the file is read with its kinds checked, and the gazetteer answers by the word as written.
/// </summary>
public sealed class SiteNounTests
{
    [Fact]
    public void A_site_noun_with_an_unknown_kind_is_an_error_naming_the_file_and_line()
    {
        var path = Path.Combine(Path.GetTempPath(), $"site-nouns-{Guid.NewGuid():N}.txt");
        File.WriteAllText(path, "# test\nairport\tairport\nharbour\tharbor_site\n");
        try
        {
            var error = Assert.Throws<SitrepException>(() => Gazetteer.ReadSiteNouns(path).ToList());
            Assert.Contains($"{path}:3", error.Message);
            Assert.Contains("unknown kind 'harbor_site'", error.Message);
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void A_line_without_a_kind_column_is_an_error()
    {
        var path = Path.Combine(Path.GetTempPath(), $"site-nouns-{Guid.NewGuid():N}.txt");
        File.WriteAllText(path, "square\n");
        try { Assert.Contains("expected NOUN and KINDS", Assert.Throws<SitrepException>(() => Gazetteer.ReadSiteNouns(path).ToList()).Message); }
        finally { File.Delete(path); }
    }

    [Fact]
    public void The_shipped_nouns_are_found_as_written_and_match_places_by_kind_or_by_name()
    {
        var gazetteer = Shared.Builder.Gazetteer;
        Assert.True(gazetteer.IsSiteNoun("consulate", out var noun));
        Assert.Equal("consulate", noun);
        Assert.False(gazetteer.IsSiteNoun("Airport", out _));
        Assert.False(gazetteer.IsSiteNoun("tower", out _));

        var airport = new Place("x-airport", "Somewhere International", "airport", null, "IQ", 33, 44, [], "test");
        var square = new Place("x-square", "Tahrir Square", "site", null, "IQ", 33, 44, [], "test");
        Assert.True(gazetteer.IsSiteOf(airport, "Somewhere International", "airport"));
        Assert.False(gazetteer.IsSiteOf(square, "Tahrir Square", "airport"));
        Assert.True(gazetteer.IsSiteOf(square, "Tahrir", "square"));
        var city = new Place("x-city", "Somewhere", "city", null, "IQ", 33, 44, [], "test");
        Assert.True(gazetteer.IsSiteOf(city, "Somewhere", "town"));
        Assert.True(gazetteer.IsSiteOf(city, "Somewhere", "city"));
    }
}
