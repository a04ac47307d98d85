using Gemeenschapskracht.Domain.Regels;
using Gemeenschapskracht.Domain.Wijkbeelden;

namespace Gemeenschapskracht.UnitTests.Domain;

public sealed class CijferbeeldTests
{
    private static Cijfer Cijfer(string maatstaf, string titel, decimal? waarde = 10) => new(maatstaf, titel, "%", waarde, "CBS", 2024, null, null);

    [Fact]
    [Trait("Regel", Regelcatalogus.G6)]
    public void G6_problems_are_never_shown_without_vitality()
    {
        var beeld = Cijferbeeld.Maak([Cijfer("HuishoudensMetEenLaagInkomen", "Huishoudens met een laag inkomen"), Cijfer("WmoClientenRelatief", "Wmo-cliënten")]);

        Assert.Equal(2, beeld.Problemen.Count);
        Assert.Empty(beeld.Vitaliteit);
        Assert.Equal(Cijferbeeld.GeenVitaliteitscijfers, beeld.VitaliteitOntbreekt);
        Assert.Contains("gespreksrondes", beeld.VitaliteitOntbreekt);
    }

    [Fact]
    [Trait("Regel", Regelcatalogus.G6)]
    public void G6_vitality_stands_beside_the_problems()
    {
        var beeld = Cijferbeeld.Maak(
        [
            Cijfer("HuishoudensMetEenLaagInkomen", "Huishoudens met een laag inkomen"),
            Cijfer("Nettoarbeidsparticipatie", "Nettoarbeidsparticipatie"),
            Cijfer("HuishoudensMetKinderen", "Huishoudens met kinderen"),
            Cijfer("Koopwoningen", "Koopwoningen"),
        ]);

        Assert.Equal(["Huishoudens met kinderen", "Nettoarbeidsparticipatie"], beeld.Vitaliteit.Select(c => c.Titel));
        Assert.Equal(["HuishoudensMetEenLaagInkomen"], beeld.Problemen.Select(c => c.Maatstaf));
        Assert.Equal(["Koopwoningen"], beeld.Context.Select(c => c.Maatstaf));
        Assert.Null(beeld.VitaliteitOntbreekt);
    }

    [Fact]
    public void A_wijk_without_figures_still_says_that_vitality_is_missing()
    {
        var beeld = Cijferbeeld.Maak([]);

        Assert.Empty(beeld.Problemen);
        Assert.Empty(beeld.Context);
        Assert.Equal(Cijferbeeld.GeenVitaliteitscijfers, beeld.VitaliteitOntbreekt);
    }

    [Fact]
    public void Local_figures_are_read_as_vitality()
    {
        var beeld = Cijferbeeld.Maak([Cijfer(LokaleMaatstaf.Voorvoegsel + "Vrijwilligers", "Vrijwilligers", null), Cijfer("WmoClientenRelatief", "Wmo-cliënten")]);

        Assert.Equal(Lens.Vitaliteit, Cijferlens.Van("lokaal:Vrijwilligers"));
        Assert.Equal("lokaal:Vrijwilligers", Assert.Single(beeld.Vitaliteit).Maatstaf);
        Assert.Null(beeld.VitaliteitOntbreekt);
    }

    [Theory]
    [InlineData("AantalInwoners")]
    [InlineData("Koopwoningen")]
    [InlineData("Lokaal:Vrijwilligers")]
    [InlineData("nettoarbeidsparticipatie")]
    public void A_measure_without_a_reading_is_context(string maatstaf)
    {
        Assert.Equal(Lens.Context, Cijferlens.Van(maatstaf));
    }
}
