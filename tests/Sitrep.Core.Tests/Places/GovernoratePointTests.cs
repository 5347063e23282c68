using Sitrep.Core.Incidents;
using Sitrep.Core.Tests.Support;

namespace Sitrep.Core.Tests.Places;

/// <summary>
/// The point of a governorate of Iraq, Syria or Jordan is its capital's, as ACLED places an event known only to its
/// province and as reporters locate "in Anbar" or "in Nineveh province": an event told only by its province then lies
/// where an analyst (and a gold annotation) puts it, not at a centroid in the desert 150 km away.
/// </summary>
public sealed class GovernoratePointTests
{
    [Fact]
    public void Each_governorate_lies_on_a_city_or_town_inside_it()
    {
        var gazetteer = Shared.Builder.Gazetteer;
        var governorates = gazetteer.Places.Where(p => p.Kind == "governorate" && p.Country is "IQ" or "SY" or "JO").ToList();
        Assert.True(governorates.Count >= 25, $"only {governorates.Count} governorates");
        foreach (var g in governorates)
        {
            bool onSeat = gazetteer.Places.Any(p => p.Kind is "city" or "town" && gazetteer.AncestorsOf(p).Contains(g.Id)
                && Geo.DistanceKm(p.Lat, p.Lon, g.Lat, g.Lon) < 1);
            Assert.True(onSeat, $"{g.Id} ({g.Lat}, {g.Lon}) lies on none of its own cities or towns");
        }
    }

    [Fact]
    public void Anbar_lies_at_Ramadi_and_Nineveh_at_Mosul()
    {
        var gazetteer = Shared.Builder.Gazetteer;
        Assert.True(Geo.DistanceKm(gazetteer["iq-anbar"]!.Lat, gazetteer["iq-anbar"]!.Lon, 33.42, 43.31) < 5);
        Assert.True(Geo.DistanceKm(gazetteer["iq-nineveh"]!.Lat, gazetteer["iq-nineveh"]!.Lon, 36.34, 43.13) < 5);
    }
}
