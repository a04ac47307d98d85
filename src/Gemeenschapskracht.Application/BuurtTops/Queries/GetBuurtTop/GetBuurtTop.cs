using Gemeenschapskracht.Application.BuurtTops.Dtos;
using Gemeenschapskracht.Application.BuurtTops.Shared;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Domain.BuurtTops;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.Application.BuurtTops.Queries.GetBuurtTop;

/// <summary>One BuurtTop: its public face for the public, with the plan, progress and reminders for members of the gemeente.</summary>
[Public]
public sealed record GetBuurtTopQuery(Guid Id) : IQuery<BuurtTopDto>;

public sealed class GetBuurtTopHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock) : IQueryHandler<GetBuurtTopQuery, BuurtTopDto>
{
    public async ValueTask<BuurtTopDto> Handle(GetBuurtTopQuery query, CancellationToken cancellationToken) =>
        await db.ToDtoAsync(await db.Set<BuurtTop>().AsNoTracking().VindAsync(query.Id, cancellationToken), user, clock.GetUtcNow(), cancellationToken);
}
