using Gemeenschapskracht.Domain.Tenants;

namespace Gemeenschapskracht.Application.Gemeenten.Dtos;

/// <summary>A gemeente (tenant) as the platform-beheerder sees it.</summary>
public sealed record GemeenteDto(
    Guid Id,
    string Naam,
    string Slug,
    string Gemeentecode,
    bool Actief,
    DateTimeOffset AangemaaktOp,
    InrichtingDto Inrichting);

/// <summary>The state of the gemeente's provisioning job: pending, running, done or failed (with reason).</summary>
public sealed record InrichtingDto(
    ProvisioningStatus Status,
    string? Fout,
    DateTimeOffset? GestartOp,
    DateTimeOffset? VoltooidOp,
    int AantalGebieden);
