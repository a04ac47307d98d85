using Gemeenschapskracht.Domain.Beleidskaders;
using Gemeenschapskracht.Domain.Common;
using Gemeenschapskracht.Domain.Regels;
using Gemeenschapskracht.Domain.Wijkbeelden;

namespace Gemeenschapskracht.UnitTests.Domain;

public sealed class WijkbeeldTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);

    private static readonly Guid Wijk = Guid.NewGuid();

    private static readonly Guid Trekker = Guid.NewGuid();

    private static readonly Guid Welzijn = Guid.NewGuid();

    private static readonly Herkomst Bewoners = new(Kant.Bewoners, "Bewonersraad Noord", Now);

    private static readonly Herkomst Professionals = new(Kant.Professionals, "Welzijn Noord", Now.AddHours(1));

    private static readonly Herkomst Gemeente = new(Kant.Gemeente, "Beleidsmedewerker", Now.AddHours(2));

    private static readonly IReadOnlyList<Opmerking> Geen = [];

    private static GeschiedenisItem Geschiedenis(Herkomst herkomst, string gebeurtenis = "De fabriek sloot", Guid? id = null) =>
        new(id ?? Guid.NewGuid(), herkomst, Geen, "1985", gebeurtenis, "Veel werkloosheid", null);

    private static ProfessioneleInzet Inzet(decimal urenInWijk, decimal urenElders, int jaren = 4) =>
        new(Guid.NewGuid(), Professionals, Geen, "Welzijn Noord", "Opbouwwerker", urenInWijk, urenElders, jaren, Financieringsinstrument.Subsidie);

    private static Gespreksronde Ronde(Deelnemers? deelnemers = null) =>
        new(Guid.NewGuid(), Bewoners, Geen, new DateOnly(2026, 2, 12), deelnemers ?? new Deelnemers(14, 3, 1, 2),
            "Wat maakt de wijk sterk?", "De moskee en de sportclub houden de wijk bij elkaar.", "Fatima");

    private static Wijkbeeld Concept() => Wijkbeeld.Eerste(Wijk, "Wijkbeeld Noord", [Trekker, Welzijn], trekkerIsBewonersorganisatie: true, Now);

    /// <summary>A concept in which residents wrote a history item, the reading of the figures and the wijkopbouwpunt decision.</summary>
    private static Wijkbeeld DoorBewonersGeschreven()
    {
        var wijkbeeld = Concept();
        wijkbeeld.Wijzig("Wijkbeeld Noord", WijkbeeldInhoud.Leeg with
        {
            Duiding = "De cijfers over armoede vertellen niet hoe de buren elkaar helpen.",
            Geschiedenis = [Geschiedenis(Bewoners)],
            Gespreksrondes = [Ronde()],
            Wijkopbouwpunt = new WijkopbouwpuntBesluit(WijkopbouwpuntKeuze.Later, "Eerst een vaste plek.", Bewoners),
        }, Bewoners);
        return wijkbeeld;
    }

    private static Wijkbeeld Geduid()
    {
        var wijkbeeld = DoorBewonersGeschreven();
        wijkbeeld.StartGesprek(Now);
        wijkbeeld.Duid(Now);
        return wijkbeeld;
    }

    private static Wijkbeeld Gedeeld()
    {
        var wijkbeeld = Geduid();
        wijkbeeld.Deel(null, Now.AddDays(1));
        return wijkbeeld;
    }

    private static void AssertOngewijzigd(Wijkbeeld wijkbeeld, WijkbeeldInhoud inhoud, DateTimeOffset gewijzigdOp, string titel = "Wijkbeeld Noord")
    {
        Assert.Same(inhoud, wijkbeeld.Inhoud);
        Assert.Equal(titel, wijkbeeld.Titel);
        Assert.Equal(gewijzigdOp, wijkbeeld.GewijzigdOp);
    }

    [Fact]
    public void A_first_wijkbeeld_is_an_empty_concept_of_its_team()
    {
        var wijkbeeld = Wijkbeeld.Eerste(Wijk, "  Wijkbeeld Noord ", [Trekker, Welzijn, Trekker], trekkerIsBewonersorganisatie: true, Now);

        Assert.Equal(1, wijkbeeld.Versie);
        Assert.Equal("Wijkbeeld Noord", wijkbeeld.Titel);
        Assert.Equal(WijkbeeldStatus.Concept, wijkbeeld.Status);
        Assert.True(wijkbeeld.IsBewerkbaar);
        Assert.Equal(Wijk, wijkbeeld.GebiedId);
        Assert.Equal([Trekker, Welzijn], wijkbeeld.Team);
        Assert.Empty(wijkbeeld.Inhoud.Items);
        Assert.Null(wijkbeeld.Inhoud.Duiding);
        Assert.Null(wijkbeeld.GedeeldOp);
    }

    [Fact]
    public void A_wijkbeeld_is_led_by_a_residents_organisation()
    {
        Assert.Throws<DomainException>(() => Wijkbeeld.Eerste(Wijk, "Wijkbeeld Noord", [Welzijn, Trekker], trekkerIsBewonersorganisatie: false, Now));
        Assert.Throws<DomainException>(() => Wijkbeeld.Eerste(Wijk, "Wijkbeeld Noord", [], trekkerIsBewonersorganisatie: true, Now));
    }

    [Fact]
    public void New_items_get_the_writers_origin()
    {
        var wijkbeeld = Concept();

        wijkbeeld.Wijzig(" Wijkbeeld Noord 2026 ", WijkbeeldInhoud.Leeg with
        {
            Geschiedenis = [Geschiedenis(Gemeente) with { Opmerkingen = [new Opmerking(Guid.NewGuid(), Kant.Gemeente, "Iemand", "Vooraf", Now)] }],
        }, Bewoners);

        var item = Assert.Single(wijkbeeld.Inhoud.Geschiedenis);
        Assert.Equal(Bewoners, item.Herkomst);
        Assert.Empty(item.Opmerkingen);
        Assert.Equal("Wijkbeeld Noord 2026", wijkbeeld.Titel);
        Assert.Equal(Bewoners.Op, wijkbeeld.GewijzigdOp);
    }

    [Fact]
    [Trait("Regel", Regelcatalogus.G8)]
    public void G8_the_gemeente_cannot_change_what_residents_wrote()
    {
        var wijkbeeld = DoorBewonersGeschreven();
        var inhoud = wijkbeeld.Inhoud;
        var gewijzigd = inhoud.Geschiedenis[0] with { Gebeurtenis = "De fabriek verhuisde", Herkomst = Gemeente };

        var fout = Assert.Throws<DomainException>(() => wijkbeeld.Wijzig("Anders", inhoud with { Geschiedenis = [gewijzigd] }, Gemeente));

        Assert.Contains("opmerking", fout.Message);
        AssertOngewijzigd(wijkbeeld, inhoud, Bewoners.Op);
    }

    [Fact]
    [Trait("Regel", Regelcatalogus.G8)]
    public void G8_the_gemeente_cannot_remove_what_residents_wrote()
    {
        var wijkbeeld = DoorBewonersGeschreven();
        var inhoud = wijkbeeld.Inhoud;

        var fout = Assert.Throws<DomainException>(() => wijkbeeld.Wijzig("Wijkbeeld Noord", inhoud with { Geschiedenis = [] }, Gemeente));

        Assert.Contains("verwijderd", fout.Message);
        AssertOngewijzigd(wijkbeeld, inhoud, Bewoners.Op);
    }

    [Theory]
    [InlineData("Armoede is het grootste probleem.")]
    [InlineData(null)]
    [Trait("Regel", Regelcatalogus.G8)]
    public void G8_the_gemeente_cannot_change_or_remove_the_residents_reading_of_the_figures(string? duiding)
    {
        var wijkbeeld = DoorBewonersGeschreven();
        var inhoud = wijkbeeld.Inhoud;

        Assert.Throws<DomainException>(() => wijkbeeld.Wijzig("Wijkbeeld Noord", inhoud with { Duiding = duiding }, Gemeente));

        AssertOngewijzigd(wijkbeeld, inhoud, Bewoners.Op);
        Assert.Equal(Kant.Bewoners, wijkbeeld.DuidingKant);
    }

    [Theory]
    [InlineData(WijkopbouwpuntKeuze.Ja, "Eerst een vaste plek.")]
    [InlineData(WijkopbouwpuntKeuze.Later, "Geen behoefte.")]
    [Trait("Regel", Regelcatalogus.G8)]
    public void G8_the_gemeente_cannot_change_the_residents_wijkopbouwpunt_decision(WijkopbouwpuntKeuze keuze, string redenen)
    {
        var wijkbeeld = DoorBewonersGeschreven();
        var inhoud = wijkbeeld.Inhoud;

        Assert.Throws<DomainException>(() => wijkbeeld.Wijzig("Wijkbeeld Noord", inhoud with { Wijkopbouwpunt = new(keuze, redenen, Gemeente) }, Gemeente));
        Assert.Throws<DomainException>(() => wijkbeeld.Wijzig("Wijkbeeld Noord", inhoud with { Wijkopbouwpunt = null }, Gemeente));

        AssertOngewijzigd(wijkbeeld, inhoud, Bewoners.Op);
    }

    [Fact]
    [Trait("Regel", Regelcatalogus.G8)]
    public void G8_the_gemeente_may_add_and_comment()
    {
        var wijkbeeld = DoorBewonersGeschreven();
        var vanBewoners = wijkbeeld.Inhoud.Geschiedenis[0];
        var nieuw = Geschiedenis(Bewoners, "De metro kwam");

        wijkbeeld.Wijzig("Wijkbeeld Noord", wijkbeeld.Inhoud with { Geschiedenis = [vanBewoners, nieuw] }, Gemeente);
        var opmerking = wijkbeeld.Opmerken(vanBewoners.Id, Gemeente, "  Klopt het jaartal? ");

        Assert.Equal(Gemeente.Kant, wijkbeeld.Inhoud.Geschiedenis[1].Herkomst.Kant);
        Assert.Equal(new Opmerking(opmerking.Id, Kant.Gemeente, "Beleidsmedewerker", "Klopt het jaartal?", Gemeente.Op), opmerking);
        var bewaard = wijkbeeld.Inhoud.Geschiedenis[0];
        Assert.Equal([opmerking], bewaard.Opmerkingen);
        Assert.Equal(vanBewoners, bewaard with { Opmerkingen = vanBewoners.Opmerkingen });
        Assert.Equal(Gemeente.Op, wijkbeeld.GewijzigdOp);
    }

    [Fact]
    public void The_gemeente_changes_and_removes_what_it_wrote_itself()
    {
        var wijkbeeld = Concept();
        wijkbeeld.Wijzig("Wijkbeeld Noord", WijkbeeldInhoud.Leeg with { Duiding = "Eerste lezing", Geschiedenis = [Geschiedenis(Gemeente)] }, Gemeente);

        wijkbeeld.Wijzig("Wijkbeeld Noord", WijkbeeldInhoud.Leeg with { Duiding = "Tweede lezing" }, Gemeente);

        Assert.Empty(wijkbeeld.Inhoud.Geschiedenis);
        Assert.Equal("Tweede lezing", wijkbeeld.Inhoud.Duiding);
        Assert.Equal(Kant.Gemeente, wijkbeeld.DuidingKant);
    }

    [Fact]
    public void Residents_and_professionals_may_change_each_others_items()
    {
        var wijkbeeld = DoorBewonersGeschreven();
        var item = wijkbeeld.Inhoud.Geschiedenis[0];

        wijkbeeld.Wijzig("Wijkbeeld Noord", wijkbeeld.Inhoud with { Duiding = "Samen gelezen", Geschiedenis = [item with { Periode = "1986" }] }, Professionals);

        Assert.Equal("1986", wijkbeeld.Inhoud.Geschiedenis[0].Periode);
        Assert.Equal(Kant.Professionals, wijkbeeld.DuidingKant);
    }

    [Fact]
    public void An_edited_item_keeps_its_origin_and_comments()
    {
        var wijkbeeld = DoorBewonersGeschreven();
        var item = wijkbeeld.Inhoud.Geschiedenis[0];
        var opmerking = wijkbeeld.Opmerken(item.Id, Gemeente, "Klopt het jaartal?");
        var later = Bewoners with { Op = Now.AddDays(3) };

        wijkbeeld.Wijzig("Wijkbeeld Noord", wijkbeeld.Inhoud with { Geschiedenis = [item with { Periode = "1986", Herkomst = later, Opmerkingen = Geen }] }, later);

        var bewaard = Assert.Single(wijkbeeld.Inhoud.Geschiedenis);
        Assert.Equal("1986", bewaard.Periode);
        Assert.Equal(Bewoners, bewaard.Herkomst);
        Assert.Equal([opmerking], bewaard.Opmerkingen);
        Assert.Equal(later.Op, wijkbeeld.GewijzigdOp);
    }

    [Fact]
    public void A_comment_on_an_unknown_item_is_refused_and_changes_nothing()
    {
        var wijkbeeld = DoorBewonersGeschreven();
        var inhoud = wijkbeeld.Inhoud;

        Assert.Throws<DomainException>(() => wijkbeeld.Opmerken(Guid.NewGuid(), Gemeente, "Waar staat dit?"));

        AssertOngewijzigd(wijkbeeld, inhoud, Bewoners.Op);
    }

    [Fact]
    public void A_shared_version_is_still_commented_on_but_a_replaced_one_is_not()
    {
        var v1 = Gedeeld();
        var item = v1.Inhoud.Geschiedenis[0].Id;

        v1.Opmerken(item, Gemeente, "Mooi beschreven.");
        var v2 = Wijkbeeld.NieuweVersieVan(v1, "Wijkbeeld Noord 2027", Now.AddDays(30));
        v2.StartGesprek(Now.AddDays(30));
        v2.Duid(Now.AddDays(31));
        v2.Deel(v1, Now.AddDays(32));

        Assert.Single(v1.Inhoud.Geschiedenis[0].Opmerkingen);
        Assert.Throws<DomainException>(() => v1.Opmerken(item, Gemeente, "Nog iets."));
        Assert.Single(v1.Inhoud.Geschiedenis[0].Opmerkingen);
    }

    [Fact]
    public void A_wijkbeeld_cannot_be_geduid_without_a_gespreksronde()
    {
        var wijkbeeld = Concept();
        wijkbeeld.StartGesprek(Now.AddHours(1));

        var fout = Assert.Throws<DomainException>(() => wijkbeeld.Duid(Now.AddDays(1)));

        Assert.Contains("gespreksronde", fout.Message);
        Assert.Equal(WijkbeeldStatus.InGesprek, wijkbeeld.Status);
        Assert.Equal(Now.AddHours(1), wijkbeeld.GewijzigdOp);
    }

    [Fact]
    public void A_wijkbeeld_goes_from_concept_through_the_conversation_to_geduid_and_shared_in_that_order()
    {
        var wijkbeeld = DoorBewonersGeschreven();

        Assert.Throws<DomainException>(() => wijkbeeld.Duid(Now));
        Assert.Throws<DomainException>(() => wijkbeeld.Deel(null, Now));
        Assert.Equal(WijkbeeldStatus.Concept, wijkbeeld.Status);

        wijkbeeld.StartGesprek(Now.AddDays(1));
        Assert.Equal(WijkbeeldStatus.InGesprek, wijkbeeld.Status);
        Assert.Throws<DomainException>(() => wijkbeeld.StartGesprek(Now));
        Assert.Throws<DomainException>(() => wijkbeeld.Deel(null, Now));

        wijkbeeld.Duid(Now.AddDays(2));
        Assert.Equal(WijkbeeldStatus.Geduid, wijkbeeld.Status);
        Assert.True(wijkbeeld.IsBewerkbaar);

        wijkbeeld.Deel(null, Now.AddDays(3));
        Assert.Equal(WijkbeeldStatus.Gedeeld, wijkbeeld.Status);
        Assert.Equal(Now.AddDays(3), wijkbeeld.GedeeldOp);
        Assert.False(wijkbeeld.IsBewerkbaar);
        Assert.Throws<DomainException>(() => wijkbeeld.Deel(null, Now.AddDays(4)));
        Assert.Equal(Now.AddDays(3), wijkbeeld.GedeeldOp);
    }

    [Fact]
    public void A_shared_version_is_read_only()
    {
        var wijkbeeld = Gedeeld();
        var inhoud = wijkbeeld.Inhoud;
        var gewijzigdOp = wijkbeeld.GewijzigdOp;

        var fout = Assert.Throws<DomainException>(() => wijkbeeld.Wijzig("Anders", inhoud with { Duiding = "Later" }, Bewoners));
        Assert.Throws<DomainException>(() => wijkbeeld.WijzigTeam([Trekker], trekkerIsBewonersorganisatie: true, Now.AddDays(2)));

        Assert.Contains("nieuwe versie", fout.Message);
        AssertOngewijzigd(wijkbeeld, inhoud, gewijzigdOp);
        Assert.Equal([Trekker, Welzijn], wijkbeeld.Team);
    }

    [Fact]
    public void A_new_version_starts_only_after_sharing()
    {
        var concept = DoorBewonersGeschreven();

        Assert.Throws<DomainException>(() => Wijkbeeld.NieuweVersieVan(concept, "Versie 2", Now));
        Assert.Throws<DomainException>(() => Wijkbeeld.NieuweVersieVan(Geduid(), "Versie 2", Now));
    }

    [Fact]
    public void A_new_version_is_a_concept_copy_with_the_same_team()
    {
        var v1 = Gedeeld();
        v1.PlanBuurtTop(new DateOnly(2026, 6, 1), 14, Now);

        var v2 = Wijkbeeld.NieuweVersieVan(v1, " Wijkbeeld Noord 2027 ", Now.AddDays(30));

        Assert.NotEqual(v1.Id, v2.Id);
        Assert.Equal(2, v2.Versie);
        Assert.Equal("Wijkbeeld Noord 2027", v2.Titel);
        Assert.Equal(WijkbeeldStatus.Concept, v2.Status);
        Assert.Equal(v1.GebiedId, v2.GebiedId);
        Assert.Equal(v1.Team, v2.Team);
        Assert.Same(v1.Inhoud, v2.Inhoud);
        Assert.Equal(new DateOnly(2026, 6, 1), v2.VolgendeBuurtTop);
        Assert.Null(v2.GedeeldOp);
        Assert.Equal(WijkbeeldStatus.Gedeeld, v1.Status);
    }

    [Fact]
    public void Sharing_replaces_the_previously_shared_version_of_the_wijk()
    {
        var v1 = Gedeeld();
        var v2 = Wijkbeeld.NieuweVersieVan(v1, "Wijkbeeld Noord 2027", Now.AddDays(30));
        v2.StartGesprek(Now.AddDays(30));
        v2.Duid(Now.AddDays(31));

        v2.Deel(v1, Now.AddDays(32));

        Assert.Equal(WijkbeeldStatus.Gedeeld, v2.Status);
        Assert.Equal(WijkbeeldStatus.Vervangen, v1.Status);
        Assert.Equal(Now.AddDays(32), v1.GewijzigdOp);
        Assert.Equal(Now.AddDays(1), v1.GedeeldOp);
        Assert.False(v1.IsBewerkbaar);
    }

    [Fact]
    public void Sharing_never_replaces_the_wijkbeeld_of_another_wijk()
    {
        var elders = Wijkbeeld.Eerste(Guid.NewGuid(), "Wijkbeeld Zuid", [Trekker], trekkerIsBewonersorganisatie: true, Now);
        elders.Wijzig("Wijkbeeld Zuid", WijkbeeldInhoud.Leeg with { Gespreksrondes = [Ronde()] }, Bewoners);
        elders.StartGesprek(Now);
        elders.Duid(Now);
        elders.Deel(null, Now);
        var wijkbeeld = Geduid();

        Assert.Throws<DomainException>(() => wijkbeeld.Deel(elders, Now.AddDays(1)));

        Assert.Equal(WijkbeeldStatus.Geduid, wijkbeeld.Status);
        Assert.Equal(WijkbeeldStatus.Gedeeld, elders.Status);
        Assert.Null(wijkbeeld.GedeeldOp);
    }

    [Fact]
    [Trait("Regel", Regelcatalogus.G7)]
    public void G7_an_organisation_leaving_the_team_takes_nothing_with_it()
    {
        var wijkbeeld = DoorBewonersGeschreven();
        var inhoud = wijkbeeld.Inhoud;

        wijkbeeld.WijzigTeam([Trekker], trekkerIsBewonersorganisatie: true, Now.AddDays(1));

        Assert.Equal([Trekker], wijkbeeld.Team);
        Assert.Same(inhoud, wijkbeeld.Inhoud);
        Assert.Throws<DomainException>(() => wijkbeeld.WijzigTeam([Welzijn], trekkerIsBewonersorganisatie: false, Now.AddDays(2)));
        Assert.Equal([Trekker], wijkbeeld.Team);
    }

    [Theory]
    [InlineData(100, 69)]
    [InlineData(169, 0)]
    [InlineData(0, 168.5)]
    public void Deployment_of_more_than_168_hours_a_week_is_refused(decimal urenInWijk, decimal urenElders)
    {
        var wijkbeeld = DoorBewonersGeschreven();
        var inhoud = wijkbeeld.Inhoud;

        var fout = Assert.Throws<DomainException>(() => wijkbeeld.Wijzig("Wijkbeeld Noord", inhoud with { Inzet = [Inzet(urenInWijk, urenElders)] }, Professionals));

        Assert.Contains("168", fout.Message);
        AssertOngewijzigd(wijkbeeld, inhoud, Bewoners.Op);
    }

    [Fact]
    public void Deployment_of_168_hours_a_week_is_accepted()
    {
        var wijkbeeld = Concept();

        wijkbeeld.Wijzig("Wijkbeeld Noord", WijkbeeldInhoud.Leeg with { Inzet = [Inzet(100, 68)] }, Professionals);

        Assert.Single(wijkbeeld.Inhoud.Inzet);
    }

    [Theory]
    [InlineData(-1, 0, 0)]
    [InlineData(0, -1, 0)]
    [InlineData(0, 0, -1)]
    public void Negative_hours_or_years_are_refused(decimal urenInWijk, decimal urenElders, int jaren)
    {
        var wijkbeeld = DoorBewonersGeschreven();
        var inhoud = wijkbeeld.Inhoud;

        Assert.Throws<DomainException>(() => wijkbeeld.Wijzig("Wijkbeeld Noord", inhoud with { Inzet = [Inzet(urenInWijk, urenElders, jaren)] }, Professionals));

        AssertOngewijzigd(wijkbeeld, inhoud, Bewoners.Op);
    }

    [Theory]
    [InlineData(0, 0, 0, 0)]
    [InlineData(-1, 3, 0, 0)]
    [InlineData(5, 0, -1, 0)]
    public void A_gespreksronde_without_participants_or_with_a_negative_count_is_refused(int bewoners, int professionals, int ambtenaren, int ondernemers)
    {
        var wijkbeeld = DoorBewonersGeschreven();
        var inhoud = wijkbeeld.Inhoud;

        Assert.Throws<DomainException>(() => wijkbeeld.Wijzig("Wijkbeeld Noord",
            inhoud with { Gespreksrondes = [Ronde(new Deelnemers(bewoners, professionals, ambtenaren, ondernemers))] }, Bewoners));

        AssertOngewijzigd(wijkbeeld, inhoud, Bewoners.Op);
    }

    [Fact]
    public void Two_items_with_one_id_are_refused()
    {
        var wijkbeeld = DoorBewonersGeschreven();
        var inhoud = wijkbeeld.Inhoud;
        var id = Guid.NewGuid();

        Assert.Throws<DomainException>(() => wijkbeeld.Wijzig("Wijkbeeld Noord",
            inhoud with { Geschiedenis = [.. inhoud.Geschiedenis, Geschiedenis(Bewoners, id: id)], Behoeften = [new Behoefte(id, Bewoners, Geen, BehoefteSoort.Plekken, "Een buurthuis")] }, Bewoners));

        AssertOngewijzigd(wijkbeeld, inhoud, Bewoners.Op);
    }

    [Theory]
    [InlineData(12, 24, 0.33)]
    [InlineData(32, 0, 1)]
    [InlineData(0, 36, 0)]
    [InlineData(2, 1, 0.67)]
    public void Wijkgebondenheid_is_the_share_of_hours_in_the_wijk(decimal urenInWijk, decimal urenElders, decimal verwacht)
    {
        Assert.Equal(verwacht, Inzet(urenInWijk, urenElders).Wijkgebondenheid);
    }

    [Fact]
    public void Wijkgebondenheid_is_unknown_without_hours()
    {
        Assert.Null(Inzet(0, 0).Wijkgebondenheid);
    }

    [Fact]
    public void J1_newer_figures_are_marked_once_per_year()
    {
        var wijkbeeld = Gedeeld();
        wijkbeeld.BaseerOpCijfersVan(2024);

        Assert.True(wijkbeeld.MarkeerCijfersVerouderd(2025));
        Assert.False(wijkbeeld.MarkeerCijfersVerouderd(2025));
        Assert.False(wijkbeeld.MarkeerCijfersVerouderd(2024));
        Assert.Equal(2025, wijkbeeld.NieuwerCijferjaar);
        Assert.True(wijkbeeld.MarkeerCijfersVerouderd(2026));
        Assert.Equal(2026, wijkbeeld.NieuwerCijferjaar);
    }

    [Fact]
    public void J1_a_replaced_version_is_not_marked()
    {
        var v1 = Gedeeld();
        var v2 = Wijkbeeld.NieuweVersieVan(v1, "Wijkbeeld Noord 2027", Now.AddDays(30));
        v2.StartGesprek(Now.AddDays(30));
        v2.Duid(Now.AddDays(30));
        v2.Deel(v1, Now.AddDays(30));

        Assert.False(v1.MarkeerCijfersVerouderd(2025));
        Assert.Null(v1.NieuwerCijferjaar);
    }

    [Fact]
    public void J1_a_wijkbeeld_made_without_figures_or_with_the_newest_is_not_marked()
    {
        var wijkbeeld = Gedeeld();
        Assert.False(wijkbeeld.MarkeerCijfersVerouderd(2025));

        wijkbeeld.BaseerOpCijfersVan(2025);

        Assert.False(wijkbeeld.MarkeerCijfersVerouderd(2025));
        Assert.Null(wijkbeeld.NieuwerCijferjaar);
    }

    [Fact]
    public void J2_the_lead_time_lies_between_one_day_and_a_year()
    {
        var wijkbeeld = Gedeeld();

        Assert.Throws<DomainException>(() => wijkbeeld.PlanBuurtTop(new DateOnly(2026, 6, 1), 0, Now));
        Assert.Throws<DomainException>(() => wijkbeeld.PlanBuurtTop(new DateOnly(2026, 6, 1), 366, Now));
        Assert.Null(wijkbeeld.VolgendeBuurtTop);
        Assert.Equal(Wijkbeeld.StandaardHerinneringDagen, wijkbeeld.HerinneringDagenVooraf);
    }

    [Fact]
    public void J2_the_team_is_reminded_once_per_buurttop_within_the_lead_time()
    {
        var wijkbeeld = Gedeeld();
        var buurtTop = new DateOnly(2026, 6, 1);
        wijkbeeld.PlanBuurtTop(buurtTop, 14, Now);

        Assert.False(wijkbeeld.HerinnerVoorBuurtTop(buurtTop.AddDays(-15)));
        Assert.Null(wijkbeeld.HerinnerdVoorBuurtTop);
        Assert.True(wijkbeeld.HerinnerVoorBuurtTop(buurtTop.AddDays(-14)));
        Assert.False(wijkbeeld.HerinnerVoorBuurtTop(buurtTop.AddDays(-13)));
        Assert.False(wijkbeeld.HerinnerVoorBuurtTop(buurtTop));
        Assert.Equal(buurtTop, wijkbeeld.HerinnerdVoorBuurtTop);
    }

    [Fact]
    public void J2_a_new_buurttop_date_is_reminded_again()
    {
        var wijkbeeld = Gedeeld();
        wijkbeeld.PlanBuurtTop(new DateOnly(2026, 6, 1), 14, Now);
        Assert.True(wijkbeeld.HerinnerVoorBuurtTop(new DateOnly(2026, 5, 30)));

        wijkbeeld.PlanBuurtTop(new DateOnly(2026, 6, 15), 14, Now.AddDays(1));

        Assert.True(wijkbeeld.HerinnerVoorBuurtTop(new DateOnly(2026, 6, 10)));
        Assert.Equal(new DateOnly(2026, 6, 15), wijkbeeld.HerinnerdVoorBuurtTop);
    }

    [Fact]
    public void J2_no_reminder_without_a_date_or_after_it()
    {
        var wijkbeeld = Gedeeld();

        Assert.False(wijkbeeld.HerinnerVoorBuurtTop(new DateOnly(2026, 5, 30)));
        wijkbeeld.PlanBuurtTop(new DateOnly(2026, 6, 1), 14, Now);
        Assert.False(wijkbeeld.HerinnerVoorBuurtTop(new DateOnly(2026, 6, 2)));
        Assert.Null(wijkbeeld.HerinnerdVoorBuurtTop);
    }

    [Fact]
    public void J2_a_new_version_is_not_reminded_again_of_a_buurttop_the_team_was_reminded_of()
    {
        var v1 = Gedeeld();
        v1.PlanBuurtTop(new DateOnly(2026, 6, 1), 14, Now);
        Assert.True(v1.HerinnerVoorBuurtTop(new DateOnly(2026, 5, 25)));

        var v2 = Wijkbeeld.NieuweVersieVan(v1, "Wijkbeeld Noord 2027", Now.AddDays(1));

        Assert.False(v2.HerinnerVoorBuurtTop(new DateOnly(2026, 5, 28)));
    }

    [Fact]
    public void J2_the_team_is_reminded_before_the_nearest_of_the_announced_buurttop_and_the_date_set_on_the_wijkbeeld()
    {
        var wijkbeeld = Gedeeld();
        wijkbeeld.PlanBuurtTop(new DateOnly(2026, 9, 1), 14, Now);

        Assert.False(wijkbeeld.HerinnerVoorBuurtTop(new DateOnly(2026, 5, 25), aangekondigd: new DateOnly(2026, 7, 1)));
        Assert.True(wijkbeeld.HerinnerVoorBuurtTop(new DateOnly(2026, 6, 20), aangekondigd: new DateOnly(2026, 7, 1)));
        Assert.Equal(new DateOnly(2026, 7, 1), wijkbeeld.HerinnerdVoorBuurtTop);
        Assert.False(wijkbeeld.HerinnerVoorBuurtTop(new DateOnly(2026, 6, 21), aangekondigd: new DateOnly(2026, 7, 1)));
    }
}
