using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Wijkbeelden.Dtos;
using Gemeenschapskracht.Application.Wijkbeelden.Shared;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.Application.Wijkbeelden.Queries.GetWijkbeeld;

/// <summary>One version with its content and the wijk's figures through both lenses; never the sterkhouders.</summary>
[Public]
public sealed record GetWijkbeeldQuery(Guid Id) : IQuery<WijkbeeldDto>;

public sealed class GetWijkbeeldHandler(IApplicationDbContext db, ICurrentUser user) : IQueryHandler<GetWijkbeeldQuery, WijkbeeldDto>
{
    public async ValueTask<WijkbeeldDto> Handle(GetWijkbeeldQuery query, CancellationToken cancellationToken) =>
        await db.ToDtoAsync(await db.Zichtbaar(user).AsNoTracking().VindAsync(query.Id, cancellationToken), cancellationToken);
}
