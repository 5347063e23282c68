using System.Reflection;
using System.Runtime.CompilerServices;
using Sitrep.Core.Events;

namespace Sitrep.Core.Tests.Events;

public sealed class SentenceReaderResetTests
{
    /// <summary>What a reader holds for its whole story (the constructor sets them; the story's scratch and index).</summary>
    private static readonly string[] StoryFields =
        ["_stage", "_lex", "_doc", "_index", "_cues", "_scratch", "_words", "_classes", "_triggerAt", "_typeAt", "_clauseEnd", "_introducerAt", "_scan"];

    /// <summary>The reader is made once a story and begun for each sentence: a field of one sentence's reading that
    /// <see cref="SentenceReader.ResetSentence"/> misses would carry over to the next sentence.</summary>
    [Fact]
    public void ResetSentence_resets_every_field_but_the_storys()
    {
        var reader = (SentenceReader)RuntimeHelpers.GetUninitializedObject(typeof(SentenceReader));
        var fields = typeof(SentenceReader).GetFields(BindingFlags.Instance | BindingFlags.NonPublic | BindingFlags.Public)
            .Where(f => !StoryFields.Contains(f.Name)).ToList();
        Assert.NotEmpty(fields);
        foreach (var f in fields)
        {
            var t = Nullable.GetUnderlyingType(f.FieldType) ?? f.FieldType;
            object value = t == typeof(int) ? 7 : t == typeof(bool) ? true
                : t.IsClass && t.GetConstructor(Type.EmptyTypes) is { } ctor ? ctor.Invoke(null)
                : throw new Xunit.Sdk.XunitException($"{f.Name}: a field this test does not know how to fill");
            f.SetValue(reader, value);
        }
        reader.ResetSentence();
        foreach (var f in fields)
        {
            var value = f.GetValue(reader);
            var t = Nullable.GetUnderlyingType(f.FieldType) ?? f.FieldType;
            bool isDefault = value is null || (t.IsValueType && Nullable.GetUnderlyingType(f.FieldType) is null && value.Equals(Activator.CreateInstance(t)));
            Assert.True(isDefault, $"{f.Name} is not reset by ResetSentence");
        }
    }
}
