using Gemeenschapskracht.Domain.Common;
using Gemeenschapskracht.Domain.Trekkingsrechten;
using Gemeenschapskracht.Domain.Wijkbudgetten;
using static Gemeenschapskracht.UnitTests.Domain.Wijkbudgetten.WijkbudgetFixtures;

namespace Gemeenschapskracht.UnitTests.Domain.Trekkingsrechten;

/// <summary>Trekkingsrechten (R4.5): granted from a wijkbudget line, drawn at named suppliers, confirmed by the holder, expired back to the line.</summary>
public sealed class TrekkingsrechtTests
{
    private static readonly Guid Houder = Guid.NewGuid();
    private static readonly Guid Welzijn = Guid.NewGuid();
    private static readonly DateOnly Van = new(2027, 1, 1);
    private static readonly DateOnly Tot = new(2027, 6, 30);
    private static readonly DateTimeOffset Maart = new(2027, 3, 1, 9, 0, 0, TimeSpan.Zero);

    private static Wijkbudget Budget() => Toegekend(Vastgesteld());

    /// <summary>40 hours at €60 from the first line, supplied by the welzijnsorganisatie and the gemeente.</summary>
    private static Trekkingsrecht Uren(long uren = 40, bool gemeenteLevert = true)
    {
        var budget = Budget();
        return new Trekkingsrecht(Houder, "Moestuingroep", budget, budget.Regels[0].Id, TrekkingsEenheid.Uren, uren, new Bedrag(60_00),
            [Welzijn], gemeenteLevert, Van, Tot, "Opbouwwerk bij de start van de moestuin", Bedrag.Nul, Now);
    }

    private static Trekkingsrecht Euro(long eurocent)
    {
        var budget = Budget();
        return new Trekkingsrecht(Houder, null, budget, budget.Regels[1].Id, TrekkingsEenheid.Euro, eurocent, null, [Welzijn], false, Van, Tot, "Materiaal", Bedrag.Nul, Now);
    }

    private static Trekking Trek(Trekkingsrecht recht, long omvang, DateOnly? datum = null, Guid? leverancier = null, DateTimeOffset? now = null) =>
        recht.Trek(datum ?? new DateOnly(2027, 2, 15), omvang, "Begeleiding eerste bijeenkomst", null, leverancier ?? Welzijn, "Wijkwerker", now ?? Maart);

    [Fact]
    public void R4_5_a_granted_right_is_valued_on_its_line_hours_times_the_tarief()
    {
        var recht = Uren();
        Assert.Equal(TrekkingsrechtStatus.Toegekend, recht.Status);
        Assert.Equal(new Bedrag(2_400_00), recht.Waarde);
        Assert.Equal(new Bedrag(500_00), Euro(500_00).Waarde);
        Assert.Equal("Moestuingroep", recht.Groepsnaam);
    }

    [Fact]
    public void R4_5_the_balance_is_the_amount_less_all_draws_confirmed_or_not()
    {
        var recht = Uren();
        Trek(recht, 10);
        Trek(recht, 5);
        recht.Bevestig(1, Houder, "Bewoner", Maart);

        Assert.Equal((15L, 25L), (recht.Getrokken, recht.Saldo));
        Assert.Equal(TrekkingsrechtStatus.DeelsGetrokken, recht.Status);
        Assert.Equal([1, 2], recht.Trekkingen.Select(t => t.Nummer));
        Assert.Equal([true, false], recht.Trekkingen.Select(t => t.IsBevestigd));

        Trek(recht, 25);
        Assert.Equal((0L, TrekkingsrechtStatus.Uitgeput), (recht.Saldo, recht.Status));
    }

    [Fact]
    public void R4_5_a_draw_above_the_balance_is_refused()
    {
        var recht = Uren(10);
        Trek(recht, 8);
        var fout = Assert.Throws<DomainException>(() => Trek(recht, 3));
        Assert.Contains("saldo", fout.Message);
        Assert.Equal(2L, recht.Saldo);
        Assert.Single(recht.Trekkingen);
    }

    [Fact]
    public void R4_5_a_draw_after_expiry_is_refused()
    {
        var recht = Uren();
        // Recorded after the last day, even for a day within the validity.
        Assert.Throws<DomainException>(() => Trek(recht, 1, new DateOnly(2027, 6, 1), now: new DateTimeOffset(2027, 7, 2, 9, 0, 0, TimeSpan.Zero)));
        recht.Verloop(new DateTimeOffset(2027, 7, 2, 9, 0, 0, TimeSpan.Zero));
        Assert.Throws<DomainException>(() => Trek(recht, 1, new DateOnly(2027, 6, 1), now: new DateTimeOffset(2027, 7, 2, 9, 0, 0, TimeSpan.Zero)));
        Assert.Empty(recht.Trekkingen);
    }

    [Fact]
    public void R4_5_a_draw_before_the_start_is_refused()
    {
        var recht = Uren();
        Assert.Throws<DomainException>(() => Trek(recht, 1, new DateOnly(2026, 12, 31)));
        Assert.Empty(recht.Trekkingen);
    }

    [Fact]
    public void R4_5_a_draw_in_the_future_is_refused()
    {
        var recht = Uren();
        Assert.Throws<DomainException>(() => Trek(recht, 1, new DateOnly(2027, 3, 2)));
        Assert.Empty(recht.Trekkingen);
    }

    [Fact]
    public void R4_5_only_a_named_supplier_records_a_draw()
    {
        var recht = Uren(gemeenteLevert: false);
        Assert.Throws<DomainException>(() => recht.Trek(new DateOnly(2027, 2, 1), 1, "Iets", null, Guid.NewGuid(), "Iemand", Maart));
        Assert.Throws<DomainException>(() => recht.Trek(new DateOnly(2027, 2, 1), 1, "Iets", null, null, "Ambtenaar", Maart));
        Assert.Throws<DomainException>(() => recht.Trek(new DateOnly(2027, 2, 1), 1, "Iets", null, Houder, "Bewoner", Maart));

        var gemeente = Uren(gemeenteLevert: true);
        var trekking = gemeente.Trek(new DateOnly(2027, 2, 1), 2, "Ambtelijke ondersteuning bij de vergunning", null, null, "Ambtenaar", Maart);
        Assert.Null(trekking.LeverancierId);
        Assert.Equal(Welzijn, Trek(gemeente, 1).LeverancierId);
    }

    [Fact]
    public void R4_5_only_the_holder_confirms_a_draw_once()
    {
        var recht = Uren();
        Trek(recht, 4);
        Assert.Throws<DomainException>(() => recht.Bevestig(1, Welzijn, "Wijkwerker", Maart));
        Assert.Throws<DomainException>(() => recht.Bevestig(2, Houder, "Bewoner", Maart));
        var bevestigd = recht.Bevestig(1, Houder, "Bewoner", Maart);
        Assert.Equal(("Bewoner", Maart), (bevestigd.BevestigdDoor, bevestigd.BevestigdOp!.Value));
        Assert.Throws<DomainException>(() => recht.Bevestig(1, Houder, "Bewoner", Maart.AddDays(1)));
        Assert.Equal(Maart, recht.Trekkingen.Single().BevestigdOp);
    }

    [Fact]
    public void R4_5_the_expiry_marks_it_verlopen_after_its_validity_and_returns_the_balance_times_the_tarief_to_the_line_once()
    {
        var recht = Uren();
        Trek(recht, 15);
        Assert.False(recht.Verloop(new DateTimeOffset(2027, 6, 30, 20, 0, 0, TimeSpan.Zero)));
        Assert.Equal(TrekkingsrechtStatus.DeelsGetrokken, recht.Status);

        var juli = new DateTimeOffset(2027, 7, 1, 9, 0, 0, TimeSpan.Zero);
        Assert.True(recht.Verloop(juli));
        Assert.Equal(TrekkingsrechtStatus.Verlopen, recht.Status);
        Assert.Equal(new Bedrag(25 * 60_00), recht.Terugvloei);
        Assert.Equal(new Bedrag(15 * 60_00), recht.Vastgelegd);
        Assert.Equal(new DateOnly(2027, 7, 1), recht.VerlopenOp);

        Assert.False(recht.Verloop(juli.AddDays(1)));
        Assert.Equal(new DateOnly(2027, 7, 1), recht.VerlopenOp);
    }

    [Fact]
    public void R4_5_an_exhausted_right_does_not_expire_nothing_returns()
    {
        var recht = Euro(300_00);
        Trek(recht, 300_00);
        Assert.False(recht.Verloop(new DateTimeOffset(2027, 8, 1, 9, 0, 0, TimeSpan.Zero)));
        Assert.Equal(TrekkingsrechtStatus.Uitgeput, recht.Status);
        Assert.Null(recht.Terugvloei);
        Assert.Equal(new Bedrag(300_00), recht.Vastgelegd);
    }

    [Fact]
    public void R4_5_a_right_fits_in_what_its_line_has_in_its_years_after_the_other_rights_on_it()
    {
        var budget = Budget();
        var regel = budget.Regels[0].Id; // €30,000 a year
        Trekkingsrecht Met(DateOnly tot, Bedrag vastgelegd) =>
            new(Houder, null, budget, regel, TrekkingsEenheid.Uren, 40, new Bedrag(60_00), [Welzijn], false, Van, tot, "Hulp", vastgelegd, Now);

        Assert.Equal(new Bedrag(2_400_00), Met(Tot, new Bedrag(27_600_00)).Waarde);
        var fout = Assert.Throws<DomainException>(() => Met(Tot, new Bedrag(27_600_01)));
        Assert.Contains("nog vrij heeft (€ 2.399,99)", fout.Message.Replace('\u00A0', ' '));
        Assert.Equal(new Bedrag(2_400_00), Met(new DateOnly(2028, 3, 31), new Bedrag(57_600_00)).Waarde);
    }

    [Fact]
    public void R4_5_amounts_are_above_nil()
    {
        var budget = Budget();
        var regel = budget.Regels[0].Id;
        Assert.Throws<DomainException>(() => new Trekkingsrecht(Houder, null, budget, regel, TrekkingsEenheid.Uren, 0, new Bedrag(60_00), [Welzijn], false, Van, Tot, "Hulp", Bedrag.Nul, Now));
        Assert.Throws<DomainException>(() => new Trekkingsrecht(Houder, null, budget, regel, TrekkingsEenheid.Euro, -1, null, [Welzijn], false, Van, Tot, "Hulp", Bedrag.Nul, Now));
        Assert.Throws<DomainException>(() => new Trekkingsrecht(Houder, null, budget, regel, TrekkingsEenheid.Uren, 10, null, [Welzijn], false, Van, Tot, "Hulp", Bedrag.Nul, Now));
        Assert.Throws<DomainException>(() => new Trekkingsrecht(Houder, null, budget, regel, TrekkingsEenheid.Uren, 10, Bedrag.Nul, [Welzijn], false, Van, Tot, "Hulp", Bedrag.Nul, Now));
        Assert.Throws<DomainException>(() => new Trekkingsrecht(Houder, null, budget, regel, TrekkingsEenheid.Euro, 100_00, new Bedrag(60_00), [Welzijn], false, Van, Tot, "Hulp", Bedrag.Nul, Now));
        Assert.Throws<DomainException>(() => Trek(Uren(), 0));
    }

    [Fact]
    public void R4_5_the_validity_ends_after_it_starts_within_the_period_of_the_wijkbudget()
    {
        var budget = Budget();
        var regel = budget.Regels[0].Id;
        Trekkingsrecht Met(DateOnly van, DateOnly tot) =>
            new(Houder, null, budget, regel, TrekkingsEenheid.Euro, 100_00, null, [Welzijn], false, van, tot, "Hulp", Bedrag.Nul, Now);
        Assert.Throws<DomainException>(() => Met(Van, Van));
        Assert.Throws<DomainException>(() => Met(Tot, Van));
        Assert.Throws<DomainException>(() => Met(new DateOnly(2026, 12, 1), Tot));
        Assert.Throws<DomainException>(() => Met(Van, new DateOnly(2031, 1, 1)));
        Assert.Equal(new DateOnly(2030, 12, 31), Met(Van, new DateOnly(2030, 12, 31)).Tot);
    }

    [Fact]
    public void R4_5_a_right_is_paid_from_a_line_of_a_granted_wijkbudget()
    {
        var voorgesteld = Voorgesteld();
        Assert.Throws<DomainException>(() => new Trekkingsrecht(Houder, null, voorgesteld, voorgesteld.Regels[0].Id, TrekkingsEenheid.Euro, 100_00, null, [Welzijn], false, Van, Tot, "Hulp", Bedrag.Nul, Now));
        var budget = Budget();
        var fout = Assert.Throws<DomainException>(() => new Trekkingsrecht(Houder, null, budget, Guid.NewGuid(), TrekkingsEenheid.Euro, 100_00, null, [Welzijn], false, Van, Tot, "Hulp", Bedrag.Nul, Now));
        Assert.Contains("begrotingsregel", fout.Message);
    }

    [Fact]
    public void R4_5_a_right_names_its_suppliers_once_and_the_holder_is_not_one_of_them()
    {
        var budget = Budget();
        var regel = budget.Regels[0].Id;
        Trekkingsrecht Met(IReadOnlyList<Guid> leveranciers, bool gemeente) =>
            new(Houder, null, budget, regel, TrekkingsEenheid.Euro, 100_00, null, leveranciers, gemeente, Van, Tot, "Hulp", Bedrag.Nul, Now);
        Assert.Throws<DomainException>(() => Met([], false));
        Assert.Throws<DomainException>(() => Met([Welzijn, Welzijn], false));
        Assert.Throws<DomainException>(() => Met([Houder], false));
        Assert.True(Met([], true).GemeenteLevert);
    }
}
