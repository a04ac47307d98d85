using Gemeenschapskracht.Domain.BuurtTops;
using Gemeenschapskracht.Domain.Common;
using Gemeenschapskracht.Domain.Regels;
using Gemeenschapskracht.Domain.Wijkbeelden;

namespace Gemeenschapskracht.UnitTests.Domain;

public sealed class BuurtTopTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);

    private static readonly DateOnly Vandaag = new(2026, 3, 1);

    private static readonly DateOnly Datum = new(2026, 6, 13);

    private static readonly Guid Wijk = Guid.NewGuid();

    private static readonly Guid Bewonersraad = Guid.NewGuid();

    private static readonly Herkomst Bewoners = new(Kant.Bewoners, "Bewonersraad Noord", Now);

    private static readonly Herkomst Gemeente = new(Kant.Gemeente, "Beleidsmedewerker", Now.AddHours(1));

    private static readonly IReadOnlyList<Opmerking> Geen = [];

    private static Organisator Organisator() => new(OrganisatorSoort.Bewonersorganisatie, [Bewonersraad], [], "Wijkbudget", new Bedrag(1_500_000));

    private static BuurtTop Aangekondigd(int? capaciteit = null)
    {
        var buurtTop = new BuurtTop(Wijk, "BuurtTop Noord", Datum, "Buurthuis De Ster", capaciteit, Now);
        buurtTop.KiesOrganisator(Organisator(), leidtBewoners: true, Now);
        return buurtTop;
    }

    private static BuurtTop InVoorbereiding(int? capaciteit = null)
    {
        var buurtTop = Aangekondigd(capaciteit);
        buurtTop.StartVoorbereiding(Now);
        return buurtTop;
    }

    private static DateTimeOffset OpDeDag => new(2026, 6, 13, 18, 0, 0, TimeSpan.Zero);

    private static readonly Aanwezigheid Telling = new(120, 8, 6, 3, 10, 4, 2);

    private static BuurtTop Gehouden()
    {
        var buurtTop = InVoorbereiding();
        buurtTop.Houd(Telling, OpDeDag);
        return buurtTop;
    }

    private static Mijlpaal Mijlpaal(DateOnly datum, bool gereed = false, string omschrijving = "Werkgroepen gevormd") => new(Guid.NewGuid(), omschrijving, datum, gereed);

    private static Voorbereidingsplan Plan(params Mijlpaal[] mijlpalen) => new(
        ["Wonen", "Leefbaarheid"],
        [new Werkgroep(Guid.NewGuid(), "Werkgroep wonen", "Wonen", [new Werkgroeplid("Fatima", "bewoner")])],
        mijlpalen, ["Cijfers over woningbouw"], [new Begrotingspost("Zaalhuur", new Bedrag(50_000))], new Projectleider("Joost", 200, new Bedrag(800_000)));

    private static Opbrengst Droom(Herkomst herkomst, string tekst = "Een groen plein waar kinderen spelen", Guid? id = null) =>
        new(id ?? Guid.NewGuid(), herkomst, Geen, "Tafel wonen", OpbrengstSoort.Droom, tekst);

    private static Aanmelding MeldAan(BuurtTop buurtTop, int aangemeld, string email = "fatima@example.nl", bool toestemming = true) =>
        buurtTop.MeldAan("F.", email, Deelnemerscategorie.Bewoners, toestemming, Aanmelding.ToestemmingVersieHuidig, aangemeld, "hash", Now);

    [Fact]
    public void A_new_BuurtTop_is_announced_and_warns_when_it_builds_on_no_wijkbeeld()
    {
        var buurtTop = new BuurtTop(Wijk, "BuurtTop Noord", Datum, null, null, Now);

        Assert.Equal(BuurtTopStatus.Aangekondigd, buurtTop.Status);
        Assert.True(buurtTop.ZonderWijkbeeld);
        buurtTop.BouwVoortOp(Guid.NewGuid(), 2, Now);
        Assert.False(buurtTop.ZonderWijkbeeld);
        Assert.Equal(2, buurtTop.WijkbeeldVersie);
    }

    [Fact]
    public void A_BuurtTop_without_an_organiser_cannot_be_prepared()
    {
        var buurtTop = new BuurtTop(Wijk, "BuurtTop Noord", Datum, null, null, Now);

        Assert.Throws<DomainException>(() => buurtTop.StartVoorbereiding(Now));
    }

    [Fact]
    public void Only_an_announced_BuurtTop_goes_into_preparation()
    {
        var buurtTop = InVoorbereiding();

        Assert.Equal(BuurtTopStatus.InVoorbereiding, buurtTop.Status);
        Assert.Throws<DomainException>(() => buurtTop.StartVoorbereiding(Now));
    }

    [Fact]
    public void The_organisers_lead_is_residents_own_unless_it_is_a_task_group_with_a_resident()
    {
        var buurtTop = Aangekondigd();

        Assert.Throws<DomainException>(() => buurtTop.KiesOrganisator(Organisator(), leidtBewoners: false, Now));
        Assert.Throws<DomainException>(() => buurtTop.KiesOrganisator(new Organisator(OrganisatorSoort.Bewonersorganisatie, [], [], null, Bedrag.Nul), true, Now));
        Assert.Throws<DomainException>(() => buurtTop.KiesOrganisator(
            new Organisator(OrganisatorSoort.Taakgroep, [], [new Taakgroeplid("Ambtenaar Jansen", TaakgroepRol.Ambtenaar)], null, Bedrag.Nul), false, Now));
        buurtTop.KiesOrganisator(new Organisator(OrganisatorSoort.Taakgroep, [],
            [new Taakgroeplid("Ambtenaar Jansen", TaakgroepRol.Ambtenaar), new Taakgroeplid("Fatima", TaakgroepRol.Bewoner)], null, Bedrag.Nul), false, Now);
        Assert.Equal(OrganisatorSoort.Taakgroep, buurtTop.Organisator!.Soort);
    }

    [Fact]
    public void The_funding_cannot_be_negative()
    {
        var buurtTop = Aangekondigd();

        Assert.Throws<DomainException>(() => buurtTop.KiesOrganisator(Organisator() with { Financiering = new Bedrag(-1) }, true, Now));
    }

    [Fact]
    public void A_milestone_lies_within_the_year_before_the_BuurtTop()
    {
        var buurtTop = InVoorbereiding();

        Assert.Throws<DomainException>(() => buurtTop.WijzigPlan(Plan(Mijlpaal(Datum.AddMonths(-12).AddDays(-1))), Now));
        Assert.Throws<DomainException>(() => buurtTop.WijzigPlan(Plan(Mijlpaal(Datum.AddDays(1))), Now));
        buurtTop.WijzigPlan(Plan(Mijlpaal(Datum.AddMonths(-12)), Mijlpaal(Datum)), Now);
        Assert.Equal(2, buurtTop.Plan.Mijlpalen.Count);
    }

    [Fact]
    public void Moving_the_date_keeps_the_milestones_within_the_year()
    {
        var buurtTop = InVoorbereiding();
        buurtTop.WijzigPlan(Plan(Mijlpaal(new DateOnly(2026, 4, 1))), Now);

        Assert.Throws<DomainException>(() => buurtTop.Wijzig("BuurtTop Noord", new DateOnly(2027, 6, 1), null, null, Organisator(), true, Now));
    }

    [Fact]
    public void The_budget_totals_its_lines_and_the_project_leader_and_refuses_negative_amounts()
    {
        var plan = Plan();

        Assert.Equal(new Bedrag(850_000), plan.Totaal);
        Assert.Throws<DomainException>(() => InVoorbereiding().WijzigPlan(plan with { Begroting = [new Begrotingspost("Zaal", new Bedrag(-100))] }, Now));
        Assert.Throws<DomainException>(() => InVoorbereiding().WijzigPlan(plan with { Projectleider = new Projectleider(null, -1, Bedrag.Nul) }, Now));
    }

    [Fact]
    public void Progress_counts_milestones_done_due_by_today_and_overdue()
    {
        var plan = Plan(
            Mijlpaal(new DateOnly(2026, 1, 15), gereed: true),
            Mijlpaal(new DateOnly(2026, 2, 15)),
            Mijlpaal(Vandaag),
            Mijlpaal(new DateOnly(2026, 5, 1)));

        var voortgang = plan.VoortgangOp(Vandaag, Datum);

        Assert.Equal(new Voortgang(Mijlpalen: 4, Gereed: 1, Verschuldigd: 3, Achterstallig: 1, DagenTotBuurtTop: 104), voortgang);
    }

    [Fact]
    public void Holding_a_BuurtTop_that_was_never_prepared_is_refused()
    {
        var buurtTop = Aangekondigd();

        var fout = Assert.Throws<DomainException>(() => buurtTop.Houd(Telling, OpDeDag));
        Assert.Contains("nooit voorbereid", fout.Message);
        Assert.Equal(BuurtTopStatus.Aangekondigd, buurtTop.Status);
    }

    [Fact]
    public void A_BuurtTop_is_not_held_before_its_date_on_the_Dutch_calendar()
    {
        var buurtTop = InVoorbereiding();

        // 23:30 UTC on the 12th is already the 13th in the Netherlands (summer time).
        Assert.Throws<DomainException>(() => buurtTop.Houd(Telling, new DateTimeOffset(2026, 6, 12, 21, 30, 0, TimeSpan.Zero)));
        buurtTop.Houd(Telling, new DateTimeOffset(2026, 6, 12, 23, 30, 0, TimeSpan.Zero));
        Assert.Equal(BuurtTopStatus.Gehouden, buurtTop.Status);
    }

    [Fact]
    public void Attendance_is_counted_by_category_never_negative_and_not_nobody()
    {
        Assert.Throws<DomainException>(() => InVoorbereiding().Houd(Telling with { Ondernemers = -1 }, OpDeDag));
        Assert.Throws<DomainException>(() => InVoorbereiding().Houd(new Aanwezigheid(0, 0, 0, 0, 0, 0, 0), OpDeDag));
        Assert.Equal(153, Gehouden().Aanwezigheid!.Totaal);
    }

    [Fact]
    public void A_BuurtTop_is_held_once()
    {
        var buurtTop = Gehouden();

        Assert.Throws<DomainException>(() => buurtTop.Houd(Telling, OpDeDag));
    }

    [Fact]
    public void A_held_BuurtTop_cannot_be_changed_or_replanned()
    {
        var buurtTop = Gehouden();

        Assert.Throws<DomainException>(() => buurtTop.Wijzig("Anders", Datum, null, null, Organisator(), true, OpDeDag));
        Assert.Throws<DomainException>(() => buurtTop.WijzigPlan(Plan(), OpDeDag));
    }

    [Fact]
    public void Registration_beyond_the_cap_goes_on_the_waiting_list()
    {
        var buurtTop = InVoorbereiding(capaciteit: 2);

        Assert.Equal(AanmeldingStatus.Aangemeld, MeldAan(buurtTop, aangemeld: 1).Status);
        Assert.Equal(AanmeldingStatus.Wachtlijst, MeldAan(buurtTop, aangemeld: 2).Status);
        Assert.Equal(AanmeldingStatus.Aangemeld, MeldAan(InVoorbereiding(), aangemeld: 5000).Status);
    }

    [Fact]
    public void Registration_needs_consent_and_records_which_text_and_when()
    {
        Assert.Throws<DomainException>(() => MeldAan(InVoorbereiding(), 0, toestemming: false));

        var aanmelding = MeldAan(InVoorbereiding(), 0, email: "  Fatima@Example.NL ");
        Assert.Equal(Aanmelding.ToestemmingVersieHuidig, aanmelding.ToestemmingVersie);
        Assert.Equal(Now, aanmelding.ToestemmingOp);
        Assert.Equal("fatima@example.nl", aanmelding.Email);
    }

    [Fact]
    public void Registering_for_a_held_BuurtTop_is_refused()
    {
        Assert.Throws<DomainException>(() => MeldAan(Gehouden(), 0));
    }

    [Fact]
    public void Unsubscribing_removes_the_personal_data_and_is_idempotent()
    {
        var aanmelding = MeldAan(InVoorbereiding(), 0);

        Assert.True(aanmelding.MeldAf(Now.AddDays(1)));
        Assert.Equal(Aanmelding.Geanonimiseerd, aanmelding.Naam);
        Assert.Null(aanmelding.Email);
        Assert.Equal(AanmeldingStatus.Afgemeld, aanmelding.Status);
        Assert.False(aanmelding.MeldAf(Now.AddDays(2)));
    }

    [Fact]
    public void Only_the_waiting_list_moves_up_and_only_when_a_place_is_free()
    {
        var buurtTop = InVoorbereiding(capaciteit: 1);
        var wachtend = MeldAan(buurtTop, aangemeld: 1);

        Assert.False(buurtTop.HeeftPlaats(1));
        Assert.True(buurtTop.HeeftPlaats(0));
        wachtend.Bevorder(Now);
        Assert.Equal(AanmeldingStatus.Aangemeld, wachtend.Status);
        Assert.Throws<DomainException>(() => wachtend.Bevorder(Now));
    }

    [Fact]
    public void Invitations_are_refused_once_the_BuurtTop_was_held()
    {
        Assert.Throws<DomainException>(() => new BuurtTopUitnodiging(Gehouden(), Deelnemerscategorie.Ondernemers, "bakker@example.nl", "team", Now));
    }

    [Fact]
    public void Outputs_are_captured_after_the_BuurtTop_was_held()
    {
        Assert.Throws<DomainException>(() => InVoorbereiding().WijzigOpbrengsten([Droom(Bewoners)], Bewoners));

        var buurtTop = Gehouden();
        buurtTop.WijzigOpbrengsten([Droom(Bewoners)], Bewoners);
        Assert.Equal(Kant.Bewoners, Assert.Single(buurtTop.Opbrengsten).Herkomst.Kant);
    }

    [Fact]
    [Trait("Regel", Regelcatalogus.G8)]
    public void The_gemeente_cannot_change_or_remove_what_residents_captured_G8()
    {
        var buurtTop = Gehouden();
        var droom = Droom(Bewoners);
        buurtTop.WijzigOpbrengsten([droom], Bewoners);

        Assert.Throws<DomainException>(() => buurtTop.WijzigOpbrengsten([droom with { Tekst = "Een parkeergarage" }], Gemeente));
        Assert.Throws<DomainException>(() => buurtTop.WijzigOpbrengsten([], Gemeente));
        buurtTop.WijzigOpbrengsten([droom, Droom(Gemeente, "Een bibliotheek")], Gemeente);
        Assert.Equal([Kant.Bewoners, Kant.Gemeente], buurtTop.Opbrengsten.Select(o => o.Herkomst.Kant));
        Assert.Equal(Bewoners, buurtTop.Opbrengsten[0].Herkomst);
    }

    [Fact]
    public void A_BuurtTop_is_processed_once_it_was_held_and_has_outputs()
    {
        Assert.Throws<DomainException>(() => InVoorbereiding().Verwerk(null, Now));
        var buurtTop = Gehouden();
        Assert.Throws<DomainException>(() => buurtTop.Verwerk(null, OpDeDag));

        buurtTop.WijzigOpbrengsten([Droom(Bewoners)], Bewoners);
        var agenda = Guid.NewGuid();
        buurtTop.Verwerk(agenda, OpDeDag);
        Assert.Equal(BuurtTopStatus.Verwerkt, buurtTop.Status);
        Assert.Equal(agenda, buurtTop.AgendaId);
        Assert.Throws<DomainException>(() => buurtTop.Verwerk(agenda, OpDeDag));
        Assert.Throws<DomainException>(() => buurtTop.WijzigOpbrengsten([], Bewoners));
    }

    [Fact]
    public void A_preparation_reminder_goes_once_per_milestone_and_kind()
    {
        var buurtTop = InVoorbereiding();
        var binnenkort = Mijlpaal(Vandaag.AddDays(10), omschrijving: "Zaal geboekt");
        var verlopen = Mijlpaal(Vandaag.AddDays(-3), omschrijving: "Uitnodigingen verstuurd");
        var later = Mijlpaal(Vandaag.AddDays(30));
        var gereed = Mijlpaal(Vandaag.AddDays(-5), gereed: true);
        buurtTop.WijzigPlan(Plan(binnenkort, verlopen, later, gereed), Now);

        var eerste = buurtTop.Signaleer(Vandaag, 14, Now);
        var tweede = buurtTop.Signaleer(Vandaag, 14, Now);

        Assert.Equal([(binnenkort.Id, HerinneringSoort.Binnenkort), (verlopen.Id, HerinneringSoort.Verlopen)], eerste.Select(s => (s.MijlpaalId, s.Soort)));
        Assert.Empty(tweede);
        // Once the milestone that was due soon is overdue, that is said once more.
        var daarna = buurtTop.Signaleer(Vandaag.AddDays(11), 14, Now.AddDays(11));
        Assert.Equal([(binnenkort.Id, HerinneringSoort.Verlopen)], daarna.Where(s => s.MijlpaalId != later.Id).Select(s => (s.MijlpaalId, s.Soort)));
        Assert.Empty(Gehouden().Signaleer(Vandaag, 14, Now));
    }

    [Fact]
    public void The_cap_lies_between_1_and_10000_or_is_absent()
    {
        Assert.Throws<DomainException>(() => new BuurtTop(Wijk, "BuurtTop", Datum, null, 0, Now));
        Assert.Null(new BuurtTop(Wijk, "BuurtTop", Datum, null, null, Now).Capaciteit);
    }
}
