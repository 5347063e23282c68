using Sitrep.Core;
using Sitrep.Core.Places;
using Sitrep.Core.Tests.Support;

namespace Sitrep.Core.Tests.Places;

/// <summary><c>data/places/capitals.txt</c>: the national capitals, each the usual referent of its name.</summary>
public sealed class CapitalTests
{
    [Fact]
    public void A_capital_that_is_no_city_of_the_place_files_is_an_error_naming_the_file_and_line()
    {
        var path = Path.Combine(Path.GetTempPath(), $"capitals-{Guid.NewGuid():N}.txt");
        File.WriteAllText(path, "# test\nsa-riyadh\niq-anbar\n");
        try
        {
            var byId = Shared.Builder.Gazetteer.Places.ToDictionary(p => p.Id);
            var error = Assert.Throws<SitrepException>(() => Gazetteer.ReadCapitals(path, byId).ToList());
            Assert.Contains($"{path}:3", error.Message);
            Assert.Contains("'iq-anbar' is no city", error.Message);
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void The_shipped_capitals_are_read_and_a_homonym_town_is_none()
    {
        var gazetteer = Shared.Builder.Gazetteer;
        Assert.True(gazetteer.IsCapital(gazetteer["sa-riyadh"]!));
        Assert.True(gazetteer.IsCapital(gazetteer["iq-baghdad"]!));
        Assert.False(gazetteer.IsCapital(gazetteer["iq-riyadh-kirkuk"]!));
        Assert.False(gazetteer.IsCapital(gazetteer["iq-basra"]!));
    }
}
