using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Wijkbudgetten.Dtos;
using Gemeenschapskracht.Application.Wijkbudgetten.Shared;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.Application.Wijkbudgetten.Queries.GetWijkbudget;

/// <summary>One wijkbudget with its lines, tranches and changes: the public budget page (a proposal only for staff and the raad).</summary>
[Public]
public sealed record GetWijkbudgetQuery(Guid Id) : IQuery<WijkbudgetDto>;

public sealed class GetWijkbudgetHandler(IApplicationDbContext db, ICurrentUser user) : IQueryHandler<GetWijkbudgetQuery, WijkbudgetDto>
{
    public async ValueTask<WijkbudgetDto> Handle(GetWijkbudgetQuery query, CancellationToken cancellationToken)
    {
        var budget = await db.ZichtbareWijkbudgetten(user).AsNoTracking().VindAsync(query.Id, cancellationToken);
        return await db.WeergaveAsync(budget, cancellationToken);
    }
}
