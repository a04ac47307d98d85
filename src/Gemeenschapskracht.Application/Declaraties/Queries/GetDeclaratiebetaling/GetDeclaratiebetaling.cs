using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Declaraties.Dtos;
using Gemeenschapskracht.Application.Declaraties.Shared;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.Application.Declaraties.Queries.GetDeclaratiebetaling;

/// <summary>One payment batch with its transfers.</summary>
[Authorize(Roles = DeclaratieQueries.Betalinglezers)]
public sealed record GetDeclaratiebetalingQuery(Guid Id) : IQuery<DeclaratiebetalingDto>;

public sealed class GetDeclaratiebetalingHandler(IApplicationDbContext db, ICurrentUser user) : IQueryHandler<GetDeclaratiebetalingQuery, DeclaratiebetalingDto>
{
    public async ValueTask<DeclaratiebetalingDto> Handle(GetDeclaratiebetalingQuery query, CancellationToken cancellationToken) =>
        (await db.ZichtbareBetalingen(user).AsNoTracking().VindAsync(query.Id, cancellationToken)).ToDto();
}
