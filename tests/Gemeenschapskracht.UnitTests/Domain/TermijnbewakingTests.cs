using Gemeenschapskracht.Domain.Beleidskaders;
using Gemeenschapskracht.Domain.Common;

namespace Gemeenschapskracht.UnitTests.Domain;

public sealed class TermijnbewakingTests
{
    private static readonly DateOnly Vandaag = new(2026, 3, 1);

    /// <summary>A programme of five years with no elections near it, so only what a test adds is signalled.</summary>
    private static readonly BeleidskaderInhoud Basis = BeleidskaderInhoud.Nieuw(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero)) with
    {
        Tijdspanne = new(new DateOnly(2026, 1, 1), new DateOnly(2031, 1, 1), []),
    };

    private static Financieringsbron Aanbesteed(DateOnly contractEinde, DateOnly? omzetting = null) =>
        new(Guid.NewGuid(), "Welzijn Noord", "Wmo 2015", new Bedrag(500_000_00), Financieringsinstrument.Aanbesteding, contractEinde, omzetting);

    private static Pilot Pilot(DateOnly eind, PilotStatus status = PilotStatus.Lopend) =>
        new(Guid.NewGuid(), Guid.NewGuid(), "Buurtbudget", eind.AddYears(-1), eind, "Bereik en eigenaarschap", status);

    private static List<Signalering> Signaleer(BeleidskaderInhoud inhoud, SignaleringSoort soort) =>
        Termijnbewaking.Signaleer(inhoud, Vandaag).Where(s => s.Soort == soort).ToList();

    [Fact]
    public void Nothing_needs_attention_in_a_kader_without_clocks()
    {
        Assert.Empty(Termijnbewaking.Signaleer(Basis, Vandaag));
    }

    [Fact]
    public void J6_a_tendered_contract_ending_within_a_year_without_conversion_is_signalled()
    {
        var einde = Vandaag.AddMonths(Termijnbewaking.MaandenVoorContractEinde);

        var signalering = Assert.Single(Signaleer(Basis with { Financieringsbronnen = [Aanbesteed(einde)] }, SignaleringSoort.Overgang));

        Assert.Equal(einde, signalering.Datum);
        Assert.Contains("Welzijn Noord", signalering.Melding);
        Assert.Contains("nieuwe aanbesteding", signalering.Melding);
    }

    [Fact]
    public void J6_a_tendered_contract_ending_later_than_a_year_is_not_yet_signalled()
    {
        var einde = Vandaag.AddMonths(Termijnbewaking.MaandenVoorContractEinde).AddDays(1);

        Assert.Empty(Signaleer(Basis with { Financieringsbronnen = [Aanbesteed(einde)] }, SignaleringSoort.Overgang));
    }

    [Fact]
    public void J6_a_conversion_planned_before_the_contract_ends_is_not_signalled()
    {
        var einde = Vandaag.AddMonths(6);

        Assert.Empty(Signaleer(Basis with { Financieringsbronnen = [Aanbesteed(einde, einde)] }, SignaleringSoort.Overgang));
    }

    [Fact]
    public void J6_a_conversion_planned_after_the_contract_ends_is_signalled()
    {
        var einde = Vandaag.AddMonths(6);

        Assert.Single(Signaleer(Basis with { Financieringsbronnen = [Aanbesteed(einde, einde.AddDays(1))] }, SignaleringSoort.Overgang));
    }

    [Fact]
    public void J6_a_contract_that_ended_without_conversion_says_so()
    {
        var signalering = Assert.Single(Signaleer(Basis with { Financieringsbronnen = [Aanbesteed(Vandaag.AddDays(-1))] }, SignaleringSoort.Overgang));

        Assert.Contains("afgelopen", signalering.Melding);
    }

    [Fact]
    public void J6_subsidised_funding_has_no_contract_to_watch()
    {
        var bron = Aanbesteed(Vandaag.AddMonths(1)) with { Instrument = Financieringsinstrument.Subsidie };

        Assert.Empty(Signaleer(Basis with { Financieringsbronnen = [bron] }, SignaleringSoort.Overgang));
    }

    [Fact]
    public void J6_a_transition_period_ending_within_a_year_is_signalled_and_one_that_ended_is_not()
    {
        var lopend = new Overgangsperiode(Guid.NewGuid(), "Maatschappelijk werk", null, Vandaag.AddYears(-1), Vandaag.AddMonths(3), "het wijkteam");
        var voorbij = lopend with { Id = Guid.NewGuid(), Eind = Vandaag.AddDays(-1) };

        var signalering = Assert.Single(Signaleer(Basis with { Overgangsperiodes = [lopend, voorbij] }, SignaleringSoort.Overgang));

        Assert.Equal(lopend.Eind, signalering.Datum);
        Assert.Contains("het wijkteam", signalering.Melding);
    }

    [Fact]
    public void J11_a_horizon_shorter_than_four_years_is_signalled()
    {
        var start = new DateOnly(2026, 1, 1);
        var kort = Basis with { Tijdspanne = new(start, start.AddYears(Termijnbewaking.JarenRaadsperiode).AddDays(-1), []) };
        var raadsperiode = Basis with { Tijdspanne = new(start, start.AddYears(Termijnbewaking.JarenRaadsperiode), []) };

        var signalering = Assert.Single(Signaleer(kort, SignaleringSoort.Raadsperiode));

        Assert.Equal(kort.Tijdspanne!.ProgrammaEind, signalering.Datum);
        Assert.Empty(Signaleer(raadsperiode, SignaleringSoort.Raadsperiode));
    }

    [Fact]
    public void J11_milestones_within_three_months_of_an_election_are_signalled()
    {
        var verkiezing = new DateOnly(2030, 3, 20);
        var inhoud = Basis with
        {
            Tijdspanne = Basis.Tijdspanne! with { Verkiezingsdata = [verkiezing] },
            Fasen = [new("Opschalen", [], null, new DateOnly(2029, 6, 1), verkiezing.AddMonths(-Termijnbewaking.MaandenRondVerkiezingen))],
            Financieringsbronnen = [Aanbesteed(new DateOnly(2031, 1, 1), verkiezing.AddMonths(Termijnbewaking.MaandenRondVerkiezingen))],
        };

        var signaleringen = Signaleer(inhoud, SignaleringSoort.Raadsperiode);

        Assert.Equal(2, signaleringen.Count);
        Assert.Contains("vlak vóór", signaleringen[0].Melding);
        Assert.Contains("Opschalen", signaleringen[0].Melding);
        Assert.Contains("vlak na", signaleringen[1].Melding);
        Assert.Contains("omzetting", signaleringen[1].Melding);
    }

    [Fact]
    public void J11_milestones_further_from_an_election_are_not_signalled()
    {
        var verkiezing = new DateOnly(2030, 3, 20);
        var inhoud = Basis with
        {
            Tijdspanne = Basis.Tijdspanne! with { Verkiezingsdata = [verkiezing] },
            Fasen = [new("Opschalen", [], null, new DateOnly(2029, 6, 1), verkiezing.AddMonths(-Termijnbewaking.MaandenRondVerkiezingen).AddDays(-1))],
            Pilots = [Pilot(verkiezing.AddMonths(Termijnbewaking.MaandenRondVerkiezingen).AddDays(1))],
        };

        Assert.Empty(Signaleer(inhoud, SignaleringSoort.Raadsperiode));
    }

    [Fact]
    public void J11_needs_a_time_span()
    {
        var inhoud = Basis with { Tijdspanne = null, Fasen = [new("Opschalen", [], null, Vandaag, Vandaag.AddMonths(1))] };

        Assert.Empty(Signaleer(inhoud, SignaleringSoort.Raadsperiode));
    }

    [Theory]
    [InlineData(PilotStatus.Lopend)]
    [InlineData(PilotStatus.Voorgesteld)]
    public void J12_a_pilot_past_its_end_asks_for_its_evaluation(PilotStatus status)
    {
        var pilot = Pilot(Vandaag, status);

        var signalering = Assert.Single(Signaleer(Basis with { Pilots = [pilot] }, SignaleringSoort.Pilotevaluatie));

        Assert.Equal(pilot.Eind, signalering.Datum);
        Assert.Contains("Buurtbudget", signalering.Melding);
    }

    [Theory]
    [InlineData(PilotStatus.Geevalueerd)]
    [InlineData(PilotStatus.Opgeschaald)]
    [InlineData(PilotStatus.Gestopt)]
    public void J12_an_evaluated_or_decided_pilot_is_not_signalled(PilotStatus status)
    {
        Assert.Empty(Signaleer(Basis with { Pilots = [Pilot(Vandaag.AddMonths(-2), status)] }, SignaleringSoort.Pilotevaluatie));
    }

    [Fact]
    public void J12_a_running_pilot_is_not_signalled_before_its_end()
    {
        Assert.Empty(Signaleer(Basis with { Pilots = [Pilot(Vandaag.AddDays(1))] }, SignaleringSoort.Pilotevaluatie));
    }

    [Fact]
    public void Signals_are_ordered_by_date()
    {
        var inhoud = Basis with
        {
            Financieringsbronnen = [Aanbesteed(Vandaag.AddMonths(9))],
            Pilots = [Pilot(Vandaag.AddMonths(-1))],
            Tijdspanne = new(new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31), []),
        };

        var signaleringen = Termijnbewaking.Signaleer(inhoud, Vandaag);

        Assert.Equal(
            [SignaleringSoort.Pilotevaluatie, SignaleringSoort.Overgang, SignaleringSoort.Raadsperiode],
            signaleringen.Select(s => s.Soort));
    }
}
