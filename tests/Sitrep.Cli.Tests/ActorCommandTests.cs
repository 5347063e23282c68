using Microsoft.Data.Sqlite;

namespace Sitrep.Cli.Tests;

public sealed class ActorCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("sitrep-actors-").FullName;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }

    private static Task<(int Code, string Out, string Err)> Run(params string[] args) => CliRun.Run(args);

    private const string Article = """
        Kataib Hezbollah vows more attacks

        Kataeb Hezbollah (KH), an Iran-backed faction, said on Sunday it would keep up its attacks on US forces.

        Abu Hussein al-Hamidawi, the secretary-general of KH, said the group would not stop. Prime Minister Mohammed Shia al-Sudani called the attacks a threat to Iraq.
        """;

    [Fact]
    public async Task Actors_search_finds_an_actor_by_any_spelling()
    {
        var (code, output, _) = await Run("actors", "--db", Path.Combine(_dir, "none.db"), "--search", "Kataib Hizballah");
        Assert.Equal(0, code);
        Assert.Contains("kataib-hezbollah", output);
        Assert.Contains("Kata'ib Hezbollah", output);
    }

    [Fact]
    public async Task Actor_profile_shows_names_roles_and_what_the_store_says()
    {
        var db = Path.Combine(_dir, "a.db");
        var file = Path.Combine(_dir, "kh.txt");
        await File.WriteAllTextAsync(file, Article);
        Assert.Equal(0, (await Run("ingest", "--db", db, file)).Code);
        var (code, output, _) = await Run("actor", "--db", db, "Kataeb Hezbollah");
        Assert.Equal(0, code);
        Assert.Contains("Kata'ib Hezbollah  [kataib-hezbollah]  armed_group", output);
        Assert.Contains("aliases:", output);
        Assert.Contains("Hamidawi", output);
        Assert.Matches(@"in the store .*: \d+ mentions in 1 stories", output);
        Assert.Contains("leader_of: Abu Hussein al-Hamidawi -> Kata'ib Hezbollah  [confirmed]", output);
        Assert.Contains("\"Abu Hussein al-Hamidawi, the secretary-general of KH, said the group would not stop.\"", output);
    }

    [Fact]
    public async Task A_former_prime_minister_is_shown_as_ended()
    {
        var (code, output, _) = await Run("actor", "--db", Path.Combine(_dir, "none.db"), "--date", "2024-01-01", "Haidar al-Abadi");
        Assert.Equal(0, code);
        Assert.Contains("Prime Minister of Iraq", output);
        Assert.Contains("(ended)", output);
        Assert.DoesNotContain("Prime Minister of Iraq (Government of Iraq)  2014-09-08 – 2018-10-25  (current)", output);
    }

    [Fact]
    public async Task An_unknown_actor_is_an_error_that_says_what_to_do()
    {
        var (code, _, error) = await Run("actor", "--db", Path.Combine(_dir, "none.db"), "Nobody At All");
        Assert.Equal(Program.SomeFailed, code);
        Assert.Contains("sitrep actors --search", error);
    }

    [Fact]
    public async Task A_user_actor_file_adds_an_actor_and_a_malformed_one_names_file_and_line()
    {
        var good = Path.Combine(_dir, "mine.yaml");
        await File.WriteAllTextAsync(good, "- id: saraya-example\n  name: Saraya al-Example\n  kind: armed_group\n  aliases: [Example Brigades]\n");
        var (code, output, _) = await Run("actors", "--db", Path.Combine(_dir, "none.db"), "--kb", good, "--search", "Example Brigades");
        Assert.Equal(0, code);
        Assert.Contains("saraya-example", output);

        var bad = Path.Combine(_dir, "bad.yaml");
        await File.WriteAllTextAsync(bad, "- id: x-group\n  name: X Group\n  kind: militia\n");
        var (badCode, _, error) = await Run("actors", "--db", Path.Combine(_dir, "none.db"), "--kb", bad);
        Assert.Equal(Program.SomeFailed, badCode);
        Assert.Contains($"{bad}:3", error);
        Assert.Contains("unknown kind 'militia'", error);
    }
}
