using Spectre.Console;

namespace Sitrep.Cli;

/// <summary>
/// Shows progress of long work: a Spectre.Console progress bar when a person watches a terminal,
/// plain lines on standard error otherwise (CI logs, pipes), and nothing at all for small jobs.
/// </summary>
public sealed class Reporter(TextWriter error, bool interactive)
{
    public static bool IsInteractive =>
        !Console.IsErrorRedirected && !Console.IsOutputRedirected && Environment.GetEnvironmentVariable("CI") is null
        && AnsiConsole.Profile.Capabilities.Interactive;

    public TextWriter Error { get; } = error;

    /// <summary>Runs <paramref name="work"/>, giving it a callback to report how many items are done.</summary>
    public async Task<T> RunAsync<T>(string label, Func<Action<int, string?>, Task<T>> work)
    {
        if (interactive)
        {
            T result = default!;
            await AnsiConsole.Progress()
                .Columns(new TaskDescriptionColumn(), new SpinnerColumn(), new ElapsedTimeColumn(), new RemainingTimeColumn())
                .StartAsync(async ctx =>
                {
                    var task = ctx.AddTask(label, maxValue: double.MaxValue);
                    task.IsIndeterminate = true;
                    result = await work((done, note) => task.Description = $"{label}: {done} {note}");
                    task.StopTask();
                });
            return result;
        }
        int lastLine = 0;
        return await work((done, note) =>
        {
            // A line every thousand items keeps a CI log readable.
            if (done - lastLine >= 1000) { Error.WriteLine($"{label}: {done} {note}"); lastLine = done; }
        });
    }
}
