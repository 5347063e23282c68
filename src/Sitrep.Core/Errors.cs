namespace Sitrep.Core;

/// <summary>Stable error codes: the first word of every error line Sitrep prints.</summary>
public static class ErrorCodes
{
    public const string Unreadable = "SR100";
    public const string Empty = "SR101";
    public const string TooLarge = "SR102";
    public const string Binary = "SR103";
    public const string NotUtf8 = "SR104";
    public const string BadJson = "SR110";
    public const string BadManifestLine = "SR111";
    public const string BadXml = "SR120";
    public const string NotFound = "SR130";
    public const string DataMissing = "SR200";
    public const string DataInvalid = "SR201";
    public const string Storage = "SR300";
    public const string Pipeline = "SR400";
}

/// <summary>An error with a stable code, the file or article it concerns, and the problem.</summary>
public sealed class SitrepException(string code, string where, string problem, Exception? inner = null)
    : Exception($"{code} {where}: {problem}", inner)
{
    public string Code { get; } = code;
    public string Where { get; } = where;
    public string Problem { get; } = problem;
}
