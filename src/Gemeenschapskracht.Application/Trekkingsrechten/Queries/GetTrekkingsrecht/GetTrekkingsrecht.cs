using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Trekkingsrechten.Dtos;
using Gemeenschapskracht.Application.Trekkingsrechten.Shared;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.Application.Trekkingsrechten.Queries.GetTrekkingsrecht;

/// <summary>One trekkingsrecht with its balance, expiry and what was drawn for what.</summary>
[Authorize(Roles = TrekkingsrechtQueries.Lezers)]
public sealed record GetTrekkingsrechtQuery(Guid Id) : IQuery<TrekkingsrechtDto>;

public sealed class GetTrekkingsrechtHandler(IApplicationDbContext db, ICurrentUser user) : IQueryHandler<GetTrekkingsrechtQuery, TrekkingsrechtDto>
{
    public async ValueTask<TrekkingsrechtDto> Handle(GetTrekkingsrechtQuery query, CancellationToken cancellationToken) =>
        (await db.ZichtbareTrekkingsrechten(user).AsNoTracking().VindAsync(query.Id, cancellationToken)).ToDto();
}
