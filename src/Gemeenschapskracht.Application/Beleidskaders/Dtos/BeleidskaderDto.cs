using Gemeenschapskracht.Domain.Beleidskaders;

namespace Gemeenschapskracht.Application.Beleidskaders.Dtos;

/// <summary>A version in the version history.</summary>
public sealed record BeleidskaderSamenvattingDto(
    Guid Id, int Versie, string Titel, BeleidskaderStatus Status, DateTimeOffset GewijzigdOp, DateOnly? RaadsbesluitDatum, string? RaadsbesluitKenmerk);

public sealed record RaadsbesluitDto(DateOnly Datum, string Kenmerk, string? DocumentUrl);

/// <summary>A warning of the time span's clocks (jobs J6, J11, J12).</summary>
public sealed record SignaleringDto(SignaleringSoort Soort, DateOnly Datum, string Melding);

/// <summary>The wijkindeling the kader uses (R1.9): the gemeente's areas, with the pilotwijken named.</summary>
public sealed record WijkindelingDto(int AantalWijken, int AantalBuurten, IReadOnlyList<PilotwijkDto> Pilotwijken);

public sealed record PilotwijkDto(Guid Id, string Naam);

/// <summary>One version with all its parts, the totals derived from them and what needs attention now.</summary>
public sealed record BeleidskaderDto(
    Guid Id,
    int Versie,
    string Titel,
    BeleidskaderStatus Status,
    bool Geldend,
    BeleidskaderInhoudDto Inhoud,
    long TotaalPerJaarEurocent,
    long NogAanbesteedPerJaarEurocent,
    RaadsbesluitDto? Raadsbesluit,
    WijkindelingDto Wijkindeling,
    IReadOnlyList<SignaleringDto> Signaleringen,
    DateTimeOffset AangemaaktOp,
    DateTimeOffset GewijzigdOp,
    DateTimeOffset? VastgesteldOp,
    DateTimeOffset? VervangenOp);
