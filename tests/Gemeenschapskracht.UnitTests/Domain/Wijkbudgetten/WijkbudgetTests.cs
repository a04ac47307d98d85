using Gemeenschapskracht.Domain.Common;
using Gemeenschapskracht.Domain.Regels;
using Gemeenschapskracht.Domain.Wijkbudgetten;
using static Gemeenschapskracht.UnitTests.Domain.Wijkbudgetten.WijkbudgetFixtures;

namespace Gemeenschapskracht.UnitTests.Domain.Wijkbudgetten;

public sealed class WijkbudgetTests
{
    [Fact]
    public void R4_2_a_wijkbudget_is_multi_year_with_a_tranche_per_year_that_sums_its_lines()
    {
        var budget = Voorgesteld();

        Assert.Equal([2027, 2028, 2029, 2030], budget.Tranches.Select(t => t.Jaar));
        Assert.All(budget.Tranches, t => Assert.Equal(new Bedrag(100_000_00), t.Bedrag));
        Assert.Equal(new Bedrag(400_000_00), budget.Totaal);
        Assert.Throws<DomainException>(() => new Wijkbudget(Guid.NewGuid(), Vastgesteld(), 2027, 1, [Ondersteuning(jaren: 1)], Mix(), Bekend, Now));
    }

    [Fact]
    public void R3_9_a_budget_line_references_an_ambitie_or_a_publieke_waarde()
    {
        var los = Activiteiten() with { AmbitieId = null };
        var fout = Assert.Throws<DomainException>(() => new Wijkbudget(Guid.NewGuid(), Vastgesteld(), 2027, 4, [Ondersteuning(), los], Mix(), Bekend, Now));
        Assert.Contains("R3.9", fout.Message);
        var onbekend = Activiteiten() with { AmbitieId = Guid.NewGuid() };
        Assert.Throws<DomainException>(() => new Wijkbudget(Guid.NewGuid(), Vastgesteld(), 2027, 4, [Ondersteuning(), onbekend], Mix(), Bekend, Now));
    }

    [Fact]
    public void A_line_has_an_amount_for_every_year_of_the_period_and_none_negative()
    {
        Assert.Throws<DomainException>(() => new Wijkbudget(Guid.NewGuid(), Vastgesteld(), 2027, 4, [Ondersteuning(jaren: 3)], Mix(), Bekend, Now));
        Assert.Throws<DomainException>(() => new Wijkbudget(Guid.NewGuid(), Vastgesteld(), 2027, 4, [Ondersteuning(-1)], Mix(), Bekend, Now));
    }

    [Fact]
    public void The_funding_mix_adds_up_to_100_percent_of_sources_in_the_envelope()
    {
        var half = new List<Bronaandeel> { Mix()[0] };
        Assert.Contains("precies 100 %", Assert.Throws<DomainException>(() => new Wijkbudget(Guid.NewGuid(), Vastgesteld(), 2027, 4, [Ondersteuning()], half, Bekend, Now)).Message);
    }

    [Fact]
    public void A_wijkbudget_follows_an_adopted_methodiek()
    {
        var ontwerp = new Budgetmethodiek(1, "Ontwerp", Inhoud(), [Wmo, Jeugd], Now);
        Assert.Throws<DomainException>(() => Voorgesteld(ontwerp));
    }

    [Fact]
    public void R4_4_granting_is_refused_while_organisational_support_stays_below_the_floor()
    {
        var methodiek = Vastgesteld();
        var budget = new Wijkbudget(Guid.NewGuid(), methodiek, 2027, 4, [Ondersteuning(24_999_99), Activiteiten(75_000_01)], Mix(), Bekend, Now);

        Assert.Equal([2027, 2028, 2029, 2030], budget.JarenOnderVloer(methodiek.Inhoud.OndersteuningsVloer));
        var fout = Assert.Throws<DomainException>(() => budget.KenToe(Besluit(), methodiek.Inhoud.OndersteuningsVloer, Now));
        Assert.Contains("R4.4", fout.Message);
        Assert.Equal(WijkbudgetStatus.Voorgesteld, budget.Status);
    }

    [Fact]
    [Trait("Regel", Regelcatalogus.Awb4_34)]
    public void Awb_4_34_tranches_stay_under_begrotingsvoorbehoud_until_the_years_budget_is_adopted()
    {
        var budget = Toegekend(Vastgesteld());
        Assert.All(budget.Tranches, t => Assert.Equal(TrancheStatus.Voorbehouden, t.Status));

        Assert.Equal([2027], budget.GeefVrij(new HashSet<int> { 2026, 2027 }, Now));
        Assert.Empty(budget.GeefVrij(new HashSet<int> { 2026, 2027 }, Now));

        Assert.Equal(WijkbudgetStatus.Lopend, budget.Status);
        Assert.Equal(TrancheStatus.Vrijgegeven, budget.Tranches[0].Status);
        Assert.Equal(new DateOnly(2026, 12, 1), budget.Tranches[0].VrijgegevenOp);
        Assert.All(budget.Tranches.Skip(1), t => Assert.Equal(TrancheStatus.Voorbehouden, t.Status));
    }

    [Fact]
    [Trait("Regel", Regelcatalogus.G2)]
    public void G_2_a_granted_budget_is_granted_once_for_the_whole_period()
    {
        var budget = Toegekend(Vastgesteld());
        Assert.Throws<DomainException>(() => budget.KenToe(Besluit(), Aandeel.FromProcent(0), Now));
        Assert.Equal(4, budget.Tranches.Count);
    }

    [Fact]
    [Trait("Regel", Regelcatalogus.G9)]
    public void G_9_a_cut_during_the_period_needs_its_own_raadsbesluit()
    {
        var methodiek = Vastgesteld();
        var budget = Toegekend(methodiek);
        var minder = new[] { budget.Regels[0], budget.Regels[1] with { Bedragen = [.. budget.Regels[1].Bedragen.Select(b => b.Jaar == 2030 ? b with { Bedrag = new Bedrag(60_000_00) } : b)] } };

        var fout = Assert.Throws<DomainException>(() => budget.PasAan(methodiek, minder, budget.Bronnen, Bekend, "Bezuiniging", null, 6, Now));
        Assert.Contains("G-9", fout.Message);
        Assert.Equal(new Bedrag(100_000_00), budget.Tranches[3].Bedrag);
        Assert.Empty(budget.Wijzigingen);

        budget.PasAan(methodiek, minder, budget.Bronnen, Bekend, "Bezuiniging op de gemeentebegroting", Besluit(), 6, Now);
        Assert.Equal(new Bedrag(90_000_00), budget.Tranches[3].Bedrag);
        var wijziging = Assert.Single(budget.Wijzigingen);
        Assert.Equal(new Jaarverschil(2030, new Bedrag(100_000_00), new Bedrag(90_000_00)), Assert.Single(wijziging.Verschillen));
    }

    [Fact]
    [Trait("Regel", Regelcatalogus.G9)]
    public void G_9_a_cut_starts_no_sooner_than_the_notice_period_after_the_decision()
    {
        var methodiek = Vastgesteld();
        var budget = Toegekend(methodiek);
        var minder2027 = new[] { budget.Regels[0], budget.Regels[1] with { Bedragen = [.. budget.Regels[1].Bedragen.Select(b => b.Jaar == 2027 ? b with { Bedrag = new Bedrag(1_00) } : b)] } };

        var fout = Assert.Throws<DomainException>(() => budget.PasAan(methodiek, minder2027, budget.Bronnen, Bekend, "Te snel", Besluit(), 6, Now));
        Assert.Contains("26-05-2027", fout.Message);
        Assert.Equal(new Bedrag(100_000_00), budget.Tranches[0].Bedrag);
    }

    [Fact]
    [Trait("Regel", Regelcatalogus.G9)]
    public void G_9_a_released_tranche_cannot_be_cut_but_may_grow_and_stays_released()
    {
        var methodiek = Vastgesteld();
        var budget = Toegekend(methodiek);
        budget.GeefVrij(new HashSet<int> { 2027 }, Now);
        var meer = new[] { budget.Regels[0] with { Bedragen = [.. budget.Regels[0].Bedragen.Select(b => b with { Bedrag = new Bedrag(b.Bedrag.Eurocent + 5_000_00) })] }, budget.Regels[1] };

        budget.PasAan(methodiek, meer, budget.Bronnen, Bekend, "Extra huur", null, 6, Now);

        Assert.Equal(new Bedrag(105_000_00), budget.Tranches[0].Bedrag);
        Assert.Equal(TrancheStatus.Vrijgegeven, budget.Tranches[0].Status);
        Assert.Equal(4, Assert.Single(budget.Wijzigingen).Verschillen.Count);
    }

    [Fact]
    public void An_evaluated_budget_is_extended_by_a_successor_for_the_next_period()
    {
        var methodiek = Vastgesteld();
        var budget = Toegekend(methodiek);
        budget.GeefVrij(new HashSet<int> { 2027, 2028, 2029, 2030 }, Now);
        Assert.Throws<DomainException>(() => budget.Evalueer("Te vroeg", Now));
        var laatsteJaar = new DateTimeOffset(2030, 6, 1, 9, 0, 0, TimeSpan.Zero);
        budget.Evalueer("De wijk heeft een bloeiend buurthuis.", laatsteJaar);

        var opvolger = budget.Verleng(methodiek, 4, Bekend, laatsteJaar);

        Assert.Equal(WijkbudgetStatus.Verlengd, budget.Status);
        Assert.Equal(opvolger.Id, budget.OpvolgerId);
        Assert.Equal(budget.Id, opvolger.VoorgangerId);
        Assert.Equal(2031, opvolger.StartJaar);
        Assert.Equal(WijkbudgetStatus.Voorgesteld, opvolger.Status);
        Assert.Equal(budget.Regels.Select(r => r.Id), opvolger.Regels.Select(r => r.Id));
        Assert.All(opvolger.Tranches, t => Assert.Equal(new Bedrag(100_000_00), t.Bedrag));
    }

    [Fact]
    public void J5_the_end_of_the_period_is_told_once_nine_months_before()
    {
        var budget = Toegekend(Vastgesteld());
        Assert.False(budget.MeldEinde(new DateTimeOffset(2030, 3, 30, 9, 0, 0, TimeSpan.Zero)));
        Assert.True(budget.MeldEinde(new DateTimeOffset(2030, 3, 31, 9, 0, 0, TimeSpan.Zero)));
        Assert.False(budget.MeldEinde(new DateTimeOffset(2030, 4, 1, 9, 0, 0, TimeSpan.Zero)));
    }

    [Fact]
    [Trait("Regel", Regelcatalogus.Awb4_34)]
    public void Awb_4_34_a_begroting_is_adopted_in_its_year_or_the_year_before()
    {
        Assert.Throws<DomainException>(() => new Begrotingsbesluit(2028, Besluit(new DateOnly(2026, 11, 5)), Now));
        Assert.Equal(2027, new Begrotingsbesluit(2027, Besluit(new DateOnly(2026, 11, 5)), Now).Jaar);
    }
}
