using Gemeenschapskracht.Domain.Common;
using Gemeenschapskracht.Domain.Wijkbudgetten;
using static Gemeenschapskracht.UnitTests.Domain.Wijkbudgetten.WijkbudgetFixtures;

namespace Gemeenschapskracht.UnitTests.Domain.Wijkbudgetten;

public sealed class BudgetmethodiekTests
{
    private static WijkGegevens Wijk(string code, decimal? inwoners, decimal? laagInkomen, int? behoeften = 2) => new(
        Guid.NewGuid(), code, $"Wijk {code}",
        new Dictionary<string, Meting>
        {
            ["AantalInwoners"] = new(inwoners, 2024, "CBS"),
            ["HuishoudensMetEenLaagInkomen"] = new(laagInkomen, 2024, "CBS"),
        },
        behoeften);

    [Fact]
    public void R4_1_weights_must_add_up_to_exactly_100_percent()
    {
        var inhoud = Inhoud(
            new Criterium(Guid.NewGuid(), "Basis", CriteriumSoort.Gelijk, null, Aandeel.FromProcent(40)),
            new Criterium(Guid.NewGuid(), "Inwoners", CriteriumSoort.Aantal, "AantalInwoners", Aandeel.FromProcent(59.99m)));

        var fout = Assert.Throws<DomainException>(() => new Budgetmethodiek(1, "Te weinig", inhoud, [Wmo, Jeugd], Now));
        Assert.Contains("99,99 %", fout.Message);
        Assert.Contains("precies 100 %", fout.Message);
    }

    [Fact]
    public void A_percentage_has_at_most_two_decimals()
    {
        Assert.Throws<DomainException>(() => Aandeel.FromProcent(33.333m));
        Assert.Throws<DomainException>(() => Aandeel.FromProcent(-1));
    }

    [Fact]
    public void The_envelope_draws_only_on_funding_sources_of_the_beleidskader_and_no_more_than_they_have()
    {
        var vreemd = Inhoud() with { Envelop = [new Envelopdeel(Guid.NewGuid(), "Onbekend", new Bedrag(1_00))] };
        Assert.Contains("geen financieringsbron", Assert.Throws<DomainException>(() => new Budgetmethodiek(1, "x", vreemd, [Wmo, Jeugd], Now)).Message);
        var teveel = Inhoud() with { Envelop = [new Envelopdeel(Jeugd.Id, Jeugd.Naam, new Bedrag(400_000_01))] };
        Assert.Contains("kan er niet", Assert.Throws<DomainException>(() => new Budgetmethodiek(1, "x", teveel, [Wmo, Jeugd], Now)).Message);
    }

    [Fact]
    public void A_criterion_on_a_figure_names_its_measure()
    {
        var inhoud = Inhoud(new Criterium(Guid.NewGuid(), "Inwoners", CriteriumSoort.Aantal, null, Aandeel.FromProcent(100)));
        Assert.Contains("maatstaf", Assert.Throws<DomainException>(() => new Budgetmethodiek(1, "x", inhoud, [Wmo, Jeugd], Now)).Message);
    }

    [Fact]
    public void R4_1_an_adopted_methodiek_is_read_only_and_replaces_the_one_in_force()
    {
        var eerste = Vastgesteld();
        var tweede = new Budgetmethodiek(2, "Wijkbudgetten 2029", Inhoud(), [Wmo, Jeugd], Now);
        tweede.StelVast(Besluit(), eerste, Now);

        Assert.Equal(MethodiekStatus.Vervangen, eerste.Status);
        Assert.True(tweede.IsGeldend);
        Assert.Throws<DomainException>(() => tweede.Wijzig("Anders", Inhoud(), [Wmo, Jeugd], Now));
    }

    [Fact]
    public void A_raadsbesluit_cannot_be_dated_in_the_future()
    {
        var ontwerp = new Budgetmethodiek(1, "x", Inhoud(), [Wmo, Jeugd], Now);
        Assert.Throws<DomainException>(() => ontwerp.StelVast(Besluit(new DateOnly(2026, 12, 2)), null, Now));
        Assert.Equal(MethodiekStatus.Ontwerp, ontwerp.Status);
    }

    [Fact]
    public void R4_1_the_allocation_adds_up_to_the_envelope_in_whole_cents_and_shows_every_line()
    {
        var inhoud = Inhoud();
        var wijken = new[] { Wijk("WK036302", 12_345, 17.3m), Wijk("WK036301", 8_001, 31.9m), Wijk("WK036303", 20_777, 9.1m) };

        var toedeling = Toedeling.Bereken(inhoud, wijken);

        Assert.True(toedeling.IsBerekend);
        Assert.Equal(new Bedrag(1_000_000_00), toedeling.Envelop);
        Assert.Equal(toedeling.Envelop.Eurocent, toedeling.Wijken.Sum(w => w.Totaal.Eurocent));
        Assert.Equal(toedeling.Envelop.Eurocent, toedeling.Criteria.Sum(c => c.Bedrag.Eurocent));
        Assert.Equal(["WK036301", "WK036302", "WK036303"], toedeling.Wijken.Select(w => w.Code));
        foreach (var wijk in toedeling.Wijken)
        {
            Assert.Equal(3, wijk.Regels.Count);
            Assert.Equal(wijk.Totaal.Eurocent, wijk.Regels.Sum(r => r.Bedrag.Eurocent));
        }
        Assert.All(toedeling.Wijken, w => Assert.InRange(w.Regels[0].Bedrag.Eurocent, 66_666_66, 66_666_67));
        var laagInkomen = toedeling.Wijken[0].Regels[2];
        Assert.Equal(8_001m * 31.9m / 100m, laagInkomen.Score);
        Assert.Contains("31,9 % van 8.001 inwoners", laagInkomen.Toelichting);
    }

    [Fact]
    public void An_unknown_figure_is_never_read_as_zero_the_allocation_says_what_is_missing()
    {
        var toedeling = Toedeling.Bereken(Inhoud(), [Wijk("WK1", 1000, 10), Wijk("WK2", null, 12)]);

        Assert.False(toedeling.IsBerekend);
        Assert.Empty(toedeling.Wijken);
        Assert.Contains(toedeling.Ontbrekend, m => m.Contains("Wijk WK2") && m.Contains("AantalInwoners"));
    }

    [Fact]
    public void Needs_count_from_the_published_wijkbeeld_and_a_wijk_without_one_is_named()
    {
        var behoeften = Inhoud(new Criterium(Guid.NewGuid(), "Behoeften", CriteriumSoort.Behoeften, null, Aandeel.FromProcent(100)));
        var berekend = Toedeling.Bereken(behoeften, [Wijk("WK1", 1, 1, 3), Wijk("WK2", 1, 1, 1)]);
        Assert.Equal([750_000_00, 250_000_00], berekend.Wijken.Select(w => w.Totaal.Eurocent));

        var zonder = Toedeling.Bereken(behoeften, [Wijk("WK1", 1, 1, 3), Wijk("WK2", 1, 1, null)]);
        Assert.Contains(zonder.Ontbrekend, m => m.Contains("geen gepubliceerd wijkbeeld"));
    }
}
