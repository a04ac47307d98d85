namespace Gemeenschapskracht.Application.Coordinatoren.Dtos;

/// <summary>A coordinator employed by a host: role, hours a week, employment dates and the groups they support.</summary>
public sealed record CoordinatorDto(
    Guid Id, Guid HostId, Guid HostOrganisatieId, string HostNaam, string Naam, string Functie, decimal UrenPerWeek, DateOnly InDienstSinds,
    DateOnly? UitDienstPer, bool InDienst, IReadOnlyList<CoordinatorGroepDto> Groepen, string? Toelichting, DateTimeOffset AangemaaktOp,
    DateTimeOffset GewijzigdOp);

public sealed record CoordinatorGroepDto(Guid AdministratieId, Guid GroepId, string GroepNaam);
