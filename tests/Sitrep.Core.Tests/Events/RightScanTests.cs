using System.Collections;
using Sitrep.Core.Events;

namespace Sitrep.Core.Tests.Events;

public sealed class RightScanTests
{
    /// <summary>The scan is reused for every trigger of a story: a member Clear misses would carry over.</summary>
    [Fact]
    public void Clear_resets_every_member()
    {
        var scan = new SentenceReader.RightScan();
        foreach (var p in typeof(SentenceReader.RightScan).GetProperties())
        {
            if (p.GetValue(scan) is IList list) list.Add(p.PropertyType == typeof(List<int>) ? 1 : "x");
            else if (p.CanWrite && p.PropertyType == typeof(string)) p.SetValue(scan, "x");
            else Assert.Fail($"{p.Name}: a member this test does not know how to fill");
        }
        scan.Clear();
        foreach (var p in typeof(SentenceReader.RightScan).GetProperties())
        {
            var value = p.GetValue(scan);
            Assert.True(value is null || value is IList { Count: 0 }, $"{p.Name} is not reset by Clear");
        }
    }
}
