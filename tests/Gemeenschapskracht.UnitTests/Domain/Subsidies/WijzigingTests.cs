using Gemeenschapskracht.Domain.Common;
using Gemeenschapskracht.Domain.Regels;
using Gemeenschapskracht.Domain.Subsidies;
using static Gemeenschapskracht.UnitTests.Domain.Subsidies.VaststellingTests;
using static Gemeenschapskracht.UnitTests.Domain.Wijkbudgetten.WijkbudgetFixtures;

namespace Gemeenschapskracht.UnitTests.Domain.Subsidies;

/// <summary>Wijziging and intrekking of a verlening (Awb 4:48, 4:50) and a vaststelling (4:49); the phase-out term of 4:51.</summary>
public sealed class WijzigingTests
{
    private const string Feiten = "Het tweede kwartaal was de buurtkamer dicht.";

    [Fact]
    [Trait("Regel", Regelcatalogus.Awb4_48)]
    [Trait("Regel", Regelcatalogus.Awb4_57)]
    public void Awb_4_48_a_lowered_verlening_takes_the_cut_from_the_last_unpaid_voorschot_and_reclaims_what_was_paid_above_it()
    {
        // €40,000 over January to June: two quarterly voorschotten of €20,000, the first paid.
        var (budget, beschikking) = Verleend(40_000_00);
        beschikking.RegistreerBetaling(1, new DateOnly(2026, 12, 1), "BANK-1", budget, Now);

        var besluit = beschikking.WijzigVerlening(Wijzigingsgrond.ActiviteitenNietVerricht, new Bedrag(30_000_00), Feiten, null, null, false, Now);

        Assert.Equal([new Bedrag(20_000_00), new Bedrag(10_000_00)], beschikking.Voorschotten.Select(v => v.Bedrag));
        Assert.Equal(new Bedrag(30_000_00), beschikking.Bedrag);
        Assert.Equal(Bedrag.Nul, besluit.Terugvordering);
        Assert.Equal(Kalender.Dag(Now), besluit.WerkingVanaf);

        var lager = beschikking.WijzigVerlening(Wijzigingsgrond.VerplichtingenNietNagekomen, new Bedrag(15_000_00), Feiten, null, null, false, Now);
        Assert.Equal((new Bedrag(5_000_00), new DateOnly(2027, 1, 12)), (lager.Terugvordering, lager.BetalenUiterlijk));
        Assert.Equal([1], beschikking.Voorschotten.Select(v => v.Nummer));
        Assert.False(lager.Intrekking);
    }

    [Fact]
    [Trait("Regel", Regelcatalogus.Awb4_48)]
    public void Awb_4_48_a_withdrawn_verlening_is_neither_paid_nor_set_nor_withdrawn_again()
    {
        var (budget, beschikking) = Verleend(10_000_00);
        var intrekking = beschikking.WijzigVerlening(Wijzigingsgrond.OnjuisteGegevens, Bedrag.Nul, Feiten, null, null, false, Now);

        Assert.True(intrekking.Intrekking);
        Assert.Equal(Kalender.Dag(Now), beschikking.IngetrokkenOp);
        Assert.Empty(beschikking.Voorschotten);
        Assert.Throws<DomainException>(() => beschikking.StelVast(Bedrag.Nul, null, null, true, Now));
        Assert.Throws<DomainException>(() => beschikking.WijzigVerlening(Wijzigingsgrond.OnjuisteGegevens, Bedrag.Nul, Feiten, null, null, false, Now));
    }

    [Fact]
    [Trait("Regel", Regelcatalogus.Awb4_48)]
    public void Awb_4_48_a_change_is_to_the_recipients_disadvantage_on_a_ground_for_the_verlening_with_the_facts()
    {
        var (_, beschikking) = Verleend(10_000_00);
        Assert.Throws<DomainException>(() => beschikking.WijzigVerlening(Wijzigingsgrond.ActiviteitenNietVerricht, new Bedrag(10_000_00), Feiten, null, null, false, Now));
        Assert.Throws<DomainException>(() => beschikking.WijzigVerlening(Wijzigingsgrond.OnbekendeFeiten, new Bedrag(5_000_00), Feiten, null, null, false, Now));
        Assert.Throws<DomainException>(() => beschikking.WijzigVerlening(Wijzigingsgrond.ActiviteitenNietVerricht, new Bedrag(5_000_00), " ", null, null, false, Now));
        Assert.Throws<DomainException>(() => beschikking.WijzigVerlening(Wijzigingsgrond.ActiviteitenNietVerricht, new Bedrag(5_000_00), Feiten, new DateOnly(2026, 1, 1), null, false, Now));
        Assert.Equal(new Bedrag(10_000_00), beschikking.Bedrag);
    }

    [Fact]
    [Trait("Regel", Regelcatalogus.Awb4_50)]
    public void Awb_4_50_a_verlening_is_cut_for_changed_circumstances_only_from_a_later_date_and_only_on_what_is_still_to_come()
    {
        var (_, beschikking) = Verleend(40_000_00);
        var april = new DateOnly(2027, 4, 1);
        Assert.Throws<DomainException>(() => beschikking.WijzigVerlening(Wijzigingsgrond.VeranderdeOmstandigheden, new Bedrag(20_000_00), Feiten, null, null, false, Now));
        Assert.Throws<DomainException>(() => beschikking.WijzigVerlening(Wijzigingsgrond.VeranderdeOmstandigheden, new Bedrag(20_000_00), Feiten, Kalender.Dag(Now), null, false, Now));
        // The January voorschot is before the date: only the April one can carry the cut.
        Assert.Throws<DomainException>(() => beschikking.WijzigVerlening(Wijzigingsgrond.VeranderdeOmstandigheden, new Bedrag(19_999_99), Feiten, april, null, false, Now));

        var besluit = beschikking.WijzigVerlening(Wijzigingsgrond.VeranderdeOmstandigheden, new Bedrag(20_000_00), Feiten, april, null, false, Now);
        Assert.Equal(april, besluit.WerkingVanaf);
        Assert.Equal([new Bedrag(20_000_00)], beschikking.Voorschotten.Select(v => v.Bedrag));
    }

    [Fact]
    [Trait("Regel", Regelcatalogus.Awb4_51)]
    [Trait("Regel", Regelcatalogus.G9)]
    public void Awb_4_51_after_three_years_of_subsidy_an_end_or_cut_for_changed_circumstances_needs_a_phase_out_term()
    {
        var (_, beschikking) = Verleend(40_000_00);
        var april = new DateOnly(2027, 4, 1);
        var melding = Assert.Throws<DomainException>(() => beschikking.WijzigVerlening(Wijzigingsgrond.VeranderdeOmstandigheden, new Bedrag(20_000_00), Feiten, april, null, true, Now));
        Assert.Contains("4:51", melding.Message);
        Assert.Throws<DomainException>(() => beschikking.WijzigVerlening(Wijzigingsgrond.VeranderdeOmstandigheden, new Bedrag(20_000_00), Feiten, april, new DateOnly(2027, 6, 30), true, Now));

        var besluit = beschikking.WijzigVerlening(Wijzigingsgrond.VeranderdeOmstandigheden, new Bedrag(20_000_00), Feiten, april, new DateOnly(2027, 3, 31), true, Now);
        Assert.Equal(new DateOnly(2027, 3, 31), besluit.AfbouwTot);
        // A ground of 4:48 (the recipient's own doing) needs no phase-out term.
        var (_, ander) = Verleend(40_000_00);
        Assert.Null(ander.WijzigVerlening(Wijzigingsgrond.ActiviteitenNietVerricht, new Bedrag(20_000_00), Feiten, null, null, true, Now).AfbouwTot);
    }

    [Fact]
    [Trait("Regel", Regelcatalogus.Awb4_51)]
    public void Awb_4_51_counts_the_years_of_subsidy_in_a_row_up_to_the_year_in_question()
    {
        var (_, a) = Verleend(10_000_00);
        Assert.Equal(1, Afbouw.AaneengeslotenJaren([a], 2027));
        Assert.Equal(0, Afbouw.AaneengeslotenJaren([a], 2028));
        Assert.False(Afbouw.IsVereist([a], 2027));
        Assert.Throws<DomainException>(() => Afbouw.Controleer(true, null, Kalender.Dag(Now), "Weigeren"));
        Assert.Throws<DomainException>(() => Afbouw.Controleer(true, Kalender.Dag(Now), Kalender.Dag(Now), "Weigeren"));
        Afbouw.Controleer(false, null, Kalender.Dag(Now), "Weigeren");
    }

    [Fact]
    [Trait("Regel", Regelcatalogus.Awb4_49)]
    public void Awb_4_49_a_vaststelling_is_lowered_on_its_ground_with_the_offset_made_again_and_not_after_five_years()
    {
        var (budget, beschikking) = Verleend(40_000_00);
        beschikking.RegistreerBetaling(1, new DateOnly(2026, 12, 1), "BANK-1", budget, Now);
        var vaststelling = beschikking.StelVast(new Bedrag(40_000_00), null, Verslag(beschikking), false, Now);
        Assert.Throws<DomainException>(() => vaststelling.Wijzig(beschikking, Wijzigingsgrond.ActiviteitenNietVerricht, new Bedrag(10_000_00), Feiten, null, Now));
        Assert.Throws<DomainException>(() => vaststelling.Wijzig(beschikking, Wijzigingsgrond.VerplichtingenNaVaststelling, new Bedrag(10_000_00), Feiten, null, Now));
        Assert.Throws<DomainException>(() => vaststelling.Wijzig(beschikking, Wijzigingsgrond.OnbekendeFeiten, new Bedrag(10_000_00), Feiten, null, Now.AddYears(5).AddDays(1)));

        var besluit = vaststelling.Wijzig(beschikking, Wijzigingsgrond.OnbekendeFeiten, new Bedrag(15_000_00), Feiten, null, Now);

        Assert.Equal((VaststellingUitkomst.Terugvordering, new Bedrag(5_000_00)), (vaststelling.Uitkomst, vaststelling.Saldo));
        Assert.Equal((new Bedrag(40_000_00), new Bedrag(15_000_00), new Bedrag(5_000_00)), (besluit.OudBedrag, besluit.NieuwBedrag, besluit.Terugvordering));
        Assert.Equal(besluit.Id, vaststelling.GewijzigdDoor);
        Assert.Equal(WijzigingBetreft.Vaststelling, besluit.Betreft);
        Assert.Throws<DomainException>(() => beschikking.WijzigVerlening(Wijzigingsgrond.ActiviteitenNietVerricht, new Bedrag(10_000_00), Feiten, null, null, false, Now));
    }
}
