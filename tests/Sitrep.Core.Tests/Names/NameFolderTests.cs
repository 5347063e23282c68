using Sitrep.Core.Knowledge.Actors;

namespace Sitrep.Core.Tests.Names;

public sealed class NameFolderTests
{
    [Theory]
    [InlineData("Hezbollah", "Hizballah", "Hizbullah", "Hezbullah")]
    [InlineData("Muhammad", "Mohammed", "Mohamed", "Muhammed")]
    [InlineData("Kata'ib", "Kataeb", "Kataib", "Kata\u2019ib")]
    [InlineData("Asa'ib", "Asaib", "Asa\u02BFib", "Asa`ib")]
    [InlineData("Kadhimi", "Kazemi", "Kazimi", "Kadhemi")]
    [InlineData("Qais", "Kais", "Qays", "Kays")]
    [InlineData("Rubaie", "Rubaei", "Rubai", "Rubaiy")]
    [InlineData("Mousawi", "Musawi", "Moussawi", "Mussawi")]
    [InlineData("Nujaba", "Nujabaa", "Nojaba", "Nujabah")]
    [InlineData("Sayyid", "Sayed", "Seyyed", "Sayid")]
    [InlineData("Abdul", "Abdel", "Abdal", "Abd")]
    [InlineData("Sa\u00EFed", "Saied", "Saeed", "Said")]
    public void Transliterations_of_one_name_share_a_key(params string[] spellings)
    {
        var key = NameFolder.Fold(spellings[0]);
        Assert.All(spellings, s => Assert.Equal(key, NameFolder.Fold(s)));
    }

    [Theory]
    [InlineData("Sudani", "Sudan")]
    [InlineData("Amiri", "Amir")]
    [InlineData("Iraqi", "Iraq")]
    [InlineData("Iran", "Iraq")]
    [InlineData("US", "us")]
    [InlineData("KH", "kh")]
    [InlineData("IS", "is")]
    public void Different_names_keep_different_keys(string a, string b) => Assert.NotEqual(NameFolder.Fold(a), NameFolder.Fold(b));

    [Theory]
    [InlineData("Hussein", "Husayn", "Hussain", "Hossein", "Husain")]
    [InlineData("Husseini", "Hosseini", "Husaini", "Husayni", "Husseini")]
    [InlineData("Hamid", "Hameed", "Hamed", "Hamid")]
    [InlineData("Hassan", "Hasan", "Hassen", "Hasan")]
    [InlineData("Rubaie", "Rubaei", "Rubai", "Rubaiy")]
    [InlineData("Sulaiman", "Suleiman", "Sulayman", "Soleiman")]
    public void Spellings_of_one_name_share_a_key_with_the_diminutive_mark(params string[] spellings)
    {
        var key = Diminutive(spellings[0]);
        Assert.All(spellings, s => Assert.Equal(key, Diminutive(s)));
    }

    [Theory]
    [InlineData("Hassan", "Hussein")]
    [InlineData("Hasan", "Husayn")]
    [InlineData("Hasani", "Husseini")]
    [InlineData("Salman", "Sulaiman")]
    public void The_diminutive_of_a_name_is_another_name(string plain, string diminutive)
    {
        Assert.Equal(NameFolder.Fold(plain), NameFolder.Fold(diminutive));
        Assert.NotEqual(Diminutive(plain), Diminutive(diminutive));
    }

    private static string Diminutive(string part)
    {
        Span<char> key = stackalloc char[NameFolder.MaxKey + 1];
        return new string(key[..NameFolder.Fold(part, key, diminutive: true)]);
    }

    [Fact]
    public void Acronyms_keep_their_letters_and_drop_their_dots()
    {
        Assert.Equal("=US", NameFolder.Fold("U.S."));
        Assert.Equal("=US", NameFolder.Fold("US"));
        Assert.Equal("=PMF", NameFolder.Fold("PMF"));
    }

    [Fact]
    public void Arabic_script_loses_vowel_marks_and_the_article()
    {
        Assert.Equal(NameFolder.Fold("حزب الله"[..3]), NameFolder.Fold("حِزب"));
        Assert.Equal(NameFolder.Fold("السوداني"), NameFolder.Fold("سوداني"));
        Assert.Equal(NameFolder.Fold("أحمد"), NameFolder.Fold("احمد"));
    }

    [Fact]
    public void Articles_are_recognized_in_every_spelling()
    {
        foreach (var a in new[] { "al", "Al", "el", "ash", "ar", "ad" }) Assert.True(NameFolder.IsArticle(a), a);
        Assert.False(NameFolder.IsArticle("Abu"));
        Assert.False(NameFolder.IsArticle("Ali"));
    }
}
