using Gemeenschapskracht.Application.Beleidskaders.Dtos;
using Gemeenschapskracht.Application.Beleidskaders.Shared;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.Application.Beleidskaders.Queries.GetBeleidskader;

/// <summary>One version with all its parts. A draft is not found for those who may not see drafts.</summary>
[Public]
public sealed record GetBeleidskaderQuery(Guid Id) : IQuery<BeleidskaderDto>;

public sealed class GetBeleidskaderHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock)
    : IQueryHandler<GetBeleidskaderQuery, BeleidskaderDto>
{
    public async ValueTask<BeleidskaderDto> Handle(GetBeleidskaderQuery query, CancellationToken cancellationToken)
    {
        var kader = await db.Zichtbaar(user).AsNoTracking().VindAsync(query.Id, cancellationToken);
        return kader.ToDto(await db.WijkindelingAsync(cancellationToken), clock.Vandaag());
    }
}
