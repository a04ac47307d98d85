using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Ervaringsconferenties.Dtos;
using Gemeenschapskracht.Application.Ervaringsconferenties.Shared;
using Gemeenschapskracht.Domain.Ervaringsconferenties;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.Application.Ervaringsconferenties.Queries.GetErvaringsconferentie;

/// <summary>One conference, public.</summary>
[Public]
public sealed record GetErvaringsconferentieQuery(Guid Id) : IQuery<ErvaringsconferentieDto>;

public sealed class GetErvaringsconferentieHandler(IApplicationDbContext db) : IQueryHandler<GetErvaringsconferentieQuery, ErvaringsconferentieDto>
{
    public async ValueTask<ErvaringsconferentieDto> Handle(GetErvaringsconferentieQuery query, CancellationToken cancellationToken) =>
        await db.ToDtoAsync(await db.Set<Ervaringsconferentie>().AsNoTracking().VindAsync(query.Id, cancellationToken), cancellationToken);
}
