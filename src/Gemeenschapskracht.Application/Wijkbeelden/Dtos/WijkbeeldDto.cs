using Gemeenschapskracht.Domain.Dienstverleningsafspraken;
using Gemeenschapskracht.Domain.Wijkbeelden;

namespace Gemeenschapskracht.Application.Wijkbeelden.Dtos;

public sealed record WijkbeeldSamenvattingDto(
    Guid Id, Guid WijkId, string WijkNaam, int Versie, string Titel, WijkbeeldStatus Status, DateTimeOffset GewijzigdOp, DateTimeOffset? GedeeldOp);

public sealed record TeamlidDto(Guid Id, string Naam);

public sealed record CijferDto(string Maatstaf, string Titel, string Eenheid, decimal? Waarde, string Bron, int Jaar, decimal? Gemeente, decimal? VorigJaar);

/// <summary>The wijk's figures through both lenses (G-6): vitality always beside problems.</summary>
public sealed record CijferbeeldDto(IReadOnlyList<CijferDto> Vitaliteit, IReadOnlyList<CijferDto> Problemen, IReadOnlyList<CijferDto> Context, string? VitaliteitOntbreekt);

public sealed record WijkbeeldDto(
    Guid Id,
    Guid WijkId,
    string WijkNaam,
    int Versie,
    string Titel,
    WijkbeeldStatus Status,
    IReadOnlyList<TeamlidDto> Team,
    WijkbeeldInhoudDto Inhoud,
    IReadOnlyList<AfgesprokenInzetDto> AfgesprokenInzet,
    CijferbeeldDto Cijfers,
    int? NieuwerCijferjaar,
    DateOnly? VolgendeBuurtTop,
    DateTimeOffset AangemaaktOp,
    DateTimeOffset GewijzigdOp,
    DateTimeOffset? GedeeldOp);

/// <summary>
/// Professional deployment that follows from the running dienstverleningsafspraken (R4.3), per provider: its hours a
/// week in this wijk and under its agreements in other wijken, so the wijkgebondenheid is the share in this wijk.
/// Read-only beside the team's hand-entered <see cref="WijkbeeldInhoudDto.Inzet"/>; never sent back.
/// </summary>
public sealed record AfgesprokenInzetDto(
    Guid AanbiederId, string Aanbieder, IReadOnlyList<SoortWerk> SoortWerk, decimal UrenInWijk, decimal UrenElders, decimal? Wijkgebondenheid,
    IReadOnlyList<Guid> Dienstverleningsafspraken);
