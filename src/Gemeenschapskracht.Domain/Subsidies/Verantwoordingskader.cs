using Gemeenschapskracht.Domain.Common;
using Gemeenschapskracht.Domain.Regels;

namespace Gemeenschapskracht.Domain.Subsidies;

/// <summary>What a recipient reports afterwards, by the granted amount (the Uniform Subsidiekader's tiers by default).</summary>
public enum Verantwoordingsniveau
{
    /// <summary>Set without a report; a random steekproef is asked to show the activities took place.</summary>
    ZonderVerslag,
    Activiteitenverslag,
    /// <summary>An activity report, a financial report and an accountant's statement.</summary>
    VerslagEnJaarrekening,
}

/// <summary>
/// A gemeente's tiers of proportional accountability (G-4, G-10), versioned: a grant records the version in force and
/// its tier, so a changed threshold never changes a subsidy already granted. Without a version of its own a gemeente
/// uses the Uniform Subsidiekader: no report below €25,000, an activity report up to €125,000, the full report from there.
/// </summary>
public sealed class Verantwoordingskader : IAudited
{
    public static readonly Bedrag StandaardZonderVerslagTot = new(25_000_00);
    public static readonly Bedrag StandaardActiviteitenverslagTot = new(125_000_00);
    public const int StandaardSteekproefProcent = 10;

    /// <summary>The report is due this many weeks after the subsidised period ends.</summary>
    public const int VerslagWekenNaAfloop = 13;

    private Verantwoordingskader() { }

    public Verantwoordingskader(int versie, Bedrag zonderVerslagTot, Bedrag activiteitenverslagTot, int steekproefProcent, DateTimeOffset now)
    {
        if (zonderVerslagTot < Bedrag.Nul || activiteitenverslagTot < zonderVerslagTot)
            throw new DomainException("De grens voor een activiteitenverslag ligt op of boven de grens waaronder geen verslag nodig is.");
        if (steekproefProcent is < 0 or > 100)
            throw new DomainException("De steekproef is een percentage van 0 tot en met 100.");
        Id = Guid.CreateVersion7(now);
        Versie = versie;
        ZonderVerslagTot = zonderVerslagTot;
        ActiviteitenverslagTot = activiteitenverslagTot;
        SteekproefProcent = steekproefProcent;
        VastgesteldOp = now;
    }

    /// <summary>The Uniform Subsidiekader, for a gemeente that set no tiers of its own (version 0, not stored).</summary>
    public static Verantwoordingskader Standaard(DateTimeOffset now) =>
        new(0, StandaardZonderVerslagTot, StandaardActiviteitenverslagTot, StandaardSteekproefProcent, now);

    public Guid Id { get; private set; }

    public int Versie { get; private set; }

    public Bedrag ZonderVerslagTot { get; private set; }

    public Bedrag ActiviteitenverslagTot { get; private set; }

    public int SteekproefProcent { get; private set; }

    public DateTimeOffset VastgesteldOp { get; private set; }

    [Regel(Regelcatalogus.UskNiveau)]
    [Regel(Regelcatalogus.G4)]
    [Regel(Regelcatalogus.G10)]
    public Verantwoordingsniveau NiveauVoor(Bedrag bedrag) =>
        bedrag < ZonderVerslagTot ? Verantwoordingsniveau.ZonderVerslag
        : bedrag < ActiviteitenverslagTot ? Verantwoordingsniveau.Activiteitenverslag
        : Verantwoordingsniveau.VerslagEnJaarrekening;
}
