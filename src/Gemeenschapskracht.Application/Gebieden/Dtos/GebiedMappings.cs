using Gemeenschapskracht.Domain.Gebieden;

namespace Gemeenschapskracht.Application.Gebieden.Dtos;

public static class GebiedMappings
{
    /// <summary>Translated to SQL: only the columns of the list are read.</summary>
    public static IQueryable<GebiedDto> ProjectToDto(this IQueryable<Gebied> gebieden) =>
        gebieden.Select(g => new GebiedDto(g.Id, g.Code, g.Naam, g.Naam ?? g.Code, g.Soort, g.OuderId, g.IsPilot));

    /// <param name="ouder">The area one level higher, or null for the gemeente itself.</param>
    public static GebiedDetailDto ToDetailDto(this Gebied gebied, Gebied? ouder) => new(
        gebied.Id, gebied.Code, gebied.Naam, Weergavenaam(gebied), gebied.Soort, gebied.OuderId, ouder is null ? null : Weergavenaam(ouder), gebied.IsPilot,
        gebied.Kerncijfers.OrderBy(k => k.Maatstaf).ThenByDescending(k => k.Jaar).Select(ToDto).ToList());

    /// <summary>The name, or the CBS code while there is none (as <see cref="ProjectToDto"/> does in SQL).</summary>
    private static string Weergavenaam(Gebied gebied) => gebied.Naam ?? gebied.Code;

    public static KerncijferDto ToDto(this Kerncijfer kerncijfer) =>
        new(kerncijfer.Maatstaf, kerncijfer.Titel, kerncijfer.Eenheid, kerncijfer.Waarde, kerncijfer.Bron, kerncijfer.Jaar);
}
