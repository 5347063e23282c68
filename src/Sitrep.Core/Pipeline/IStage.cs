using Sitrep.Core.Documents;

namespace Sitrep.Core.Pipeline;

/// <summary>The layers of a <see cref="Document"/> that stages read and add.</summary>
[Flags]
public enum Layers
{
    None = 0,
    /// <summary>Lines of the cleaned text: present on every document.</summary>
    Blocks = 1,
    Tokens = 2,
    Sentences = 4,
    Mentions = 8,
    Places = 16,
    Times = 32,
    Events = 64,
    Relations = 128,
    Quotes = 256,
}

/// <summary>A stage's name, version and contract: what it needs and what it adds.</summary>
public sealed record StageInfo(string Name, int Version, Layers Requires, Layers Provides)
{
    public override string ToString() => $"{Name}@{Version}";
}

/// <summary>
/// One step of the story pipeline. A stage holds no state between documents and is safe to share
/// across threads: heavy resources are built once, before the pipeline is frozen.
/// </summary>
public interface IStage
{
    StageInfo Info { get; }

    /// <summary>Adds this stage's layers to <paramref name="document"/>. Must not throw on any text.</summary>
    void Run(Document document);
}
