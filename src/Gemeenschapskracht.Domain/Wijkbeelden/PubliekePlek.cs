using Gemeenschapskracht.Domain.Common;

namespace Gemeenschapskracht.Domain.Wijkbeelden;

public enum PlekSoort
{
    Buurthuis,
    Bibliotheek,
    School,
    Gebedshuis,
    Sportaccommodatie,
    Horeca,
    Winkel,
    Buitenruimte,
    Overig,
}

public enum Eigenaarsoort
{
    Gemeente,
    Woningcorporatie,
    Commercieel,
    Bewoners,
    Kerk,
    School,
}

public enum Huurregime
{
    Marktconform,
    Sociaal,
    Kosteloos,
}

public enum PlekStatus
{
    Actief,
    Bedreigd,
    Gesloten,
    Beschikbaar,
}

/// <summary>A point on the map, in WGS 84 degrees.</summary>
public sealed record Coordinaten(double Breedtegraad, double Lengtegraad)
{
    /// <summary>The European Netherlands with its coastal waters, generously: a point outside it is a typing error.</summary>
    public bool LigtInNederland => Breedtegraad is >= 50.70 and <= 53.70 && Lengtegraad is >= 3.20 and <= 7.30;
}

/// <summary>
/// A public place of the wijk (R2.1): where people meet and where residents can gather, who owns and runs it, whether
/// it is open in the evening, what it costs, and whether it is threatened. Kept when closed: its history is the wijk's.
/// </summary>
public sealed class PubliekePlek : IAudited
{
    private PubliekePlek() { }

    public PubliekePlek(Guid wijkId, DateTimeOffset now)
    {
        Id = Guid.CreateVersion7(now);
        GebiedId = wijkId;
        AangemaaktOp = now;
    }

    public Guid Id { get; private set; }

    public Guid GebiedId { get; private set; }

    public string Naam { get; private set; } = "";

    public PlekSoort Soort { get; private set; }

    public Coordinaten? Locatie { get; private set; }

    public string? Adres { get; private set; }

    public Eigenaarsoort Eigenaar { get; private set; }

    public string? BeheerdDoor { get; private set; }

    public bool AvondsOpen { get; private set; }

    /// <summary>How many people can meet there at once; null when unknown or not a meeting place.</summary>
    public int? Vergadercapaciteit { get; private set; }

    public Huurregime Huurregime { get; private set; }

    public PlekStatus Status { get; private set; }

    public string? Toelichting { get; private set; }

    public DateTimeOffset AangemaaktOp { get; private set; }

    public DateTimeOffset GewijzigdOp { get; private set; }

    public void Wijzig(string naam, PlekSoort soort, Coordinaten? locatie, string? adres, Eigenaarsoort eigenaar, string? beheerdDoor,
        bool avondsOpen, int? vergadercapaciteit, Huurregime huurregime, PlekStatus status, string? toelichting, DateTimeOffset now)
    {
        if (locatie is null && Tekst.IsBlank(adres))
            throw new DomainException("Geef de plek een locatie: coördinaten of een adres.");
        if (locatie is { LigtInNederland: false })
            throw new DomainException("De coördinaten liggen buiten Nederland; controleer breedtegraad (ongeveer 50,7 tot 53,7) en lengtegraad (ongeveer 3,2 tot 7,3).");
        if (vergadercapaciteit is < 0)
            throw new DomainException("De vergadercapaciteit kan niet negatief zijn.");
        Naam = naam.Trim();
        Soort = soort;
        Locatie = locatie;
        Adres = Tekst.IsBlank(adres) ? null : adres!.Trim();
        Eigenaar = eigenaar;
        BeheerdDoor = Tekst.IsBlank(beheerdDoor) ? null : beheerdDoor!.Trim();
        AvondsOpen = avondsOpen;
        Vergadercapaciteit = vergadercapaciteit;
        Huurregime = huurregime;
        Status = status;
        Toelichting = Tekst.IsBlank(toelichting) ? null : toelichting!.Trim();
        GewijzigdOp = now;
    }
}
