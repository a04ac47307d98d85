using Gemeenschapskracht.Domain.Common;
using Gemeenschapskracht.Domain.Wijkbeelden;

namespace Gemeenschapskracht.UnitTests.Domain;

public sealed class PubliekePlekTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);

    private static readonly Coordinaten Dam = new(52.3731, 4.8926);

    private static void Wijzig(PubliekePlek plek, Coordinaten? locatie, string? adres = null, int? capaciteit = 40, string naam = "Buurthuis De Boei") =>
        plek.Wijzig(naam, PlekSoort.Buurthuis, locatie, adres, Eigenaarsoort.Woningcorporatie, " Stichting De Boei ", true, capaciteit,
            Huurregime.Sociaal, PlekStatus.Actief, "  ", Now.AddDays(1));

    private static PubliekePlek Buurthuis()
    {
        var plek = new PubliekePlek(Guid.NewGuid(), Now);
        Wijzig(plek, Dam);
        return plek;
    }

    private static void AssertOngewijzigd(PubliekePlek plek)
    {
        Assert.Equal("Buurthuis De Boei", plek.Naam);
        Assert.Equal(Dam, plek.Locatie);
        Assert.Equal(40, plek.Vergadercapaciteit);
    }

    [Fact]
    public void A_place_is_described_whole()
    {
        var wijk = Guid.NewGuid();
        var plek = new PubliekePlek(wijk, Now);

        plek.Wijzig(" Buurthuis De Boei ", PlekSoort.Buurthuis, Dam, "  ", Eigenaarsoort.Woningcorporatie, " Stichting De Boei ", true, 40,
            Huurregime.Sociaal, PlekStatus.Bedreigd, " Huur loopt af ", Now.AddDays(1));

        Assert.Equal(wijk, plek.GebiedId);
        Assert.Equal("Buurthuis De Boei", plek.Naam);
        Assert.Equal(Dam, plek.Locatie);
        Assert.Null(plek.Adres);
        Assert.Equal("Stichting De Boei", plek.BeheerdDoor);
        Assert.True(plek.AvondsOpen);
        Assert.Equal(PlekStatus.Bedreigd, plek.Status);
        Assert.Equal("Huur loopt af", plek.Toelichting);
        Assert.Equal(Now, plek.AangemaaktOp);
        Assert.Equal(Now.AddDays(1), plek.GewijzigdOp);
    }

    [Fact]
    public void An_address_alone_locates_a_place()
    {
        var plek = Buurthuis();

        Wijzig(plek, null, " Javaplein 21, Amsterdam ");

        Assert.Null(plek.Locatie);
        Assert.Equal("Javaplein 21, Amsterdam", plek.Adres);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    public void A_place_without_location_or_address_is_refused(string? adres)
    {
        var plek = Buurthuis();

        Assert.Throws<DomainException>(() => Wijzig(plek, null, adres, naam: "Anders"));

        AssertOngewijzigd(plek);
    }

    [Theory]
    [InlineData(48.8566, 2.3522)]
    [InlineData(52.5200, 13.4050)]
    [InlineData(4.8926, 52.3731)]
    [InlineData(12.1696, -68.9900)]
    [InlineData(0, 0)]
    public void Coordinates_outside_the_Netherlands_are_refused(double breedtegraad, double lengtegraad)
    {
        var plek = Buurthuis();

        var fout = Assert.Throws<DomainException>(() => Wijzig(plek, new Coordinaten(breedtegraad, lengtegraad), "Javaplein 21", naam: "Anders"));

        Assert.Contains("buiten Nederland", fout.Message);
        AssertOngewijzigd(plek);
    }

    [Theory]
    [InlineData(50.7705, 6.0211)]
    [InlineData(53.4830, 6.1580)]
    [InlineData(51.3700, 3.4000)]
    [InlineData(52.2215, 7.0700)]
    public void Coordinates_at_the_edges_of_the_Netherlands_are_accepted(double breedtegraad, double lengtegraad)
    {
        var plek = Buurthuis();

        Wijzig(plek, new Coordinaten(breedtegraad, lengtegraad));

        Assert.Equal(new Coordinaten(breedtegraad, lengtegraad), plek.Locatie);
    }

    [Fact]
    public void A_negative_capacity_is_refused()
    {
        var plek = Buurthuis();

        Assert.Throws<DomainException>(() => Wijzig(plek, Dam, capaciteit: -1, naam: "Anders"));

        AssertOngewijzigd(plek);
    }

    [Fact]
    public void A_place_with_no_meeting_capacity_is_kept_as_unknown_or_zero()
    {
        var plek = Buurthuis();

        Wijzig(plek, Dam, capaciteit: 0);
        Assert.Equal(0, plek.Vergadercapaciteit);
        Wijzig(plek, Dam, capaciteit: null);
        Assert.Null(plek.Vergadercapaciteit);
    }
}
