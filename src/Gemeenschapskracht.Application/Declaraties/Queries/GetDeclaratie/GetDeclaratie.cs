using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Declaraties.Dtos;
using Gemeenschapskracht.Application.Declaraties.Shared;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.Application.Declaraties.Queries.GetDeclaratie;

/// <summary>One declaratie with its approvals and history, for whoever may read it.</summary>
[Authorize(Roles = DeclaratieQueries.Lezers)]
public sealed record GetDeclaratieQuery(Guid Id) : IQuery<DeclaratieDto>;

public sealed class GetDeclaratieHandler(IApplicationDbContext db, ICurrentUser user) : IQueryHandler<GetDeclaratieQuery, DeclaratieDto>
{
    public async ValueTask<DeclaratieDto> Handle(GetDeclaratieQuery query, CancellationToken cancellationToken) =>
        await db.ToDtoAsync(user, await db.ZichtbareDeclaraties(user).AsNoTracking().VindAsync(query.Id, cancellationToken), cancellationToken);
}
