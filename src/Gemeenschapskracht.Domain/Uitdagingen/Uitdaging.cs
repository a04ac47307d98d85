using Gemeenschapskracht.Domain.Common;
using Gemeenschapskracht.Domain.Regels;
using Gemeenschapskracht.Domain.Persoonsgegevens;

namespace Gemeenschapskracht.Domain.Uitdagingen;

public enum UitdagingStatus
{
    Ingediend,
    Ontvankelijk,
    NietOntvankelijk,
    InBeoordeling,
    Toegekend,
    Afgewezen,
    Overgedragen,
    Gemonitord,
    Geevalueerd,
}

/// <summary>What transfers the task and its budget once a challenge is granted.</summary>
public enum OverdrachtSoort
{
    Subsidiebeschikking,
    Dienstverleningsafspraak,
    Overeenkomst,
}

/// <summary>The assessment of one published criterion: met or not, and why.</summary>
public sealed record Criteriumoordeel(int Nummer, bool Voldaan, string Toelichting);

/// <summary>The subsidy beschikking, dienstverleningsafspraak or other agreement that transfers task and budget, by id.</summary>
public sealed record Overdracht(OverdrachtSoort Soort, Guid? DocumentId, string Omschrijving, DateOnly Per, DateTimeOffset VastgelegdOp);

/// <summary>A note while the residents carry out the task (monitoring), numbered.</summary>
public sealed record Monitoringnotitie(int Nummer, DateOnly Datum, string Tekst, string Door);

/// <summary>
/// A challenge under the uitdaagrecht (Wet versterking participatie op decentraal niveau): residents, as a
/// bewonersorganisatie or a group with a contact, ask to take over a task of the gemeente with its budget. Ingediend →
/// (not) ontvankelijk within the verordening's term → in beoordeling → toegekend or afgewezen by the published criteria
/// (a beschikking, Awb 1:3, with bezwaarclausule, Awb 6:7) → overgedragen (the subsidy or agreement that transfers task
/// and budget) → monitoring → evaluation. It keeps the verordening version it was submitted under.
/// </summary>
[Verwerking("Uitdagingen (uitdaagrecht)",
    "Een uitdaging van bewoners behandelen en erover besluiten.",
    "Wettelijke plicht (AVG art. 6 lid 1 sub c): de verordening uitdaagrecht en de Awb.",
    "Contactpersonen van een bewonersgroep",
    "Zolang het besluit bewaard wordt (Archiefwet); op verzoek met een pseudoniem.")]
public sealed class Uitdaging : IAudited, IPersoonsgegevensHouder
{
    /// <summary>Awb 6:7: bezwaar within six weeks.</summary>
    public const int BezwaartermijnWeken = 6;

    private Uitdaging() { }

    /// <param name="organisatieId">The challenging bewonersorganisatie, or null for a group of residents with a contact.</param>
    public Uitdaging(Participatieverordening verordening, Guid? organisatieId, string? groepsnaam, string? contactnaam, string? contactEmail,
        string taak, Guid? wijkId, string voorstel, Bedrag bedrag, DateOnly van, DateOnly tot, DateTimeOffset now)
    {
        if (Tekst.IsBlank(taak))
            throw new DomainException("Noem de taak van de gemeente die u wilt overnemen.");
        if (verordening.UitsluitingVoor(taak) is { } uitgesloten)
            throw new DomainException($"De gemeente heeft de taak '{uitgesloten}' uitgesloten van het uitdaagrecht ({verordening.Referentie}). " +
                "Voor deze taak kan geen uitdaging worden ingediend; kies een andere taak.");
        if (organisatieId is null && (Tekst.IsBlank(groepsnaam) || Tekst.IsBlank(contactnaam) || Tekst.IsBlank(contactEmail)))
            throw new DomainException("Een groep bewoners zonder organisatie noemt de groep en een contactpersoon met e-mailadres.");
        if (Tekst.IsBlank(voorstel))
            throw new DomainException("Beschrijf waarom u de taak beter zelf kunt doen.");
        if (bedrag <= Bedrag.Nul)
            throw new DomainException("Het gevraagde budget is groter dan nul.");
        if (tot <= van)
            throw new DomainException("De periode eindigt na de begindatum.");
        Id = Guid.CreateVersion7(now);
        Kenmerk = $"UDR-{Kalender.Dag(now).Year}-{Id.ToString("N")[^8..].ToUpperInvariant()}";
        VerordeningVersie = verordening.Versie;
        Criteria = verordening.Criteria;
        BesluitWeken = verordening.BesluitWeken;
        OrganisatieId = organisatieId;
        Groepsnaam = Tekst.IsBlank(groepsnaam) ? null : groepsnaam!.Trim();
        Contactnaam = Tekst.IsBlank(contactnaam) ? null : contactnaam!.Trim();
        ContactEmail = Tekst.IsBlank(contactEmail) ? null : contactEmail!.Trim();
        Taak = taak.Trim();
        WijkId = wijkId;
        Voorstel = voorstel.Trim();
        Bedrag = bedrag;
        Van = van;
        Tot = tot;
        Status = UitdagingStatus.Ingediend;
        IngediendOp = now;
        OntvankelijkheidUiterlijk = Kalender.Dag(now).AddDays(7 * verordening.OntvankelijkheidWeken);
        GewijzigdOp = now;
    }

    public Guid Id { get; private set; }

    public string Kenmerk { get; private set; } = "";

    /// <summary>The participatieverordening version it was submitted and is assessed under (0: the model).</summary>
    public int VerordeningVersie { get; private set; }

    /// <summary>The criteria of that version, kept with the challenge so a later version changes nothing.</summary>
    public IReadOnlyList<Beoordelingscriterium> Criteria { get; private set; } = [];

    /// <summary>The verordening's term for the decision, counted from ontvankelijkheid.</summary>
    public int BesluitWeken { get; private set; }

    public Guid? OrganisatieId { get; private set; }

    /// <summary>The name of an informal group of residents (published); its contact is not.</summary>
    public string? Groepsnaam { get; private set; }

    [Persoonsgegeven("Naam van de contactpersoon")]
    public string? Contactnaam { get; private set; }

    [Persoonsgegeven("E-mailadres van de contactpersoon")]
    public string? ContactEmail { get; private set; }

    public string Taak { get; private set; } = "";

    public Guid? WijkId { get; private set; }

    public string Voorstel { get; private set; } = "";

    public Bedrag Bedrag { get; private set; }

    public DateOnly Van { get; private set; }

    public DateOnly Tot { get; private set; }

    public UitdagingStatus Status { get; private set; }

    public DateTimeOffset IngediendOp { get; private set; }

    /// <summary>Submission plus the verordening's term: the gemeente decides on ontvankelijkheid by this day.</summary>
    public DateOnly OntvankelijkheidUiterlijk { get; private set; }

    public DateTimeOffset? OntvankelijkheidBesluitOp { get; private set; }

    public string? NietOntvankelijkReden { get; private set; }

    /// <summary>Ontvankelijkheid plus the verordening's decision term.</summary>
    public DateOnly? BesluitUiterlijk { get; private set; }

    public IReadOnlyList<Criteriumoordeel> Oordelen { get; private set; } = [];

    public string? Motivering { get; private set; }

    public DateTimeOffset? BesluitOp { get; private set; }

    public string? BesluitDoor { get; private set; }

    public Overdracht? Overdracht { get; private set; }

    public IReadOnlyList<Monitoringnotitie> Monitoring { get; private set; } = [];

    public string? Evaluatie { get; private set; }

    public DateTimeOffset? GeevalueerdOp { get; private set; }

    /// <summary>When the termijn job last told the gemeente the ontvankelijkheid term passed (sent once).</summary>
    public DateTimeOffset? TermijnOverschredenGemeld { get; private set; }

    public DateTimeOffset GewijzigdOp { get; private set; }

    /// <summary>Still awaiting the ontvankelijkheid decision after its due day.</summary>
    public bool IsOntvankelijkheidTeLaat(DateTimeOffset now) => Status == UitdagingStatus.Ingediend && Kalender.Dag(now) > OntvankelijkheidUiterlijk;

    /// <summary>A decision on the challenge (granted, refused, or not ontvankelijk) is a beschikking (Awb 1:3).</summary>
    [Regel(Regelcatalogus.Awb1_3)]
    public bool HeeftBesluit => BesluitOp is not null;

    public bool IsToegekend => Status is UitdagingStatus.Toegekend or UitdagingStatus.Overgedragen or UitdagingStatus.Gemonitord or UitdagingStatus.Geevalueerd;

    /// <summary>The last day for bezwaar: six weeks after the decision (Awb 6:7).</summary>
    [Regel(Regelcatalogus.Awb6_7)]
    public DateOnly? BezwaarUiterlijk => BesluitOp is { } op ? Kalender.Dag(op).AddDays(7 * BezwaartermijnWeken) : null;

    /// <summary>The gemeente decides whether the challenge is ontvankelijk; a refusal gives its reason.</summary>
    public void BeslisOntvankelijkheid(bool ontvankelijk, string? reden, string door, DateTimeOffset now)
    {
        if (Status != UitdagingStatus.Ingediend)
            throw new DomainException("Over de ontvankelijkheid is al beslist.");
        if (!ontvankelijk && Tekst.IsBlank(reden))
            throw new DomainException("Geef de reden waarom de uitdaging niet ontvankelijk is.");
        Status = ontvankelijk ? UitdagingStatus.Ontvankelijk : UitdagingStatus.NietOntvankelijk;
        NietOntvankelijkReden = ontvankelijk ? null : reden!.Trim();
        OntvankelijkheidBesluitOp = now;
        BesluitUiterlijk = ontvankelijk ? Kalender.Dag(now).AddDays(7 * BesluitWeken) : null;
        if (!ontvankelijk)
        {
            BesluitOp = now;
            BesluitDoor = door;
        }
        GewijzigdOp = now;
    }

    public void StartBeoordeling(DateTimeOffset now)
    {
        if (Status != UitdagingStatus.Ontvankelijk)
            throw new DomainException("Alleen een ontvankelijke uitdaging wordt beoordeeld.");
        Status = UitdagingStatus.InBeoordeling;
        GewijzigdOp = now;
    }

    /// <summary>
    /// The decision: every published criterion of the challenge's verordening version assessed, and a reasoning.
    /// </summary>
    [Regel(Regelcatalogus.Awb3_46)]
    public void Besluit(bool toekennen, IReadOnlyList<Criteriumoordeel> oordelen, string motivering, string door, DateTimeOffset now)
    {
        if (Status != UitdagingStatus.InBeoordeling)
            throw new DomainException("Een besluit volgt op de beoordeling: de uitdaging is nu niet in beoordeling.");
        var onbekend = oordelen.Select(o => o.Nummer).Except(Criteria.Select(c => c.Nummer)).ToList();
        if (onbekend.Count > 0)
            throw new DomainException($"Criterium {onbekend[0]} staat niet in de participatieverordening (versie {VerordeningVersie}) van deze uitdaging.");
        if (oordelen.Select(o => o.Nummer).Distinct().Count() != oordelen.Count)
            throw new DomainException("Beoordeel elk criterium één keer.");
        var ontbreekt = Criteria.Where(c => oordelen.All(o => o.Nummer != c.Nummer)).Select(c => c.Naam).ToList();
        if (ontbreekt.Count > 0)
            throw new DomainException($"Beoordeel elk gepubliceerd criterium; nog niet beoordeeld: {string.Join(", ", ontbreekt)}.");
        if (oordelen.Any(o => Tekst.IsBlank(o.Toelichting)))
            throw new DomainException("Licht het oordeel op elk criterium toe.");
        if (Tekst.IsBlank(motivering))
            throw new DomainException("Motiveer het besluit.");
        Status = toekennen ? UitdagingStatus.Toegekend : UitdagingStatus.Afgewezen;
        Oordelen = oordelen.OrderBy(o => o.Nummer).Select(o => o with { Toelichting = o.Toelichting.Trim() }).ToList();
        Motivering = motivering.Trim();
        BesluitOp = now;
        BesluitDoor = door;
        GewijzigdOp = now;
    }

    /// <summary>The subsidy beschikking or agreement that transfers the task and its budget, once granted.</summary>
    public void LegOverdrachtVast(OverdrachtSoort soort, Guid? documentId, string omschrijving, DateOnly per, DateTimeOffset now)
    {
        if (Status != UitdagingStatus.Toegekend)
            throw new DomainException("Alleen een toegekende uitdaging wordt overgedragen, en één keer.");
        if (soort != OverdrachtSoort.Overeenkomst && documentId is null)
            throw new DomainException("Noem de subsidiebeschikking of dienstverleningsafspraak waarmee de taak en het budget overgaan.");
        if (Tekst.IsBlank(omschrijving))
            throw new DomainException("Beschrijf wat er overgaat: de taak, het budget en de afspraken.");
        Overdracht = new Overdracht(soort, documentId, omschrijving.Trim(), per, now);
        Status = UitdagingStatus.Overgedragen;
        GewijzigdOp = now;
    }

    public Monitoringnotitie NoteerMonitoring(DateOnly datum, string tekst, string door, DateTimeOffset now)
    {
        if (Status is not (UitdagingStatus.Overgedragen or UitdagingStatus.Gemonitord))
            throw new DomainException("Monitoring volgt op de overdracht van taak en budget, en eindigt met de evaluatie.");
        if (Tekst.IsBlank(tekst))
            throw new DomainException("Schrijf wat u hebt gezien.");
        if (datum > Kalender.Dag(now))
            throw new DomainException("Een monitoringnotitie gaat over wat al is gebeurd; de datum ligt niet in de toekomst.");
        var notitie = new Monitoringnotitie(Monitoring.Count + 1, datum, tekst.Trim(), door);
        Monitoring = [.. Monitoring, notitie];
        Status = UitdagingStatus.Gemonitord;
        GewijzigdOp = now;
        return notitie;
    }

    public void Evalueer(string evaluatie, DateTimeOffset now)
    {
        if (Status is not (UitdagingStatus.Overgedragen or UitdagingStatus.Gemonitord))
            throw new DomainException("Alleen een overgedragen taak wordt geëvalueerd, en één keer.");
        if (Tekst.IsBlank(evaluatie))
            throw new DomainException("Schrijf de evaluatie.");
        Evaluatie = evaluatie.Trim();
        GeevalueerdOp = now;
        Status = UitdagingStatus.Geevalueerd;
        GewijzigdOp = now;
    }

    /// <summary>The termijn job tells the gemeente once that the ontvankelijkheid term passed; false when not due or already told.</summary>
    public bool MeldTermijnOverschreden(DateTimeOffset now)
    {
        if (!IsOntvankelijkheidTeLaat(now) || TermijnOverschredenGemeld is not null)
            return false;
        TermijnOverschredenGemeld = now;
        return true;
    }

    public IReadOnlyList<Gegeven> GegevensVan(Betrokkene betrokkene) =>
        betrokkene.Gegevens([Contactnaam, ContactEmail], ("Uitdaging", Kenmerk), ("Naam contactpersoon", Contactnaam),
            ("E-mailadres contactpersoon", ContactEmail), ("Ingediend op", $"{Kalender.Dag(IngediendOp):dd-MM-yyyy}"));

    /// <summary>The challenge and its decision stay; the contact is replaced.</summary>
    [Regel(Regelcatalogus.Avg17)]
    public void Anonimiseer(Betrokkene betrokkene, string pseudoniem, DateTimeOffset now)
    {
        if (GegevensVan(betrokkene).Count == 0)
            return;
        Contactnaam = pseudoniem;
        ContactEmail = null;
    }
}
