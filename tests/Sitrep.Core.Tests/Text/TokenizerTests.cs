using Sitrep.Core.Documents;
using Sitrep.Core.Tests.Support;
using Sitrep.Core.Text;

namespace Sitrep.Core.Tests.Text;

public sealed class TokenizerTests
{
    private static readonly Tokenizer Tokenizer = new(Shared.Builder.Abbreviations);

    private static string[] Words(string text) =>
        Tokenizer.Tokenize(text).Select(t => text.Substring(t.Start, t.Length)).ToArray();

    [Theory]
    [InlineData("Kata'ib Hezbollah fired", new[] { "Kata'ib", "Hezbollah", "fired" })]
    [InlineData("Asa'ib Ahl al-Haq and Ja'far", new[] { "Asa'ib", "Ahl", "al-Haq", "and", "Ja'far" })]
    [InlineData("Abu Alaa al-Wala'i spoke", new[] { "Abu", "Alaa", "al-Wala'i", "spoke" })]
    public void Tokenizer_keeps_apostrophes_inside_Arabic_names(string text, string[] expected) =>
        Assert.Equal(expected, Words(text));

    [Fact]
    public void Tokenizer_splits_the_possessive_s_from_its_word()
    {
        Assert.Equal(["Iraq", "'s", "premier", "and", "Sudani", "'s", "office"], Words("Iraq's premier and Sudani's office"));
    }

    [Fact]
    public void Tokenizer_keeps_dotted_acronyms_and_their_hyphenated_compounds_whole()
    {
        Assert.Equal(["The", "U.S.", "and", "U.N.", "said", "U.S.-led", "troops", "left", "at", "6", "p.m."],
            Words("The U.S. and U.N. said U.S.-led troops left at 6 p.m."));
        var tokens = Tokenizer.Tokenize("the U.S. embassy");
        Assert.Equal(TokenKind.Abbreviation, tokens[1].Kind);
    }

    [Fact]
    public void Tokenizer_keeps_the_stop_of_listed_abbreviations_and_initials()
    {
        Assert.Equal(["Brig.", "Gen.", "Pat", "Ryder", "met", "Lt.", "Col.", "Smith", "and", "Dr.", "Ali", "on", "Jan.", "5"],
            Words("Brig. Gen. Pat Ryder met Lt. Col. Smith and Dr. Ali on Jan. 5"));
        Assert.Equal(["Lloyd", "J.", "Austin", "III"], Words("Lloyd J. Austin III"));
    }

    [Fact]
    public void Tokenizer_does_not_take_a_sentence_final_stop_into_a_plain_word()
    {
        Assert.Equal(["They", "left", "Baghdad", "."], Words("They left Baghdad."));
        Assert.Equal(["forces", "in", "Syria", "."], Words("forces in Syria."));
        Assert.Equal(["at", "5", "."], Words("at 5."));
    }

    [Theory]
    [InlineData("about 2,500 soldiers", "2,500", TokenKind.Number)]
    [InlineData("more than 6,000 people", "6,000", TokenKind.Number)]
    [InlineData("a 2.5 percent rise", "2.5", TokenKind.Number)]
    [InlineData("on 25/10/2023 at dawn", "25/10/2023", TokenKind.Number)]
    [InlineData("at 06:30 local time", "06:30", TokenKind.Number)]
    [InlineData("the 151st attack", "151st", TokenKind.Word)]
    [InlineData("a 6-month truce", "6-month", TokenKind.Word)]
    public void Tokenizer_keeps_numbers_whole(string text, string expected, TokenKind kind)
    {
        var tokens = Tokenizer.Tokenize(text);
        var hit = tokens.Single(t => text.Substring(t.Start, t.Length) == expected);
        Assert.Equal(kind, hit.Kind);
    }

    [Fact]
    public void Tokenizer_does_not_join_a_list_comma_between_numbers()
    {
        Assert.Equal(["brigades", "3", ",", "45", "and", "46"], Words("brigades 3, 45 and 46"));
        Assert.Equal(["1", ",", "22"], Words("1,22"));
    }

    [Fact]
    public void Tokenizer_marks_ellipses_dashes_and_quotes()
    {
        var text = "72 hours… Who? Baghdad- Only then — and -- \"quoted\" ...";
        var tokens = Tokenizer.Tokenize(text);
        string Of(Token t) => text.Substring(t.Start, t.Length);
        Assert.Equal(TokenKind.Ellipsis, tokens.Single(t => Of(t) == "…").Kind);
        Assert.Equal(TokenKind.Ellipsis, tokens.Single(t => Of(t) == "...").Kind);
        Assert.Equal(3, tokens.Count(t => t.Kind == TokenKind.Dash));
        Assert.Equal(2, tokens.Count(t => t.Kind == TokenKind.Quote));
        Assert.Contains(tokens, t => Of(t) == "Baghdad");
    }

    [Fact]
    public void Tokenizer_keeps_a_url_whole_without_trailing_punctuation()
    {
        Assert.Equal(["See", "https://example.org/a/b?x=1", "."], Words("See https://example.org/a/b?x=1."));
    }

    [Fact]
    public void Tokenizer_sets_case_and_join_flags()
    {
        var tokens = Tokenizer.Tokenize("KH and Kataib (PMF)");
        Assert.True(tokens[0].Is(TokenFlags.AllCaps));
        Assert.True(tokens[2].Is(TokenFlags.Capitalized));
        Assert.False(tokens[2].Is(TokenFlags.AllCaps));
        Assert.False(tokens[3].Is(TokenFlags.Joined));
        Assert.True(tokens[4].Is(TokenFlags.Joined));
    }

    /// <summary>Property: on any text, tokens are in order, do not overlap, hold no white space,
    /// and together hold every non-space character.</summary>
    [Fact]
    public void Tokenizer_covers_every_visible_character_exactly_once_on_random_text()
    {
        const string alphabet = "abcAB'’-.,:/0123456789 \n\"“”…—–()$%U.S.Gen.Kata'ibhttp://x.y ";
        var random = new Random(7);
        for (int round = 0; round < 2000; round++)
        {
            var chars = new char[random.Next(0, 80)];
            for (int i = 0; i < chars.Length; i++) chars[i] = alphabet[random.Next(alphabet.Length)];
            var text = new string(chars);
            var tokens = Tokenizer.Tokenize(text);
            int last = 0;
            foreach (var t in tokens)
            {
                Assert.True(t.Length > 0, text);
                Assert.True(t.Start >= last, text);
                for (int i = last; i < t.Start; i++) Assert.True(char.IsWhiteSpace(text[i]), $"'{text}' lost char at {i}");
                for (int i = t.Start; i < t.End; i++) Assert.False(char.IsWhiteSpace(text[i]), $"'{text}' token holds space");
                last = t.End;
            }
            for (int i = last; i < text.Length; i++) Assert.True(char.IsWhiteSpace(text[i]), text);
        }
    }
}
