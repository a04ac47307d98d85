using Gemeenschapskracht.Domain.Organisaties;

namespace Gemeenschapskracht.Application.Organisaties.Dtos;

public sealed record OrganisatieSamenvattingDto(Guid Id, string Naam, OrganisatieSoort Soort, Rechtsvorm Rechtsvorm, OrganisatieStatus Status, int AantalWijken);

public sealed record ContactgegevensDto(string? Contactpersoon, string? Email, string? Telefoon, string? Website);

/// <summary>A wijk or publieke waarde the organisation is linked to, with its name for display.</summary>
public sealed record VerwijzingDto(Guid Id, string Naam);

public sealed record OrganisatieDto(
    Guid Id,
    string Naam,
    OrganisatieSoort Soort,
    Rechtsvorm Rechtsvorm,
    string? Kvknummer,
    string? Omschrijving,
    IReadOnlyList<VerwijzingDto> Wijken,
    IReadOnlyList<VerwijzingDto> PubliekeWaarden,
    ContactgegevensDto Contact,
    OrganisatieStatus Status,
    DateTimeOffset AangemaaktOp,
    DateTimeOffset GewijzigdOp);
