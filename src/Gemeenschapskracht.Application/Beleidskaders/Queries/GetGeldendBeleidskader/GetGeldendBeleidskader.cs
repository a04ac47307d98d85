using Gemeenschapskracht.Application.Beleidskaders.Dtos;
using Gemeenschapskracht.Application.Beleidskaders.Shared;
using Gemeenschapskracht.Application.Common.Exceptions;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Domain.Beleidskaders;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.Application.Beleidskaders.Queries.GetGeldendBeleidskader;

/// <summary>The version in force, for everybody: the public page of the gemeente's framework.</summary>
[Public]
public sealed record GetGeldendBeleidskaderQuery : IQuery<BeleidskaderDto>;

public sealed class GetGeldendBeleidskaderHandler(IApplicationDbContext db, TimeProvider clock)
    : IQueryHandler<GetGeldendBeleidskaderQuery, BeleidskaderDto>
{
    public async ValueTask<BeleidskaderDto> Handle(GetGeldendBeleidskaderQuery query, CancellationToken cancellationToken)
    {
        var kader = await db.Set<Beleidskader>().AsNoTracking().FirstOrDefaultAsync(b => b.Status == BeleidskaderStatus.Vastgesteld, cancellationToken)
            ?? throw new NotFoundException("De gemeenteraad heeft nog geen beleidskader vastgesteld.");
        return kader.ToDto(await db.WijkindelingAsync(cancellationToken), clock.Vandaag());
    }
}
