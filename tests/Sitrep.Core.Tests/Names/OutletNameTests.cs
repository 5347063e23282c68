using Sitrep.Core.Documents;
using Sitrep.Core.Tests.Support;

namespace Sitrep.Core.Tests.Names;

/// <summary>
/// Outlets are named after their city or their day ("Baghdad Today", "Kurdistan 24", "the Mosul Evening Post"): a place or a
/// word of time inside an outlet's name says nothing of where or when an act was. The outlet is one the knowledge base holds,
/// or the page's own, as its source names it.
/// </summary>
public sealed class OutletNameTests
{
    private static Document Run(string text, string? outlet = null) =>
        Shared.Pipeline.Process(new RawArticle(new SourceInfo("t.txt", Outlet: outlet, Published: new DateOnly(2021, 5, 27)), text, "text")).Stories.Single();

    private static List<string> Places(Document d) => d.Places.Select(p => d.Text.Substring(p.Start, p.Length)).ToList();

    [Fact]
    public void A_known_outlets_city_and_today_are_no_place_and_no_time()
    {
        var d = Run("The cell told Baghdad Today that an explosive device exploded on a convoy in Yusufiyah on Wednesday.");
        Assert.Equal(["Yusufiyah"], Places(d));
        Assert.DoesNotContain(d.Times, t => d.Text.Substring(t.Start, t.Length) == "Today");
        var e = d.Events.Single(x => x.Type == "ASSAULT");
        Assert.Equal(new DateOnly(2021, 5, 26), e.Start);
    }

    [Fact]
    public void The_pages_own_outlet_names_no_place()
    {
        const string text = "A source told the Mosul Evening Post that rockets hit the Zilkan base on Wednesday.";
        Assert.Contains("Mosul", Places(Run(text)));
        Assert.DoesNotContain("Mosul", Places(Run(text, outlet: "Mosul Evening Post")));
        Assert.Contains("Zilkan", string.Join(" ", Places(Run(text, outlet: "Mosul Evening Post"))));
    }
}
