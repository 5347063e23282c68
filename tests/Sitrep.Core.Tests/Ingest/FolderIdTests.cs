using Sitrep.Core.Ingest;
using Sitrep.Core.Tests.Support;

namespace Sitrep.Core.Tests.Ingest;

public sealed class FolderIdTests
{
    [Fact]
    public void Files_of_the_same_name_in_two_subfolders_get_ids_relative_to_the_folder()
    {
        var root = Directory.CreateTempSubdirectory("sitrep-ids-").FullName;
        try
        {
            foreach (var sub in new[] { "basra", "erbil" })
            {
                Directory.CreateDirectory(Path.Combine(root, sub));
                File.WriteAllText(Path.Combine(root, sub, "report.txt"), $"Rockets fell near {sub} airport on Monday.");
            }
            File.WriteAllText(Path.Combine(root, "top.txt"), "A convoy was hit by a roadside bomb.");
            var ids = InputReader.Load(Shared.DataDir).Read([root]).Select(r => r.Article!.Source.Id).ToList();
            Assert.Equal(["basra/report.txt", "erbil/report.txt", "top.txt"], ids);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Theory]
    [InlineData("2024-05-14garbage")]
    [InlineData("2024-13-01")]
    public void Dates_refuse_text_that_only_starts_like_an_iso_date(string value) => Assert.Null(Dates.Parse(value));
}
