using Gemeenschapskracht.Infrastructure.Documents;

namespace Gemeenschapskracht.UnitTests.Documents;

/// <summary>With every character one unit wide, a width of 10 holds ten characters.</summary>
public sealed class LineBreakerTests
{
    private static IReadOnlyList<string> Break(string text, double width = 10) => LineBreaker.Break(text, width, t => t.Length);

    [Fact]
    public void Text_breaks_at_the_last_space_that_fits() =>
        Assert.Equal(["De wijk", "beslist", "mee over", "de buurt."], Break("De wijk beslist mee over de buurt."));

    [Fact]
    public void Text_that_fits_stays_one_line() => Assert.Equal(["één regel"], Break("één regel"));

    [Fact]
    public void A_line_break_in_the_text_starts_a_new_line_and_an_empty_line_is_kept() =>
        Assert.Equal(["eerste", "", "derde"], Break("eerste\r\n\nderde"));

    [Fact]
    public void A_word_wider_than_the_line_is_cut_where_it_must_be() =>
        Assert.Equal(["wijktoekom", "stagenda", "nu"], Break("wijktoekomstagenda nu"));

    [Fact]
    public void A_line_too_narrow_for_any_character_still_takes_one_each_time() =>
        Assert.Equal(["a", "b", "c"], Break("abc", width: 0.5));

    [Fact]
    public void Runs_of_spaces_and_tabs_count_as_one_space() => Assert.Equal(["a b c"], Break("a  \tb   c"));
}
