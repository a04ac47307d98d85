using Gemeenschapskracht.Domain.Gebieden;

namespace Gemeenschapskracht.Application.Gebieden.Dtos;

/// <summary>An area of the wijkindeling. <see cref="Weergavenaam"/> is the name, or the CBS code while no name is known.</summary>
public sealed record GebiedDto(
    Guid Id,
    string Code,
    string? Naam,
    string Weergavenaam,
    GebiedSoort Soort,
    Guid? OuderId,
    bool Pilot);

public sealed record GebiedDetailDto(
    Guid Id,
    string Code,
    string? Naam,
    string Weergavenaam,
    GebiedSoort Soort,
    Guid? OuderId,
    string? OuderWeergavenaam,
    bool Pilot,
    IReadOnlyList<KerncijferDto> Kerncijfers);

/// <summary>A statistic with its source. <see cref="Waarde"/> null means unknown ("onbekend"), never 0.</summary>
public sealed record KerncijferDto(string Maatstaf, string Titel, string Eenheid, decimal? Waarde, string Bron, int Jaar)
{
    public bool Bekend => Waarde.HasValue;
}
