using Gemeenschapskracht.Domain.Common;
using Gemeenschapskracht.Domain.Regels;
using Gemeenschapskracht.Domain.Subsidies;
using Gemeenschapskracht.Domain.Wijkbudgetten;
using static Gemeenschapskracht.UnitTests.Domain.Wijkbudgetten.WijkbudgetFixtures;

namespace Gemeenschapskracht.UnitTests.Domain.Subsidies;

/// <summary>Proportional accountability and the vaststelling: the tiers, the report, the offset and the steekproef.</summary>
public sealed class VaststellingTests
{
    private static readonly Subsidieplafond Jaar2027 = new(new Bedrag(70_000_00), new DateOnly(2027, 1, 1), new DateOnly(2027, 12, 31));

    internal static (Wijkbudget Budget, Beschikking Beschikking) Verleend(long eurocent, Verantwoordingskader? kader = null)
    {
        var (budget, regeling) = SubsidieTests.OpenMetBudget(Jaar2027);
        var aanvraag = new Subsidieaanvraag(regeling, Guid.NewGuid(), null, "Een buurtkamer.", new Bedrag(eurocent), new DateOnly(2027, 1, 1), new DateOnly(2027, 6, 30), [], Now);
        aanvraag.DienIn(regeling, Now);
        aanvraag.Beoordeel(regeling, "een", "Eerste", null, true, Advies.Verlenen, SubsidieTests.Oordelen(regeling), "Voldoet.", Now);
        aanvraag.Beoordeel(regeling, "twee", "Tweede", null, true, Advies.Verlenen, SubsidieTests.Oordelen(regeling), "Voldoet ook.", Now);
        budget.GeefVrij(new HashSet<int> { 2027 }, Now);
        return (budget, aanvraag.Verleen(regeling, new Bedrag(eurocent), "Past.", Now, kader: kader));
    }

    internal static Verantwoording Verslag(Beschikking b) => Verantwoording.DienIn(b, "Elke dag open, veertig buren per week.", null, null, false, Now);

    [Theory]
    [InlineData(24_999_99, Verantwoordingsniveau.ZonderVerslag)]
    [InlineData(25_000_00, Verantwoordingsniveau.Activiteitenverslag)]
    [InlineData(124_999_99, Verantwoordingsniveau.Activiteitenverslag)]
    [InlineData(125_000_00, Verantwoordingsniveau.VerslagEnJaarrekening)]
    [Trait("Regel", Regelcatalogus.UskNiveau)]
    public void USK_the_tier_follows_from_the_amount(long eurocent, Verantwoordingsniveau niveau) =>
        Assert.Equal(niveau, Verantwoordingskader.Standaard(Now).NiveauVoor(new Bedrag(eurocent)));

    [Fact]
    [Trait("Regel", Regelcatalogus.UskNiveau)]
    public void USK_a_grant_records_its_tier_and_when_the_report_is_due()
    {
        var (_, klein) = Verleend(5_000_00);
        Assert.Equal((Verantwoordingsniveau.ZonderVerslag, 0), (klein.Niveau, klein.KaderVersie));
        Assert.Null(klein.VerslagUiterlijk);
        var (_, midden) = Verleend(40_000_00);
        Assert.Equal((Verantwoordingsniveau.Activiteitenverslag, (DateOnly?)new DateOnly(2027, 9, 29)), (midden.Niveau, midden.VerslagUiterlijk));
    }

    [Fact]
    [Trait("Regel", Regelcatalogus.UskNiveau)]
    public void USK_a_gemeente_sets_its_own_thresholds_and_a_grant_keeps_the_version_it_was_made_under()
    {
        var eigen = new Verantwoordingskader(1, new Bedrag(10_000_00), new Bedrag(50_000_00), 20, Now);
        var (_, beschikking) = Verleend(20_000_00, eigen);
        Assert.Equal(Verantwoordingsniveau.Activiteitenverslag, beschikking.Niveau);
        Assert.Equal(1, beschikking.KaderVersie);
        Assert.Throws<DomainException>(() => new Verantwoordingskader(2, new Bedrag(50_000_00), new Bedrag(10_000_00), 10, Now));
        Assert.Throws<DomainException>(() => new Verantwoordingskader(2, new Bedrag(10_000_00), new Bedrag(50_000_00), 101, Now));
    }

    [Fact]
    [Trait("Regel", Regelcatalogus.G10)]
    [Trait("Regel", Regelcatalogus.G4)]
    public void G_10_a_report_asks_only_what_the_tier_needs()
    {
        var (_, klein) = Verleend(5_000_00);
        var geenVerslag = Assert.Throws<DomainException>(() => Verslag(klein));
        Assert.Contains("geen verslag", geenVerslag.Message);

        var (_, midden) = Verleend(40_000_00);
        Assert.Throws<DomainException>(() => Verantwoording.DienIn(midden, "Gedaan.", new Bedrag(39_000_00), "De kosten.", false, Now));
        Assert.Throws<DomainException>(() => Verantwoording.DienIn(midden, " ", null, null, false, Now));
        Assert.Equal(Verantwoordingsniveau.Activiteitenverslag, Verslag(midden).Niveau);

        var (_, groot) = Verleend(40_000_00, new Verantwoordingskader(1, new Bedrag(1_000_00), new Bedrag(30_000_00), 10, Now));
        Assert.Equal(Verantwoordingsniveau.VerslagEnJaarrekening, groot.Niveau);
        Assert.Throws<DomainException>(() => Verslag(groot));
        var volledig = Verantwoording.DienIn(groot, "Gedaan.", new Bedrag(39_000_00), "Personeel en huur.", true, Now);
        Assert.Equal(new Bedrag(39_000_00), volledig.GerealiseerdeKosten);
    }

    [Fact]
    [Trait("Regel", Regelcatalogus.Awb4_95)]
    [Trait("Regel", Regelcatalogus.Awb4_57)]
    public void Awb_4_95_the_voorschotten_are_offset_with_nabetaling_nothing_or_terugvordering()
    {
        // €40,000 over January to June: two quarterly voorschotten of €20,000.
        var (budget, nabetaling) = Verleend(40_000_00);
        nabetaling.RegistreerBetaling(1, new DateOnly(2026, 12, 1), "BANK-1", budget, Now);
        var na = nabetaling.StelVast(new Bedrag(40_000_00), null, Verslag(nabetaling), false, Now);
        Assert.Equal((VaststellingUitkomst.Nabetaling, new Bedrag(20_000_00), new Bedrag(20_000_00)), (na.Uitkomst, na.Saldo, na.BetaaldeVoorschotten));
        Assert.Null(na.BetalenUiterlijk);
        // The rest goes as the nabetaling, not as the second voorschot.
        Assert.Throws<DomainException>(() => nabetaling.RegistreerBetaling(2, new DateOnly(2026, 12, 1), "BANK-2", budget, Now));
        Assert.False(nabetaling.IsBetaalbaar(nabetaling.Voorschotten[1], budget, new DateOnly(2027, 12, 31)));

        var (budget2, niets) = Verleend(40_000_00);
        niets.RegistreerBetaling(1, new DateOnly(2026, 12, 1), "BANK-1", budget2, Now);
        var gelijk = niets.StelVast(new Bedrag(20_000_00), "Het tweede kwartaal was de buurtkamer dicht.", Verslag(niets), false, Now);
        Assert.Equal((VaststellingUitkomst.Niets, Bedrag.Nul), (gelijk.Uitkomst, gelijk.Saldo));

        var (budget3, terug) = Verleend(40_000_00);
        terug.RegistreerBetaling(1, new DateOnly(2026, 12, 1), "BANK-1", budget3, Now);
        terug.RegistreerBetaling(2, new DateOnly(2026, 12, 1), "BANK-2", budget3, Now);
        var minder = terug.StelVast(new Bedrag(15_000_00), "De zomeractiviteiten gingen niet door.", Verslag(terug), false, Now);
        Assert.Equal((VaststellingUitkomst.Terugvordering, new Bedrag(25_000_00)), (minder.Uitkomst, minder.Saldo));
        Assert.Equal(new DateOnly(2027, 1, 12), minder.BetalenUiterlijk);
        Assert.Equal(minder.VastgesteldBedrag, minder.BetaaldeVoorschotten - minder.Saldo);
    }

    [Fact]
    [Trait("Regel", Regelcatalogus.Awb4_57)]
    public void Awb_4_57_a_terugvordering_is_settled_in_instalments_never_above_what_is_open()
    {
        var (budget, terug) = Verleend(40_000_00);
        terug.RegistreerBetaling(1, new DateOnly(2026, 12, 1), "BANK-1", budget, Now);
        terug.RegistreerBetaling(2, new DateOnly(2026, 12, 1), "BANK-2", budget, Now);
        var minder = terug.StelVast(new Bedrag(15_000_00), "De zomeractiviteiten gingen niet door.", Verslag(terug), false, Now);
        var dag = Kalender.Dag(Now);

        var eerste = minder.RegistreerAfwikkeling(new Bedrag(10_000_00), dag, "TERUG-1", "Demo", Now);
        Assert.Equal((1, AfwikkelingRichting.Ontvangen), (eerste.Nummer, eerste.Richting));
        Assert.Equal(new Bedrag(15_000_00), minder.Openstaand);
        Assert.Throws<DomainException>(() => minder.RegistreerAfwikkeling(new Bedrag(15_000_01), dag, "TERUG-2", "Demo", Now));
        Assert.Throws<DomainException>(() => minder.RegistreerAfwikkeling(Bedrag.Nul, dag, "TERUG-2", "Demo", Now));
        Assert.Throws<DomainException>(() => minder.RegistreerAfwikkeling(new Bedrag(1_00), dag.AddDays(1), "TERUG-2", "Demo", Now));
        Assert.Throws<DomainException>(() => minder.RegistreerAfwikkeling(new Bedrag(1_00), dag.AddDays(-1), "TERUG-2", "Demo", Now));
        minder.RegistreerAfwikkeling(new Bedrag(15_000_00), dag, "TERUG-2", "Demo", Now);
        Assert.Equal((Bedrag.Nul, new Bedrag(15_000_00)), (minder.Openstaand, minder.NettoOntvangen));
        // The letter's outcome stays what was decided.
        Assert.Equal((VaststellingUitkomst.Terugvordering, new Bedrag(25_000_00)), (minder.Uitkomst, minder.Saldo));
        Assert.Throws<DomainException>(() => minder.RegistreerAfwikkeling(new Bedrag(1_00), dag, "TERUG-3", "Demo", Now));
    }

    [Fact]
    [Trait("Regel", Regelcatalogus.Awb4_95)]
    public void Awb_4_95_a_paid_nabetaling_counts_when_a_vaststelling_is_lowered_afterwards()
    {
        var (budget, beschikking) = Verleend(40_000_00);
        beschikking.RegistreerBetaling(1, new DateOnly(2026, 12, 1), "BANK-1", budget, Now);
        var na = beschikking.StelVast(new Bedrag(40_000_00), null, Verslag(beschikking), false, Now);
        var betaald = na.RegistreerAfwikkeling(new Bedrag(20_000_00), Kalender.Dag(Now), "NABET-1", "Demo", Now);
        Assert.Equal((AfwikkelingRichting.Uitbetaald, Bedrag.Nul), (betaald.Richting, na.Openstaand));

        na.Wijzig(beschikking, Wijzigingsgrond.OnbekendeFeiten, new Bedrag(30_000_00), "Het tweede kwartaal bleek de buurtkamer dicht.", null, Now);
        Assert.Equal((VaststellingUitkomst.Terugvordering, new Bedrag(10_000_00), new Bedrag(10_000_00)), (na.Uitkomst, na.Saldo, na.Openstaand));
    }

    [Fact]
    [Trait("Regel", Regelcatalogus.Awb4_95)]
    public void A_vaststelling_with_nothing_to_settle_takes_no_payment()
    {
        var (budget, niets) = Verleend(40_000_00);
        niets.RegistreerBetaling(1, new DateOnly(2026, 12, 1), "BANK-1", budget, Now);
        var gelijk = niets.StelVast(new Bedrag(20_000_00), "Het tweede kwartaal was de buurtkamer dicht.", Verslag(niets), false, Now);
        Assert.Throws<DomainException>(() => gelijk.RegistreerAfwikkeling(new Bedrag(1_00), Kalender.Dag(Now), "X", "Demo", Now));
    }

    [Fact]
    [Trait("Regel", Regelcatalogus.Awb4_46)]
    public void Awb_4_46_a_vaststelling_is_at_most_the_granted_amount_lower_only_with_its_reason_and_after_the_report()
    {
        var (_, beschikking) = Verleend(40_000_00);
        Assert.Throws<DomainException>(() => beschikking.StelVast(new Bedrag(40_000_00), null, null, false, Now));
        var verslag = Verslag(beschikking);
        Assert.Throws<DomainException>(() => beschikking.StelVast(new Bedrag(40_000_01), null, verslag, false, Now));
        var zonderReden = Assert.Throws<DomainException>(() => beschikking.StelVast(new Bedrag(30_000_00), " ", verslag, false, Now));
        Assert.Contains("4:46 lid 2", zonderReden.Message);
        Assert.Null(beschikking.VaststellingId);

        var vaststelling = beschikking.StelVast(new Bedrag(30_000_00), "Eén activiteit ging niet door.", verslag, false, Now);
        Assert.Equal(vaststelling.Id, beschikking.VaststellingId);
        Assert.Matches(@"^VST-2026-[0-9A-F]{8}$", vaststelling.Kenmerk);
        Assert.Throws<DomainException>(() => beschikking.StelVast(new Bedrag(30_000_00), "Nog eens.", verslag, false, Now));
    }

    [Fact]
    [Trait("Regel", Regelcatalogus.Awb4_47)]
    public void Awb_4_47_the_lowest_tier_is_set_without_a_report_unless_drawn_in_the_steekproef()
    {
        var (_, ambtshalve) = Verleend(5_000_00);
        Assert.True(ambtshalve.StelVast(new Bedrag(5_000_00), null, null, true, Now).Ambtshalve);

        var (_, getrokken) = Verleend(5_000_00);
        getrokken.NeemOpInSteekproef(Now);
        var fout = Assert.Throws<DomainException>(() => getrokken.StelVast(new Bedrag(5_000_00), null, null, true, Now));
        Assert.Contains("steekproef", fout.Message);
        Assert.False(getrokken.StelVast(new Bedrag(5_000_00), null, Verslag(getrokken), false, Now).Ambtshalve);
    }

    [Fact]
    public void A_voorschot_in_an_unexecuted_batch_is_paid_before_the_vaststelling()
    {
        var (budget, beschikking) = Verleend(40_000_00);
        beschikking.NeemOpIn(Guid.NewGuid(), 1, budget, Now);
        Assert.Throws<DomainException>(() => beschikking.StelVast(new Bedrag(40_000_00), null, Verslag(beschikking), false, Now));
    }

    [Fact]
    [Trait("Regel", Regelcatalogus.UskSteekproef)]
    public void USK_the_steekproef_is_reproducible_from_its_seed_and_draws_the_kaders_share_rounded_up()
    {
        var populatie = Enumerable.Range(0, 12).Select(_ => Verleend(1_000_00).Beschikking).ToList();
        var kader = Verantwoordingskader.Standaard(Now);

        var steekproef = Steekproef.Trek(2027, "A1B2C3", kader, populatie, Now);

        Assert.Equal(2, steekproef.Getrokken.Count);
        Assert.Equal(Steekproef.Volgorde("A1B2C3", steekproef.Populatie).Take(2), steekproef.Getrokken);
        Assert.Equal(steekproef.Getrokken.Order(), populatie.Where(b => b.InSteekproef).Select(b => b.Id).Order());
        Assert.NotEqual(Steekproef.Volgorde("A1B2C3", steekproef.Populatie), Steekproef.Volgorde("D4E5F6", steekproef.Populatie));
        Assert.Throws<DomainException>(() => Steekproef.Trek(2027, "X", kader, [Verleend(40_000_00).Beschikking], Now));
    }
}
