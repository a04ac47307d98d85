using Gemeenschapskracht.Application.Common.Exceptions;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Gebieden.Dtos;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.Application.Gebieden.Queries.GetGebied;

[Public]
public sealed record GetGebiedQuery(Guid Id) : IQuery<GebiedDetailDto>;

public sealed class GetGebiedHandler(IApplicationDbContext db) : IQueryHandler<GetGebiedQuery, GebiedDetailDto>
{
    public async ValueTask<GebiedDetailDto> Handle(GetGebiedQuery query, CancellationToken cancellationToken)
    {
        var gebied = await db.Gebieden.AsNoTracking().Include(g => g.Kerncijfers)
            .FirstOrDefaultAsync(g => g.Id == query.Id, cancellationToken)
            ?? throw new NotFoundException("Dit gebied bestaat niet in deze gemeente.");
        var ouder = gebied.OuderId is { } ouderId ? await db.Gebieden.AsNoTracking().FirstOrDefaultAsync(g => g.Id == ouderId, cancellationToken) : null;
        return gebied.ToDetailDto(ouder);
    }
}
