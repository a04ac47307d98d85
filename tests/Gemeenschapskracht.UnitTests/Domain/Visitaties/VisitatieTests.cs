using Gemeenschapskracht.Domain.Common;
using Gemeenschapskracht.Domain.Regels;
using Gemeenschapskracht.Domain.Visitaties;

namespace Gemeenschapskracht.UnitTests.Domain.Visitaties;

/// <summary>Visitaties (R6.3, §5.5): a panel of residents from other wijken and a raadslid, scores with narratives, the response before the final report.</summary>
public sealed class VisitatieTests
{
    private static readonly DateTimeOffset Now = new(2027, 3, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly Guid Oostbuurt = Guid.NewGuid();
    private static readonly Guid Westwijk = Guid.NewGuid();
    private static readonly Guid Welzijn = Guid.NewGuid();
    private const string Verhaal = "Het opbouwwerk kent de verbinders van de Oostbuurt en laat bewoners zelf de buurtavonden trekken.";

    private static Visitatiecyclus Cyclus() => new("Professionele inzet per wijk", Onderwerpsoort.ProfessioneleInzet, 24, 28, null, Now);

    private static Visitatie Visitatie(Visitatiecyclus? cyclus = null) =>
        new(cyclus ?? Cyclus(), new Visitatieonderwerp(Onderwerpsoort.ProfessioneleInzet, Guid.NewGuid(), "Opbouwwerk Oostbuurt", Oostbuurt, Welzijn),
            new DateOnly(2027, 3, 1), Now);

    private static Panellid Bewoner(Guid? wijk = null, string? belang = null, IReadOnlyList<Guid>? organisaties = null) =>
        new(Guid.NewGuid(), "Henk de Boer", Panelrol.Bewoner, wijk ?? Westwijk, organisaties ?? [], belang);

    private static Panellid Raadslid() => new(Guid.NewGuid(), "Raadslid Yilmaz", Panelrol.Raadslid, null, [], null);

    private static Visitatie InGesprek()
    {
        var v = Visitatie();
        v.VoegPanellidToe(Bewoner(), Now);
        v.VoegPanellidToe(Raadslid(), Now);
        v.BevestigPanel(Now);
        v.VraagZelfreflectie(Now);
        v.LegZelfreflectieVast("We zijn sterk in het vinden van bewoners, maar leren nog hoe we ons terugtrekken als zij het overnemen.", Now);
        return v;
    }

    private static Visitatie InReactie()
    {
        var v = InGesprek();
        foreach (var p in v.Perspectieven)
            v.Beoordeel(p.Id, Oordeel.Sterk, Verhaal, "Henk de Boer", Now);
        v.MaakConceptrapport(Now);
        return v;
    }

    [Fact]
    public void R6_3_a_cycle_scores_on_the_four_default_perspectives_and_a_change_is_a_new_version_the_open_visitatie_does_not_follow()
    {
        var cyclus = Cyclus();
        Assert.Equal(["Presteren naar opgaven", "Presteren volgens belanghebbenden", "Presteren naar vermogen", "Governance"], cyclus.Perspectieven.Select(p => p.Naam));
        var visitatie = Visitatie(cyclus);

        cyclus.WijzigPerspectieven([new Perspectief(Guid.NewGuid(), "Leren", "Wordt er geleerd van wat niet lukt?")], Now);

        Assert.Equal(2, cyclus.PerspectievenVersie);
        Assert.Equal(1, visitatie.PerspectievenVersie);
        Assert.Equal(4, visitatie.Perspectieven.Count);
    }

    [Theory]
    [InlineData(5, 28)]
    [InlineData(61, 28)]
    [InlineData(24, 13)]
    public void R6_3_a_cycle_has_a_cadence_of_six_to_sixty_months_and_a_response_period_of_at_least_two_weeks(int cadans, int termijn)
    {
        Assert.Throws<DomainException>(() => new Visitatiecyclus("Cyclus", Onderwerpsoort.Wijkprogramma, cadans, termijn, null, Now));
    }

    [Fact]
    public void R6_3_perspectives_have_a_name_and_a_description_and_no_two_share_a_name()
    {
        var cyclus = Cyclus();
        Assert.Throws<DomainException>(() => cyclus.WijzigPerspectieven([], Now));
        Assert.Throws<DomainException>(() => cyclus.WijzigPerspectieven([new(Guid.NewGuid(), "Leren", " ")], Now));
        Assert.Throws<DomainException>(() => cyclus.WijzigPerspectieven([new(Guid.NewGuid(), "Leren", "a"), new(Guid.NewGuid(), "leren ", "b")], Now));
        Assert.Equal(1, cyclus.PerspectievenVersie);
    }

    [Fact]
    public void J9_a_subject_is_due_a_cadence_after_its_last_visitatie_and_at_once_when_never_reviewed()
    {
        var cyclus = Cyclus();
        Assert.Equal(new DateOnly(2029, 1, 15), cyclus.VolgendeOp(new DateOnly(2027, 1, 15), new DateOnly(2027, 3, 1)));
        Assert.Equal(new DateOnly(2027, 3, 1), cyclus.VolgendeOp(null, new DateOnly(2027, 3, 1)));
    }

    [Fact]
    public void R6_3_a_resident_of_the_reviewed_wijk_cannot_sit_on_its_panel()
    {
        var v = Visitatie();
        var e = Assert.Throws<DomainException>(() => v.VoegPanellidToe(Bewoner(Oostbuurt), Now));
        Assert.Contains("woont in de wijk die gevisiteerd wordt", e.Message);
        Assert.Empty(v.Panel);
    }

    [Fact]
    public void R6_3_a_member_of_the_reviewed_organisation_or_with_a_declared_interest_cannot_sit_on_the_panel()
    {
        var v = Visitatie();
        Assert.Contains("hoort bij de organisatie", Assert.Throws<DomainException>(() => v.VoegPanellidToe(Bewoner(organisaties: [Welzijn]), Now)).Message);
        Assert.Contains("heeft een belang gemeld", Assert.Throws<DomainException>(() => v.VoegPanellidToe(Bewoner(belang: "Mijn zoon werkt bij het opbouwwerk"), Now)).Message);
        var lid = Bewoner();
        v.VoegPanellidToe(lid, Now);
        Assert.Throws<DomainException>(() => v.VoegPanellidToe(lid, Now));
        Assert.Single(v.Panel);
    }

    [Fact]
    public void R6_3_a_panel_without_a_raadslid_or_without_a_resident_is_not_confirmed()
    {
        var v = Visitatie();
        v.VoegPanellidToe(Bewoner(), Now);
        Assert.Contains("minstens één raadslid", Assert.Throws<DomainException>(() => v.BevestigPanel(Now)).Message);

        var zonderBewoner = Visitatie();
        zonderBewoner.VoegPanellidToe(Raadslid(), Now);
        Assert.Throws<DomainException>(() => zonderBewoner.BevestigPanel(Now));

        Assert.Equal(VisitatieStatus.Gepland, v.Status);
        v.VoegPanellidToe(Raadslid(), Now);
        v.BevestigPanel(Now);
        Assert.Equal(VisitatieStatus.PanelSamengesteld, v.Status);
        Assert.Throws<DomainException>(() => v.VoegPanellidToe(Bewoner(), Now));
    }

    [Fact]
    public void R6_3_the_conversations_start_with_the_reviewed_partys_self_reflection_and_stakeholders_are_heard_then()
    {
        var v = Visitatie();
        v.VoegPanellidToe(Bewoner(), Now);
        v.VoegPanellidToe(Raadslid(), Now);
        v.BevestigPanel(Now);
        Assert.Throws<DomainException>(() => v.LegZelfreflectieVast("Te vroeg, nog niet gevraagd maar wel lang genoeg geschreven.", Now));
        v.VraagZelfreflectie(Now);
        Assert.Throws<DomainException>(() => v.LegZelfreflectieVast("Kort.", Now));
        Assert.Throws<DomainException>(() => v.LegInbrengVast("Buurtbewoner", "Het buurthuis is 's avonds dicht.", Now));

        v.LegZelfreflectieVast("We zijn sterk in het vinden van bewoners, maar leren nog hoe we ons terugtrekken.", Now);
        v.LegInbrengVast("Buurtbewoner", "Het buurthuis is 's avonds dicht.", Now);

        Assert.Equal(VisitatieStatus.Gesprekken, v.Status);
        Assert.Single(v.Inbreng);
    }

    [Fact]
    public void R6_3_a_mark_without_a_narrative_is_refused_and_the_draft_report_waits_for_every_perspective()
    {
        var v = InGesprek();
        var eerste = v.Perspectieven[0].Id;
        Assert.Contains("zonder verhaal", Assert.Throws<DomainException>(() => v.Beoordeel(eerste, Oordeel.Sterk, "Goed.", "Henk", Now)).Message);
        Assert.Throws<DomainException>(() => v.Beoordeel(Guid.NewGuid(), Oordeel.Sterk, Verhaal, "Henk", Now));
        Assert.Throws<DomainException>(() => v.Beoordeel(eerste, (Oordeel)9, Verhaal, "Henk", Now));
        Assert.Empty(v.Beoordelingen);

        v.Beoordeel(eerste, Oordeel.InOntwikkeling, Verhaal, "Henk", Now);
        v.Beoordeel(eerste, Oordeel.Sterk, Verhaal, "Henk", Now);
        Assert.Equal(Oordeel.Sterk, Assert.Single(v.Beoordelingen).Oordeel);
        Assert.Contains("Presteren volgens belanghebbenden", Assert.Throws<DomainException>(() => v.MaakConceptrapport(Now)).Message);
        Assert.Equal(VisitatieStatus.Gesprekken, v.Status);
    }

    [Fact]
    [Trait("Regel", Regelcatalogus.G5)]
    public void G_5_a_narrative_that_counts_production_per_professional_is_refused()
    {
        var v = InGesprek();
        var e = Assert.Throws<DomainException>(() =>
            v.Beoordeel(v.Perspectieven[0].Id, Oordeel.Sterk, "De opbouwwerker legde 30 huisbezoeken per week af en dat is veel werk.", "Henk", Now));
        Assert.Contains("G-5", e.Message);
        Assert.Empty(v.Beoordelingen);
    }

    [Fact]
    public void R6_3_the_report_is_adopted_after_the_response_or_once_the_response_period_has_passed()
    {
        var v = InReactie();
        Assert.Equal(new DateOnly(2027, 3, 29), v.ReactieUiterlijk);
        Assert.Contains("kan tot en met 29-03-2027 reageren", Assert.Throws<DomainException>(() => v.StelVast(Now.AddDays(27))).Message);
        Assert.Equal(VisitatieStatus.Reactie, v.Status);

        v.StelVast(Now.AddDays(29));
        Assert.Equal(VisitatieStatus.Vastgesteld, v.Status);

        var metReactie = InReactie();
        metReactie.GeefReactie("We nemen de aanbevelingen over en vragen de gemeente om een avondsleutel.", Now);
        metReactie.StelVast(Now.AddDays(1));
        Assert.Equal(VisitatieStatus.Vastgesteld, metReactie.Status);
        Assert.Throws<DomainException>(() => metReactie.GeefReactie("Te laat.", Now.AddDays(2)));
    }

    [Fact]
    public void R6_3_follow_up_actions_have_an_owner_and_a_deadline_and_the_visitatie_closes_when_all_are_done()
    {
        var v = InReactie();
        Assert.Throws<DomainException>(() => v.VoegVervolgactieToe("Avondopenstelling", "Gemeente", new DateOnly(2027, 9, 1), Now));
        v.GeefReactie("We nemen de aanbevelingen over.", Now);
        v.StelVast(Now);
        Assert.Throws<DomainException>(() => v.VoegVervolgactieToe("Avondopenstelling", " ", new DateOnly(2027, 9, 1), Now));
        Assert.Throws<DomainException>(() => v.VoegVervolgactieToe("Avondopenstelling", "Gemeente", new DateOnly(2027, 2, 1), Now));
        var actie = v.VoegVervolgactieToe("Avondopenstelling van het buurthuis", "Gemeente, team wijken", new DateOnly(2027, 9, 1), Now);
        Assert.Equal(VisitatieStatus.Opvolging, v.Status);
        Assert.Throws<DomainException>(() => v.RondAf(Now));

        Assert.Throws<DomainException>(() => v.MeldVervolgactieGereed(actie.Id, " ", Now));
        v.MeldVervolgactieGereed(actie.Id, "Het buurthuis is sinds maart op dinsdagavond open.", Now);
        Assert.Equal("Het buurthuis is sinds maart op dinsdagavond open.", v.Vervolgacties.Single().Bewijs);
        Assert.Throws<DomainException>(() => v.MeldVervolgactieGereed(actie.Id, "Nogmaals.", Now));
        v.RondAf(Now);
        Assert.Equal(VisitatieStatus.Afgerond, v.Status);
    }

    [Fact]
    public void J10_an_overdue_follow_up_action_is_chased_once_and_a_done_or_not_yet_due_one_never()
    {
        var v = InReactie();
        v.GeefReactie("We nemen de aanbevelingen over.", Now);
        v.StelVast(Now);
        var verlopen = v.VoegVervolgactieToe("Avondopenstelling van het buurthuis", "Gemeente, team wijken", new DateOnly(2027, 4, 1), Now);
        var gereed = v.VoegVervolgactieToe("Jongerenpanel", "Jongerenwerk", new DateOnly(2027, 4, 1), Now);
        v.VoegVervolgactieToe("Terugkoppeling na de BuurtTop", "Bewonersorganisatie", new DateOnly(2027, 9, 1), Now);
        v.MeldVervolgactieGereed(gereed.Id, "Het jongerenpanel kwam in maart voor het eerst bijeen.", Now);
        Assert.Empty(v.MaanVervolgacties(new DateTimeOffset(2027, 4, 1, 12, 0, 0, TimeSpan.Zero)));

        var later = new DateTimeOffset(2027, 4, 2, 6, 0, 0, TimeSpan.Zero);
        Assert.Equal([verlopen.Id], v.MaanVervolgacties(later).Select(a => a.Id));
        Assert.Equal(later, v.Vervolgacties.Single(a => a.Id == verlopen.Id).GemaandOp);
        Assert.Empty(v.MaanVervolgacties(later.AddDays(1)));
    }

    [Fact]
    public void R6_3_a_panel_member_reads_the_visit_file_only_while_the_visitatie_runs()
    {
        var v = Visitatie();
        var lid = Bewoner();
        v.VoegPanellidToe(lid, Now);
        v.VoegPanellidToe(Raadslid(), Now);
        Assert.True(v.IsActiefPanellid(lid.GebruikerId));
        Assert.False(v.IsActiefPanellid(Guid.NewGuid()));
        v.BevestigPanel(Now);
        v.VraagZelfreflectie(Now);
        v.LegZelfreflectieVast("We zijn sterk in het vinden van bewoners, maar leren nog hoe we ons terugtrekken.", Now);
        foreach (var p in v.Perspectieven)
            v.Beoordeel(p.Id, Oordeel.Sterk, Verhaal, lid.Naam, Now);
        v.MaakConceptrapport(Now);
        v.GeefReactie("Dank voor het rapport.", Now);
        v.StelVast(Now);
        var actie = v.VoegVervolgactieToe("Avondopenstelling", "Gemeente", new DateOnly(2027, 9, 1), Now);
        v.MeldVervolgactieGereed(actie.Id, "Open op dinsdagavond.", Now);
        v.RondAf(Now);

        Assert.False(v.IsActiefPanellid(lid.GebruikerId));
    }

    [Fact]
    public void R6_1_a_visitatie_reviews_a_subject_of_its_cycles_kind()
    {
        Assert.Throws<DomainException>(() => new Visitatie(Cyclus(),
            new Visitatieonderwerp(Onderwerpsoort.Initiatief, Guid.NewGuid(), "Moestuin", Oostbuurt, null), new DateOnly(2027, 3, 1), Now));
    }
}
