using Gemeenschapskracht.Application.Subsidies.Commands.CreateSubsidieaanvraag;
using Gemeenschapskracht.Domain.Common;
using Gemeenschapskracht.Domain.Regels;
using Gemeenschapskracht.Domain.Subsidies;
using Gemeenschapskracht.Domain.Wijkbudgetten;
using static Gemeenschapskracht.UnitTests.Domain.Wijkbudgetten.WijkbudgetFixtures;

namespace Gemeenschapskracht.UnitTests.Domain.Subsidies;

public sealed class SubsidieTests
{
    private static readonly Subsidieplafond Plafond = new(new Bedrag(50_000_00), new DateOnly(2027, 1, 1), new DateOnly(2027, 12, 31));

    private static readonly IReadOnlyList<Toetsingscriterium> Criteria =
    [
        new("Van bewoners", "Bewoners organiseren het zelf."),
        new("Draagt bij aan de agenda", "Het draagt bij aan een ambitie van de wijk."),
    ];

    internal static List<Criteriumoordeel> Oordelen(Subsidieregeling regeling, Rubriekniveau niveau = Rubriekniveau.Voldoet) =>
        regeling.Criteria.Select(c => new Criteriumoordeel(c.Naam, niveau)).ToList();

    internal static (Wijkbudget Budget, Subsidieregeling Regeling) Regeling(Subsidieplafond? plafond = null)
    {
        var budget = Toegekend(Vastgesteld());
        var regeling = new Subsidieregeling("Bewonersinitiatieven 2027", "Subsidieverordening sociale basis, art. 4", budget,
            [budget.Regels[1].Id], plafond ?? Plafond, Criteria, "Op volgorde van binnenkomst.",
            "Bewonersorganisaties en bewonersgroepen in de wijk.", 8, new Bedrag(25_000_00), Now);
        return (budget, regeling);
    }

    internal static Subsidieregeling Open(Subsidieplafond? plafond = null) => OpenMetBudget(plafond).Regeling;

    internal static (Wijkbudget Budget, Subsidieregeling Regeling) OpenMetBudget(Subsidieplafond? plafond = null)
    {
        var (budget, regeling) = Regeling(plafond);
        regeling.Publiceer(Now);
        regeling.LegMededingingsruimteVast(new Mededingingsruimte(MededingingsSoort.OpenOproep, "Oproep in de wijkkrant en op de website, vier weken.", new DateOnly(2026, 11, 20)), Now);
        regeling.Open(Now);
        return (budget, regeling);
    }

    private static Subsidieaanvraag Ingediend(Subsidieregeling regeling, long eurocent = 10_000_00, DateTimeOffset? op = null)
    {
        var aanvraag = new Subsidieaanvraag(regeling, Guid.NewGuid(), null, "Een moestuin op het binnenterrein.", new Bedrag(eurocent),
            new DateOnly(2027, 3, 1), new DateOnly(2027, 10, 31), [Ambitie], Now);
        aanvraag.DienIn(regeling, op ?? Now);
        aanvraag.Beoordeel(regeling, Guid.NewGuid().ToString(), "Beoordelaar", null, true, Advies.Verlenen, Oordelen(regeling), "Voldoet aan de criteria.", op ?? Now);
        return aanvraag;
    }

    [Fact]
    [Trait("Regel", Regelcatalogus.Awb4_23)]
    public void Awb_4_23_a_regeling_needs_its_legal_basis_in_the_verordening()
    {
        var budget = Toegekend(Vastgesteld());
        var fout = Assert.Throws<DomainException>(() => new Subsidieregeling("Regeling", " ", budget, [budget.Regels[1].Id], Plafond,
            Criteria, "Volgorde", "Iedereen", 8, new Bedrag(25_000_00), Now));
        Assert.Contains("4:23", fout.Message);
    }

    [Fact]
    [Trait("Regel", Regelcatalogus.Awb4_25)]
    public void The_plafond_draws_on_lines_of_a_granted_wijkbudget_and_never_exceeds_them()
    {
        Assert.Throws<DomainException>(() => Regeling(Plafond with { Bedrag = new Bedrag(70_000_01) }));
        Assert.Equal(new Bedrag(70_000_00), Regeling(Plafond with { Bedrag = new Bedrag(70_000_00) }).Regeling.Plafond.Bedrag);
        var voorstel = Voorgesteld();
        Assert.Throws<DomainException>(() => new Subsidieregeling("Regeling", "art. 4", voorstel, [voorstel.Regels[1].Id], Plafond, Criteria, "V", "A", 8, new Bedrag(25_000_00), Now));
    }

    [Fact]
    [Trait("Regel", Regelcatalogus.Awb4_25)]
    public void Awb_4_25_a_regeling_cannot_open_before_it_is_published()
    {
        var (_, regeling) = Regeling();
        regeling.LegMededingingsruimteVast(new Mededingingsruimte(MededingingsSoort.EnigeKandidaat, "Alleen het buurthuis heeft de ruimte.", new DateOnly(2026, 11, 20)), Now);

        var fout = Assert.Throws<DomainException>(() => regeling.Open(Now));
        Assert.Contains("4:25", fout.Message);
        regeling.Publiceer(Now);
        regeling.Open(Now);
        Assert.Equal(RegelingStatus.Open, regeling.Status);
    }

    [Fact]
    [Trait("Regel", Regelcatalogus.Abrvs2018_2310)]
    public void ABRvS_2018_2310_a_regeling_without_mededingingsruimte_cannot_open()
    {
        var (_, regeling) = Regeling();
        regeling.Publiceer(Now);

        Assert.Throws<DomainException>(() => regeling.Open(Now));
        Assert.Throws<DomainException>(() => regeling.LegMededingingsruimteVast(new Mededingingsruimte(MededingingsSoort.EnigeKandidaat, "  ", new DateOnly(2026, 11, 20)), Now));
        Assert.Equal(RegelingStatus.Gepubliceerd, regeling.Status);
    }

    [Fact]
    [Trait("Regel", Regelcatalogus.Awb4_25)]
    public void Awb_4_25_lid_2_a_grant_above_the_remaining_plafond_is_refused_and_changes_nothing()
    {
        var regeling = Open();
        var eerste = Ingediend(regeling, 30_000_00);
        var tweede = Ingediend(regeling, 30_000_00);
        eerste.Beoordeel(regeling, Guid.NewGuid().ToString(), "Tweede beoordelaar", null, true, Advies.Verlenen, Oordelen(regeling), "Voldoet.", Now);
        tweede.Beoordeel(regeling, Guid.NewGuid().ToString(), "Tweede beoordelaar", null, true, Advies.Verlenen, Oordelen(regeling), "Voldoet.", Now);

        eerste.Verleen(regeling, new Bedrag(30_000_00), "Past in de criteria.", Now);
        var fout = Assert.Throws<DomainException>(() => tweede.Verleen(regeling, new Bedrag(30_000_00), "Past in de criteria.", Now));

        Assert.Contains("4:25 lid 2", fout.Message);
        Assert.Equal(new Bedrag(30_000_00), regeling.Verleend);
        Assert.Equal(new Bedrag(20_000_00), regeling.Resterend);
        Assert.Equal(AanvraagStatus.InBehandeling, tweede.Status);
        tweede.Weiger(regeling, "Het subsidieplafond is bereikt (Awb 4:25 lid 2).", Now);
        Assert.Equal(BesluitSoort.Weigering, tweede.Besluit!.Soort);
    }

    [Fact]
    [Trait("Regel", Regelcatalogus.Awb4_13)]
    public void Awb_4_13_the_beslistermijn_runs_from_submission()
    {
        var aanvraag = Ingediend(Open());

        Assert.Equal(new DateOnly(2026, 12, 1).AddDays(56), aanvraag.Beslistermijn);
    }

    [Fact]
    [Trait("Regel", Regelcatalogus.Awb4_15)]
    public void Awb_4_15_a_request_for_completion_pauses_the_beslistermijn()
    {
        var aanvraag = Ingediend(Open());
        var termijn = aanvraag.Beslistermijn!.Value;

        aanvraag.VraagAanvulling("Welke bewoners doen mee?", Now);
        aanvraag.VulAan("Een moestuin met twaalf buren uit de portiekflats.", Now.AddDays(10));

        Assert.Equal(termijn.AddDays(10), aanvraag.Beslistermijn);
        Assert.Equal(AanvraagStatus.InBehandeling, aanvraag.Status);
    }

    [Fact]
    [Trait("Regel", Regelcatalogus.Awb4_14)]
    public void Awb_4_14_deciding_after_the_term_needs_a_recorded_delay_notice()
    {
        var regeling = Open();
        var aanvraag = Ingediend(regeling);
        var laat = Now.AddDays(60);

        var fout = Assert.Throws<DomainException>(() => aanvraag.Verleen(regeling, new Bedrag(10_000_00), "Past.", laat));
        Assert.Contains("4:14", fout.Message);
        aanvraag.Verdaag(Kalender.Dag(laat).AddDays(14), "De adviescommissie vergaderde later.", laat);
        aanvraag.Verleen(regeling, new Bedrag(10_000_00), "Past.", laat);
        Assert.Equal(AanvraagStatus.Besloten, aanvraag.Status);
    }

    [Fact]
    [Trait("Regel", Regelcatalogus.G10)]
    public void G_10_an_application_is_its_plan_amount_period_and_ambities_and_nothing_is_granted_above_what_was_asked()
    {
        var regeling = Open();
        var aanvraag = Ingediend(regeling, 5_000_00);

        Assert.Throws<DomainException>(() => aanvraag.Verleen(regeling, new Bedrag(5_000_01), "Meer dan gevraagd.", Now));
        Assert.Throws<DomainException>(() => new Subsidieaanvraag(regeling, Guid.NewGuid(), "Buurtgroep Portiek 12", " ", new Bedrag(1), new DateOnly(2027, 3, 1), new DateOnly(2027, 4, 1), [], Now));
        var viaHost = new Subsidieaanvraag(regeling, Guid.NewGuid(), "Buurtgroep Portiek 12", "Een buurtfeest.", new Bedrag(500_00), new DateOnly(2027, 6, 1), new DateOnly(2027, 6, 30), [], Now);
        Assert.Equal("Buurtgroep Portiek 12", viaHost.Groepsnaam);
    }

    [Fact]
    [Trait("Regel", Regelcatalogus.G3)]
    public void G_3_an_application_asks_nothing_about_representativeness()
    {
        // All an applicant gives: the regeling, who applies (or the informal group a host names), the plan, the amount,
        // the period and the ambities. No members, signatures or support to prove that it speaks for the wijk.
        Assert.Equal(["AmbitieIds", "BedragEurocent", "Groepsnaam", "OrganisatieId", "Plan", "RegelingId", "Tot", "Van"],
            typeof(CreateSubsidieaanvraagCommand).GetProperties().Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.Equal(["regeling", "organisatieId", "groepsnaam", "plan", "bedrag", "van", "tot", "ambitieIds", "now"],
            typeof(Subsidieaanvraag).GetConstructors().Single().GetParameters().Select(p => p.Name));

        // With only that it is submitted and can be decided.
        var regeling = Open();
        var aanvraag = new Subsidieaanvraag(regeling, Guid.NewGuid(), null, "Een buurtfeest.", new Bedrag(1_000_00),
            new DateOnly(2027, 6, 1), new DateOnly(2027, 6, 30), [], Now);
        aanvraag.DienIn(regeling, Now);
        Assert.Equal(AanvraagStatus.Ingediend, aanvraag.Status);
    }

    [Fact]
    [Trait("Regel", Regelcatalogus.Awb2_4)]
    public void A_reviewer_who_is_a_member_of_the_applying_organisation_or_declares_no_independence_cannot_review()
    {
        var regeling = Open();
        var organisatie = Guid.NewGuid();
        var aanvraag = new Subsidieaanvraag(regeling, organisatie, null, "Een buurtfeest.", new Bedrag(1_000_00), new DateOnly(2027, 6, 1), new DateOnly(2027, 6, 30), [], Now);
        aanvraag.DienIn(regeling, Now);

        var lid = Assert.Throws<DomainException>(() => aanvraag.Beoordeel(regeling, Guid.NewGuid().ToString(), "Lid", organisatie, true, Advies.Verlenen, Oordelen(regeling), "Goed plan.", Now));
        Assert.Contains("belangenverstrengeling", lid.Message);
        Assert.Throws<DomainException>(() => aanvraag.Beoordeel(regeling, Guid.NewGuid().ToString(), "Zonder verklaring", null, false, Advies.Verlenen, Oordelen(regeling), "Goed plan.", Now));
        Assert.Empty(aanvraag.Beoordelingen);
        var beoordelaar = "beoordelaar-1";
        aanvraag.Beoordeel(regeling, beoordelaar, "Onafhankelijk", Guid.NewGuid(), true, Advies.Verlenen, Oordelen(regeling), "Goed plan.", Now);
        Assert.Throws<DomainException>(() => aanvraag.Beoordeel(regeling, beoordelaar, "Onafhankelijk", null, true, Advies.Verlenen, Oordelen(regeling), "Nog eens.", Now));
    }

    [Fact]
    public void Four_eyes_from_the_threshold_two_different_reviewers_before_a_grant()
    {
        var regeling = Open();
        var groot = new Subsidieaanvraag(regeling, Guid.NewGuid(), null, "Een buurtkamer inrichten.", new Bedrag(30_000_00), new DateOnly(2027, 3, 1), new DateOnly(2027, 12, 31), [], Now);
        groot.DienIn(regeling, Now);
        Assert.Throws<DomainException>(() => groot.Verleen(regeling, new Bedrag(30_000_00), "Past.", Now));
        groot.Beoordeel(regeling, Guid.NewGuid().ToString(), "Eerste", null, true, Advies.Verlenen, Oordelen(regeling), "Voldoet.", Now);

        var fout = Assert.Throws<DomainException>(() => groot.Verleen(regeling, new Bedrag(30_000_00), "Past.", Now));
        Assert.Contains("vier ogen", fout.Message);
        Assert.Equal(new Bedrag(24_999_99), Verleen(regeling, 24_999_99));
        groot.Beoordeel(regeling, Guid.NewGuid().ToString(), "Tweede", null, true, Advies.Verlenen, Oordelen(regeling), "Voldoet ook.", Now);
        groot.Verleen(regeling, new Bedrag(20_000_00), "Past.", Now);
        Assert.Equal(AanvraagStatus.Besloten, groot.Status);
    }

    /// <summary>An amount just below the four-eyes threshold is granted after one review.</summary>
    private static Bedrag Verleen(Subsidieregeling regeling, long eurocent)
    {
        var aanvraag = new Subsidieaanvraag(regeling, Guid.NewGuid(), null, "Een buurtfeest.", new Bedrag(eurocent), new DateOnly(2027, 6, 1), new DateOnly(2027, 6, 30), [], Now);
        aanvraag.DienIn(regeling, Now);
        aanvraag.Beoordeel(regeling, Guid.NewGuid().ToString(), "Eerste", null, true, Advies.Verlenen, Oordelen(regeling), "Voldoet.", Now);
        aanvraag.Verleen(regeling, new Bedrag(eurocent), "Past.", Now);
        return aanvraag.Besluit!.Bedrag;
    }

    [Fact]
    [Trait("Regel", Regelcatalogus.G1)]
    public void A_review_scores_every_criterion_of_the_regeling_by_its_rubric_once()
    {
        var regeling = Open();
        var aanvraag = new Subsidieaanvraag(regeling, Guid.NewGuid(), null, "Een buurtfeest.", new Bedrag(1_000_00), new DateOnly(2027, 6, 1), new DateOnly(2027, 6, 30), [], Now);
        aanvraag.DienIn(regeling, Now);

        var half = Assert.Throws<DomainException>(() => aanvraag.Beoordeel(regeling, "b-1", "Eerste", null, true, Advies.Verlenen,
            [new Criteriumoordeel("Van bewoners", Rubriekniveau.Voldoet)], "Voldoet.", Now));
        Assert.Contains("Draagt bij aan de agenda", half.Message);
        Assert.Throws<DomainException>(() => aanvraag.Beoordeel(regeling, "b-1", "Eerste", null, true, Advies.Verlenen,
            [.. Oordelen(regeling), new Criteriumoordeel("Populariteit", Rubriekniveau.Voldoet)], "Voldoet.", Now));
        Assert.Empty(aanvraag.Beoordelingen);

        aanvraag.Beoordeel(regeling, "b-1", "Eerste", null, true, Advies.Weigeren,
            [new Criteriumoordeel("draagt bij aan de agenda", Rubriekniveau.VoldoetNiet), new Criteriumoordeel("Van bewoners", Rubriekniveau.VoldoetDeels)], "Past niet bij de agenda.", Now);
        var oordelen = Assert.Single(aanvraag.Beoordelingen).Oordelen;
        Assert.Equal(["Van bewoners", "Draagt bij aan de agenda"], oordelen.Select(o => o.Criterium));
        Assert.Equal([Rubriekniveau.VoldoetDeels, Rubriekniveau.VoldoetNiet], oordelen.Select(o => o.Niveau));
    }

    [Fact]
    [Trait("Regel", Regelcatalogus.Awb4_25)]
    public void Awb_4_25_a_regeling_publishes_named_criteria_each_once()
    {
        var budget = Toegekend(Vastgesteld());
        Assert.Throws<DomainException>(() => new Subsidieregeling("Regeling", "art. 4", budget, [budget.Regels[1].Id], Plafond,
            [new("Open", "Voor iedereen."), new("open", "Nog eens.")], "V", "A", 8, new Bedrag(25_000_00), Now));
        var zonder = new Subsidieregeling("Regeling", "art. 4", budget, [budget.Regels[1].Id], Plafond, [], "V", "A", 8, new Bedrag(25_000_00), Now);
        var fout = Assert.Throws<DomainException>(() => zonder.Publiceer(Now));
        Assert.Contains("4:25", fout.Message);
    }
}
