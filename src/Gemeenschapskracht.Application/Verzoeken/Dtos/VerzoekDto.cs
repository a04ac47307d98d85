using Gemeenschapskracht.Application.Wijkbeelden.Dtos;
using Gemeenschapskracht.Domain.Verzoeken;

namespace Gemeenschapskracht.Application.Verzoeken.Dtos;

/// <param name="Stand">Open, answered on time, answered late, or not answered after the deadline.</param>
public sealed record VerzoekDto(
    Guid Id,
    Guid AgendaId,
    string AgendaTitel,
    Guid WijkId,
    string WijkNaam,
    Guid? AmbitieId,
    string? AmbitieTitel,
    Guid OrganisatieId,
    string OrganisatieNaam,
    string Vraag,
    HerkomstDto Door,
    DateTimeOffset VerzondenOp,
    DateOnly Uiterlijk,
    VerzoekStatus Status,
    Antwoordstand Stand,
    string? Antwoord,
    string? AntwoordLink,
    DateTimeOffset? BeantwoordOp,
    string? BeantwoordDoor,
    IReadOnlyList<InstellingToezeggingDto> Toezeggingen);

/// <param name="Verlopen">Still open after its due date.</param>
public sealed record InstellingToezeggingDto(Guid Id, string Omschrijving, DateOnly Uiterlijk, ToezeggingVoortgang Voortgang, bool Verlopen);

public sealed record ReactietermijnDto(int Weken, bool IsStandaard);

/// <summary>A promise in the answer: what, and by when (required).</summary>
public sealed record ToezeggingInvoer
{
    public required string Omschrijving { get; init; }
    public required DateOnly? Uiterlijk { get; init; }
}
