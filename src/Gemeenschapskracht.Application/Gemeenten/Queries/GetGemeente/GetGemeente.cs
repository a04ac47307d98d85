using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Gemeenten.Dtos;
using Gemeenschapskracht.Application.Gemeenten.Shared;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.Application.Gemeenten.Queries.GetGemeente;

[Authorize(Roles = Roles.PlatformBeheerder)]
public sealed record GetGemeenteQuery(string Slug) : IQuery<GemeenteDto>;

public sealed class GetGemeenteHandler(ITenantCatalogDbContext catalog) : IQueryHandler<GetGemeenteQuery, GemeenteDto>
{
    public async ValueTask<GemeenteDto> Handle(GetGemeenteQuery query, CancellationToken cancellationToken) =>
        (await catalog.Tenants.AsNoTracking().FindBySlugAsync(query.Slug, cancellationToken)).ToDto();
}
