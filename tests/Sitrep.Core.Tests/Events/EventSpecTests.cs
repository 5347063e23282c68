using System.Text.Json;
using Sitrep.Core.Documents;
using Sitrep.Core.Pipeline;
using Sitrep.Core.Tests.Support;

namespace Sitrep.Core.Tests.Events;

/// <summary>
/// The event specifications that are data: <c>event-sentences.tsv</c> (single sentences we wrote,
/// each with the events a coder would read from it, or none), the held-out articles of
/// <c>tests/corpus/heldout</c> (written and annotated before the event stage was tuned, never tuned on)
/// and the tuning articles of <c>tests/corpus/tuning</c>. All are scored as <c>eval/score.py</c> pairs
/// events; the bars sit just under the figures last measured, so a change that makes the events worse
/// fails here, with the misses listed.
/// </summary>
public sealed class EventSpecTests
{
    private static string Here([System.Runtime.CompilerServices.CallerFilePath] string here = "") => Path.GetDirectoryName(here)!;

    private static JsonElement Eval(ProcessedPage page) => JsonDocument.Parse(Shared.EvalJson(page)).RootElement.Clone();

    private static ProcessedPage Process(string id, string text, string? published) =>
        Shared.Pipeline.Process(new RawArticle(new SourceInfo(id, Published: published is null ? null : DateOnly.Parse(published)), text, "text"));

    [Fact]
    public void The_sentence_table_scores_at_least_its_first_measure()
    {
        var rows = File.ReadAllLines(Path.Combine(Here(), "event-sentences.tsv"))
            .Where(l => l.Length > 0 && l[0] != '#').Select(l => l.Split('\t')).ToList();
        Assert.True(rows.Count >= 200, $"{rows.Count} rows");
        var scorer = new EventScorer();
        var identity = (string n) => (ISet<string>)new HashSet<string> { n };
        foreach (var group in rows.GroupBy(r => r[0]))
        {
            var first = group.First();
            var gold = group.Where(r => r[3] != "-")
                .Select(r => new ScoredEvent(r[3], Opt(r[5]), Opt(r[6]), Opt(r[7]), null, null, r[2])).ToList();
            var predicted = Eval(Process(group.Key, first[2], first[1]));
            scorer.Add(group.Key, gold, EventScorer.EventsOf(predicted), identity, EventScorer.AliasesOf(predicted));
        }
        Console.WriteLine($"event sentences: F1 {scorer.F1:F3}, material F1 {scorer.MaterialF1:F3} ({scorer.Matched} matched, {scorer.Predicted} predicted, {scorer.Gold} gold)");
        Assert.True(scorer.MaterialF1 >= SentenceMaterialBar && scorer.F1 >= SentenceAllBar,
            $"F1 {scorer.F1:F3} (bar {SentenceAllBar}), material F1 {scorer.MaterialF1:F3} (bar {SentenceMaterialBar}):\n" + string.Join("\n", scorer.Misses));
    }

    // The bars sit a little under the figures last measured, so that a change that makes the events worse fails here.
    // First measured 2026-11-21: F1 0.801, material F1 0.858; on 2026-11-22 (543 rows): F1 0.929, material F1 0.940;
    // later that day (595 rows): F1 0.936, material F1 0.948.
    // On 2026-11-22 at the end of the afternoon session (684 rows): F1 0.946, material F1 0.959; at the end of the next
    // session (833 rows, score.py): F1 0.958, material F1 0.971; on 22 November 13:40 (1,006 rows): F1 0.963, material F1
    // 0.973 (score.py 0.967, 0.978). On 22 November 2026 at night (1,550 rows): F1 0.973, material F1 0.981. On 22
    // November late at night (1,637 gold rows, score.py): F1 0.975, material F1 0.983.
    private const double SentenceAllBar = 0.97, SentenceMaterialBar = 0.978;
    // First measured (2026-11-21, events@1): F1 0.494, material F1 0.592 (score.py: 0.504, 0.592); on 2026-11-22: F1 0.615,
    // material F1 0.678 (score.py: 0.615, 0.671); later that day: F1 0.626, material F1 0.684 (score.py: 0.626, 0.677).
    // At the end of the afternoon session: F1 0.637, material F1 0.692 (score.py: 0.637, 0.686); at the end of the next
    // session (score.py): F1 0.654, material F1 0.714; on 22 November 13:40: F1 0.653, material F1 0.720 (score.py 0.656,
    // 0.720). At the end of 22 November (night): F1 0.662, material F1 0.725 (score.py 0.665, 0.725). Late that night
    // (score.py): F1 0.671, material F1 0.734. At the end of 23 November (third session; score.py): F1 0.678, material F1 0.736.
    private const double HeldOutAllBar = 0.67, HeldOutMaterialBar = 0.73;
    // The tuning set (72 articles, tuned on; t61-t72 added blind) on 2026-11-22: F1 0.642, material F1 0.719
    // (score.py: 0.647, 0.726); after that session's rules and the prec4 round: F1 0.662, material F1 0.755 (score.py 0.667, 0.762);
    // with t73-t84 (84 articles): F1 0.657, material F1 0.749 (score.py 0.661, 0.756); after the session's later rules and the
    // prec5 round: F1 0.668, material F1 0.771 (score.py 0.672, 0.777); at the session's end: F1 0.673, material F1 0.782
    // (score.py 0.677, 0.788); with t85-t96 (96 articles, scored blind first): score.py 0.666, 0.769; later that
    // session 0.676, 0.789; with t97-t108 (108 articles, scored blind first) see the README.
    // At the end of that session (108 articles): F1 0.674, material F1 0.789 (score.py: 0.674, 0.786).
    // With t109-t120 (120 articles, scored blind first at 0.468 material): score.py 0.650, 0.761; at that session's end
    // 0.674, 0.794; with t121-t132 (132 articles, scored blind at 0.650 material): score.py 0.663, 0.776; at the session's end 0.664, 0.779.
    // With t133-t156 (156 articles; the two batches scored blind at 0.657 and 0.655 material, then 0.652 and 0.682 after a
    // helper round): score.py 0.658, 0.775; after a second round 0.673, 0.798. With t157-t168 (168 articles, scored blind
    // at 0.629, then 0.648 after that round): score.py 0.668, 0.785; after a third round 0.670, 0.788. With t169-t180 (180
    // articles, scored blind at 0.754 before and after that round): see the README. That session's end (180 articles): score.py
    // 0.684, 0.808. With t181-t204 (204 articles; scored blind at 0.550 and 0.615 material, then 0.578 and 0.626 after a helper
    // round): score.py 0.669, 0.780; after a second round 0.674, 0.789. With t205-t216 (216 articles; scored blind at 0.610
    // material, then 0.637 after that round): score.py 0.668, 0.779; at that session's end 0.669, 0.781. On 22 November
    // 2026 (evening) after a helper round, 0.677, 0.796; with t217-t240 (240 articles; scored blind at 0.567 and 0.683
    // material, then 0.574 and 0.693 after that round): score.py 0.660, 0.775 (this test: 0.658, 0.773); at that session's
    // end (after a second round: bare forces, 167 places, retellings) 0.666, 0.786. On 22 November 2026 (night), after a helper
    // round and rules from blind text: 0.678, 0.802 (240 articles); with t241-t264 (264 articles; scored blind at 0.678 and
    // 0.622 material): score.py 0.672, 0.790 (this test: 0.669, 0.786). At that session's end, after a second round, 0.675,
    // 0.797; with t265-t276 (276 articles; scored blind at 0.737 material at the session's start, 0.725 at its end):
    // score.py 0.673, 0.794 (this test: 0.670, 0.790). Late on 22 November, after a helper round and rules from three blind
    // batches: 0.678, 0.801 (276 articles); with t277-t324 (324 articles; four batches written blind that night, scored first
    // at 0.667, 0.784, 0.729 and 0.678 material, t289-t300 kept unseen to the end, 0.788 then): score.py 0.677, 0.791; with
    // t325-t348 (348 articles; two batches written blind at that session's end, scored at 0.725 and 0.646 material, the same
    // as at its start): score.py 0.675, 0.787. On 23 November 2026 after a helper round (places and actors) and rules: 0.682,
    // 0.790 (348 articles); with t349-t384 (384 articles; three batches written blind that session, scored at its start at
    // 0.649, 0.761 and 0.652 material, at its end 0.689, 0.768 and 0.681, the last two kept unseen): score.py 0.678, 0.783;
    // after a second helper round, 0.680, 0.785; with t385-t396 (396 articles; a batch written blind at that session's end,
    // 0.676 material under its first build, 0.681 under its last): score.py 0.677, 0.783. On 23 November 2026 (later session)
    // after rules and a helper round: 0.680, 0.785 (396 articles); with t397-t432 (432 articles; three batches written blind that
    // session, scored at its start at 0.706, 0.670 and 0.747 material, at its end 0.765 and 0.685 (tuned on) and 0.747 (kept
    // unseen)): score.py 0.677, 0.781; with t433-t444 (444 articles; a batch written blind late that session, 0.636 material
    // under the session's first build and the build before its errors were read, 0.671 after a helper round and rules drawn
    // from them): score.py 0.674, 0.779. On 23 November 2026 (third session), with t457-t468 (456 articles; a batch written blind
    // in the manner of long regional pieces, 0.707 material under that session's first build, then tuned on): score.py 0.674, 0.780;
    // after the session's rules and the know26 round, 0.674, 0.781; with t445-t456 (468 articles; a batch kept unseen to that
    // session's end, 0.663 material under its first build, 0.674 under its last): score.py 0.673, 0.778 (this test: 0.671,
    // 0.775; the material bar comes down to 0.77 as the set grew by a batch scored below its average, not as anything fell).
    // On 23 November 2026 (fourth session), after the session's rules and two helper rounds: score.py 0.676, 0.784 (468
    // articles); with t469-t492 (492 articles; a batch kept unseen to the session's end, 0.829 material under its first build
    // and its last, and a batch of machine-translated locals tuned on, 0.672 -> 0.700): score.py 0.678, 0.783. On 23 November
    // 2026 (fifth session), after its rules and three helper rounds: 0.679, 0.786 (492 articles); with t493-t504 (504 articles;
    // a batch of wire recaps, think-tank forecasts and court and live pages written blind and kept unseen to the session's end,
    // 0.693 material under its first build and after the session's helper rounds, precision 0.64; then tuned on): score.py 0.678, 0.783.
    // On 23 November 2026 (sixth session), after its rules and three helper rounds: 0.680, 0.788 (504 articles); with t505-t516
    // (516 articles; a broad sample of outlets written blind, 0.647 material under the session's first build): score.py 0.678, 0.784.
    // On 23 November 2026 (seventh session), with t517-t528 (528 articles; a second broad sample written blind, 0.641 material
    // under the session's first build): score.py 0.677, 0.782. In the eighth session, after its helper rounds: 0.681, 0.786 (528
    // articles); with t541-t552 (540 articles; twelve kinds of page written blind and kept unseen, 0.747 -> 0.752 material): 0.681, 0.785.
    // In the ninth session, after its helper rounds: 0.683, 0.787 (540 articles); with t553-t564 (552 articles; twelve other kinds
    // of page written blind, 0.784 material under the first build, then tuned on): 0.682, 0.786. In the thirteenth session
    // (600 articles), after its rules and two helper rounds: score.py 0.690, 0.799 (this test: 0.686, 0.795); the bars rise to
    // 0.68 and 0.79.
    private const double TuningAllBar = 0.68, TuningMaterialBar = 0.79;

    private static string? Opt(string field) => field is "-" or "" ? null : field;

    [Fact]
    public void The_held_out_articles_score_at_least_their_last_measure() => ScoresAtLeast("heldout", 30, HeldOutAllBar, HeldOutMaterialBar);

    [Fact]
    public void The_tuning_articles_score_at_least_their_last_measure() => ScoresAtLeast("tuning", 492, TuningAllBar, TuningMaterialBar);

    /// <summary>Scores every article of <c>tests/corpus/NAME</c> against its gold as score.py pairs events.</summary>
    private static void ScoresAtLeast(string name, int minimum, double allBar, double materialBar)
    {
        var dir = Shared.OwnCorpusDir(name);
        Assert.NotNull(dir);
        var scorer = new EventScorer();
        int articles = 0;
        foreach (var goldFile in Directory.GetFiles(Path.Combine(dir, "gold"), "*.json").Order(StringComparer.Ordinal))
        {
            var gold = JsonDocument.Parse(File.ReadAllText(goldFile)).RootElement;
            var id = Path.GetFileNameWithoutExtension(goldFile);
            var text = File.ReadAllText(Path.Combine(dir, "articles", id + ".txt"));
            var predicted = Eval(Process(id + ".txt", text, gold.GetProperty("published").GetString()));
            scorer.Add(id, EventScorer.EventsOf(gold), EventScorer.EventsOf(predicted), EventScorer.AliasesOf(gold), EventScorer.AliasesOf(predicted));
            articles++;
        }
        Assert.True(articles >= minimum, $"{articles} {name} articles");
        Console.WriteLine($"{name}: F1 {scorer.F1:F3}, material F1 {scorer.MaterialF1:F3} ({scorer.Matched} matched, {scorer.Predicted} predicted, {scorer.Gold} gold)");
        Assert.True(scorer.MaterialF1 >= materialBar && scorer.F1 >= allBar,
            $"F1 {scorer.F1:F3} (bar {allBar}), material F1 {scorer.MaterialF1:F3} (bar {materialBar}):\n" + string.Join("\n", scorer.Misses));
    }
}
