using Gemeenschapskracht.Domain.Common;

namespace Gemeenschapskracht.Domain.Subsidies;

public enum VaststellingUitkomst
{
    /// <summary>The gemeente pays the rest.</summary>
    Nabetaling,
    Niets,
    /// <summary>The recipient pays back what it received above the final amount (Awb 4:57).</summary>
    Terugvordering,
}

/// <summary>
/// The beschikking tot vaststelling (Awb 4:45–4:47): the final amount (lower than granted only with the reason, when
/// activities were not done or obligations not met, 4:46 lid 2), the paid voorschotten offset against it (4:95), and the
/// outcome with its amount; a terugvordering has a payment term. Ambtshalve when the gemeente set it without a report.
/// </summary>
public sealed class Vaststelling : IAudited
{
    /// <summary>The term to pay back a terugvordering.</summary>
    public const int BetaaltermijnWeken = 6;

    private Vaststelling() { }

    internal Vaststelling(Beschikking beschikking, Bedrag bedrag, string? reden, bool ambtshalve, DateTimeOffset now)
    {
        Id = Guid.CreateVersion7(now);
        Kenmerk = $"VST-{Kalender.Dag(now).Year}-{Id.ToString("N")[^8..].ToUpperInvariant()}";
        BeschikkingId = beschikking.Id;
        OrganisatieId = beschikking.OrganisatieId;
        VerleendBedrag = beschikking.Bedrag;
        VastgesteldBedrag = bedrag;
        Reden = Tekst.OfNull(reden);
        BetaaldeVoorschotten = beschikking.Betaald;
        var saldo = bedrag - BetaaldeVoorschotten;
        Uitkomst = saldo > Bedrag.Nul ? VaststellingUitkomst.Nabetaling : saldo == Bedrag.Nul ? VaststellingUitkomst.Niets : VaststellingUitkomst.Terugvordering;
        Saldo = saldo < Bedrag.Nul ? Bedrag.Nul - saldo : saldo;
        BetalenUiterlijk = Uitkomst == VaststellingUitkomst.Terugvordering ? Kalender.Dag(now).AddDays(7 * BetaaltermijnWeken) : null;
        Ambtshalve = ambtshalve;
        GenomenOp = now;
    }

    public Guid Id { get; private set; }

    /// <summary>The reference on the letter, e.g. "VST-2027-1A2B3C4D".</summary>
    public string Kenmerk { get; private set; } = "";

    public Guid BeschikkingId { get; private set; }

    public Guid OrganisatieId { get; private set; }

    public Bedrag VerleendBedrag { get; private set; }

    public Bedrag VastgesteldBedrag { get; private set; }

    /// <summary>Why the final amount is lower than granted; null when it is the granted amount.</summary>
    public string? Reden { get; private set; }

    public Bedrag BetaaldeVoorschotten { get; private set; }

    public VaststellingUitkomst Uitkomst { get; private set; }

    /// <summary>What is still paid (nabetaling) or paid back (terugvordering); zero for nothing.</summary>
    public Bedrag Saldo { get; private set; }

    public DateOnly? BetalenUiterlijk { get; private set; }

    public bool Ambtshalve { get; private set; }

    public DateTimeOffset GenomenOp { get; private set; }
}
