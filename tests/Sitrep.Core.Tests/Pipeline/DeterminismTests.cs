using System.Text;
using Sitrep.Core.Pipeline;
using Sitrep.Core.Tests.Support;

namespace Sitrep.Core.Tests.Pipeline;

/// <summary>
/// An article's extraction depends on the article alone: not on which articles a thread read before it (the stages
/// keep per-thread scratch tables), nor on the order or parallelism of a batch. Checked on the tuning articles of
/// <c>tests/corpus/tuning</c> (our own writing), in order, reversed and in parallel.
/// </summary>
public sealed class DeterminismTests
{
    private static string Eval(ProcessedPage page) => Encoding.UTF8.GetString(Shared.EvalJson(page));

    [Fact]
    public void Each_article_comes_out_the_same_in_any_order_and_in_parallel()
    {
        var articles = Shared.OwnArticles("tuning");
        Assert.True(articles.Count >= 100, $"{articles.Count} articles");

        var inOrder = articles.ToDictionary(a => a.Source.Id, a => Eval(Shared.Pipeline.Process(a)));
        var reversed = Enumerable.Reverse(articles).ToDictionary(a => a.Source.Id, a => Eval(Shared.Pipeline.Process(a)));
        var parallel = Shared.Pipeline.ProcessMany(Enumerable.Reverse(articles), 2).ToDictionary(r => r.Page!.Page.Source.Id, r => Eval(r.Page!));

        var differ = articles.Select(a => a.Source.Id).Where(id => inOrder[id] != reversed[id] || inOrder[id] != parallel[id]).ToList();
        Assert.True(differ.Count == 0, $"{differ.Count} articles differ with the order they were read in: {string.Join(", ", differ.Take(10))}");
    }
}
