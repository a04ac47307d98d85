using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Verzoeken.Dtos;
using Gemeenschapskracht.Application.Verzoeken.Shared;
using Gemeenschapskracht.Domain.Verzoeken;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.Application.Verzoeken.Queries.GetVerzoek;

/// <summary>One request with its answer and promises, for the gemeente's members.</summary>
[Authorize(Roles = Roles.IedereGemeenteRol)]
public sealed record GetVerzoekQuery(Guid Id) : IQuery<VerzoekDto>;

public sealed class GetVerzoekHandler(IApplicationDbContext db, TimeProvider clock) : IQueryHandler<GetVerzoekQuery, VerzoekDto>
{
    public async ValueTask<VerzoekDto> Handle(GetVerzoekQuery query, CancellationToken cancellationToken) =>
        await db.ToDtoAsync(await db.Set<Verzoek>().AsNoTracking().VindAsync(query.Id, cancellationToken), VerzoekQueries.Vandaag(clock), cancellationToken);
}
