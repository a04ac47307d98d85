using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Wijkbudgetten.Dtos;
using Gemeenschapskracht.Application.Wijkbudgetten.Shared;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.Application.Wijkbudgetten.Queries.GetBudgetmethodiek;

/// <summary>One version; an ontwerp only for staff and the raad.</summary>
[Public]
public sealed record GetBudgetmethodiekQuery(Guid Id) : IQuery<BudgetmethodiekDto>;

public sealed class GetBudgetmethodiekHandler(IApplicationDbContext db, ICurrentUser user) : IQueryHandler<GetBudgetmethodiekQuery, BudgetmethodiekDto>
{
    public async ValueTask<BudgetmethodiekDto> Handle(GetBudgetmethodiekQuery query, CancellationToken cancellationToken) =>
        (await db.ZichtbareMethodieken(user).AsNoTracking().VindAsync(query.Id, cancellationToken)).ToDto();
}
