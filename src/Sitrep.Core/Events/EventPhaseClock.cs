using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Sitrep.Core.Events;

/// <summary>A bench-only clock of the events step's phases (reading cues, finding triggers, gates, roles, drafts, status,
/// places, casualties, the sentence's rules, the merger): each <see cref="Enter"/> and <see cref="Exit"/> charges the time
/// since the last mark to the phase on top of a small stack, so a phase's time excludes the phases it calls. Its calls are
/// compiled only with <c>-p:EventPhases=true</c> (the symbol <c>EVENT_PHASES</c>); the CLI and the tests never see them.
/// One thread only: the stages bench runs one.</summary>
public static class EventPhaseClock
{
    public enum Phase { Other, Cues, Triggers, Gates, Roles, Drafts, Finish, Status, Places, Casualties, SentenceRules, Merger, Count }

    private static readonly long[] Ticks = new long[(int)Phase.Count];
    private static readonly long[] Calls = new long[(int)Phase.Count];
    private static readonly Phase[] Stack = new Phase[64];
    private static int _depth;
    private static long _mark;

    [Conditional("EVENT_PHASES")]
    public static void Enter(Phase phase)
    {
        long now = Stopwatch.GetTimestamp();
        if (_depth > 0) Ticks[(int)Stack[_depth - 1]] += now - _mark;
        Stack[_depth++] = phase;
        Calls[(int)phase]++;
        _mark = now;
    }

    [Conditional("EVENT_PHASES")]
    public static void Exit()
    {
        long now = Stopwatch.GetTimestamp();
        Ticks[(int)Stack[--_depth]] += now - _mark;
        _mark = now;
    }

    /// <summary>Clears the counts (before the timed passes).</summary>
    public static void Reset()
    {
        Array.Clear(Ticks);
        Array.Clear(Calls);
    }

    /// <summary>The table of ns a word per phase over <paramref name="passes"/> passes of <paramref name="words"/> words;
    /// null when nothing was counted (a build without the symbol).</summary>
    public static string? Report(long words, int passes)
    {
        long total = Ticks.Sum();
        if (total == 0) return null;
        var sb = new StringBuilder("| phase | calls per pass | ns per word | share |\n|:---|---:|---:|---:|\n");
        double nsPerTick = 1e9 / Stopwatch.Frequency, perWord = nsPerTick / ((double)words * passes);
        for (int p = 0; p < (int)Phase.Count; p++)
            sb.Append(string.Create(CultureInfo.InvariantCulture, $"| {(Phase)p} | {Calls[p] / passes:N0} | {Ticks[p] * perWord:N1} | {100.0 * Ticks[p] / total:0.0}% |\n"));
        sb.Append(string.Create(CultureInfo.InvariantCulture, $"| **total** | | {total * perWord:N1} | |\n"));
        return sb.ToString();
    }
}
