using Gemeenschapskracht.Application.Administraties.Dtos;
using Gemeenschapskracht.Application.Administraties.Shared;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.Application.Administraties.Queries.GetAdministratie;

/// <summary>One administratie: the group, its host and the host's costs this year, the start, the entries and how far the months are closed.</summary>
[Authorize(Roles = AdministratieQueries.Lezers)]
public sealed record GetAdministratieQuery(Guid Id) : IQuery<AdministratieDto>;

public sealed class GetAdministratieHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock) : IQueryHandler<GetAdministratieQuery, AdministratieDto>
{
    public async ValueTask<AdministratieDto> Handle(GetAdministratieQuery query, CancellationToken cancellationToken) =>
        await db.ToDtoAsync(await db.ZichtbareAdministraties(user).AsNoTracking().VindAsync(query.Id, cancellationToken), clock, cancellationToken);
}
