using Gemeenschapskracht.Application.Bijlagen.Dtos;
using Gemeenschapskracht.Application.Bijlagen.Shared;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Domain.Bijlagen;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.Application.Bijlagen.Queries.ListBijlagen;

/// <summary>The files of a beleidskader or wijkbeeld, for whoever may see it.</summary>
[Public]
public sealed record ListBijlagenQuery(Onderwerp Onderwerp, Guid OnderwerpId) : IQuery<IReadOnlyList<BijlageDto>>;

public sealed class ListBijlagenHandler(IApplicationDbContext db, ICurrentUser user) : IQueryHandler<ListBijlagenQuery, IReadOnlyList<BijlageDto>>
{
    public async ValueTask<IReadOnlyList<BijlageDto>> Handle(ListBijlagenQuery query, CancellationToken cancellationToken)
    {
        await db.EnsureZichtbaarAsync(user, query.Onderwerp, query.OnderwerpId, cancellationToken);
        var bijlagen = await db.Set<Bijlage>().AsNoTracking()
            .Where(b => b.Onderwerp == query.Onderwerp && b.OnderwerpId == query.OnderwerpId)
            .OrderBy(b => b.GeplaatstOp).ToListAsync(cancellationToken);
        return bijlagen.Select(b => b.ToDto()).ToList();
    }
}
