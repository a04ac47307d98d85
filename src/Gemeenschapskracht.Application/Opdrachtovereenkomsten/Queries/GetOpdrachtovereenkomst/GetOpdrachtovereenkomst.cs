using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Opdrachtovereenkomsten.Dtos;
using Gemeenschapskracht.Application.Opdrachtovereenkomsten.Shared;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.Application.Opdrachtovereenkomsten.Queries.GetOpdrachtovereenkomst;

/// <summary>One contract with its invoices and what is left of its hours.</summary>
[Authorize(Roles = OpdrachtovereenkomstQueries.Lezers)]
public sealed record GetOpdrachtovereenkomstQuery(Guid Id) : IQuery<OpdrachtovereenkomstDto>;

public sealed class GetOpdrachtovereenkomstHandler(IApplicationDbContext db, ICurrentUser user) : IQueryHandler<GetOpdrachtovereenkomstQuery, OpdrachtovereenkomstDto>
{
    public async ValueTask<OpdrachtovereenkomstDto> Handle(GetOpdrachtovereenkomstQuery query, CancellationToken cancellationToken) =>
        await db.ToDtoAsync(user, await db.ZichtbareOpdrachten(user).AsNoTracking().VindAsync(query.Id, cancellationToken), cancellationToken);
}
