using Gemeenschapskracht.Domain.Common;
using Gemeenschapskracht.Domain.Dienstverleningsafspraken;
using Gemeenschapskracht.Domain.Regels;
using Gemeenschapskracht.Domain.Wijkbudgetten;
using static Gemeenschapskracht.UnitTests.Domain.Wijkbudgetten.WijkbudgetFixtures;

namespace Gemeenschapskracht.UnitTests.Domain.Dienstverleningsafspraken;

/// <summary>Dienstverleningsafspraken (R4.3): residents as (mede-)opdrachtgever, results and working methods without production counts (G-5).</summary>
public sealed class DienstverleningsafspraakTests
{
    private static readonly Guid Bewoners = Guid.NewGuid();
    private static readonly Guid Welzijn = Guid.NewGuid();
    private static readonly DateTimeOffset Maart2027 = new(2027, 3, 1, 9, 0, 0, TimeSpan.Zero);

    private static Afspraakinhoud Inhoud(string resultaten = "Bewoners van de Oostbuurt organiseren zelf hun buurtavonden en weten elkaar te vinden.",
        string werkwijze = "De opbouwwerker werkt vanuit het buurthuis, sluit aan bij wat bewoners al doen en trekt zich terug waar zij het overnemen.",
        long jaarprijs = 25_000_00, DateOnly? van = null, DateOnly? tot = null, Guid? aanbieder = null) => new(
        Bewoners, aanbieder ?? Welzijn, Opdrachtgeverschap.Opdrachtgever, SoortWerk.Opbouwwerk, resultaten, werkwijze, 16, new Bedrag(jaarprijs),
        van ?? new DateOnly(2027, 1, 1), tot ?? new DateOnly(2028, 12, 31),
        new Zeggenschap("Twee bewoners zitten in de selectiecommissie en hebben een veto.", "Elk kwartaal stelt de bewonersorganisatie de prioriteiten bij.",
            "De bewonersorganisatie legt elk jaar haar oordeel vast."), ["Fatima el Amrani"]);

    private static Dienstverleningsafspraak Afspraak(Afspraakinhoud? inhoud = null, Wijkbudget? budget = null)
    {
        budget ??= Toegekend(Vastgesteld());
        return new Dienstverleningsafspraak(budget, budget.Regels[0].Id, inhoud ?? Inhoud(), Now);
    }

    private static Dienstverleningsafspraak Actief(Wijkbudget budget)
    {
        var afspraak = Afspraak(budget: budget);
        afspraak.Onderteken(Bewoners, "Voorzitter", Now);
        afspraak.Onderteken(Welzijn, "Directeur", Now);
        afspraak.Activeer(budget, Now);
        return afspraak;
    }

    [Fact]
    public void R4_3_a_new_agreement_is_explored_with_a_review_moment_in_every_year_of_its_period()
    {
        var afspraak = Afspraak();
        Assert.Equal(DienstverleningsafspraakStatus.Verkend, afspraak.Status);
        Assert.Equal([2027, 2028], afspraak.Evaluatiemomenten.Select(m => m.Jaar));
        Assert.Equal(new Bedrag(50_000_00), afspraak.Totaalprijs);
    }

    [Theory]
    [InlineData("Opbouwwerk legt 30 huisbezoeken per week af.")]
    [InlineData("Het aantal contacten per professional stijgt.")]
    [InlineData("Per uur x cliënten helpen.")]
    [InlineData("Minimaal 12 gesprekken per maand met bewoners.")]
    [InlineData("De jongerenwerker bereikt vijftig jongeren per week.")]
    [InlineData("Tien intakes per fte.")]
    [Trait("Regel", Regelcatalogus.G5)]
    public void G5_a_production_count_per_professional_or_per_unit_of_time_is_refused(string resultaten)
    {
        var fout = Assert.Throws<DomainException>(() => Afspraak(Inhoud(resultaten)));
        Assert.Contains("G-5", fout.Message);
        Assert.Contains("resultaten en werkwijzen", fout.Message);
    }

    [Theory]
    [InlineData("De opbouwwerker is 16 uur per week in de wijk, op vaste dagen.")]
    [InlineData("Een buurtavond per maand, door bewoners voorbereid.")]
    [InlineData("Bewoners kennen de opbouwwerker bij naam en weten hem te vinden.")]
    [Trait("Regel", Regelcatalogus.G5)]
    public void G5_results_and_working_methods_without_counts_are_accepted(string werkwijze) =>
        Assert.Equal(DienstverleningsafspraakStatus.Verkend, Afspraak(Inhoud(werkwijze: werkwijze)).Status);

    [Fact]
    [Trait("Regel", Regelcatalogus.G5)]
    public void G5_the_working_method_is_checked_as_well_and_a_change_is_checked_again()
    {
        Assert.Throws<DomainException>(() => Afspraak(Inhoud(werkwijze: "Elke werker doet 8 keukentafelgesprekken per week.")));
        var afspraak = Afspraak();
        var budget = Toegekend(Vastgesteld());
        Assert.Throws<DomainException>(() => afspraak.Wijzig(budget, budget.Regels[0].Id, Inhoud("20 contactmomenten per dag"), Now));
        Assert.StartsWith("Bewoners van de Oostbuurt", afspraak.Resultaten);
    }

    [Fact]
    public void R4_3_the_period_lies_within_the_wijkbudget_multi_year_allowed()
    {
        var fout = Assert.Throws<DomainException>(() => Afspraak(Inhoud(tot: new DateOnly(2031, 6, 30))));
        Assert.Contains("2027 tot en met 2030", fout.Message);
        Assert.Equal(4, Afspraak(Inhoud(tot: new DateOnly(2030, 12, 31))).Evaluatiemomenten.Count);
        Assert.Throws<DomainException>(() => Afspraak(Inhoud(tot: new DateOnly(2026, 12, 31))));
    }

    [Fact]
    public void R4_3_the_price_a_year_fits_the_budget_line_in_every_year()
    {
        var fout = Assert.Throws<DomainException>(() => Afspraak(Inhoud(jaarprijs: 30_000_01)));
        Assert.Contains("begrotingsregel", fout.Message);
        Assert.Equal(new Bedrag(30_000_00), Afspraak(Inhoud(jaarprijs: 30_000_00)).Jaarprijs);
    }

    [Fact]
    public void R4_3_the_bewonersorganisatie_is_not_also_the_provider() =>
        Assert.Throws<DomainException>(() => Afspraak(Inhoud(aanbieder: Bewoners)));

    [Fact]
    public void R4_3_both_parties_sign_once_and_only_a_party_signs()
    {
        var afspraak = Afspraak();
        Assert.Throws<DomainException>(() => afspraak.Onderteken(Guid.NewGuid(), "Iemand", Now));
        Assert.Equal(Partij.Bewonersorganisatie, afspraak.Onderteken(Bewoners, "Voorzitter", Now));
        Assert.Throws<DomainException>(() => afspraak.Onderteken(Bewoners, "Voorzitter", Now));
        Assert.Equal(DienstverleningsafspraakStatus.Verkend, afspraak.Status);
        Assert.Equal(Partij.Aanbieder, afspraak.Onderteken(Welzijn, "Directeur", Now));
        Assert.Equal(DienstverleningsafspraakStatus.Afgesproken, afspraak.Status);
    }

    [Fact]
    public void R4_3_a_signed_agreement_is_not_changed_and_a_change_withdraws_earlier_signatures()
    {
        var budget = Toegekend(Vastgesteld());
        var afspraak = Afspraak(budget: budget);
        afspraak.Onderteken(Bewoners, "Voorzitter", Now);
        afspraak.Wijzig(budget, budget.Regels[0].Id, Inhoud(jaarprijs: 20_000_00), Now);
        Assert.Empty(afspraak.Ondertekeningen);

        afspraak.Onderteken(Bewoners, "Voorzitter", Now);
        afspraak.Onderteken(Welzijn, "Directeur", Now);
        Assert.Throws<DomainException>(() => afspraak.Wijzig(budget, budget.Regels[0].Id, Inhoud(), Now));
        Assert.Equal(new Bedrag(20_000_00), afspraak.Jaarprijs);
    }

    [Fact]
    public void R4_3_only_an_agreed_agreement_starts_and_only_from_a_granted_wijkbudget()
    {
        var voorgesteld = Voorgesteld();
        var afspraak = Afspraak(budget: voorgesteld);
        Assert.Throws<DomainException>(() => afspraak.Activeer(voorgesteld, Now));
        afspraak.Onderteken(Bewoners, "Voorzitter", Now);
        afspraak.Onderteken(Welzijn, "Directeur", Now);
        var fout = Assert.Throws<DomainException>(() => afspraak.Activeer(voorgesteld, Now));
        Assert.Contains("toegekend", fout.Message);
        Assert.Equal(DienstverleningsafspraakStatus.Afgesproken, afspraak.Status);
    }

    [Fact]
    public void R4_3_the_bewonersorganisatie_records_each_years_review_once_and_the_last_makes_it_reviewed()
    {
        var afspraak = Actief(Toegekend(Vastgesteld()));
        Assert.Throws<DomainException>(() => afspraak.Evalueer(2027, Welzijn, "Goed", "Directeur", Maart2027));
        Assert.Throws<DomainException>(() => afspraak.Evalueer(2028, Bewoners, "Te vroeg", "Voorzitter", Maart2027));
        Assert.Throws<DomainException>(() => afspraak.Evalueer(2029, Bewoners, "Buiten de periode", "Voorzitter", Maart2027));

        var moment = afspraak.Evalueer(2027, Bewoners, "Bewoners voelen zich gehoord.", "Voorzitter", Maart2027);
        Assert.True(moment.IsVastgelegd);
        Assert.Throws<DomainException>(() => afspraak.Evalueer(2027, Bewoners, "Nog eens", "Voorzitter", Maart2027));
        Assert.Equal(DienstverleningsafspraakStatus.Actief, afspraak.Status);

        afspraak.Evalueer(2028, Bewoners, "De buurtavonden lopen zelfstandig.", "Voorzitter", Maart2027.AddYears(1));
        Assert.Equal(DienstverleningsafspraakStatus.Geevalueerd, afspraak.Status);
    }

    [Fact]
    public void R4_3_an_agreement_takes_its_price_from_the_line_once_signed_and_once_ended_only_the_years_it_ran()
    {
        var budget = Toegekend(Vastgesteld());
        var verkend = Afspraak(budget: budget);
        Assert.Equal(Bedrag.Nul, verkend.Vastgelegd);
        verkend.Onderteken(Bewoners, "Voorzitter", Now);
        verkend.Onderteken(Welzijn, "Directeur", Now);
        Assert.Equal(new Bedrag(50_000_00), verkend.Vastgelegd);
        verkend.Beeindig("De aanbieder stopt voor de start.", Now);
        Assert.Equal(Bedrag.Nul, verkend.Vastgelegd);

        var actief = Actief(budget);
        actief.Beeindig("De bewoners kiezen na het eerste jaar een andere aanbieder.", Maart2027);
        Assert.Equal(new Bedrag(25_000_00), actief.Vastgelegd);
    }

    [Fact]
    [Trait("Regel", Regelcatalogus.G9)]
    public void G_9_an_agreement_ends_only_with_its_reason()
    {
        var afspraak = Actief(Toegekend(Vastgesteld()));
        Assert.Throws<DomainException>(() => afspraak.Beeindig(" ", Now));
        Assert.Equal(DienstverleningsafspraakStatus.Actief, afspraak.Status);
        afspraak.Beeindig("De welzijnsorganisatie stopt met opbouwwerk.", Now);
        Assert.Equal(DienstverleningsafspraakStatus.Beeindigd, afspraak.Status);
        Assert.Throws<DomainException>(() => afspraak.Beeindig("Nog eens", Now));
    }
}
