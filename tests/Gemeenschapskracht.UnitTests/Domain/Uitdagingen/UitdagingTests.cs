using Gemeenschapskracht.Domain.Common;
using Gemeenschapskracht.Domain.Regels;
using Gemeenschapskracht.Domain.Uitdagingen;

namespace Gemeenschapskracht.UnitTests.Domain.Uitdagingen;

/// <summary>
/// The uitdaagrecht (Wet versterking participatie op decentraal niveau): excluded tasks refused at submission, the
/// ontvankelijkheid term, the decision on every published criterion with a reasoning (a beschikking, Awb 1:3, with six
/// weeks for bezwaar, Awb 6:7), transfer, monitoring and evaluation.
/// </summary>
public sealed class UitdagingTests
{
    private static readonly DateTimeOffset Ingediend = new(2027, 2, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly Guid Organisatie = Guid.NewGuid();

    private static Participatieverordening Verordening(int weken = 8) => new(1, "Participatieverordening Voorbeeld 2026", new DateOnly(2026, 11, 12), weken, 10,
        [("Meerwaarde", "Beter of dichter bij de buurt."), ("Draagvlak", "Gedragen door bewoners.")], ["Handhaving", "Vergunningverlening"], Ingediend);

    private static Uitdaging Nieuw(string taak = "Onderhoud van het groen in het Oosterpark", Participatieverordening? verordening = null) =>
        new(verordening ?? Verordening(), Organisatie, null, null, null, taak, null, "Wij doen het al jaren als vrijwilligers.", new Bedrag(40_000_00),
            new DateOnly(2027, 7, 1), new DateOnly(2028, 6, 30), Ingediend);

    private static Uitdaging InBeoordeling()
    {
        var uitdaging = Nieuw();
        uitdaging.BeslisOntvankelijkheid(true, null, "Beleid", Ingediend.AddDays(10));
        uitdaging.StartBeoordeling(Ingediend.AddDays(11));
        return uitdaging;
    }

    private static readonly Criteriumoordeel[] Beide = [new(1, true, "Goedkoper en dichterbij."), new(2, true, "Handtekeningen van 300 bewoners.")];

    [Fact]
    public void Uitdaagrecht_a_task_the_verordening_excludes_is_refused_at_submission_naming_the_exclusion()
    {
        var fout = Assert.Throws<DomainException>(() => Nieuw("Handhaving van het parkeerbeleid"));
        Assert.Contains("'Handhaving'", fout.Message);
        Assert.Contains("uitgesloten", fout.Message);
        Assert.Contains("Participatieverordening Voorbeeld 2026", fout.Message);
    }

    [Fact]
    public void Uitdaagrecht_a_group_without_an_organisation_names_a_contact()
    {
        Assert.Throws<DomainException>(() => new Uitdaging(Verordening(), null, "Bewoners Oost", null, null, "Groenonderhoud", null, "Wij kunnen het.",
            new Bedrag(1_000_00), new DateOnly(2027, 7, 1), new DateOnly(2028, 6, 30), Ingediend));
        var groep = new Uitdaging(Verordening(), null, "Bewoners Oost", "Fatima", "fatima@voorbeeld.nl", "Groenonderhoud", null, "Wij kunnen het.",
            new Bedrag(1_000_00), new DateOnly(2027, 7, 1), new DateOnly(2028, 6, 30), Ingediend);
        Assert.Null(groep.OrganisatieId);
    }

    [Fact]
    public void Uitdaagrecht_ontvankelijkheid_is_due_submission_plus_the_verordenings_term_and_then_overdue()
    {
        var uitdaging = Nieuw(verordening: Verordening(weken: 6));
        Assert.Equal(new DateOnly(2027, 3, 15), uitdaging.OntvankelijkheidUiterlijk);
        Assert.False(uitdaging.IsOntvankelijkheidTeLaat(new DateTimeOffset(2027, 3, 15, 12, 0, 0, TimeSpan.Zero)));
        Assert.True(uitdaging.IsOntvankelijkheidTeLaat(new DateTimeOffset(2027, 3, 16, 12, 0, 0, TimeSpan.Zero)));
        uitdaging.BeslisOntvankelijkheid(true, null, "Beleid", new DateTimeOffset(2027, 3, 17, 12, 0, 0, TimeSpan.Zero));
        Assert.False(uitdaging.IsOntvankelijkheidTeLaat(new DateTimeOffset(2027, 3, 18, 12, 0, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void Uitdaagrecht_the_overdue_term_is_reported_once()
    {
        var uitdaging = Nieuw();
        var laat = Ingediend.AddDays(60);
        Assert.False(uitdaging.MeldTermijnOverschreden(Ingediend.AddDays(5)));
        Assert.True(uitdaging.MeldTermijnOverschreden(laat));
        Assert.False(uitdaging.MeldTermijnOverschreden(laat.AddDays(1)));
    }

    [Fact]
    public void Uitdaagrecht_not_ontvankelijk_needs_a_reason_and_is_a_decision()
    {
        var uitdaging = Nieuw();
        Assert.Throws<DomainException>(() => uitdaging.BeslisOntvankelijkheid(false, " ", "Beleid", Ingediend.AddDays(3)));
        uitdaging.BeslisOntvankelijkheid(false, "De taak is al aanbesteed tot 2029.", "Beleid", Ingediend.AddDays(3));
        Assert.Equal(UitdagingStatus.NietOntvankelijk, uitdaging.Status);
        Assert.True(uitdaging.HeeftBesluit);
        Assert.Throws<DomainException>(() => uitdaging.StartBeoordeling(Ingediend.AddDays(4)));
    }

    [Fact]
    public void Uitdaagrecht_the_decision_needs_an_assessment_of_every_published_criterion_of_its_version()
    {
        var uitdaging = InBeoordeling();
        var fout = Assert.Throws<DomainException>(() => uitdaging.Besluit(true, [Beide[0]], "Goed voorstel.", "Beleid", Ingediend.AddDays(20)));
        Assert.Contains("Draagvlak", fout.Message);
        Assert.Throws<DomainException>(() => uitdaging.Besluit(true, [.. Beide, new(3, true, "Verzonnen")], "Goed voorstel.", "Beleid", Ingediend.AddDays(20)));
        Assert.Throws<DomainException>(() => uitdaging.Besluit(true, [Beide[0], Beide[0]], "Goed voorstel.", "Beleid", Ingediend.AddDays(20)));
        Assert.Equal(UitdagingStatus.InBeoordeling, uitdaging.Status);
    }

    [Fact]
    [Trait("Regel", Regelcatalogus.Awb3_46)]
    public void Uitdaagrecht_the_decision_needs_a_reasoning()
    {
        var uitdaging = InBeoordeling();
        Assert.Throws<DomainException>(() => uitdaging.Besluit(false, Beide, "  ", "Beleid", Ingediend.AddDays(20)));
        Assert.Throws<DomainException>(() => uitdaging.Besluit(false, [Beide[0], new(2, false, " ")], "Niet genoeg draagvlak.", "Beleid", Ingediend.AddDays(20)));
    }

    [Fact]
    public void Uitdaagrecht_a_later_verordening_version_changes_nothing_for_a_challenge_already_submitted()
    {
        var uitdaging = Nieuw();
        _ = new Participatieverordening(2, "Nieuwe verordening", new DateOnly(2027, 2, 10), 4, 4, [("Alleen dit", "Nieuw criterium.")], [], Ingediend.AddDays(9));
        Assert.Equal((1, 2), (uitdaging.VerordeningVersie, uitdaging.Criteria.Count));
    }

    [Fact]
    [Trait("Regel", Regelcatalogus.Awb1_3)]
    [Trait("Regel", Regelcatalogus.Awb6_7)]
    public void Awb_1_3_and_6_7_a_decision_is_a_beschikking_open_to_bezwaar_for_six_weeks()
    {
        var uitdaging = InBeoordeling();
        Assert.False(uitdaging.HeeftBesluit);
        uitdaging.Besluit(false, [Beide[0], new(2, false, "Te weinig bewoners betrokken.")], "Het draagvlak is onvoldoende aangetoond.", "Beleid",
            new DateTimeOffset(2027, 3, 1, 10, 0, 0, TimeSpan.Zero));
        Assert.Equal(UitdagingStatus.Afgewezen, uitdaging.Status);
        Assert.True(uitdaging.HeeftBesluit);
        Assert.Equal(new DateOnly(2027, 4, 12), uitdaging.BezwaarUiterlijk);
    }

    [Fact]
    public void Uitdaagrecht_only_a_granted_challenge_is_transferred_then_monitored_and_evaluated()
    {
        var afgewezen = InBeoordeling();
        afgewezen.Besluit(false, Beide, "Nee.", "Beleid", Ingediend.AddDays(20));
        Assert.Throws<DomainException>(() => afgewezen.LegOverdrachtVast(OverdrachtSoort.Overeenkomst, null, "Groen", new DateOnly(2027, 7, 1), Ingediend.AddDays(21)));

        var uitdaging = InBeoordeling();
        uitdaging.Besluit(true, Beide, "Een sterk voorstel.", "Beleid", Ingediend.AddDays(20));
        Assert.Throws<DomainException>(() => uitdaging.NoteerMonitoring(new DateOnly(2027, 2, 25), "Te vroeg", "Beleid", Ingediend.AddDays(21)));
        Assert.Throws<DomainException>(() => uitdaging.LegOverdrachtVast(OverdrachtSoort.Subsidiebeschikking, null, "Groen", new DateOnly(2027, 7, 1), Ingediend.AddDays(21)));
        uitdaging.LegOverdrachtVast(OverdrachtSoort.Dienstverleningsafspraak, Guid.NewGuid(), "Groenonderhoud met het budget", new DateOnly(2027, 7, 1), Ingediend.AddDays(21));
        Assert.Equal(UitdagingStatus.Overgedragen, uitdaging.Status);
        var notitie = uitdaging.NoteerMonitoring(new DateOnly(2027, 2, 25), "Eerste maaironde goed verlopen.", "Beleid", Ingediend.AddDays(25));
        Assert.Equal((1, UitdagingStatus.Gemonitord), (notitie.Nummer, uitdaging.Status));
        uitdaging.Evalueer("Het park is beter onderhouden dan voorheen.", Ingediend.AddDays(300));
        Assert.Equal(UitdagingStatus.Geevalueerd, uitdaging.Status);
        Assert.Throws<DomainException>(() => uitdaging.Evalueer("Nog eens", Ingediend.AddDays(301)));
    }

    [Fact]
    public void Uitdaagrecht_a_verordening_publishes_at_least_one_criterion_and_terms_within_bounds()
    {
        Assert.Throws<DomainException>(() => new Participatieverordening(1, "V", new DateOnly(2026, 1, 1), 8, 8, [], [], Ingediend));
        Assert.Throws<DomainException>(() => new Participatieverordening(1, "V", new DateOnly(2026, 1, 1), 0, 8, [("A", "B")], [], Ingediend));
        Assert.Throws<DomainException>(() => new Participatieverordening(1, "V", new DateOnly(2026, 1, 1), 8, 8, [("A", "B"), ("a", "C")], [], Ingediend));
        var standaard = Participatieverordening.Standaard(Ingediend);
        Assert.Equal((0, 8), (standaard.Versie, standaard.OntvankelijkheidWeken));
        Assert.Equal("Handhaving", standaard.UitsluitingVoor("handhaving op straat"));
    }
}
