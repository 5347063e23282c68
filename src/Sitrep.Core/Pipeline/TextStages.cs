using Sitrep.Core.Documents;
using Sitrep.Core.Text;

namespace Sitrep.Core.Pipeline;

/// <summary>Adds the token layer.</summary>
public sealed class TokenizeStage(Tokenizer tokenizer) : IStage
{
    public StageInfo Info { get; } = new(Tokenizer.Name, Tokenizer.Version, Layers.Blocks, Layers.Tokens);

    public void Run(Document document) => document.Tokens = tokenizer.Tokenize(document.Text);
}

/// <summary>Adds the sentence layer.</summary>
public sealed class SentenceStage(SentenceSplitter splitter) : IStage
{
    public StageInfo Info { get; } = new(SentenceSplitter.Name, SentenceSplitter.Version, Layers.Tokens, Layers.Sentences);

    public void Run(Document document) =>
        document.Sentences = splitter.Split(document.Text, document.Tokens, document.Blocks);
}
