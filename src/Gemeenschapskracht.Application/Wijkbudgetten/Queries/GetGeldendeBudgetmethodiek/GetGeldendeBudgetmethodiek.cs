using Gemeenschapskracht.Application.Common.Exceptions;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Wijkbudgetten.Dtos;
using Gemeenschapskracht.Domain.Wijkbudgetten;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.Application.Wijkbudgetten.Queries.GetGeldendeBudgetmethodiek;

/// <summary>The version in force, for everybody: how the wijkbudgetten are computed.</summary>
[Public]
public sealed record GetGeldendeBudgetmethodiekQuery : IQuery<BudgetmethodiekDto>;

public sealed class GetGeldendeBudgetmethodiekHandler(IApplicationDbContext db) : IQueryHandler<GetGeldendeBudgetmethodiekQuery, BudgetmethodiekDto>
{
    public async ValueTask<BudgetmethodiekDto> Handle(GetGeldendeBudgetmethodiekQuery query, CancellationToken cancellationToken) =>
        (await db.Set<Budgetmethodiek>().AsNoTracking().FirstOrDefaultAsync(m => m.Status == MethodiekStatus.Vastgesteld, cancellationToken)
            ?? throw new NotFoundException("De gemeenteraad heeft nog geen budgetmethodiek vastgesteld.")).ToDto();
}
