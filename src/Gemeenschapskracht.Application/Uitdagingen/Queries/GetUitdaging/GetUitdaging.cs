using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Uitdagingen.Dtos;
using Gemeenschapskracht.Application.Uitdagingen.Shared;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.Application.Uitdagingen.Queries.GetUitdaging;

/// <summary>One challenge with its terms, assessment, decision, transfer and monitoring.</summary>
[Authorize(Roles = UitdagingQueries.Lezers)]
public sealed record GetUitdagingQuery(Guid Id) : IQuery<UitdagingDto>;

public sealed class GetUitdagingHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock) : IQueryHandler<GetUitdagingQuery, UitdagingDto>
{
    public async ValueTask<UitdagingDto> Handle(GetUitdagingQuery query, CancellationToken cancellationToken)
    {
        var uitdaging = await db.ZichtbareUitdagingen(user).AsNoTracking().VindAsync(query.Id, cancellationToken);
        return uitdaging.ToDto(await db.UitdagerAsync(uitdaging, cancellationToken), clock.GetUtcNow());
    }
}
