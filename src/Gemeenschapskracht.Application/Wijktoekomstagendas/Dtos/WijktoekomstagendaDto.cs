using Gemeenschapskracht.Application.Wijkbeelden.Dtos;
using Gemeenschapskracht.Domain.Wijktoekomstagendas;

namespace Gemeenschapskracht.Application.Wijktoekomstagendas.Dtos;

public sealed record WijktoekomstagendaSamenvattingDto(
    Guid Id, Guid WijkId, string WijkNaam, int Versie, string Titel, AgendaStatus Status, int HorizonJaren, int StartJaar,
    DateTimeOffset GewijzigdOp, DateTimeOffset? GepubliceerdOp);

/// <summary>
/// One version of the agenda. The ambitions are in the order they were written: there is no rank, vote, score or
/// popularity count (G-1).
/// </summary>
/// <param name="Signaleringen">What the clocks noticed (J4), in words.</param>
public sealed record WijktoekomstagendaDto(
    Guid Id,
    Guid WijkId,
    string WijkNaam,
    int Versie,
    string Titel,
    string? Intro,
    int HorizonJaren,
    int StartJaar,
    DateOnly Halverwege,
    DateOnly HorizonEinde,
    Guid? BuurtTopId,
    AgendaStatus Status,
    IReadOnlyList<TeamlidDto> Team,
    IReadOnlyList<AmbitieDto> Ambities,
    IReadOnlyList<VerspreidingDto> Verspreidingen,
    IReadOnlyList<string> Signaleringen,
    DateTimeOffset AangemaaktOp,
    DateTimeOffset GewijzigdOp,
    DateTimeOffset? GepubliceerdOp);

/// <param name="Id">The ambition's stable id, the same in every version of the agenda (R3.9).</param>
/// <param name="PubliekeWaardeId">The public value of the beleidskader it contributes to; null when it is residents' own goal.</param>
public sealed record AmbitieDto(
    Guid Id,
    string Titel,
    string Tekst,
    Guid? PubliekeWaardeId,
    string? PubliekeWaardeNaam,
    bool EigenDoel,
    AmbitieStatus Status,
    string? LosgelatenReden,
    HerkomstDto Herkomst,
    IReadOnlyList<WerkgroepDto> Werkgroepen,
    IReadOnlyList<OpmerkingDto> Opmerkingen);

public sealed record WerkgroepDto(Guid Id, string Naam, IReadOnlyList<string> Leden, Guid? ContactOrganisatieId, string? ContactOrganisatieNaam);

public sealed record VerspreidingDto(Guid Id, Verspreidingswijze Wijze, string Omschrijving, DateOnly Datum, int? Aantal);
