using System.CommandLine;
using System.Text.Json;
using Sitrep.Core.Documents;
using Sitrep.Core.Knowledge;
using Sitrep.Core.Pipeline;
using Sitrep.Core.Time;

namespace Sitrep.Cli;

/// <summary><c>sitrep times</c>: the time expressions of a text resolved against a publication date,
/// or a whole table of them (for <c>bench/time/compare_dateparser.py --sitrep</c>).</summary>
public static class TimeCommands
{
    public static Command Times(CliContext ctx)
    {
        var published = new Option<string?>("--published") { Description = "Publication date the text is read against (YYYY-MM-DD)" };
        var table = new Option<string?>("--table") { Description = "A table of time expressions (tests/…/Time/time-expressions.tsv shape): write Sitrep's answer for each row as JSON lines" };
        var text = new Argument<string[]>("TEXT") { Description = "Text to read (with --published)", Arity = ArgumentArity.ZeroOrMore };
        var cmd = new Command("times", "Resolve the time expressions of a text, or of a table of them.") { published, table, text };
        cmd.SetAction(parse =>
        {
            var pipeline = PipelineBuilder.Default(DataDirectory.Locate());
            var json = new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
            if (parse.GetValue(table) is { } path)
            {
                foreach (var row in TimeTable.Read(path))
                {
                    var t = TimeTable.Resolve(pipeline, row);
                    ctx.Output.WriteLine(JsonSerializer.Serialize(new { line = row.Line, start = t?.From?.ToString("yyyy-MM-dd"), end = t?.To?.ToString("yyyy-MM-dd"), precision = t?.Precision }, json));
                }
                return Program.Ok;
            }
            if (parse.GetValue(published) is not { } p || !DateOnly.TryParse(p, out var day))
            {
                ctx.Error.WriteLine("usage: sitrep times --published YYYY-MM-DD TEXT…, or sitrep times --table FILE");
                return Program.Usage;
            }
            var doc = pipeline.Process(new RawArticle(new SourceInfo("text", Published: day, PublishedFrom: "argument"), string.Join(' ', parse.GetValue(text) ?? []), "text")).Stories.Single();
            foreach (var t in doc.Times)
                ctx.Output.WriteLine($"{doc.Text.Substring(t.Start, t.Length),-40} {t.From:yyyy-MM-dd} .. {t.To:yyyy-MM-dd}  {t.Precision}{(t.Note is null ? "" : "  (" + t.Note + ")")}");
            return Program.Ok;
        });
        return cmd;
    }
}
