using Gemeenschapskracht.Domain.Gebieden;
using Riok.Mapperly.Abstractions;

namespace Gemeenschapskracht.Application.Gebieden.Dtos;

[Mapper]
public static partial class GebiedMapper
{
    public static IQueryable<GebiedDto> ProjectToDto(this IQueryable<Gebied> gebieden) =>
        gebieden.Select(g => new GebiedDto(g.Id, g.Code, g.Naam, g.Naam ?? g.Code, g.Soort, g.OuderId, g.IsPilot));

    public static GebiedDetailDto ToDetailDto(this Gebied gebied) => new(
        gebied.Id, gebied.Code, gebied.Naam, gebied.Naam ?? gebied.Code, gebied.Soort, gebied.OuderId, gebied.IsPilot,
        gebied.Kerncijfers.OrderBy(k => k.Maatstaf).ThenByDescending(k => k.Jaar).Select(ToDto).ToList());

    [MapperIgnoreSource(nameof(Kerncijfer.Id))]
    [MapperIgnoreSource(nameof(Kerncijfer.GebiedId))]
    private static partial KerncijferDto ToDto(Kerncijfer kerncijfer);
}
