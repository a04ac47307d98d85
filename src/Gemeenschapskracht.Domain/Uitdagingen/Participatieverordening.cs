using Gemeenschapskracht.Domain.Common;

namespace Gemeenschapskracht.Domain.Uitdagingen;

/// <summary>One published criterion a challenge is assessed by, numbered in the order of the verordening.</summary>
public sealed record Beoordelingscriterium(int Nummer, string Naam, string Toelichting);

/// <summary>
/// What a gemeente's participatieverordening says about the uitdaagrecht (Wet versterking participatie op decentraal
/// niveau, from 1 January 2027), versioned like the verantwoordingskader: the term within which the gemeente decides
/// whether a challenge is ontvankelijk, the term for the decision, the published criteria and the tasks it excluded.
/// A challenge keeps the version it was submitted under. Without a version of its own a gemeente uses
/// <see cref="Standaard"/> (version 0, not stored).
/// </summary>
public sealed class Participatieverordening : IAudited
{
    public const int StandaardOntvankelijkheidWeken = 8;
    public const int StandaardBesluitWeken = 8;

    private Participatieverordening() { }

    public Participatieverordening(int versie, string referentie, DateOnly vastgesteldOp, int ontvankelijkheidWeken, int besluitWeken,
        IReadOnlyList<(string Naam, string Toelichting)> criteria, IReadOnlyList<string> uitgeslotenTaken, DateTimeOffset now)
    {
        if (Tekst.IsBlank(referentie))
            throw new DomainException("Noem de participatieverordening: de titel of vindplaats en de datum van vaststelling.");
        if (ontvankelijkheidWeken is < 1 or > 26)
            throw new DomainException("De termijn voor ontvankelijkheid is 1 tot en met 26 weken.");
        if (besluitWeken is < 1 or > 52)
            throw new DomainException("De termijn voor het besluit is 1 tot en met 52 weken.");
        if (criteria.Count == 0)
            throw new DomainException("Publiceer minstens één beoordelingscriterium: een uitdaging wordt beoordeeld op vooraf bekende criteria.");
        if (criteria.Any(c => Tekst.IsBlank(c.Naam) || Tekst.IsBlank(c.Toelichting)))
            throw new DomainException("Elk beoordelingscriterium heeft een naam en een toelichting.");
        if (criteria.Select(c => c.Naam.Trim().ToLowerInvariant()).Distinct().Count() != criteria.Count)
            throw new DomainException("Elk beoordelingscriterium staat maar één keer in de verordening.");
        if (uitgeslotenTaken.Any(Tekst.IsBlank))
            throw new DomainException("Een uitgesloten taak heeft een omschrijving.");
        Id = Guid.CreateVersion7(now);
        Versie = versie;
        Referentie = referentie.Trim();
        VastgesteldOp = vastgesteldOp;
        OntvankelijkheidWeken = ontvankelijkheidWeken;
        BesluitWeken = besluitWeken;
        Criteria = criteria.Select((c, i) => new Beoordelingscriterium(i + 1, c.Naam.Trim(), c.Toelichting.Trim())).ToList();
        UitgeslotenTaken = uitgeslotenTaken.Select(t => t.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        GewijzigdOp = now;
    }

    /// <summary>The model verordening for a gemeente that recorded none of its own (version 0, not stored).</summary>
    public static Participatieverordening Standaard(DateTimeOffset now) => new(0, "Modelverordening uitdaagrecht (standaard, nog geen eigen verordening vastgelegd)",
        Kalender.Dag(now), StandaardOntvankelijkheidWeken, StandaardBesluitWeken,
        [
            ("Maatschappelijke meerwaarde", "Het voorstel laat zien dat de uitdagers de taak beter, goedkoper of dichter bij de buurt kunnen uitvoeren."),
            ("Draagvlak", "Het voorstel wordt gedragen door bewoners van de buurt waarvoor de taak is."),
            ("Uitvoerbaarheid", "De uitdagers hebben de kennis, mensen en organisatie om de taak voor de gevraagde periode uit te voeren."),
            ("Financiële haalbaarheid", "De begroting past binnen het budget dat de gemeente nu aan de taak besteedt."),
        ],
        ["Handhaving", "Vergunningverlening", "Wettelijke taken die de gemeente niet mag overdragen"], now);

    public Guid Id { get; private set; }

    public int Versie { get; private set; }

    /// <summary>The verordening's title or place of publication.</summary>
    public string Referentie { get; private set; } = "";

    /// <summary>The day the council adopted it.</summary>
    public DateOnly VastgesteldOp { get; private set; }

    public int OntvankelijkheidWeken { get; private set; }

    public int BesluitWeken { get; private set; }

    public IReadOnlyList<Beoordelingscriterium> Criteria { get; private set; } = [];

    public IReadOnlyList<string> UitgeslotenTaken { get; private set; } = [];

    public DateTimeOffset GewijzigdOp { get; private set; }

    /// <summary>The excluded task a proposed task falls under (the task names it, case-insensitively), or null.</summary>
    public string? UitsluitingVoor(string taak) =>
        UitgeslotenTaken.FirstOrDefault(u => taak.Contains(u, StringComparison.OrdinalIgnoreCase) || u.Equals(taak.Trim(), StringComparison.OrdinalIgnoreCase));
}
