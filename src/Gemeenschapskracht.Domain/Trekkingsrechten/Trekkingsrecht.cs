using Gemeenschapskracht.Domain.Common;
using Gemeenschapskracht.Domain.Wijkbudgetten;

namespace Gemeenschapskracht.Domain.Trekkingsrechten;

/// <summary>What a drawing right is counted in: hours of support or an amount of money.</summary>
public enum TrekkingsEenheid
{
    Uren,
    Euro,
}

public enum TrekkingsrechtStatus
{
    Toegekend,
    DeelsGetrokken,
    Uitgeput,
    Verlopen,
}

/// <summary>
/// One draw on a right: recorded by the supplier that delivered (<see cref="LeverancierId"/>, or null for the gemeente's
/// own ambtelijke ondersteuning), then confirmed by the initiative. It counts against the balance from the moment it is
/// recorded, confirmed or not, so nothing is drawn twice.
/// </summary>
/// <param name="Omvang">Whole hours, or eurocents, as the right's unit says.</param>
public sealed record Trekking(int Nummer, DateOnly Datum, long Omvang, string Doel, Guid? AmbitieId, Guid? LeverancierId,
    string GeregistreerdDoor, DateTimeOffset GeregistreerdOp, string? BevestigdDoor, DateTimeOffset? BevestigdOp)
{
    public bool IsBevestigd => BevestigdOp is not null;
}

/// <summary>
/// A trekkingsrecht (voucher, R4.5): a resident initiative that takes public responsibility may draw hours of support
/// from named suppliers (professional organisations, the gemeente's own ambtenaren) or an amount, within a validity
/// period, paid from one line of a wijkbudget. The supplier records each draw and the initiative confirms it; what is
/// left when the validity ends returns to the budget line (job J5).
/// </summary>
public sealed class Trekkingsrecht : IAudited
{
    private Trekkingsrecht() { }

    /// <param name="omvang">Whole hours for <see cref="TrekkingsEenheid.Uren"/>, eurocents for <see cref="TrekkingsEenheid.Euro"/>.</param>
    /// <param name="tarief">For hours: what one hour costs the budget line; null for an amount.</param>
    /// <param name="leveranciers">The professional organisations that may supply it.</param>
    /// <param name="gemeenteLevert">Whether the gemeente supplies ambtelijke ondersteuning itself.</param>
    /// <param name="vastgelegdOpRegel">What the other trekkingsrechten and the signed dienstverleningsafspraken on the same line
    /// take from it: a right fits in what the line has in the years of its validity less those (subsidieregelingen are bounded
    /// by their own plafond).</param>
    public Trekkingsrecht(Guid organisatieId, string? groepsnaam, Wijkbudget budget, Guid budgetregelId, TrekkingsEenheid eenheid, long omvang, Bedrag? tarief,
        IReadOnlyList<Guid> leveranciers, bool gemeenteLevert, DateOnly van, DateOnly tot, string doel, Bedrag vastgelegdOpRegel, DateTimeOffset now)
    {
        if (budget.Status is not (WijkbudgetStatus.Toegekend or WijkbudgetStatus.Lopend))
            throw new DomainException("Een trekkingsrecht komt uit een wijkbudget dat de raad heeft toegekend en dat nog loopt.");
        var regel = budget.Regels.FirstOrDefault(r => r.Id == budgetregelId)
            ?? throw new DomainException("De begrotingsregel staat niet in dit wijkbudget; kies een regel van het wijkbudget.");
        if (omvang <= 0)
            throw new DomainException(eenheid == TrekkingsEenheid.Uren ? "Een trekkingsrecht is voor minstens één uur." : "Het bedrag van een trekkingsrecht is groter dan nul.");
        if (eenheid == TrekkingsEenheid.Uren && (tarief is null || tarief.Value <= Bedrag.Nul))
            throw new DomainException("Geef bij uren het tarief per uur op, groter dan nul: zo is bekend wat het recht de begrotingsregel kost.");
        if (eenheid == TrekkingsEenheid.Euro && tarief is not null)
            throw new DomainException("Een trekkingsrecht in euro heeft geen uurtarief.");
        if (tot <= van)
            throw new DomainException("De geldigheid eindigt na de begindatum.");
        if (van.Year < budget.StartJaar || tot.Year > budget.EindJaar)
            throw new DomainException($"De geldigheid valt binnen de periode van het wijkbudget ({budget.StartJaar} tot en met {budget.EindJaar}).");
        if (leveranciers.Count == 0 && !gemeenteLevert)
            throw new DomainException("Noem minstens één leverancier: een professionele organisatie of de gemeente zelf (ambtelijke ondersteuning).");
        if (leveranciers.Distinct().Count() != leveranciers.Count)
            throw new DomainException("Elke leverancier staat maar één keer bij het trekkingsrecht.");
        if (leveranciers.Contains(organisatieId))
            throw new DomainException("De houder van het trekkingsrecht is niet ook de leverancier ervan.");
        if (Tekst.IsBlank(doel))
            throw new DomainException("Beschrijf waarvoor het trekkingsrecht is.");
        Eenheid = eenheid;
        Tarief = tarief;
        var ruimte = Enumerable.Range(van.Year, tot.Year - van.Year + 1).Aggregate(Bedrag.Nul, (som, jaar) => som + regel.In(jaar)) - vastgelegdOpRegel;
        if (WaardeVan(omvang) > ruimte)
            throw new DomainException($"Het trekkingsrecht ({WaardeVan(omvang)}) is meer dan de regel '{regel.Doel}' in {van.Year}–{tot.Year} nog vrij heeft ({(ruimte.IsNegatief ? Bedrag.Nul : ruimte)}), na de trekkingsrechten en dienstverleningsafspraken die er al uit komen.");
        Id = Guid.CreateVersion7(now);
        OrganisatieId = organisatieId;
        Groepsnaam = Tekst.IsBlank(groepsnaam) ? null : groepsnaam!.Trim();
        WijkbudgetId = budget.Id;
        BudgetregelId = regel.Id;
        Omvang = omvang;
        Leveranciers = [.. leveranciers];
        GemeenteLevert = gemeenteLevert;
        Van = van;
        Tot = tot;
        Doel = doel.Trim();
        Status = TrekkingsrechtStatus.Toegekend;
        Waarde = WaardeVan(omvang);
        AangemaaktOp = now;
        GewijzigdOp = now;
    }

    public Guid Id { get; private set; }

    /// <summary>The holder: the initiative's organisation, or the host for <see cref="Groepsnaam"/>.</summary>
    public Guid OrganisatieId { get; private set; }

    /// <summary>An informal group that holds the right through its host organisation.</summary>
    public string? Groepsnaam { get; private set; }

    public Guid WijkbudgetId { get; private set; }

    public Guid BudgetregelId { get; private set; }

    public TrekkingsEenheid Eenheid { get; private set; }

    /// <summary>Whole hours, or eurocents.</summary>
    public long Omvang { get; private set; }

    /// <summary>What an hour costs the budget line; null for a right in euro.</summary>
    public Bedrag? Tarief { get; private set; }

    /// <summary>The professional organisations that may supply it.</summary>
    public List<Guid> Leveranciers { get; private set; } = [];

    /// <summary>The gemeente supplies ambtelijke ondersteuning itself.</summary>
    public bool GemeenteLevert { get; private set; }

    public DateOnly Van { get; private set; }

    /// <summary>The last day on which it may be drawn.</summary>
    public DateOnly Tot { get; private set; }

    public string Doel { get; private set; } = "";

    public TrekkingsrechtStatus Status { get; private set; }

    public IReadOnlyList<Trekking> Trekkingen { get; private set; } = [];

    /// <summary>What the right takes from the budget line when granted.</summary>
    public Bedrag Waarde { get; private set; }

    /// <summary>What returned to the budget line when it expired; null until then.</summary>
    public Bedrag? Terugvloei { get; private set; }

    public DateOnly? VerlopenOp { get; private set; }

    public DateTimeOffset AangemaaktOp { get; private set; }

    public DateTimeOffset GewijzigdOp { get; private set; }

    /// <summary>Everything recorded, confirmed or not.</summary>
    public long Getrokken => Trekkingen.Sum(t => t.Omvang);

    public long Saldo => Omvang - Getrokken;

    /// <summary>What the right still takes from the line: its value less what returned on expiry.</summary>
    public Bedrag Vastgelegd => Waarde - (Terugvloei ?? Bedrag.Nul);

    public bool IsLeverancier(Guid? organisatieId) => organisatieId is { } id ? Leveranciers.Contains(id) : GemeenteLevert;

    /// <summary>The value on the budget line of <paramref name="omvang"/> in the right's unit.</summary>
    public Bedrag WaardeVan(long omvang) => Eenheid == TrekkingsEenheid.Uren ? new Bedrag(checked(omvang * Tarief!.Value.Eurocent)) : new Bedrag(omvang);

    /// <summary>
    /// The supplier records what it delivered: on a day within the validity, not in the future, not above the balance.
    /// </summary>
    /// <param name="leverancierId">The supplying organisation, or null for the gemeente's ambtelijke ondersteuning.</param>
    public Trekking Trek(DateOnly datum, long omvang, string doel, Guid? ambitieId, Guid? leverancierId, string door, DateTimeOffset now)
    {
        var vandaag = Kalender.Dag(now);
        if (Status == TrekkingsrechtStatus.Verlopen || vandaag > Tot)
            throw new DomainException($"Dit trekkingsrecht is verlopen op {Tot:dd-MM-yyyy}; er kan niets meer van worden getrokken.");
        if (!IsLeverancier(leverancierId))
            throw new DomainException(leverancierId is null
                ? "De gemeente is geen leverancier van dit trekkingsrecht; alleen een genoemde leverancier registreert een trekking."
                : "Uw organisatie is geen leverancier van dit trekkingsrecht; alleen een genoemde leverancier registreert een trekking.");
        if (omvang <= 0)
            throw new DomainException("Een trekking is groter dan nul.");
        if (datum > vandaag)
            throw new DomainException("Een trekking registreert wat al geleverd is; de datum ligt niet in de toekomst.");
        if (datum < Van)
            throw new DomainException($"Het trekkingsrecht geldt vanaf {Van:dd-MM-yyyy}; een trekking daarvoor kan niet.");
        if (datum > Tot)
            throw new DomainException($"Het trekkingsrecht gold tot en met {Tot:dd-MM-yyyy}; een trekking daarna kan niet.");
        if (omvang > Saldo)
            throw new DomainException($"De trekking ({Omschrijf(omvang)}) is meer dan het saldo ({Omschrijf(Saldo)}).");
        if (Tekst.IsBlank(doel))
            throw new DomainException("Beschrijf waarvoor getrokken is.");
        var trekking = new Trekking(Trekkingen.Count + 1, datum, omvang, doel.Trim(), ambitieId, leverancierId, door, now, null, null);
        Trekkingen = [.. Trekkingen, trekking];
        Status = Saldo == 0 ? TrekkingsrechtStatus.Uitgeput : TrekkingsrechtStatus.DeelsGetrokken;
        GewijzigdOp = now;
        return trekking;
    }

    /// <summary>The initiative confirms that it received what a draw says; only the holder, and once.</summary>
    public Trekking Bevestig(int nummer, Guid organisatieId, string door, DateTimeOffset now)
    {
        if (organisatieId != OrganisatieId)
            throw new DomainException("Alleen de houder van het trekkingsrecht bevestigt een trekking.");
        var trekking = Trekkingen.FirstOrDefault(t => t.Nummer == nummer)
            ?? throw new DomainException($"Trekking {nummer} bestaat niet bij dit trekkingsrecht.");
        if (trekking.IsBevestigd)
            throw new DomainException($"Trekking {nummer} is al bevestigd op {Kalender.Dag(trekking.BevestigdOp!.Value):dd-MM-yyyy}.");
        var bevestigd = trekking with { BevestigdDoor = door, BevestigdOp = now };
        Trekkingen = Trekkingen.Select(t => t.Nummer == nummer ? bevestigd : t).ToList();
        GewijzigdOp = now;
        return bevestigd;
    }

    /// <summary>
    /// After its last day the right expires and its balance returns to the budget line (its value: hours × tarief).
    /// True when it expired now; false when it is not due, was exhausted, or had already expired.
    /// </summary>
    public bool Verloop(DateTimeOffset now)
    {
        if (Status is TrekkingsrechtStatus.Verlopen or TrekkingsrechtStatus.Uitgeput || Kalender.Dag(now) <= Tot)
            return false;
        Status = TrekkingsrechtStatus.Verlopen;
        Terugvloei = WaardeVan(Saldo);
        VerlopenOp = Kalender.Dag(now);
        GewijzigdOp = now;
        return true;
    }

    private string Omschrijf(long omvang) => Eenheid == TrekkingsEenheid.Uren ? $"{omvang} uur" : new Bedrag(omvang).ToString();
}
