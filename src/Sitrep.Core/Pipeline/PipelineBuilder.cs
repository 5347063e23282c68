using Sitrep.Core.Cleaning;
using Sitrep.Core.Knowledge;
using Sitrep.Core.Knowledge.Actors;
using Sitrep.Core.Names;
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

    /// <param name="dataDir">The folder of knowledge files.</param>
    /// <param name="userActorFiles">The user's own actor files (<c>--kb</c>), read after the project's.</param>
    public PipelineBuilder(string dataDir, IEnumerable<string>? userActorFiles = null)
    {
        DataDir = dataDir;
        LineRules = LineRules.Load(Path.Combine(dataDir, "cleaning", "boilerplate.tsv"));
        Abbreviations = Abbreviations.Load(dataDir);
        Tokenizer = new Tokenizer(Abbreviations);
        _actors = new Lazy<ActorKb>(() => ActorKb.Load(dataDir, Tokenizer, userActorFiles));
        _cues = new Lazy<RoleCues>(() => RoleCues.Load(dataDir));
        _relationWords = new Lazy<RelationWords>(() => RelationWords.Load(dataDir));
        _places = new Lazy<Sitrep.Core.Places.Gazetteer>(() => Sitrep.Core.Places.Gazetteer.Load(dataDir, Tokenizer));
        _events = new Lazy<Events.EventLexicon>(() => Events.EventLexicon.Load(dataDir));
    }

    private readonly Lazy<Events.EventLexicon> _events;

    /// <summary>The event triggers and cues, loaded when first asked for.</summary>
    public Events.EventLexicon EventLexicon => _events.Value;

    private readonly Lazy<Sitrep.Core.Places.Gazetteer> _places;

    /// <summary>The gazetteer, loaded when first asked for.</summary>
    public Sitrep.Core.Places.Gazetteer Gazetteer => _places.Value;

    private readonly Lazy<ActorKb> _actors;
    private readonly Lazy<RoleCues> _cues;

    public Tokenizer Tokenizer { get; }

    /// <summary>The actor knowledge base, loaded when first asked for.</summary>
    public ActorKb Actors => _actors.Value;
    public RoleCues RoleCues => _cues.Value;

    private readonly Lazy<RelationWords> _relationWords;

    /// <summary>The words of the relation stage's constructions, loaded when first asked for.</summary>
    public RelationWords RelationWords => _relationWords.Value;

    public string DataDir { get; }
    public LineRules LineRules { get; }
    public Abbreviations Abbreviations { get; }
    public StorySplitter StorySplitter { get; set; } = new();

    /// <summary>The story stages taken so far, in order (the stage-by-stage benchmark times each one).</summary>
    public IReadOnlyList<IStage> Stages => _stages;

    public PipelineBuilder Use(IStage stage)
    {
        _stages.Add(stage);
        return this;
    }

    /// <summary>The standard stages: tokens, sentences, times, places, names, relations, quotes, events.</summary>
    public PipelineBuilder UseDefaults()
    {
        // The name rules name actors by id: a wrong id stops here with its file and line.
        RoleCues.Rules.Validate(Actors);
        return Use(new TokenizeStage(Tokenizer))
        .Use(new SentenceStage(new SentenceSplitter(Abbreviations)))
        .Use(new Time.TimeStage(new Time.TimeFinder()))
        .Use(new Sitrep.Core.Places.PlaceStage(Gazetteer))
        .Use(new NameStage(Actors, RoleCues, Gazetteer))
        .Use(new RelationStage(Actors, RelationWords))
        // (Quotes before events: a "we" inside a quote or a transcript's turn is its speaker's side.)
        .Use(new Events.QuoteStage(EventLexicon, Actors))
        .Use(new Events.EventStage(EventLexicon, Actors, Gazetteer, RoleCues));
    }

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
    public static SitrepPipeline Default(string? dataDir = null, IEnumerable<string>? userActorFiles = null) =>
        new PipelineBuilder(dataDir ?? DataDirectory.Locate(), userActorFiles).UseDefaults().Build();
}
