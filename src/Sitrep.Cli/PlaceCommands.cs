using System.CommandLine;
using Sitrep.Core.Knowledge;
using Sitrep.Core.Pipeline;
using Sitrep.Core.Places;
using Spectre.Console;

namespace Sitrep.Cli;

/// <summary><c>sitrep places</c> (search the gazetteer) and <c>sitrep places import</c> (a GeoNames dump into a place file).</summary>
public static class PlaceCommands
{
    public static Command Places(CliContext ctx)
    {
        var search = new Option<string?>("--search") { Description = "Only places any of whose names contains this text, or that a spelling of it means" };
        var cmd = new Command("places", "Search the gazetteer; 'places import' extends it from a GeoNames dump.") { search };
        cmd.SetAction(parse =>
        {
            var builder = new PipelineBuilder(DataDirectory.Locate());
            var gazetteer = builder.Gazetteer;
            var text = parse.GetValue(search);
            var hits = (text is null ? gazetteer.Places : gazetteer.Search(text)).ToList();
            var table = new Table().AddColumns("id", "name", "kind", "in", "lat", "lon", "precision");
            foreach (var p in hits.Take(200))
            {
                var within = string.Join(" < ", gazetteer.Ancestry(p).Skip(1).Select(a => a.Name));
                table.AddRow(Markup.Escape(p.Id), Markup.Escape(p.Name), p.Kind, Markup.Escape(within), p.Lat.ToString("0.0000"), p.Lon.ToString("0.0000"), p.Precision.ToString());
            }
            Commands.ConsoleFor(ctx).Write(table);
            ctx.Output.WriteLine($"{hits.Count} of {gazetteer.Places.Count} places{(hits.Count > 200 ? " (first 200 shown)" : "")}");
            return Program.Ok;
        });
        cmd.Add(Import(ctx));
        return cmd;
    }

    private static Command Import(CliContext ctx)
    {
        var file = new Argument<string>("FILE") { Description = "A GeoNames dump: a country file such as IQ.txt, or cities1000.txt" };
        var output = new Option<string>("--out") { Description = "Place file to write; load it by putting it in data/places/ (or SITREP_DATA's places/)", Required = true };
        var minPopulation = new Option<int>("--min-population") { Description = "Skip populated places smaller than this", DefaultValueFactory = _ => 0 };
        var cmd = new Command("import", "Convert a GeoNames dump into a Sitrep place file.") { file, output, minPopulation };
        cmd.SetAction(parse =>
        {
            var path = parse.GetValue(file)!;
            if (!File.Exists(path))
            {
                ctx.Error.WriteLine($"error SR130 {path}: no such file");
                return Program.SomeFailed;
            }
            var target = parse.GetValue(output)!;
            using (var reader = new StreamReader(path))
            using (var writer = new StreamWriter(target))
            {
                var result = GeoNamesImport.Convert(reader, writer, Path.GetFileName(path), parse.GetValue(minPopulation));
                foreach (var p in result.Problems.Take(20)) ctx.Error.WriteLine($"error SR201 {p}");
                ctx.Output.WriteLine($"read {result.Read} rows: {result.Written} places written to {target}, {result.Skipped} skipped, {result.Problems.Count} bad rows");
                if (result.Problems.Count > 0) return Program.SomeFailed;
            }
            // What was written must load.
            Gazetteer.Read(target).ToList();
            return Program.Ok;
        });
        return cmd;
    }
}
