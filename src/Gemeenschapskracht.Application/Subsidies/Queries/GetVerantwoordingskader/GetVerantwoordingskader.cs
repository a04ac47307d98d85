using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Subsidies.Dtos;
using Gemeenschapskracht.Application.Subsidies.Shared;
using Mediator;

namespace Gemeenschapskracht.Application.Subsidies.Queries.GetVerantwoordingskader;

/// <summary>The tiers in force: what a subsidy of a given amount must report afterwards (public: it is part of the rules).</summary>
[Public]
public sealed record GetVerantwoordingskaderQuery : IQuery<VerantwoordingskaderDto>;

public sealed class GetVerantwoordingskaderHandler(IApplicationDbContext db, TimeProvider clock) : IQueryHandler<GetVerantwoordingskaderQuery, VerantwoordingskaderDto>
{
    public async ValueTask<VerantwoordingskaderDto> Handle(GetVerantwoordingskaderQuery query, CancellationToken cancellationToken) =>
        (await db.GeldendKaderAsync(clock.GetUtcNow(), cancellationToken)).ToDto();
}
