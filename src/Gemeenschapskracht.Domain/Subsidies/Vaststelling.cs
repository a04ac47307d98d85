using Gemeenschapskracht.Domain.Common;
using Gemeenschapskracht.Domain.Regels;

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
[Regel(Regelcatalogus.Awb4_95)]
[Regel(Regelcatalogus.Awb4_57)]
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
        Verreken(now);
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

    /// <summary>The last wijziging or intrekking of this vaststelling (Awb 4:49); null while it stands as set.</summary>
    public Guid? GewijzigdDoor { get; private set; }

    /// <summary>The payments that settled it: the nabetaling, or what was paid back, in instalments if need be.</summary>
    public IReadOnlyList<Afwikkeling> Afwikkelingen { get; private set; } = [];

    /// <summary>What the recipient has in hand for this subsidy: the voorschotten and any nabetaling, less what it paid back.</summary>
    [Regel(Regelcatalogus.Awb4_95)]
    [Regel(Regelcatalogus.Awb4_57)]
    public Bedrag NettoOntvangen => Afwikkelingen.Aggregate(BetaaldeVoorschotten,
        (som, a) => a.Richting == AfwikkelingRichting.Uitbetaald ? som + a.Bedrag : som - a.Bedrag);

    /// <summary>What of <see cref="Saldo"/> is still to be paid or paid back; zero once settled.</summary>
    [Regel(Regelcatalogus.Awb4_95)]
    [Regel(Regelcatalogus.Awb4_57)]
    public Bedrag Openstaand => Uitkomst switch
    {
        VaststellingUitkomst.Nabetaling => Positief(VastgesteldBedrag - NettoOntvangen),
        VaststellingUitkomst.Terugvordering => Positief(NettoOntvangen - VastgesteldBedrag),
        _ => Bedrag.Nul,
    };

    /// <summary>
    /// Records a payment that settles the outcome (Awb 4:95 offset done, 4:57 for what is paid back): the nabetaling the
    /// gemeente paid, or what the recipient paid back, at most what is still open, on a day from the vaststelling to today.
    /// </summary>
    [Regel(Regelcatalogus.Awb4_95)]
    [Regel(Regelcatalogus.Awb4_57)]
    public Afwikkeling RegistreerAfwikkeling(Bedrag bedrag, DateOnly datum, string kenmerk, string door, DateTimeOffset now)
    {
        if (Uitkomst == VaststellingUitkomst.Niets)
            throw new DomainException("Bij deze vaststelling is niets meer te betalen of terug te betalen: de voorschotten zijn verrekend.");
        if (Openstaand == Bedrag.Nul)
            throw new DomainException($"De {(Uitkomst == VaststellingUitkomst.Nabetaling ? "nabetaling" : "terugvordering")} is al helemaal afgewikkeld.");
        if (bedrag <= Bedrag.Nul || bedrag > Openstaand)
            throw new DomainException($"Het bedrag is groter dan nul en niet meer dan wat nog openstaat ({Openstaand}).");
        var vandaag = Kalender.Dag(now);
        if (datum > vandaag || datum < Kalender.Dag(GenomenOp))
            throw new DomainException($"De betaling is gedaan op of na de vaststelling ({Kalender.Dag(GenomenOp):dd-MM-yyyy}) en niet later dan vandaag.");
        if (Tekst.IsBlank(kenmerk))
            throw new DomainException("Noem het kenmerk van de betaling, zoals het op het bankafschrift staat.");
        var afwikkeling = new Afwikkeling(Afwikkelingen.Count + 1,
            Uitkomst == VaststellingUitkomst.Nabetaling ? AfwikkelingRichting.Uitbetaald : AfwikkelingRichting.Ontvangen, datum, bedrag, kenmerk.Trim(), door, now);
        Afwikkelingen = [.. Afwikkelingen, afwikkeling];
        return afwikkeling;
    }

    private static Bedrag Positief(Bedrag b) => b.IsNegatief ? Bedrag.Nul : b;

    /// <summary>
    /// Withdraws (a new amount of nil) or lowers the vaststelling on a ground of Awb 4:49, working back to the vaststelling
    /// (lid 2); not after five years from the vaststelling, or for a breach after it from the breach (lid 3). The offset
    /// against the voorschotten is made again, and what was paid above the new amount is reclaimed.
    /// </summary>
    [Regel(Regelcatalogus.Awb4_49)]
    public Wijzigingsbesluit Wijzig(Beschikking beschikking, Wijzigingsgrond grond, Bedrag nieuw, string toelichting, DateOnly? overtredenOp, DateTimeOffset now)
    {
        if (beschikking.Id != BeschikkingId)
            throw new DomainException("Deze vaststelling hoort bij een andere beschikking.");
        if (Wijzigingsgronden.Betreft(grond) != WijzigingBetreft.Vaststelling)
            throw new DomainException($"De grond uit {Wijzigingsgronden.Artikel(grond)} geldt voor een verlening; deze subsidie is al vastgesteld (artikel 4:49 Awb).");
        if (nieuw < Bedrag.Nul || nieuw >= VastgesteldBedrag)
            throw new DomainException($"Een wijziging ten nadele geeft een lager bedrag dan vastgesteld ({VastgesteldBedrag}); met nul trekt u de vaststelling in.");
        if (Tekst.IsBlank(toelichting))
            throw new DomainException("Licht toe welke feiten de grond dragen; dat staat in de brief aan de organisatie.");
        var vandaag = Kalender.Dag(now);
        var vastgesteld = Kalender.Dag(GenomenOp);
        var vanaf = vastgesteld;
        if (grond == Wijzigingsgrond.VerplichtingenNaVaststelling)
        {
            if (overtredenOp is not { } dag || dag < vastgesteld || dag > vandaag)
                throw new DomainException($"Noem de dag waarop de verplichting na de vaststelling ({vastgesteld:dd-MM-yyyy}) niet is nagekomen, niet later dan vandaag.");
            vanaf = dag;
        }
        if (vandaag > vanaf.AddYears(5))
            throw new DomainException($"Na vijf jaar, sinds {vanaf:dd-MM-yyyy}, kan de vaststelling niet meer worden ingetrokken of ten nadele gewijzigd (artikel 4:49, derde lid, Awb).");
        var besluit = new Wijzigingsbesluit(beschikking, Id, grond, VastgesteldBedrag, nieuw, toelichting, vastgesteld, null, BetaaldeVoorschotten, now);
        VastgesteldBedrag = nieuw;
        Verreken(now);
        GewijzigdDoor = besluit.Id;
        return besluit;
    }

    /// <summary>Offsets what the recipient has in hand (the voorschotten, and after a wijziging what was settled since) against the final amount.</summary>
    private void Verreken(DateTimeOffset now)
    {
        var saldo = VastgesteldBedrag - NettoOntvangen;
        Uitkomst = saldo > Bedrag.Nul ? VaststellingUitkomst.Nabetaling : saldo == Bedrag.Nul ? VaststellingUitkomst.Niets : VaststellingUitkomst.Terugvordering;
        Saldo = saldo < Bedrag.Nul ? Bedrag.Nul - saldo : saldo;
        BetalenUiterlijk = Uitkomst == VaststellingUitkomst.Terugvordering ? Kalender.Dag(now).AddDays(7 * BetaaltermijnWeken) : null;
    }
}
