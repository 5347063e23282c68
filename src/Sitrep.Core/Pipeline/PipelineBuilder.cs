using Sitrep.Core.Cleaning;
using Sitrep.Core.Knowledge;
using Sitrep.Core.Stories;
using Sitrep.Core.Text;

namespace Sitrep.Core.Pipeline;

/// <summary>
/// Assembles a <see cref="SitrepPipeline"/>: loads the knowledge files once, takes the story stages
/// in order and checks that each finds the layers it needs before it runs.
/// </summary>
public sealed class PipelineBuilder
{
    private readonly List<IStage> _stages = [];

    public PipelineBuilder(string dataDir)
    {
        DataDir = dataDir;
        LineRules = LineRules.Load(Path.Combine(dataDir, "cleaning", "boilerplate.tsv"));
        Abbreviations = Abbreviations.Load(dataDir);
    }

    public string DataDir { get; }
    public LineRules LineRules { get; }
    public Abbreviations Abbreviations { get; }
    public StorySplitter StorySplitter { get; set; } = new();

    public PipelineBuilder Use(IStage stage)
    {
        _stages.Add(stage);
        return this;
    }

    /// <summary>The standard stages: tokens, then sentences.</summary>
    public PipelineBuilder UseDefaults() =>
        Use(new TokenizeStage(new Tokenizer(Abbreviations)))
        .Use(new SentenceStage(new SentenceSplitter(Abbreviations)));

    public SitrepPipeline Build()
    {
        var have = Layers.Blocks;
        foreach (var stage in _stages)
        {
            var missing = stage.Info.Requires & ~have;
            if (missing != Layers.None)
                throw new SitrepException(ErrorCodes.Pipeline, stage.Info.ToString(),
                    $"needs the layer(s) {missing}, which no earlier stage adds; put a stage that adds them first");
            have |= stage.Info.Provides;
        }
        return new SitrepPipeline(new Cleaner(LineRules), StorySplitter, [.. _stages]);
    }

    /// <summary>The default pipeline over the project's knowledge files.</summary>
    public static SitrepPipeline Default(string? dataDir = null) =>
        new PipelineBuilder(dataDir ?? DataDirectory.Locate()).UseDefaults().Build();
}
