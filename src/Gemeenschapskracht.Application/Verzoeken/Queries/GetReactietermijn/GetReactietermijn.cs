using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Verzoeken.Dtos;
using Gemeenschapskracht.Domain.Verzoeken;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.Application.Verzoeken.Queries.GetReactietermijn;

/// <summary>The gemeente's response time in weeks; six (the default) when none was set.</summary>
[Authorize(Roles = $"{Roles.GemeenteBeheerder},{Roles.Beleidsmedewerker}")]
public sealed record GetReactietermijnQuery : IQuery<ReactietermijnDto>;

public sealed class GetReactietermijnHandler(IApplicationDbContext db) : IQueryHandler<GetReactietermijnQuery, ReactietermijnDto>
{
    public async ValueTask<ReactietermijnDto> Handle(GetReactietermijnQuery query, CancellationToken cancellationToken)
    {
        var weken = await db.Set<Reactietermijn>().AsNoTracking().Select(r => (int?)r.Weken).FirstOrDefaultAsync(cancellationToken);
        return new ReactietermijnDto(weken ?? Reactietermijn.StandaardWeken, weken is null);
    }
}
