using Gemeenschapskracht.Domain.Gebieden;

namespace Gemeenschapskracht.UnitTests.Domain;

public sealed class GebiedKerncijferTests
{
    private static Gebied NewWijk() => new("WK036300", GebiedSoort.Wijk, "Centrum", new DateTimeOffset(2026, 1, 15, 0, 0, 0, TimeSpan.Zero));

    [Fact]
    public void Setting_the_same_measure_and_year_again_replaces_the_figure()
    {
        var wijk = NewWijk();

        wijk.SetKerncijfer("AantalInwoners", "Aantal inwoners", "aantal", 1000m, "CBS 2023", 2023);
        wijk.SetKerncijfer("AantalInwoners", "Inwoners", "personen", 1250m, "CBS 2023 (herzien)", 2023);

        var kerncijfer = Assert.Single(wijk.Kerncijfers);
        Assert.Equal(1250m, kerncijfer.Waarde);
        Assert.Equal("Inwoners", kerncijfer.Titel);
        Assert.Equal("personen", kerncijfer.Eenheid);
        Assert.Equal("CBS 2023 (herzien)", kerncijfer.Bron);
        Assert.Equal(wijk.Id, kerncijfer.GebiedId);
    }

    [Fact]
    public void Another_year_or_measure_adds_a_figure()
    {
        var wijk = NewWijk();

        wijk.SetKerncijfer("AantalInwoners", "Aantal inwoners", "aantal", 1000m, "CBS", 2023);
        wijk.SetKerncijfer("AantalInwoners", "Aantal inwoners", "aantal", 1100m, "CBS", 2024);
        wijk.SetKerncijfer("AantalHuishoudens", "Aantal huishoudens", "aantal", 500m, "CBS", 2024);

        Assert.Equal(3, wijk.Kerncijfers.Count);
    }

    [Fact]
    public void An_unknown_value_stays_null_and_is_not_read_as_zero()
    {
        var wijk = NewWijk();

        wijk.SetKerncijfer("GemiddeldInkomen", "Gemiddeld inkomen", "x 1 000 euro", null, "CBS", 2024);

        Assert.Null(Assert.Single(wijk.Kerncijfers).Waarde);
    }

    [Fact]
    public void Replacing_a_known_value_with_unknown_makes_it_null()
    {
        var wijk = NewWijk();

        wijk.SetKerncijfer("GemiddeldInkomen", "Gemiddeld inkomen", "x 1 000 euro", 32.5m, "CBS", 2024);
        wijk.SetKerncijfer("GemiddeldInkomen", "Gemiddeld inkomen", "x 1 000 euro", null, "CBS", 2024);

        Assert.Null(Assert.Single(wijk.Kerncijfers).Waarde);
    }
}
