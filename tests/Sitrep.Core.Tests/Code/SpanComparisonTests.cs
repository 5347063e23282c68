using System.Text.RegularExpressions;

namespace Sitrep.Core.Tests.Code;

/// <summary>
/// <c>ReadOnlySpan&lt;char&gt; == "text"</c> compiles (the string converts to a span) but compares where the two spans
/// point, not their text: it is always false for a literal. The name stage's and the document's word accessors return
/// spans, so a comparison with a literal must be a pattern (<c>Word(doc, t) is ","</c>) or <c>SequenceEqual</c>. Two such
/// comparisons had silently switched off two rules; this keeps a third from being written.
/// </summary>
public sealed partial class SpanComparisonTests
{
    private static string Here([System.Runtime.CompilerServices.CallerFilePath] string here = "") => Path.GetDirectoryName(here)!;

    // The methods of src/ that return ReadOnlySpan<char>, called and compared with == or != to a string literal.
    [GeneratedRegex("""\b(Word\(doc, [^()]*\)|TokenText\([^()]*\)|SpanText\([^()]*\)|KeyOfToken\([^()]*\)|LastClause\([^()]*\)|Between\(doc[^()]*\)|\.Of\([^()]*\))\s*[!=]=\s*"[^"]*"(?!\s*\+)""")]
    private static partial Regex SpanEqualsLiteral();

    [Fact]
    public void No_span_is_compared_to_a_literal_with_an_equality_operator()
    {
        var src = Path.GetFullPath(Path.Combine(Here(), "..", "..", "..", "src"));
        Assert.True(Directory.Exists(src), src);
        var found = Directory.EnumerateFiles(src, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}"))
            .SelectMany(f => File.ReadLines(f).Select((line, i) => (f, i, line)))
            .Where(x => SpanEqualsLiteral().IsMatch(x.line))
            .Select(x => $"{Path.GetFileName(x.f)}:{x.i + 1}: {x.line.Trim()}")
            .ToList();
        Assert.True(found.Count == 0, string.Join("\n", found));
        // The pattern finds what it is for.
        Assert.Matches(SpanEqualsLiteral(), """if (Word(doc, t + 1) == "," && t > 0)""");
        Assert.Matches(SpanEqualsLiteral(), """&& doc.TokenText(first - 1) != "to")""");
    }
}
