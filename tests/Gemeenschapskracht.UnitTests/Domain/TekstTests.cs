using Gemeenschapskracht.Domain.Common;

namespace Gemeenschapskracht.UnitTests.Domain;

public sealed class TekstTests
{
    [Theory]
    [InlineData("Burgwallen-Oude Zijde")]
    [InlineData("Süderbrarup – ’t Zand")]
    [InlineData("العربية")]
    public void Ordinary_names_in_any_script_are_safe(string naam)
    {
        Assert.True(Tekst.IsSafe(naam));
        Assert.False(Tekst.IsBlank(naam));
    }

    [Theory]
    [InlineData("a\0b")]
    [InlineData("a\nb")]
    [InlineData("a\u0007b")]
    [InlineData("\u202Eabc")]
    [InlineData("\u202Aabc")]
    [InlineData("abc\u2066")]
    [InlineData("abc\u2069")]
    public void Control_characters_and_direction_overrides_are_refused(string naam) => Assert.False(Tekst.IsSafe(naam));

    [Fact]
    public void Line_breaks_are_allowed_only_in_text_that_may_have_lines()
    {
        Assert.True(Tekst.IsSafe("eerste regel\r\ntweede\tregel", multiline: true));
        Assert.False(Tekst.IsSafe("eerste regel\r\ntweede", multiline: false));
        Assert.False(Tekst.IsSafe("a\u202Eb", multiline: true));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\u200B")]
    [InlineData("\u200B\u200D\uFEFF \u2060")]
    [InlineData("\t\n")]
    public void Text_without_a_visible_character_is_blank(string? naam) => Assert.True(Tekst.IsBlank(naam));
}
