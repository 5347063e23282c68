using System.Text;

namespace Sitrep.Core.Ingest;

/// <summary>Turns bytes into text, refusing what is not text: NUL bytes or many control characters
/// (binary), or bytes that are not valid UTF-8 (or UTF-16 with its byte-order mark).</summary>
internal static class TextDecoding
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static bool TryDecode(ReadOnlySpan<byte> bytes, out string text, out string code, out string problem)
    {
        text = "";
        code = problem = "";
        if (bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
        {
            var enc = bytes[0] == 0xFF ? new UnicodeEncoding(false, true, true) : new UnicodeEncoding(true, true, true);
            try { text = enc.GetString(bytes[2..]); }
            catch (DecoderFallbackException) { return Fail(out code, out problem, ErrorCodes.NotUtf8, "not valid UTF-16 text"); }
            return CheckText(text, out code, out problem);
        }
        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF) bytes = bytes[3..];
        if (LooksBinary(bytes))
            return Fail(out code, out problem, ErrorCodes.Binary, "binary data, not text (NUL bytes or control characters)");
        try { text = StrictUtf8.GetString(bytes); }
        catch (DecoderFallbackException e)
        {
            return Fail(out code, out problem, ErrorCodes.NotUtf8, $"not valid UTF-8 text (bad byte at offset {e.Index})");
        }
        return CheckText(text, out code, out problem);
    }

    private static bool CheckText(string text, out string code, out string problem)
    {
        code = problem = "";
        if (string.IsNullOrWhiteSpace(text))
            return Fail(out code, out problem, ErrorCodes.Empty, "empty: no text in it");
        return true;
    }

    private static bool Fail(out string code, out string problem, string c, string p)
    {
        code = c;
        problem = p;
        return false;
    }

    /// <summary>A NUL byte, or more than 1 in 20 control bytes, in the first 64 KiB.</summary>
    private static bool LooksBinary(ReadOnlySpan<byte> bytes)
    {
        var head = bytes[..Math.Min(bytes.Length, 64 * 1024)];
        if (head.IndexOf((byte)0) >= 0) return true;
        int control = 0;
        foreach (var b in head)
            if (b < 0x20 && b is not ((byte)'\n' or (byte)'\r' or (byte)'\t' or (byte)'\f')) control++;
        return head.Length > 0 && control * 20 > head.Length;
    }
}
