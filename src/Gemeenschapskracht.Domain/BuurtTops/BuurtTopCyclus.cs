using Gemeenschapskracht.Domain.Common;

namespace Gemeenschapskracht.Domain.BuurtTops;

/// <summary>How the yearly BuurtTop-dag is set: the first Saturday after the kerstvakantie, or a fixed day and month.</summary>
public enum BuurtTopDagRegel
{
    EersteZaterdagNaKerstvakantie,
    VasteDatum,
}

/// <summary>
/// The gemeente's BuurtTop cycle (R3.8): every wijk holds a full BuurtTop once per <see cref="IntervalJaren"/> years,
/// announced <see cref="AankondigingMaanden"/> months before, on the yearly BuurtTop-dag ("de eerste zaterdag na de
/// kerstvakantie", 002:719, or a fixed date). One per gemeente; when none is stored, <see cref="Standaard"/> applies.
/// </summary>
public sealed class BuurtTopCyclus : IAudited
{
    public const int StandaardIntervalJaren = 4;
    public const int StandaardAankondigingMaanden = 12;
    public const int StandaardHerinneringDagen = 14;

    private BuurtTopCyclus() { }

    private BuurtTopCyclus(DateTimeOffset now)
    {
        Id = Guid.CreateVersion7(now);
        IntervalJaren = StandaardIntervalJaren;
        AankondigingMaanden = StandaardAankondigingMaanden;
        HerinneringDagen = StandaardHerinneringDagen;
        Regio = Regio.Midden;
        Dagregel = BuurtTopDagRegel.EersteZaterdagNaKerstvakantie;
        GewijzigdOp = now;
    }

    public Guid Id { get; private set; }

    public int IntervalJaren { get; private set; }

    public int AankondigingMaanden { get; private set; }

    /// <summary>How many days before a milestone the organiser is reminded (J3).</summary>
    public int HerinneringDagen { get; private set; }

    public Regio Regio { get; private set; }

    public BuurtTopDagRegel Dagregel { get; private set; }

    public int? VasteDag { get; private set; }

    public int? VasteMaand { get; private set; }

    public DateTimeOffset GewijzigdOp { get; private set; }

    /// <summary>The defaults: every four years, announced a year before, on the first Saturday after the kerstvakantie.</summary>
    public static BuurtTopCyclus Standaard(DateTimeOffset now) => new(now);

    public void Wijzig(int intervalJaren, int aankondigingMaanden, int herinneringDagen, Regio regio, BuurtTopDagRegel dagregel,
        int? vasteDag, int? vasteMaand, DateTimeOffset now)
    {
        if (intervalJaren is < 1 or > 10)
            throw new DomainException("Een wijk houdt eens in de 1 tot 10 jaar een volledige BuurtTop.");
        if (aankondigingMaanden is < 1 or > 36)
            throw new DomainException("Kondig de volgende BuurtTop 1 tot 36 maanden vooraf aan.");
        if (aankondigingMaanden > intervalJaren * 12)
            throw new DomainException("De volgende BuurtTop kan niet eerder worden aangekondigd dan de vorige is gehouden: kies een kortere aankondigingstermijn dan de cyclus.");
        if (herinneringDagen is < 1 or > 90)
            throw new DomainException("Herinner de organisator 1 tot 90 dagen voor een mijlpaal.");
        if (dagregel == BuurtTopDagRegel.VasteDatum)
        {
            if (vasteMaand is not (>= 1 and <= 12) || vasteDag is not { } dag || dag < 1 || dag > DateTime.DaysInMonth(2023, vasteMaand.Value))
                throw new DomainException("Geef voor een vaste BuurtTop-dag een dag en maand die elk jaar bestaan (geen 29 februari).");
        }
        else if (vasteDag is not null || vasteMaand is not null)
            throw new DomainException("Een vaste dag en maand horen alleen bij de regel 'vaste datum'.");
        IntervalJaren = intervalJaren;
        AankondigingMaanden = aankondigingMaanden;
        HerinneringDagen = herinneringDagen;
        Regio = regio;
        Dagregel = dagregel;
        VasteDag = vasteDag;
        VasteMaand = vasteMaand;
        GewijzigdOp = now;
    }

    /// <summary>The BuurtTop-dag in calendar year <paramref name="jaar"/>.</summary>
    public DateOnly BuurtTopDag(int jaar) => Dagregel == BuurtTopDagRegel.VasteDatum
        ? new DateOnly(jaar, VasteMaand!.Value, VasteDag!.Value)
        : Kerstvakantie.EersteZaterdagNa(jaar - 1, Regio);

    /// <summary>The first BuurtTop-dag on or after <paramref name="vanaf"/>.</summary>
    public DateOnly VolgendeBuurtTopDag(DateOnly vanaf)
    {
        var dag = BuurtTopDag(vanaf.Year);
        return dag >= vanaf ? dag : BuurtTopDag(vanaf.Year + 1);
    }

    /// <summary>
    /// J3: the date of the wijk's next full BuurtTop when it is to be announced today, or null. With none held or planned
    /// yet: the first BuurtTop-dag at least the lead time away. After one on <paramref name="laatste"/>: the BuurtTop-dag
    /// of the year the interval brings, announced from the lead time before it (and never in the past).
    /// </summary>
    public DateOnly? VolgendeBuurtTop(DateOnly? laatste, DateOnly vandaag)
    {
        if (laatste is not { } vorige)
            return VolgendeBuurtTopDag(vandaag.AddMonths(AankondigingMaanden));
        var beoogd = BuurtTopDag(vorige.Year + IntervalJaren);
        if (vandaag < beoogd.AddMonths(-AankondigingMaanden))
            return null;
        return beoogd > vandaag ? beoogd : VolgendeBuurtTopDag(vandaag.AddDays(1));
    }
}
