using Gemeenschapskracht.Domain.Common;

namespace Gemeenschapskracht.Domain.Ervaringsconferenties;

public enum ConferentieStatus
{
    Gepland,
    Gehouden,
    OogstGepubliceerd,
}

/// <summary>One part of the programme: when, what, and who leads it.</summary>
public sealed record Programmaonderdeel(string Tijd, string Onderdeel, string? Door);

/// <summary>
/// An ervaringsconferentie (R6.5): an event on a theme across wijken, where residents, professionals and the gemeente
/// share what they learned, with a programme, public registration and, afterwards, the lessons recorded and published
/// (the harvest): <c>Gepland → Gehouden → OogstGepubliceerd</c>. Registration closes when it is held.
/// </summary>
public sealed class Ervaringsconferentie : IAudited
{
    public const int MeesteOnderdelen = 20;
    public const int MeesteLessen = 20;

    private Ervaringsconferentie() { }

    public Ervaringsconferentie(Conferentieinhoud inhoud, DateTimeOffset now)
    {
        Id = Guid.CreateVersion7(now);
        Status = ConferentieStatus.Gepland;
        AangemaaktOp = now;
        Zet(inhoud, now);
    }

    public Guid Id { get; private set; }

    public string Titel { get; private set; } = "";

    /// <summary>The theme across wijken, e.g. a publieke waarde of the kader ("Niemand eenzaam").</summary>
    public string Thema { get; private set; } = "";

    public DateOnly Datum { get; private set; }

    public string Plek { get; private set; } = "";

    public string Omschrijving { get; private set; } = "";

    public int? Capaciteit { get; private set; }

    public IReadOnlyList<Programmaonderdeel> Programma { get; private set; } = [];

    public IReadOnlyList<Guid> WijkIds { get; private set; } = [];

    /// <summary>What was learned, one lesson per item; recorded after the conference.</summary>
    public IReadOnlyList<string> Lessen { get; private set; } = [];

    public ConferentieStatus Status { get; private set; }

    public DateTimeOffset AangemaaktOp { get; private set; }

    public DateTimeOffset GewijzigdOp { get; private set; }

    /// <summary>Changes the invitation; only while planned, never to a capacity below the registrations already taken.</summary>
    public void Wijzig(Conferentieinhoud inhoud, int aangemeld, DateTimeOffset now)
    {
        if (Status != ConferentieStatus.Gepland)
            throw new DomainException("Een gehouden conferentie wordt niet meer gewijzigd; leg de lessen vast.");
        if (inhoud.Capaciteit is { } capaciteit && capaciteit < aangemeld)
            throw new DomainException($"Er zijn al {aangemeld} aanmeldingen; de capaciteit kan niet lager dan dat.");
        Zet(inhoud, now);
    }

    /// <summary>Whether a new registration can be taken: while planned, before the day, and below the capacity.</summary>
    public void EnsureAanmeldbaar(int aangemeld, DateOnly vandaag)
    {
        if (Status != ConferentieStatus.Gepland || vandaag > Datum)
            throw new DomainException("Aanmelden voor deze conferentie kan niet meer: zij is al gehouden.");
        if (Capaciteit is { } capaciteit && aangemeld >= capaciteit)
            throw new DomainException("De conferentie is vol.");
    }

    /// <summary>Marks the conference as held: on or after its day.</summary>
    public void MarkeerGehouden(DateOnly vandaag, DateTimeOffset now)
    {
        if (Status != ConferentieStatus.Gepland)
            throw new DomainException("Deze conferentie is al als gehouden vastgelegd.");
        if (vandaag < Datum)
            throw new DomainException($"De conferentie is pas op {Datum:dd-MM-yyyy}; leg haar daarna als gehouden vast.");
        Status = ConferentieStatus.Gehouden;
        GewijzigdOp = now;
    }

    /// <summary>Records and publishes the lessons (the harvest) of a held conference; a later change replaces them.</summary>
    public void PubliceerOogst(IReadOnlyList<string> lessen, DateTimeOffset now)
    {
        if (Status == ConferentieStatus.Gepland)
            throw new DomainException("De lessen worden vastgelegd nadat de conferentie is gehouden.");
        if (lessen.Count == 0 || lessen.Any(Tekst.IsBlank))
            throw new DomainException("Leg minstens één les vast, en geen lege.");
        if (lessen.Count > MeesteLessen)
            throw new DomainException($"Hoogstens {MeesteLessen} lessen.");
        Lessen = [.. lessen.Select(l => l.Trim())];
        Status = ConferentieStatus.OogstGepubliceerd;
        GewijzigdOp = now;
    }

    private void Zet(Conferentieinhoud inhoud, DateTimeOffset now)
    {
        if (Tekst.IsBlank(inhoud.Titel) || Tekst.IsBlank(inhoud.Thema) || Tekst.IsBlank(inhoud.Plek) || Tekst.IsBlank(inhoud.Omschrijving))
            throw new DomainException("Een conferentie heeft een titel, een thema, een plek en een omschrijving.");
        if (inhoud.Datum < Kalender.Dag(now))
            throw new DomainException("De datum van de conferentie ligt niet in het verleden.");
        if (inhoud.Capaciteit is < 1)
            throw new DomainException("De capaciteit is minstens 1, of laat haar leeg.");
        if (inhoud.Programma.Count > MeesteOnderdelen || inhoud.Programma.Any(p => Tekst.IsBlank(p.Tijd) || Tekst.IsBlank(p.Onderdeel)))
            throw new DomainException($"Elk programmaonderdeel heeft een tijd en een omschrijving (hoogstens {MeesteOnderdelen}).");
        Titel = inhoud.Titel.Trim();
        Thema = inhoud.Thema.Trim();
        Datum = inhoud.Datum;
        Plek = inhoud.Plek.Trim();
        Omschrijving = inhoud.Omschrijving.Trim();
        Capaciteit = inhoud.Capaciteit;
        Programma = [.. inhoud.Programma.Select(p => new Programmaonderdeel(p.Tijd.Trim(), p.Onderdeel.Trim(), Tekst.IsBlank(p.Door) ? null : p.Door!.Trim()))];
        WijkIds = [.. inhoud.WijkIds.Distinct()];
        GewijzigdOp = now;
    }
}

public sealed record Conferentieinhoud(
    string Titel, string Thema, DateOnly Datum, string Plek, string Omschrijving, int? Capaciteit, IReadOnlyList<Programmaonderdeel> Programma,
    IReadOnlyList<Guid> WijkIds);
