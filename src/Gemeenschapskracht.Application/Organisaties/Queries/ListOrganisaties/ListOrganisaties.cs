using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Paging;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Organisaties.Dtos;
using Gemeenschapskracht.Domain.Organisaties;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.Application.Organisaties.Queries.ListOrganisaties;

/// <summary>The register, by name; to filter on soort, on a wijk they work in, and on (part of) the name.</summary>
/// <param name="Soort">A soort by name (any case); validated by <see cref="ListOrganisatiesValidator"/>.</param>
[Authorize(Roles = Roles.IedereGemeenteRol)]
public sealed record ListOrganisatiesQuery(int Page, int PageSize, string? Soort = null, Guid? WijkId = null, string? Zoek = null)
    : IQuery<PagedList<OrganisatieSamenvattingDto>>, IPagedRequest;

public sealed class ListOrganisatiesHandler(IApplicationDbContext db) : IQueryHandler<ListOrganisatiesQuery, PagedList<OrganisatieSamenvattingDto>>
{
    public async ValueTask<PagedList<OrganisatieSamenvattingDto>> Handle(ListOrganisatiesQuery query, CancellationToken cancellationToken)
    {
        var organisaties = db.Set<Organisatie>().AsNoTracking();
        if (query.Soort is not null && Enum.TryParse<OrganisatieSoort>(query.Soort, ignoreCase: true, out var soort))
            organisaties = organisaties.Where(o => o.Soort == soort);
        if (query.WijkId is { } wijkId)
            organisaties = organisaties.Where(o => o.WijkIds.Contains(wijkId));
        if (!string.IsNullOrWhiteSpace(query.Zoek))
        {
            var zoek = query.Zoek.Trim().ToLower();
            organisaties = organisaties.Where(o => o.Naam.ToLower().Contains(zoek));
        }
        return await PagedList<OrganisatieSamenvattingDto>.CreateAsync(
            organisaties.OrderBy(o => o.Naam).ThenBy(o => o.Id).ProjectToSamenvatting(), query, cancellationToken);
    }
}
