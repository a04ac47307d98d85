using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Wijktoekomstagendas.Dtos;
using Gemeenschapskracht.Application.Wijktoekomstagendas.Shared;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.Application.Wijktoekomstagendas.Queries.GetWijktoekomstagenda;

/// <summary>One version with its ambitions (in the order of writing), working groups and distribution log.</summary>
[Public]
public sealed record GetWijktoekomstagendaQuery(Guid Id) : IQuery<WijktoekomstagendaDto>;

public sealed class GetWijktoekomstagendaHandler(IApplicationDbContext db, ICurrentUser user) : IQueryHandler<GetWijktoekomstagendaQuery, WijktoekomstagendaDto>
{
    public async ValueTask<WijktoekomstagendaDto> Handle(GetWijktoekomstagendaQuery query, CancellationToken cancellationToken) =>
        await db.ToDtoAsync(await db.Zichtbaar(user).AsNoTracking().VindAsync(query.Id, cancellationToken), cancellationToken);
}
