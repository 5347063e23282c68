namespace Sitrep.Core.Documents;

/// <summary>A stand-off span <c>(Start, Length)</c> over one immutable text.</summary>
public readonly record struct TextSpan(int Start, int Length)
{
    public int End => Start + Length;

    public bool Contains(int offset) => offset >= Start && offset < End;

    public ReadOnlySpan<char> Of(string text) => text.AsSpan(Start, Length);

    public override string ToString() => $"[{Start}..{End})";
}
