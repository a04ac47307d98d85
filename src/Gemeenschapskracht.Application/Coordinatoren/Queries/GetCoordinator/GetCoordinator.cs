using Gemeenschapskracht.Application.Common.Exceptions;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Coordinatoren.Dtos;
using Gemeenschapskracht.Application.Coordinatoren.Shared;
using Gemeenschapskracht.Domain.Common;
using Mediator;

namespace Gemeenschapskracht.Application.Coordinatoren.Queries.GetCoordinator;

/// <summary>One coordinator with the groups they support.</summary>
[Authorize(Roles = CoordinatorQueries.Lezers)]
public sealed record GetCoordinatorQuery(Guid Id) : IQuery<CoordinatorDto>;

public sealed class GetCoordinatorHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock) : IQueryHandler<GetCoordinatorQuery, CoordinatorDto>
{
    public async ValueTask<CoordinatorDto> Handle(GetCoordinatorQuery query, CancellationToken cancellationToken)
    {
        var coordinator = (await db.ZichtbareCoordinatorenAsync(user, cancellationToken)).FirstOrDefault(c => c.Id == query.Id)
            ?? throw new NotFoundException("Deze coördinator bestaat niet in deze gemeente.");
        return (await db.ToDtosAsync([coordinator], Kalender.Dag(clock.GetUtcNow()), cancellationToken))[0];
    }
}
