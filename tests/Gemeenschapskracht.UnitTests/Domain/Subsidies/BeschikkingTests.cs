using Gemeenschapskracht.Domain.Common;
using Gemeenschapskracht.Domain.Regels;
using Gemeenschapskracht.Domain.Subsidies;
using Gemeenschapskracht.Domain.Wijkbudgetten;
using static Gemeenschapskracht.UnitTests.Domain.Wijkbudgetten.WijkbudgetFixtures;

namespace Gemeenschapskracht.UnitTests.Domain.Subsidies;

/// <summary>The beschikking as the applicant receives it: the amounts per year, the voorschotten, paying them (Awb 4:34, 4:95).</summary>
public sealed class BeschikkingTests
{
    private static readonly Subsidieplafond TweeJaar = new(new Bedrag(100_000_00), new DateOnly(2027, 1, 1), new DateOnly(2028, 12, 31));

    private static (Wijkbudget Budget, Beschikking Beschikking) Verleend(long eurocent, DateOnly van, DateOnly tot, DateTimeOffset? op = null)
    {
        var (budget, regeling) = SubsidieTests.OpenMetBudget(TweeJaar);
        var aanvraag = new Subsidieaanvraag(regeling, Guid.NewGuid(), null, "Een buurtkamer die elke dag open is.", new Bedrag(eurocent), van, tot, [], Now);
        aanvraag.DienIn(regeling, Now);
        aanvraag.Beoordeel(regeling, "een", "Eerste", null, true, Advies.Verlenen, SubsidieTests.Oordelen(regeling), "Voldoet.", Now);
        aanvraag.Beoordeel(regeling, "twee", "Tweede", null, true, Advies.Verlenen, SubsidieTests.Oordelen(regeling), "Voldoet ook.", Now);
        return (budget, aanvraag.Verleen(regeling, new Bedrag(eurocent), "Past in de regeling.", op ?? Now));
    }

    private static Bedrag Som(IEnumerable<Bedrag> bedragen) => bedragen.Aggregate(Bedrag.Nul, (som, b) => som + b);

    [Fact]
    [Trait("Regel", Regelcatalogus.G2)]
    public void G_2_a_multi_year_grant_is_divided_over_its_years_by_days_in_whole_cents_that_add_up_exactly()
    {
        var (_, beschikking) = Verleend(20_000_01, new DateOnly(2027, 7, 1), new DateOnly(2028, 6, 30));

        Assert.Equal([2027, 2028], beschikking.Jaren.Select(j => j.Jaar));
        Assert.Equal(new Bedrag(20_000_01), Som(beschikking.Jaren.Select(j => j.Bedrag)));
        // 184 days of 2027 and 182 of 2028 (a leap year) out of 366.
        Assert.Equal(new Bedrag(10_054_65), beschikking.Jaren[0].Bedrag);
        Assert.Matches(@"^SUB-2026-[0-9A-F]{8}$", beschikking.Kenmerk);
        Assert.Equal(Beschikking.StandaardVerplichtingen, beschikking.Verplichtingen);
        Assert.Equal("Een buurtkamer die elke dag open is.", beschikking.Activiteiten);
    }

    [Fact]
    [Trait("Regel", Regelcatalogus.Awb4_95)]
    public void Awb_4_95_a_small_grant_is_advanced_at_once_per_year_a_large_one_per_quarter_never_before_the_decision()
    {
        var (_, klein) = Verleend(20_000_00, new DateOnly(2027, 7, 1), new DateOnly(2028, 6, 30));
        Assert.Equal([new DateOnly(2027, 7, 1), new DateOnly(2028, 1, 1)], klein.Voorschotten.Select(v => v.Datum));
        Assert.Equal([1, 2], klein.Voorschotten.Select(v => v.Nummer));

        var (_, groot) = Verleend(40_000_00, new DateOnly(2027, 1, 1), new DateOnly(2027, 12, 31), new DateTimeOffset(2027, 1, 20, 9, 0, 0, TimeSpan.Zero));
        Assert.Equal([new DateOnly(2027, 1, 20), new DateOnly(2027, 4, 1), new DateOnly(2027, 7, 1), new DateOnly(2027, 10, 1)], groot.Voorschotten.Select(v => v.Datum));
        Assert.Equal(new Bedrag(40_000_00), Som(groot.Voorschotten.Select(v => v.Bedrag)));
        Assert.All(groot.Voorschotten, v => Assert.Equal(new Bedrag(10_000_00), v.Bedrag));
        Assert.Equal([1, 2, 3, 4], groot.Voorschotten.Select(v => v.Nummer));
    }

    [Fact]
    [Trait("Regel", Regelcatalogus.Awb4_29)]
    public void Awb_4_29_a_grant_names_its_activities_and_a_refusal_its_ground()
    {
        var (_, regeling) = SubsidieTests.OpenMetBudget(TweeJaar);
        var aanvraag = new Subsidieaanvraag(regeling, Guid.NewGuid(), null, "Een buurtfeest.", new Bedrag(1_000_00), new DateOnly(2027, 6, 1), new DateOnly(2027, 6, 30), [], Now);
        aanvraag.DienIn(regeling, Now);
        aanvraag.Beoordeel(regeling, "een", "Eerste", null, true, Advies.Verlenen, SubsidieTests.Oordelen(regeling), "Voldoet.", Now);
        Assert.Throws<DomainException>(() => aanvraag.Verleen(regeling, new Bedrag(1_000_00), "Past.", Now, verplichtingen: ["U meldt het feest aan.", " "]));
        Assert.Null(aanvraag.Besluit);

        var weigering = aanvraag.Weiger(regeling, "Het plafond is bereikt (Awb 4:25 lid 2).", Now);
        Assert.Equal(BesluitSoort.Weigering, weigering.Soort);
        Assert.Empty(weigering.Voorschotten);
        Assert.Equal(weigering.Id, aanvraag.Besluit!.BeschikkingId);
        Assert.Throws<DomainException>(() => weigering.RegistreerBetaling(1, new DateOnly(2026, 12, 1), "BANK-1", Toegekend(Vastgesteld()), Now));
    }

    [Fact]
    [Trait("Regel", Regelcatalogus.Awb4_34)]
    public void Awb_4_34_a_voorschot_of_a_year_under_begrotingsvoorbehoud_is_not_paid_until_its_begroting_is_adopted()
    {
        var (budget, beschikking) = Verleend(20_000_00, new DateOnly(2027, 7, 1), new DateOnly(2028, 6, 30));
        var fout = Assert.Throws<DomainException>(() => beschikking.RegistreerBetaling(1, new DateOnly(2026, 12, 1), "BANK-1", budget, Now));
        Assert.Contains("4:34", fout.Message);
        Assert.False(beschikking.IsBetaalbaar(beschikking.Voorschotten[0], budget, new DateOnly(2027, 7, 1)));

        budget.GeefVrij(new HashSet<int> { 2027 }, Now);
        Assert.True(beschikking.IsBetaalbaar(beschikking.Voorschotten[0], budget, new DateOnly(2027, 7, 1)));
        Assert.False(beschikking.IsBetaalbaar(beschikking.Voorschotten[0], budget, new DateOnly(2027, 6, 30)));
        beschikking.RegistreerBetaling(1, new DateOnly(2026, 12, 1), " BANK-1 ", budget, Now);
        Assert.Equal(beschikking.Voorschotten[0].Bedrag, beschikking.Betaald);
        Assert.Equal("BANK-1", beschikking.Voorschotten[0].Betalingskenmerk);
        Assert.Throws<DomainException>(() => beschikking.RegistreerBetaling(1, new DateOnly(2026, 12, 1), "BANK-2", budget, Now));
        Assert.Throws<DomainException>(() => beschikking.RegistreerBetaling(2, new DateOnly(2026, 12, 1), "BANK-2", budget, Now));
        Assert.Throws<DomainException>(() => beschikking.RegistreerBetaling(9, new DateOnly(2026, 12, 1), "BANK-2", budget, Now));
    }

    [Fact]
    public void A_voorschot_in_a_payment_batch_is_not_taken_again_and_is_paid_when_the_batch_is_executed()
    {
        var (budget, beschikking) = Verleend(20_000_00, new DateOnly(2027, 7, 1), new DateOnly(2028, 6, 30));
        budget.GeefVrij(new HashSet<int> { 2027 }, Now);
        var versie = beschikking.Versie;
        var batch = Guid.NewGuid();

        beschikking.NeemOpIn(batch, 1, budget, Now);

        Assert.True(beschikking.Versie > versie);
        Assert.Throws<DomainException>(() => beschikking.NeemOpIn(Guid.NewGuid(), 1, budget, Now));
        Assert.Throws<DomainException>(() => beschikking.RegistreerBetaling(1, new DateOnly(2026, 12, 1), "BANK-1", budget, Now));
        Assert.False(beschikking.IsBetaalbaar(beschikking.Voorschotten[0], budget, new DateOnly(2027, 7, 1)));
        beschikking.BevestigBetaling(batch, new DateOnly(2026, 12, 1), "GK-1", Now);
        Assert.True(beschikking.Voorschotten[0].IsBetaald);
        Assert.False(beschikking.Voorschotten[1].IsBetaald);
    }
}
