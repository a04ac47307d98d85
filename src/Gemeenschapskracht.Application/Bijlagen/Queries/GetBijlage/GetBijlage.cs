using Gemeenschapskracht.Application.Bijlagen.Dtos;
using Gemeenschapskracht.Application.Bijlagen.Shared;
using Gemeenschapskracht.Application.Common.Exceptions;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Domain.Bijlagen;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.Application.Bijlagen.Queries.GetBijlage;

/// <summary>One file, for whoever may see what it belongs to.</summary>
[Public]
public sealed record GetBijlageQuery(Onderwerp Onderwerp, Guid OnderwerpId, Guid BijlageId) : IQuery<BijlageBestand>;

public sealed class GetBijlageHandler(IApplicationDbContext db, ICurrentUser user, IBestandsopslag opslag) : IQueryHandler<GetBijlageQuery, BijlageBestand>
{
    public async ValueTask<BijlageBestand> Handle(GetBijlageQuery query, CancellationToken cancellationToken)
    {
        await db.EnsureZichtbaarAsync(user, query.Onderwerp, query.OnderwerpId, cancellationToken);
        var bijlage = await db.Set<Bijlage>().AsNoTracking()
            .FirstOrDefaultAsync(b => b.Id == query.BijlageId && b.Onderwerp == query.Onderwerp && b.OnderwerpId == query.OnderwerpId, cancellationToken)
            ?? throw new NotFoundException("Deze bijlage bestaat niet.");
        return new BijlageBestand(bijlage.Naam, bijlage.ContentType, await opslag.LeesAsync(bijlage.Sleutel, cancellationToken), bijlage.GeplaatstOp);
    }
}
