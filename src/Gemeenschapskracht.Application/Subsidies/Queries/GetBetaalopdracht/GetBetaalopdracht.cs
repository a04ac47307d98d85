using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Subsidies.Dtos;
using Gemeenschapskracht.Application.Subsidies.Shared;
using Gemeenschapskracht.Domain.Subsidies;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.Application.Subsidies.Queries.GetBetaalopdracht;

[Authorize(Roles = $"{SubsidieQueries.Behandelaars},{Roles.Auditor}")]
public sealed record GetBetaalopdrachtQuery(Guid Id) : IQuery<BetaalopdrachtDto>;

public sealed class GetBetaalopdrachtHandler(IApplicationDbContext db) : IQueryHandler<GetBetaalopdrachtQuery, BetaalopdrachtDto>
{
    public async ValueTask<BetaalopdrachtDto> Handle(GetBetaalopdrachtQuery query, CancellationToken cancellationToken) =>
        (await db.Set<Betaalopdracht>().AsNoTracking().VindAsync(query.Id, cancellationToken)).ToDto();
}
