using System.CommandLine;
using Sitrep.Core;

namespace Sitrep.Cli;

/// <summary>The <c>sitrep</c> command. Exit codes: 0 all went well, 1 some inputs (or the store)
/// failed, 2 the command line was wrong.</summary>
public static class Program
{
    public const int Ok = 0;
    public const int SomeFailed = 1;
    public const int Usage = 2;

    public static Task<int> Main(string[] args) => RunAsync(args, Console.Out, Console.Error, Reporter.IsInteractive);

    /// <summary>Runs the command line with the given output streams (tests pass string writers).</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, bool interactive = false,
        CancellationToken ct = default)
    {
        var context = new CliContext(output, error, new Reporter(error, interactive));
        var root = Commands.Root(context);
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var e in parse.Errors) error.WriteLine($"usage: {e.Message}");
            error.WriteLine("Run 'sitrep --help' (or 'sitrep COMMAND --help') to see what is accepted.");
            return Usage;
        }
        try
        {
            return await parse.InvokeAsync(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false }, ct);
        }
        catch (SitrepException e)
        {
            error.WriteLine($"error {e.Message}");
            return SomeFailed;
        }
        catch (OperationCanceledException)
        {
            error.WriteLine("cancelled: what was committed before stays stored; the batch under way was rolled back");
            return SomeFailed;
        }
    }
}

/// <summary>What every command shares: its streams and progress reporter.</summary>
public sealed record CliContext(TextWriter Output, TextWriter Error, Reporter Reporter);
