using Gemeenschapskracht.Domain.Beleidskaders;

namespace Gemeenschapskracht.Application.Beleidskaders.Dtos;

// The content of a version, read by GET and sent whole by PUT: every member is required, so a part left out is a
// 400 that names it, never a part silently emptied. Ids are stable across versions; a new item is sent without one.

public sealed record BeleidskaderInhoudDto
{
    public required AanbestedingsbesluitDto Aanbestedingsbesluit { get; init; }
    public required IReadOnlyList<PubliekeWaardeDto> PubliekeWaarden { get; init; }
    public required IReadOnlyList<FinancieringsbronDto> Financieringsbronnen { get; init; }
    public required IReadOnlyList<DelegatieDto> Delegaties { get; init; }
    public required IReadOnlyList<BuurtrechtDto> Buurtrechten { get; init; }
    public required IReadOnlyList<FaseDto> Fasen { get; init; }
    public required TijdspanneDto? Tijdspanne { get; init; }
    public required IReadOnlyList<PilotDto> Pilots { get; init; }
    public required IReadOnlyList<OvergangsperiodeDto> Overgangsperiodes { get; init; }
    public required IReadOnlyList<PartijDto> Partijen { get; init; }
    public required RolVanDePolitiekDto RolVanDePolitiek { get; init; }
    public required IReadOnlyList<ToezeggingDto> Toezeggingen { get; init; }
    public required string? WijkindelingToelichting { get; init; }
}

public sealed record AanbestedingsbesluitDto
{
    public required string Besluit { get; init; }
    public required string Reikwijdte { get; init; }
    public required string EvaluatieVerleden { get; init; }
    public required string GeenMarktMotivering { get; init; }
}

public sealed record PubliekeWaardeDto
{
    public required Guid? Id { get; init; }
    public required string Naam { get; init; }
    public required string Omschrijving { get; init; }
    public required IReadOnlyList<string> Subthemas { get; init; }
    /// <summary>1 (highest) to 5.</summary>
    public required int Prioriteit { get; init; }
    public required string? VerordeningArtikel { get; init; }
}

public sealed record FinancieringsbronDto
{
    public required Guid? Id { get; init; }
    public required string Naam { get; init; }
    public required string? Regime { get; init; }

    /// <summary>The amount per year in eurocents (an integer: 1234567 is € 12.345,67).</summary>
    public required long BedragPerJaarEurocent { get; init; }

    public required Financieringsinstrument Instrument { get; init; }
    public required DateOnly? ContractEinddatum { get; init; }
    public required DateOnly? OmzettingGepland { get; init; }
}

public sealed record DelegatieDto
{
    public required string Besluittype { get; init; }
    public required Bestuursniveau Niveau { get; init; }
    public required Zeggenschap Zeggenschap { get; init; }
}

public sealed record BuurtrechtDto
{
    public required BuurtrechtSoort Soort { get; init; }
    public required string? Artikel { get; init; }
}

public sealed record FaseDto
{
    public required string Naam { get; init; }
    public required IReadOnlyList<string> Instrumenten { get; init; }
    public required string? Verantwoordelijke { get; init; }
    public required DateOnly Start { get; init; }
    public required DateOnly Eind { get; init; }
}

public sealed record TijdspanneDto
{
    public required DateOnly ProgrammaStart { get; init; }
    public required DateOnly ProgrammaEind { get; init; }
    public required IReadOnlyList<DateOnly> Verkiezingsdata { get; init; }
}

public sealed record PilotDto
{
    public required Guid? Id { get; init; }

    /// <summary>The pilotwijk: an area of soort wijk of this gemeente.</summary>
    public required Guid GebiedId { get; init; }

    public required string Instrument { get; init; }
    public required DateOnly Start { get; init; }
    public required DateOnly Eind { get; init; }
    public required string Evaluatiecriteria { get; init; }
    public required PilotStatus Status { get; init; }
}

public sealed record OvergangsperiodeDto
{
    public required Guid? Id { get; init; }
    public required string Contract { get; init; }
    public required string? Aanbieder { get; init; }
    public required DateOnly Start { get; init; }
    public required DateOnly Eind { get; init; }
    public required string Opvolging { get; init; }
}

public sealed record PartijDto
{
    public required string Naam { get; init; }
    public required PartijSoort Soort { get; init; }
    public required string Verwachting { get; init; }
    public required string? Vorm { get; init; }
    public required Commitmentstatus Status { get; init; }
}

public sealed record RolVanDePolitiekDto
{
    public required string Raad { get; init; }
    public required string College { get; init; }
}

public sealed record ToezeggingDto
{
    public required string Omschrijving { get; init; }
    public required string Door { get; init; }
    public required DateOnly Uiterlijk { get; init; }
    public required ToezeggingStatus Status { get; init; }
}
