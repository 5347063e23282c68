namespace Sitrep.Core.Knowledge;

/// <summary>Finds the folder of knowledge files (<c>data/</c>).</summary>
/// <remarks>Order: the <c>SITREP_DATA</c> environment variable; <c>data/</c> beside the running
/// binary (the build copies it there); <c>data/</c> in the current folder or one of its parents,
/// so tests and tools run from a checkout find the project's own files.</remarks>
public static class DataDirectory
{
    public static string Locate()
    {
        var env = Environment.GetEnvironmentVariable("SITREP_DATA");
        if (!string.IsNullOrWhiteSpace(env))
        {
            if (!Directory.Exists(env))
                throw new SitrepException(ErrorCodes.DataMissing, env, "SITREP_DATA names a folder that does not exist");
            return env;
        }
        var beside = Path.Combine(AppContext.BaseDirectory, "data");
        if (File.Exists(Path.Combine(beside, "cleaning", "boilerplate.tsv"))) return beside;
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "data");
            if (File.Exists(Path.Combine(candidate, "cleaning", "boilerplate.tsv"))) return candidate;
        }
        throw new SitrepException(ErrorCodes.DataMissing, beside,
            "the knowledge files (data/) were not found; set SITREP_DATA to the project's data folder");
    }
}
