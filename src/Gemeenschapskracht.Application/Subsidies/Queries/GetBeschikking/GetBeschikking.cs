using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Subsidies.Dtos;
using Gemeenschapskracht.Application.Subsidies.Shared;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.Application.Subsidies.Queries.GetBeschikking;

/// <summary>One beschikking with its years (and which are under begrotingsvoorbehoud) and its voorschotten.</summary>
[Authorize(Roles = $"{SubsidieQueries.Behandelaars},{Roles.Auditor},{SubsidieQueries.Aanvragers}")]
public sealed record GetBeschikkingQuery(Guid Id) : IQuery<BeschikkingDto>;

public sealed class GetBeschikkingHandler(IApplicationDbContext db, ICurrentUser user) : IQueryHandler<GetBeschikkingQuery, BeschikkingDto>
{
    public async ValueTask<BeschikkingDto> Handle(GetBeschikkingQuery query, CancellationToken cancellationToken) =>
        await db.ToDtoAsync(await db.ZichtbareBeschikkingen(user).AsNoTracking().VindAsync(query.Id, cancellationToken), cancellationToken);
}
