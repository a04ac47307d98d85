using Gemeenschapskracht.Domain.Visitaties;

namespace Gemeenschapskracht.Application.Visitaties.Dtos;

/// <summary>A visitatiecyclus: what it reviews, how often, how long the response period is, and the perspectives of its current version.</summary>
public sealed record VisitatiecyclusDto(
    Guid Id, string Naam, Onderwerpsoort Soort, int CadansMaanden, int ReactietermijnDagen, IReadOnlyList<PerspectiefDto> Perspectieven,
    int PerspectievenVersie, DateTimeOffset AangemaaktOp, DateTimeOffset GewijzigdOp);

public sealed record PerspectiefDto(Guid Id, string Naam, string Omschrijving);

public static class VisitatiecyclusMappings
{
    public static VisitatiecyclusDto ToDto(this Visitatiecyclus c) => new(
        c.Id, c.Naam, c.Soort, c.CadansMaanden, c.ReactietermijnDagen, [.. c.Perspectieven.Select(p => new PerspectiefDto(p.Id, p.Naam, p.Omschrijving))],
        c.PerspectievenVersie, c.AangemaaktOp, c.GewijzigdOp);
}
