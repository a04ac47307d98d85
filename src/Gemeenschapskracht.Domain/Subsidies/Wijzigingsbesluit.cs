using Gemeenschapskracht.Domain.Common;
using Gemeenschapskracht.Domain.Regels;

namespace Gemeenschapskracht.Domain.Subsidies;

/// <summary>
/// A beschikking that withdraws (intrekking) or lowers (wijziging ten nadele) a verlening (Awb 4:48, 4:50) or a
/// vaststelling (4:49), with its ground, the explanation, the amount before and after, the date it takes effect and, for
/// a subsidy of three years or more, the phase-out term (4:51). The decisions it changes keep their history: each
/// change is a new besluit with its own letter, so everything stays traceable. What was paid above the new amount is
/// reclaimed (4:57) within <see cref="Vaststelling.BetaaltermijnWeken"/> weeks.
/// </summary>
[Regel(Regelcatalogus.Awb4_48)]
[Regel(Regelcatalogus.Awb4_57)]
public sealed class Wijzigingsbesluit : IAudited
{
    private Wijzigingsbesluit() { }

    internal Wijzigingsbesluit(Beschikking beschikking, Guid? vaststellingId, Wijzigingsgrond grond, Bedrag oud, Bedrag nieuw, string toelichting,
        DateOnly werkingVanaf, DateOnly? afbouwTot, Bedrag betaald, DateTimeOffset now)
    {
        Id = Guid.CreateVersion7(now);
        Kenmerk = $"WZG-{Kalender.Dag(now).Year}-{Id.ToString("N")[^8..].ToUpperInvariant()}";
        BeschikkingId = beschikking.Id;
        VaststellingId = vaststellingId;
        OrganisatieId = beschikking.OrganisatieId;
        Betreft = Wijzigingsgronden.Betreft(grond);
        Grond = grond;
        Intrekking = nieuw == Bedrag.Nul;
        OudBedrag = oud;
        NieuwBedrag = nieuw;
        Toelichting = toelichting.Trim();
        WerkingVanaf = werkingVanaf;
        AfbouwTot = afbouwTot;
        Betaald = betaald;
        Terugvordering = betaald > nieuw ? betaald - nieuw : Bedrag.Nul;
        BetalenUiterlijk = Terugvordering > Bedrag.Nul ? Kalender.Dag(now).AddDays(7 * Vaststelling.BetaaltermijnWeken) : null;
        GenomenOp = now;
    }

    public Guid Id { get; private set; }

    /// <summary>The reference on the letter, e.g. "WZG-2027-1A2B3C4D".</summary>
    public string Kenmerk { get; private set; } = "";

    public Guid BeschikkingId { get; private set; }

    /// <summary>The vaststelling it changes; null when it changes the verlening.</summary>
    public Guid? VaststellingId { get; private set; }

    public Guid OrganisatieId { get; private set; }

    public WijzigingBetreft Betreft { get; private set; }

    public Wijzigingsgrond Grond { get; private set; }

    /// <summary>Withdrawn altogether: the new amount is nil.</summary>
    public bool Intrekking { get; private set; }

    public Bedrag OudBedrag { get; private set; }

    public Bedrag NieuwBedrag { get; private set; }

    /// <summary>The facts that carry the ground, in the gemeente's words.</summary>
    public string Toelichting { get; private set; } = "";

    /// <summary>From when it works: back to the verlening or vaststelling (4:48 lid 2, 4:49 lid 2) or a later date (4:50).</summary>
    public DateOnly WerkingVanaf { get; private set; }

    /// <summary>Until when the phase-out runs for a subsidy of three years or more (4:51); null where it does not apply.</summary>
    public DateOnly? AfbouwTot { get; private set; }

    /// <summary>What the recipient had received when the besluit was taken.</summary>
    public Bedrag Betaald { get; private set; }

    /// <summary>What was paid above the new amount and is reclaimed (4:57); nil when nothing is.</summary>
    public Bedrag Terugvordering { get; private set; }

    public DateOnly? BetalenUiterlijk { get; private set; }

    public DateTimeOffset GenomenOp { get; private set; }
}
