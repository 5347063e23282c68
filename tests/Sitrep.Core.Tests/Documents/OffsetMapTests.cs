using Sitrep.Core.Documents;
using Sitrep.Core.Tests.Support;

namespace Sitrep.Core.Tests.Documents;

public sealed class OffsetMapTests
{
    [Fact]
    public void Map_follows_runs_and_jumps()
    {
        var b = new OffsetMap.Builder();
        foreach (var r in new[] { 0, 1, 2, 10, 11, 12, 12, 20 }) b.Add(r);
        var map = b.Build();
        Assert.Equal([0, 1, 2, 10, 11, 12, 12, 20], Enumerable.Range(0, 8).Select(map.ToRaw));
        Assert.Equal(4, map.AnchorCount);
        Assert.Equal(new TextSpan(10, 3), map.ToRaw(new TextSpan(3, 3)));
    }

    [Fact]
    public void Identity_map_returns_the_same_offset() => Assert.Equal(42, OffsetMap.Identity.ToRaw(42));

    [Fact]
    public void Document_finds_the_sentence_of_an_offset()
    {
        var doc = Shared.Process("A drone hit the base. Nobody was hurt.\n\nOfficials said so.").Stories.Single();
        Assert.Equal(3, doc.Sentences.Length);
        Assert.Equal(0, doc.SentenceAt(0));
        Assert.Equal(1, doc.SentenceAt(doc.Text.IndexOf("Nobody", StringComparison.Ordinal)));
        Assert.Equal(2, doc.SentenceAt(doc.Text.Length - 1));
        Assert.Equal(-1, doc.SentenceAt(doc.Text.IndexOf('\n')));
    }

    [Fact]
    public void Story_id_is_a_hash_of_the_cleaned_text()
    {
        var a = Shared.Process("Rockets hit the base.\n\nRead more").Stories.Single();
        var b = Shared.Process("Rockets\u00A0hit the base.   \n", id: "other.txt").Stories.Single();
        Assert.Equal(a.Id, b.Id);
        Assert.Equal(32, a.Id.Length);
        Assert.NotEqual(a.Id, Shared.Process("Rockets hit the camp.").Stories.Single().Id);
    }
}
