namespace Gemeenschapskracht.Application.BuurtTops.Dtos;

// The preparation plan, read by GET and sent whole by PUT (every member required). Working groups and milestones are
// sent without an id when new; the total and the progress are on the BuurtTop.

public sealed record VoorbereidingsplanDto
{
    public required IReadOnlyList<string> Themas { get; init; }
    public required IReadOnlyList<VoorbereidingswerkgroepDto> Werkgroepen { get; init; }
    public required IReadOnlyList<MijlpaalDto> Mijlpalen { get; init; }
    public required IReadOnlyList<string> Informatiebehoeften { get; init; }
    public required IReadOnlyList<BegrotingspostDto> Begroting { get; init; }
    public required ProjectleiderDto? Projectleider { get; init; }
}

public sealed record VoorbereidingswerkgroepDto
{
    public required Guid? Id { get; init; }
    public required string Naam { get; init; }
    public required string? Thema { get; init; }
    public required IReadOnlyList<WerkgroeplidDto> Leden { get; init; }
}

public sealed record WerkgroeplidDto
{
    public required string Naam { get; init; }
    public required string? Rol { get; init; }
}

public sealed record MijlpaalDto
{
    public required Guid? Id { get; init; }
    public required string Omschrijving { get; init; }
    public required DateOnly Datum { get; init; }
    public required bool Gereed { get; init; }
}

public sealed record BegrotingspostDto
{
    public required string Omschrijving { get; init; }
    public required long BedragEurocent { get; init; }
}

public sealed record ProjectleiderDto
{
    public required string? Naam { get; init; }
    public required decimal Uren { get; init; }
    public required long BedragEurocent { get; init; }
}
