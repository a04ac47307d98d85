using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Instellingen.Dtos;
using Gemeenschapskracht.Application.Instellingen.Shared;
using Mediator;

namespace Gemeenschapskracht.Application.Instellingen.Queries.GetInstellingen;

[Public]
public sealed record GetInstellingenQuery : IQuery<InstellingenDto>;

public sealed class GetInstellingenHandler(ITenantCatalogDbContext catalog, ICurrentTenant tenant) : IQueryHandler<GetInstellingenQuery, InstellingenDto>
{
    public async ValueTask<InstellingenDto> Handle(GetInstellingenQuery query, CancellationToken cancellationToken) =>
        await catalog.LoadInstellingenAsync(tenant, cancellationToken);
}
