namespace Sitrep.Cli.Tests;

/// <summary>Runs the sitrep command line in-process with captured output, for the CLI tests.</summary>
internal static class CliRun
{
    public static async Task<(int Code, string Out, string Err)> Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        int code = await Program.RunAsync(args, output, error);
        return (code, output.ToString(), error.ToString());
    }
}
