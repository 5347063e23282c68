using Sitrep.Core.Documents;
using Sitrep.Core.Pipeline;

namespace Sitrep.Core.Tests.Support;

/// <summary>The event tests' way in: one story of a text written for the test, run through the shared pipeline.</summary>
public static class EventStories
{
    /// <summary>The first story of <paramref name="text"/> published on <paramref name="published"/>.</summary>
    public static Document Story(string text, string published = "2024-03-14") =>
        Shared.Pipeline.Process(new RawArticle(new SourceInfo("t.txt", Published: DateOnly.Parse(published)), text, "text")).Stories[0];

    /// <summary>The one event of a type the story holds (the test fails when there are none or several).</summary>
    public static EventRecord Single(Document doc, string type) => Assert.Single(doc.Events, e => e.Type == type);
}
