using Gemeenschapskracht.Application.Administraties.Dtos;
using Gemeenschapskracht.Application.Administraties.Shared;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Mediator;

namespace Gemeenschapskracht.Application.Administraties.Queries.GetHostorganisatie;

/// <summary>One host with what it offers, its budgeted costs per year and how many groups it hosts.</summary>
[Authorize(Roles = Roles.IedereGemeenteRol)]
public sealed record GetHostorganisatieQuery(Guid Id) : IQuery<HostorganisatieDto>;

public sealed class GetHostorganisatieHandler(IApplicationDbContext db) : IQueryHandler<GetHostorganisatieQuery, HostorganisatieDto>
{
    public async ValueTask<HostorganisatieDto> Handle(GetHostorganisatieQuery query, CancellationToken cancellationToken) =>
        (await db.ToDtosAsync([await db.VindHostAsync(query.Id, cancellationToken)], cancellationToken))[0];
}
