using Sitrep.Core;
using Sitrep.Core.Places;
using Sitrep.Core.Tests.Support;

namespace Sitrep.Core.Tests.Places;

/// <summary><c>data/places/marked-only.txt</c>: hand-written places whose names are also given names or words, taken
/// only where the text marks a place, as GeoNames towns are.</summary>
public sealed class MarkedOnlyTests
{
    [Fact]
    public void A_marked_only_id_that_no_place_file_defines_is_an_error_naming_the_file_and_line()
    {
        var path = Path.Combine(Path.GetTempPath(), $"marked-only-{Guid.NewGuid():N}.txt");
        File.WriteAllText(path, "# test\niq-rashad\niq-nowhere\n");
        try
        {
            var byId = Shared.Builder.Gazetteer.Places.ToDictionary(p => p.Id);
            var error = Assert.Throws<SitrepException>(() => Gazetteer.ReadMarkedOnly(path, byId).ToList());
            Assert.Contains($"{path}:3", error.Message);
            Assert.Contains("'iq-nowhere' is no place", error.Message);
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void The_shipped_list_is_read_and_other_hand_written_places_need_no_mark()
    {
        var gazetteer = Shared.Builder.Gazetteer;
        Assert.True(gazetteer.NeedsMark(gazetteer["iq-rashad"]!));
        Assert.True(gazetteer.NeedsMark(gazetteer["iq-al-amin"]!));
        Assert.True(gazetteer.NeedsMark(gazetteer["iq-hamza"]!));
        Assert.True(gazetteer.NeedsMark(gazetteer["iq-hatra"]!));
        Assert.True(gazetteer.NeedsMark(gazetteer["iq-dair-basra"]!));
        Assert.False(gazetteer.NeedsMark(gazetteer["iq-sayed-dakhil"]!));
        Assert.False(gazetteer.NeedsMark(gazetteer["iq-kolajo"]!));
        Assert.False(gazetteer.NeedsMark(gazetteer["iq-baghdad"]!));
    }
}
