using Gemeenschapskracht.Application.Wijkbeelden.Dtos;
using Gemeenschapskracht.Domain.BuurtTops;

namespace Gemeenschapskracht.Application.BuurtTops.Dtos;

/// <summary>
/// A BuurtTop. The public gets its public face only: no plan, no reminders, no names of a task group's members
/// (<see cref="Voorbereidingsplan"/> null, <see cref="Signaleringen"/> empty), and the outputs only once it was held.
/// Registrations and invitations are never in it, only their counts.
/// </summary>
public sealed record BuurtTopDto(
    Guid Id,
    Guid WijkId,
    string WijkNaam,
    string Titel,
    DateOnly Datum,
    string? Plek,
    BuurtTopStatus Status,
    OrganisatorWeergaveDto? Organisator,
    Guid? WijkbeeldId,
    int? WijkbeeldVersie,
    bool ZonderWijkbeeld,
    string? Waarschuwing,
    int? Capaciteit,
    int Aangemeld,
    int OpWachtlijst,
    int? PlaatsenVrij,
    bool AanmeldenOpen,
    string ToestemmingVersie,
    VoorbereidingsplanDto? Voorbereidingsplan,
    long? BegrotingTotaalEurocent,
    VoortgangDto? Voortgang,
    AanwezigheidDto? Aanwezigheid,
    IReadOnlyList<OpbrengstDto> Opbrengsten,
    IReadOnlyList<BuurtTopSignaleringDto> Signaleringen,
    Guid? AgendaId,
    DateTimeOffset AangemaaktOp,
    DateTimeOffset GewijzigdOp,
    DateTimeOffset? GehoudenOp,
    DateTimeOffset? VerwerktOp);

/// <summary>A line of the list: what the public may see of every BuurtTop.</summary>
public sealed record BuurtTopSamenvattingDto(Guid Id, Guid WijkId, string WijkNaam, string Titel, DateOnly Datum, string? Plek, BuurtTopStatus Status, bool ZonderWijkbeeld);

/// <summary>The organiser as shown: the organisations by name, the lead first.</summary>
public sealed record OrganisatorWeergaveDto(OrganisatorSoort Soort, IReadOnlyList<TeamlidDto> Team, IReadOnlyList<TaakgroeplidDto> Taakgroep,
    string? Financieringsbron, long FinancieringEurocent);

/// <summary>The organiser as sent: the organisations of the register (the lead first) or, for a task group, its members by role.</summary>
public sealed record OrganisatorDto
{
    public required OrganisatorSoort Soort { get; init; }
    public required IReadOnlyList<Guid> Team { get; init; }
    public required IReadOnlyList<TaakgroeplidDto> Taakgroep { get; init; }
    public required string? Financieringsbron { get; init; }
    public required long FinancieringEurocent { get; init; }
}

public sealed record TaakgroeplidDto
{
    public required string Naam { get; init; }
    public required TaakgroepRol Rol { get; init; }
}

public sealed record VoortgangDto(int Mijlpalen, int Gereed, int Verschuldigd, int Achterstallig, int DagenTotBuurtTop);

public sealed record AanwezigheidDto
{
    public required int Bewoners { get; init; }
    public required int Sterkhouders { get; init; }
    public required int Ondernemers { get; init; }
    public required int Zzpers { get; init; }
    public required int Professionals { get; init; }
    public required int Ambtenaren { get; init; }
    public required int Raadsleden { get; init; }

    /// <summary>Everyone; set by the server.</summary>
    public int? Totaal { get; init; }
}

/// <summary>A dream or ambition of a table; sent without an id when new. Origin and comments are the server's (G-8).</summary>
public sealed record OpbrengstDto : WijkbeeldItemDto
{
    public required string Tafel { get; init; }
    public required OpbrengstSoort Soort { get; init; }
    public required string Tekst { get; init; }
}

public sealed record BuurtTopSignaleringDto(Guid MijlpaalId, HerinneringSoort Soort, string Omschrijving, DateOnly Datum, DateTimeOffset Op);

/// <summary>A registration as the team and the gemeente see it; never public.</summary>
public sealed record AanmeldingDto(Guid Id, string Naam, string? Email, Deelnemerscategorie Categorie, AanmeldingStatus Status,
    string ToestemmingVersie, DateTimeOffset ToestemmingOp, DateTimeOffset AangemeldOp, DateTimeOffset? AfgemeldOp);

/// <summary>What a person who registered is told: no personal data, only where they stand.</summary>
public sealed record AanmeldingBevestigingDto(Guid BuurtTopId, AanmeldingStatus Status, string Melding);

public sealed record BuurtTopUitnodigingDto(Guid Id, Deelnemerscategorie Categorie, string Email, string VerstuurdDoor, DateTimeOffset VerstuurdOp);

/// <summary>What sending invitations did: how many went, and which addresses had been invited before (not sent again).</summary>
public sealed record UitnodigingenResultaatDto(int Verstuurd, IReadOnlyList<string> AlUitgenodigd);
