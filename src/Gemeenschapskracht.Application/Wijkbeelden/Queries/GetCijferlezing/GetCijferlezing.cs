using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Wijkbeelden.Dtos;
using Gemeenschapskracht.Application.Wijkbeelden.Shared;
using Gemeenschapskracht.Domain.Wijkbeelden;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.Application.Wijkbeelden.Queries.GetCijferlezing;

/// <summary>How the gemeente reads its measures (vitality, problem, context): public, as the wijkbeelden are read with it.</summary>
[Public]
public sealed record GetCijferlezingQuery : IQuery<CijferlezingDto>;

public sealed class GetCijferlezingHandler(IApplicationDbContext db, TimeProvider clock) : IQueryHandler<GetCijferlezingQuery, CijferlezingDto>
{
    public async ValueTask<CijferlezingDto> Handle(GetCijferlezingQuery query, CancellationToken cancellationToken)
    {
        var opgeslagen = await db.Set<Cijferlezing>().AsNoTracking().FirstOrDefaultAsync(cancellationToken);
        return (opgeslagen ?? new Cijferlezing(clock.GetUtcNow())).ToDto(await db.MaatstavenAsync(cancellationToken), opgeslagen is not null);
    }
}
