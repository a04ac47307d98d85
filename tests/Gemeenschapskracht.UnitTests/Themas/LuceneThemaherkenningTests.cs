using Gemeenschapskracht.Infrastructure.Themas;

namespace Gemeenschapskracht.UnitTests.Themas;

public sealed class LuceneThemaherkenningTests
{
    private readonly LuceneThemaherkenning herkenning = new();

    [Fact]
    public void A_word_in_two_narratives_is_a_theme_inflections_join_and_function_words_do_not_count()
    {
        var themas = herkenning.TerugkerendeThemas(
        [
            "De buurtkamer draait op vrijwilligers en bewoners voelen zich gehoord.",
            "Een bewoner vertelt dat de buurtkamer altijd open is.",
            "Jongeren praten mee, maar de bewoners beslissen nog niet over het budget.",
        ], 10);

        Assert.Equal(("bewoners", 3), (themas[0].Thema, themas[0].Teksten));
        Assert.Equal(("buurtkamer", 2), (themas[1].Thema, themas[1].Teksten));
        Assert.Equal(2, themas.Count);
    }

    [Fact]
    public void At_most_the_asked_number_most_texts_first_then_alphabetically()
    {
        var themas = herkenning.TerugkerendeThemas(["zorg wonen werk", "werk wonen zorg", "wonen"], 2);

        Assert.Equal(["wonen", "werk"], themas.Select(t => t.Thema));
    }

    [Fact]
    public void No_texts_no_themes() => Assert.Empty(herkenning.TerugkerendeThemas([], 5));
}
