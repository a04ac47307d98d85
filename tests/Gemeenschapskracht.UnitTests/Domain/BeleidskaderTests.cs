using Gemeenschapskracht.Domain.Beleidskaders;
using Gemeenschapskracht.Domain.Common;

namespace Gemeenschapskracht.UnitTests.Domain;

public sealed class BeleidskaderTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);

    private static readonly DateOnly Vandaag = new(2026, 3, 1);

    private static readonly IReadOnlySet<Guid> NietsInGebruik = new HashSet<Guid>();

    private static Financieringsbron Bron(Financieringsinstrument instrument = Financieringsinstrument.Subsidie, long eurocent = 250_000_00, DateOnly? contractEinde = null) =>
        new(Guid.NewGuid(), "Welzijn op recept", "Wmo 2015", new Bedrag(eurocent), instrument, contractEinde, null);

    /// <summary>The content of <paramref name="kader"/> with what a raad needs to decide.</summary>
    private static BeleidskaderInhoud Compleet(Beleidskader kader) => kader.Inhoud with
    {
        Aanbestedingsbesluit = new("We stoppen met aanbesteden van de sociale basis.", "Welzijn en buurtwerk", "Drie rondes sinds 2015.", "Samenwerking, geen concurrentie."),
        Financieringsbronnen = [Bron()],
        Tijdspanne = new(new DateOnly(2026, 1, 1), new DateOnly(2031, 1, 1), []),
    };

    private static Beleidskader Concept()
    {
        var kader = Beleidskader.Eerste("Sociale basis 2026", Now);
        kader.Wijzig("Sociale basis 2026", Compleet(kader), NietsInGebruik, Now);
        return kader;
    }

    private static Beleidskader TerBesluitvorming()
    {
        var kader = Concept();
        kader.LegVoorAanRaad(Now);
        return kader;
    }

    private static Beleidskader Vastgesteld()
    {
        var kader = TerBesluitvorming();
        kader.StelVast(Besluit(), null, Now);
        return kader;
    }

    private static Raadsbesluit Besluit(DateOnly? datum = null) => new(datum ?? Vandaag, "RB-2026-041", "https://raad.example.nl/rb-2026-041");

    [Fact]
    public void A_first_kader_starts_with_the_essays_five_publieke_waarden()
    {
        var kader = Beleidskader.Eerste("  Sociale basis 2026 ", Now);

        Assert.Equal(1, kader.Versie);
        Assert.Equal("Sociale basis 2026", kader.Titel);
        Assert.Equal(BeleidskaderStatus.Concept, kader.Status);
        Assert.False(kader.IsGeldend);
        Assert.Equal(
            ["Verduurzaming", "Ruimtelijke inrichting & leefomgeving", "Zorgzaamheid & zorg", "Delen & herverdelen", "Inclusiviteit & samenleven"],
            kader.Inhoud.PubliekeWaarden.Select(w => w.Naam));
        Assert.Equal(5, kader.Inhoud.PubliekeWaarden.Select(w => w.Id).Distinct().Count());
        Assert.All(kader.Inhoud.PubliekeWaarden, w => Assert.InRange(w.Prioriteit, PubliekeWaarde.HoogstePrioriteit, PubliekeWaarde.LaagstePrioriteit));
        kader.Inhoud.Controleer();
    }

    [Fact]
    public void Each_gemeente_gets_its_own_publieke_waarde_ids()
    {
        var een = PubliekeWaarde.UitHetEssay(Now).Select(w => w.Id);
        var ander = PubliekeWaarde.UitHetEssay(Now).Select(w => w.Id);

        Assert.Empty(een.Intersect(ander));
    }

    [Fact]
    public void A_concept_is_changed_whole()
    {
        var kader = Beleidskader.Eerste("Sociale basis", Now);
        var inhoud = Compleet(kader);

        kader.Wijzig(" Sociale basis 2026 ", inhoud, NietsInGebruik, Now.AddHours(1));

        Assert.Equal("Sociale basis 2026", kader.Titel);
        Assert.Same(inhoud, kader.Inhoud);
        Assert.Equal(Now.AddHours(1), kader.GewijzigdOp);
        Assert.Equal(Now, kader.AangemaaktOp);
    }

    [Fact]
    public void A_vastgesteld_version_is_read_only()
    {
        var kader = Vastgesteld();
        var inhoud = kader.Inhoud;

        var fout = Assert.Throws<DomainException>(() => kader.Wijzig("Anders", inhoud with { WijkindelingToelichting = "Nieuw" }, NietsInGebruik, Now.AddDays(1)));

        Assert.Contains("nieuwe versie", fout.Message);
        Assert.Same(inhoud, kader.Inhoud);
        Assert.Equal("Sociale basis 2026", kader.Titel);
        Assert.Equal(Now, kader.GewijzigdOp);
    }

    [Fact]
    public void A_proposal_before_the_raad_is_changed_only_after_it_is_withdrawn()
    {
        var kader = TerBesluitvorming();
        var inhoud = kader.Inhoud with { WijkindelingToelichting = "Zeven pilotwijken" };

        Assert.Throws<DomainException>(() => kader.Wijzig("Anders", inhoud, NietsInGebruik, Now));
        Assert.Null(kader.Inhoud.WijkindelingToelichting);

        kader.NeemTerug(Now.AddDays(1));
        kader.Wijzig("Anders", inhoud, NietsInGebruik, Now.AddDays(1));

        Assert.Equal(BeleidskaderStatus.Concept, kader.Status);
        Assert.Equal("Zeven pilotwijken", kader.Inhoud.WijkindelingToelichting);
    }

    [Fact]
    public void Only_a_proposal_before_the_raad_can_be_withdrawn()
    {
        var concept = Concept();
        var vastgesteld = Vastgesteld();

        Assert.Throws<DomainException>(() => concept.NeemTerug(Now));
        Assert.Throws<DomainException>(() => vastgesteld.NeemTerug(Now));
        Assert.Equal(BeleidskaderStatus.Concept, concept.Status);
        Assert.Equal(BeleidskaderStatus.Vastgesteld, vastgesteld.Status);
    }

    [Fact]
    public void Content_that_contradicts_itself_is_refused_and_the_concept_keeps_its_content()
    {
        var kader = Concept();
        var inhoud = kader.Inhoud;

        Assert.Throws<DomainException>(() => kader.Wijzig("Anders", inhoud with { PubliekeWaarden = [] }, NietsInGebruik, Now.AddDays(1)));

        Assert.Same(inhoud, kader.Inhoud);
        Assert.Equal("Sociale basis 2026", kader.Titel);
    }

    [Fact]
    public void A_concept_goes_to_the_raad_only_when_it_names_the_decision_the_funding_and_the_time_span()
    {
        var leeg = Beleidskader.Eerste("Sociale basis", Now);
        var compleet = Compleet(leeg);

        foreach (var onvolledig in new[]
        {
            compleet with { Aanbestedingsbesluit = compleet.Aanbestedingsbesluit with { Besluit = " " } },
            compleet with { Aanbestedingsbesluit = compleet.Aanbestedingsbesluit with { GeenMarktMotivering = "" } },
            compleet with { Financieringsbronnen = [] },
            compleet with { Tijdspanne = null },
        })
        {
            var kader = Beleidskader.Eerste("Sociale basis", Now);
            kader.Wijzig("Sociale basis", onvolledig, NietsInGebruik, Now);

            Assert.Throws<DomainException>(() => kader.LegVoorAanRaad(Now.AddDays(1)));
            Assert.Equal(BeleidskaderStatus.Concept, kader.Status);
            Assert.Equal(Now, kader.GewijzigdOp);
        }
    }

    [Fact]
    public void Only_a_concept_goes_to_the_raad()
    {
        var kader = TerBesluitvorming();

        Assert.Throws<DomainException>(() => kader.LegVoorAanRaad(Now));
        Assert.Equal(BeleidskaderStatus.TerBesluitvorming, kader.Status);
    }

    [Fact]
    public void Adopting_records_the_raadsbesluit_and_puts_the_version_in_force()
    {
        var kader = TerBesluitvorming();

        kader.StelVast(new Raadsbesluit(Vandaag, " RB-2026-041 ", null), null, Now.AddHours(2));

        Assert.Equal(BeleidskaderStatus.Vastgesteld, kader.Status);
        Assert.True(kader.IsGeldend);
        Assert.Equal("RB-2026-041", kader.Raadsbesluit!.Kenmerk);
        Assert.Equal(Now.AddHours(2), kader.VastgesteldOp);
        Assert.Null(kader.VervangenOp);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\u200B")]
    public void Adopting_without_a_raadsbesluit_kenmerk_is_refused(string kenmerk)
    {
        var kader = TerBesluitvorming();

        Assert.Throws<DomainException>(() => kader.StelVast(new Raadsbesluit(Vandaag, kenmerk, null), null, Now));

        Assert.Equal(BeleidskaderStatus.TerBesluitvorming, kader.Status);
        Assert.Null(kader.Raadsbesluit);
    }

    [Theory]
    [InlineData("raad.example.nl/rb-41")]
    [InlineData("javascript:alert(1)")]
    [InlineData("ftp://raad.example.nl/rb-41")]
    public void The_raadsbesluit_link_is_a_web_address(string url)
    {
        Assert.Throws<DomainException>(() => new Raadsbesluit(Vandaag, "RB-2026-041", url));
    }

    [Fact]
    public void A_raadsbesluit_dated_in_the_future_is_refused()
    {
        var kader = TerBesluitvorming();

        Assert.Throws<DomainException>(() => kader.StelVast(Besluit(Vandaag.AddDays(1)), null, Now));

        Assert.Equal(BeleidskaderStatus.TerBesluitvorming, kader.Status);
        Assert.Null(kader.Raadsbesluit);
        Assert.Null(kader.VastgesteldOp);
    }

    [Fact]
    public void A_raadsbesluit_of_today_in_the_netherlands_is_accepted_when_it_is_still_yesterday_in_utc()
    {
        var kader = TerBesluitvorming();
        var lateAvondUtc = new DateTimeOffset(2026, 3, 1, 23, 30, 0, TimeSpan.Zero);

        kader.StelVast(Besluit(new DateOnly(2026, 3, 2)), null, lateAvondUtc);

        Assert.Equal(new DateOnly(2026, 3, 2), kader.Raadsbesluit!.Datum);
    }

    [Fact]
    public void Only_a_proposal_before_the_raad_can_be_adopted()
    {
        var concept = Concept();
        var vastgesteld = Vastgesteld();
        var besluit = vastgesteld.Raadsbesluit;

        Assert.Throws<DomainException>(() => concept.StelVast(Besluit(), null, Now));
        Assert.Throws<DomainException>(() => vastgesteld.StelVast(new Raadsbesluit(Vandaag, "RB-2026-099", null), null, Now.AddDays(1)));

        Assert.Equal(BeleidskaderStatus.Concept, concept.Status);
        Assert.Null(concept.Raadsbesluit);
        Assert.Same(besluit, vastgesteld.Raadsbesluit);
    }

    [Fact]
    public void Only_one_version_is_in_force_adopting_replaces_the_previous()
    {
        var v1 = Vastgesteld();
        var v2 = Beleidskader.NieuweVersieVan(v1, "Sociale basis 2027", Now.AddDays(30));
        v2.LegVoorAanRaad(Now.AddDays(31));

        v2.StelVast(Besluit(Vandaag.AddDays(32)), v1, Now.AddDays(32));

        Assert.Equal(BeleidskaderStatus.Vervangen, v1.Status);
        Assert.False(v1.IsGeldend);
        Assert.Equal(Now.AddDays(32), v1.VervangenOp);
        Assert.Equal("RB-2026-041", v1.Raadsbesluit!.Kenmerk);
        Assert.True(v2.IsGeldend);
    }

    [Fact]
    public void A_refused_adoption_leaves_the_version_in_force()
    {
        var v1 = Vastgesteld();
        var v2 = Beleidskader.NieuweVersieVan(v1, "Sociale basis 2027", Now);
        v2.LegVoorAanRaad(Now);

        Assert.Throws<DomainException>(() => v2.StelVast(Besluit(Vandaag.AddDays(1)), v1, Now));

        Assert.True(v1.IsGeldend);
        Assert.Null(v1.VervangenOp);
        Assert.Equal(BeleidskaderStatus.TerBesluitvorming, v2.Status);
    }

    [Fact]
    public void A_new_version_copies_the_latest_and_keeps_the_publieke_waarde_ids()
    {
        var v1 = Vastgesteld();

        var v2 = Beleidskader.NieuweVersieVan(v1, "Sociale basis 2027", Now.AddDays(30));

        Assert.Equal(2, v2.Versie);
        Assert.Equal(BeleidskaderStatus.Concept, v2.Status);
        Assert.NotEqual(v1.Id, v2.Id);
        Assert.Equal(v1.Inhoud.PubliekeWaarden.Select(w => w.Id), v2.Inhoud.PubliekeWaarden.Select(w => w.Id));
        Assert.Equal(v1.Inhoud.Financieringsbronnen, v2.Inhoud.Financieringsbronnen);
        Assert.Equal(v1.Inhoud.Aanbestedingsbesluit, v2.Inhoud.Aanbestedingsbesluit);
        Assert.Null(v2.Raadsbesluit);
        Assert.True(v1.IsGeldend);
    }

    [Fact]
    public void A_new_version_waits_until_the_latest_is_decided()
    {
        Assert.Throws<DomainException>(() => Beleidskader.NieuweVersieVan(Concept(), "Volgende", Now));
        Assert.Throws<DomainException>(() => Beleidskader.NieuweVersieVan(TerBesluitvorming(), "Volgende", Now));
    }

    [Fact]
    public void A_publieke_waarde_in_use_cannot_be_removed()
    {
        var kader = Concept();
        var inhoud = kader.Inhoud;
        var inGebruik = inhoud.PubliekeWaarden[0];

        var fout = Assert.Throws<DomainException>(() =>
            kader.Wijzig("Sociale basis 2026", inhoud with { PubliekeWaarden = inhoud.PubliekeWaarden.Skip(1).ToList() }, new HashSet<Guid> { inGebruik.Id }, Now.AddDays(1)));

        Assert.Contains(inGebruik.Naam, fout.Message);
        Assert.Same(inhoud, kader.Inhoud);
    }

    [Fact]
    public void A_publieke_waarde_in_use_can_be_renamed_and_one_not_in_use_removed()
    {
        var kader = Concept();
        var waarden = kader.Inhoud.PubliekeWaarden;
        var inGebruik = waarden[0];

        kader.Wijzig("Sociale basis 2026", kader.Inhoud with { PubliekeWaarden = [inGebruik with { Naam = "Duurzaam samen", Prioriteit = 1 }, .. waarden.Skip(2)] },
            new HashSet<Guid> { inGebruik.Id }, Now.AddDays(1));

        Assert.Equal(4, kader.Inhoud.PubliekeWaarden.Count);
        Assert.Equal("Duurzaam samen", kader.Inhoud.PubliekeWaarden.Single(w => w.Id == inGebruik.Id).Naam);
        Assert.DoesNotContain(kader.Inhoud.PubliekeWaarden, w => w.Id == waarden[1].Id);
    }

    [Fact]
    public void A_kader_names_at_least_one_publieke_waarde()
    {
        var inhoud = Beleidskader.Eerste("x", Now).Inhoud with { PubliekeWaarden = [] };

        Assert.Throws<DomainException>(inhoud.Controleer);
    }

    [Fact]
    public void Two_publieke_waarden_cannot_share_a_name_or_an_id()
    {
        var inhoud = Beleidskader.Eerste("x", Now).Inhoud;
        var eerste = inhoud.PubliekeWaarden[0];

        Assert.Throws<DomainException>((inhoud with { PubliekeWaarden = [eerste, eerste with { Id = Guid.NewGuid(), Naam = " VERDUURZAMING " }] }).Controleer);
        Assert.Throws<DomainException>((inhoud with { PubliekeWaarden = [eerste, eerste with { Naam = "Anders" }] }).Controleer);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    public void A_publieke_waarde_priority_lies_between_one_and_five(int prioriteit)
    {
        var inhoud = Beleidskader.Eerste("x", Now).Inhoud;

        var fout = Assert.Throws<DomainException>((inhoud with { PubliekeWaarden = [inhoud.PubliekeWaarden[0] with { Prioriteit = prioriteit }] }).Controleer);
        Assert.Contains("Verduurzaming", fout.Message);
    }

    [Fact]
    public void A_tendered_funding_source_needs_its_contract_end_date()
    {
        var inhoud = Beleidskader.Eerste("x", Now).Inhoud;

        var fout = Assert.Throws<DomainException>((inhoud with { Financieringsbronnen = [Bron(Financieringsinstrument.Aanbesteding)] }).Controleer);

        Assert.Contains("Welzijn op recept", fout.Message);
        (inhoud with { Financieringsbronnen = [Bron(Financieringsinstrument.Aanbesteding, contractEinde: new DateOnly(2027, 1, 1))] }).Controleer();
        (inhoud with { Financieringsbronnen = [Bron(Financieringsinstrument.Subsidie)] }).Controleer();
    }

    [Fact]
    public void A_funding_amount_cannot_be_negative()
    {
        var inhoud = Beleidskader.Eerste("x", Now).Inhoud with { Financieringsbronnen = [Bron(eurocent: -1)] };

        Assert.Throws<DomainException>(inhoud.Controleer);
    }

    [Fact]
    public void The_totals_add_up_the_funding_and_the_part_still_tendered()
    {
        var inhoud = Beleidskader.Eerste("x", Now).Inhoud with
        {
            Financieringsbronnen =
            [
                Bron(Financieringsinstrument.Subsidie, 100_000_00),
                Bron(Financieringsinstrument.Aanbesteding, 250_000_50, new DateOnly(2027, 1, 1)),
                Bron(Financieringsinstrument.Inkoop, 25_00),
            ],
        };

        Assert.Equal(new Bedrag(350_025_50), inhoud.TotaalPerJaar);
        Assert.Equal(new Bedrag(250_000_50), inhoud.NogAanbesteedPerJaar);
    }

    [Fact]
    public void The_delegation_matrix_names_a_decision_type_once_per_level()
    {
        var inhoud = Beleidskader.Eerste("x", Now).Inhoud;
        var delegatie = new Delegatie("Besteding wijkbudget", Bestuursniveau.Wijk, Zeggenschap.Beslist);

        Assert.Throws<DomainException>((inhoud with { Delegaties = [delegatie, delegatie with { Besluittype = " besteding WIJKBUDGET ", Zeggenschap = Zeggenschap.Adviseert }] }).Controleer);
        (inhoud with { Delegaties = [delegatie, delegatie with { Niveau = Bestuursniveau.Buurt }] }).Controleer();
    }

    [Fact]
    public void A_buurtrecht_is_listed_once()
    {
        var inhoud = Beleidskader.Eerste("x", Now).Inhoud with
        {
            Buurtrechten = [new(BuurtrechtSoort.RechtOmUitTeDagen, "art. 2"), new(BuurtrechtSoort.RechtOmUitTeDagen, null)],
        };

        Assert.Throws<DomainException>(inhoud.Controleer);
    }

    [Fact]
    public void Periods_cannot_end_before_they_start()
    {
        var inhoud = Beleidskader.Eerste("x", Now).Inhoud;
        var start = new DateOnly(2026, 6, 1);

        Assert.Throws<DomainException>((inhoud with { Fasen = [new("Verkennen", [], null, start, start.AddDays(-1))] }).Controleer);
        Assert.Throws<DomainException>((inhoud with { Tijdspanne = new(start, start, []) }).Controleer);
        Assert.Throws<DomainException>((inhoud with { Pilots = [new(Guid.NewGuid(), Guid.NewGuid(), "Buurtbudget", start, start, "Bereik", PilotStatus.Lopend)] }).Controleer);
        Assert.Throws<DomainException>((inhoud with { Overgangsperiodes = [new(Guid.NewGuid(), "Welzijn Noord", null, start, start.AddDays(-1), "Wijkteam")] }).Controleer);
        (inhoud with { Fasen = [new("BuurtTop", [], null, start, start)] }).Controleer();
    }

    [Fact]
    public void Items_with_a_stable_id_have_their_own_id()
    {
        var inhoud = Beleidskader.Eerste("x", Now).Inhoud;
        var bron = Bron();
        var pilot = new Pilot(Guid.NewGuid(), Guid.NewGuid(), "Buurtbudget", new DateOnly(2026, 1, 1), new DateOnly(2027, 1, 1), "Bereik", PilotStatus.Lopend);
        var periode = new Overgangsperiode(Guid.NewGuid(), "Welzijn Noord", null, new DateOnly(2026, 1, 1), new DateOnly(2027, 1, 1), "Wijkteam");

        Assert.Throws<DomainException>((inhoud with { Financieringsbronnen = [bron, bron with { Naam = "Anders" }] }).Controleer);
        Assert.Throws<DomainException>((inhoud with { Pilots = [pilot, pilot with { Instrument = "Anders" }] }).Controleer);
        Assert.Throws<DomainException>((inhoud with { Overgangsperiodes = [periode, periode with { Contract = "Anders" }] }).Controleer);
    }
}
