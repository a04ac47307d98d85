using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Dienstverleningsafspraken.Dtos;
using Gemeenschapskracht.Application.Dienstverleningsafspraken.Shared;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.Application.Dienstverleningsafspraken.Queries.GetDienstverleningsafspraak;

/// <summary>One dienstverleningsafspraak with its parties, signatures and review moments.</summary>
[Authorize(Roles = DienstverleningsafspraakQueries.Lezers)]
public sealed record GetDienstverleningsafspraakQuery(Guid Id) : IQuery<DienstverleningsafspraakDto>;

public sealed class GetDienstverleningsafspraakHandler(IApplicationDbContext db, ICurrentUser user)
    : IQueryHandler<GetDienstverleningsafspraakQuery, DienstverleningsafspraakDto>
{
    public async ValueTask<DienstverleningsafspraakDto> Handle(GetDienstverleningsafspraakQuery query, CancellationToken cancellationToken) =>
        await db.ToDtoAsync(user, await db.ZichtbareAfspraken(user).AsNoTracking().VindAsync(query.Id, cancellationToken), cancellationToken);
}
