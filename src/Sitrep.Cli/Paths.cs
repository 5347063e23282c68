namespace Sitrep.Cli;

/// <summary>Where Sitrep keeps its database when none is named.</summary>
public static class Paths
{
    /// <summary>
    /// The default database: <c>$SITREP_DB</c> if set; otherwise <c>sitrep.db</c> in
    /// <c>$XDG_DATA_HOME/sitrep/</c>, or in <c>~/.local/share/sitrep/</c> when XDG_DATA_HOME is unset.
    /// </summary>
    public static string DefaultDatabase =>
        Environment.GetEnvironmentVariable("SITREP_DB") is { Length: > 0 } db ? db : Path.Combine(DataHome, "sitrep.db");

    /// <summary>The demo's database, made afresh by every <c>sitrep demo</c>.</summary>
    public static string DemoDatabase => Path.Combine(DataHome, "demo.db");

    private static string DataHome
    {
        get
        {
            var xdg = Environment.GetEnvironmentVariable("XDG_DATA_HOME");
            var home = !string.IsNullOrEmpty(xdg) ? xdg
                : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".local", "share");
            return Path.Combine(home, "sitrep");
        }
    }
}
