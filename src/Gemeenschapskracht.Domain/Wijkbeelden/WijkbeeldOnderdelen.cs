using Gemeenschapskracht.Domain.Beleidskaders;

namespace Gemeenschapskracht.Domain.Wijkbeelden;

/// <summary>An item of a wijkbeeld: it has a stable id, a known origin and comments.</summary>
public interface IWijkbeeldItem
{
    Guid Id { get; }

    Herkomst Herkomst { get; }

    IReadOnlyList<Opmerking> Opmerkingen { get; }
}

/// <summary>A moment in the wijk's history and the tensions it brought to light (R2.2).</summary>
public sealed record GeschiedenisItem(Guid Id, Herkomst Herkomst, IReadOnlyList<Opmerking> Opmerkingen,
    string Periode, string Gebeurtenis, string? Spanningen, string? Bron) : IWijkbeeldItem;

public enum Lokaliseerbaarheid
{
    Ja,
    Deels,
    Nee,
}

/// <summary>An informal structure: app groups, neighbour networks, religious communities, sports clubs (R2.4).</summary>
public sealed record InformeleStructuur(Guid Id, Herkomst Herkomst, IReadOnlyList<Opmerking> Opmerkingen,
    string Omschrijving, string Soort, Lokaliseerbaarheid Lokaliseerbaar) : IWijkbeeldItem;

/// <summary>A resident initiative or organisation and the resilience it shows (R2.5); <see cref="OrganisatieId"/> when it is in the register.</summary>
public sealed record Initiatief(Guid Id, Herkomst Herkomst, IReadOnlyList<Opmerking> Opmerkingen,
    string Naam, Guid? OrganisatieId, string Omschrijving, string? Behoeften) : IWijkbeeldItem;

/// <summary>
/// Professional deployment in the wijk (R2.6): hours a week here and elsewhere, years present, how it is funded.
/// Its <see cref="Wijkgebondenheid"/> is the share of the hours spent in this wijk.
/// </summary>
public sealed record ProfessioneleInzet(Guid Id, Herkomst Herkomst, IReadOnlyList<Opmerking> Opmerkingen,
    string Organisatie, string Functie, decimal UrenInWijk, decimal UrenElders, int JarenAanwezig, Financieringsinstrument Financiering)
    : IWijkbeeldItem
{
    /// <summary>No one works more hours than a week has.</summary>
    public const decimal UrenPerWeek = 168;

    /// <summary>The share (0–1) of the hours spent in this wijk; null when no hours are known.</summary>
    public decimal? Wijkgebondenheid => Aandeel(UrenInWijk, UrenElders);

    /// <summary>The share (0–1) of <paramref name="urenInWijk"/> in all hours; null when there are none.</summary>
    public static decimal? Aandeel(decimal urenInWijk, decimal urenElders) =>
        urenInWijk + urenElders == 0 ? null : Math.Round(urenInWijk / (urenInWijk + urenElders), 2);
}

/// <summary>A collaboration that works, and why (R2.7).</summary>
public sealed record Samenwerking(Guid Id, Herkomst Herkomst, IReadOnlyList<Opmerking> Opmerkingen,
    string Partijen, string Wat, int? SindsJaar, string WaaromHetWerkt) : IWijkbeeldItem;

/// <summary>Participants of a conversation round by category (R2.8).</summary>
public sealed record Deelnemers(int Bewoners, int Professionals, int Ambtenaren, int Ondernemers)
{
    public int Totaal => Bewoners + Professionals + Ambtenaren + Ondernemers;
}

/// <summary>A conversation round that gives the figures meaning (R2.8): who took part, what was asked, what was found.</summary>
public sealed record Gespreksronde(Guid Id, Herkomst Herkomst, IReadOnlyList<Opmerking> Opmerkingen,
    DateOnly Datum, Deelnemers Deelnemers, string Vragen, string Bevindingen, string? Gespreksleider) : IWijkbeeldItem;

public enum BehoefteSoort
{
    Plekken,
    Ondersteuning,
    Geld,
    Capaciteit,
}

/// <summary>What the wijk needs to give residents a leading role (R2.9).</summary>
public sealed record Behoefte(Guid Id, Herkomst Herkomst, IReadOnlyList<Opmerking> Opmerkingen,
    BehoefteSoort Soort, string Omschrijving) : IWijkbeeldItem;

public enum WijkopbouwpuntKeuze
{
    Ja,
    Later,
    Nee,
}

/// <summary>The team's conclusion on founding a wijkopbouwpunt (R2.9), with its reasons.</summary>
public sealed record WijkopbouwpuntBesluit(WijkopbouwpuntKeuze Keuze, string Redenen, Herkomst Herkomst);
