using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Persoonsgegevens.Dtos;
using Gemeenschapskracht.Application.Persoonsgegevens.Shared;
using Mediator;

namespace Gemeenschapskracht.Application.Persoonsgegevens.Queries.GetBewaarbeleid;

[Authorize(Roles = $"{Roles.GemeenteBeheerder},{Roles.Auditor}")]
public sealed record GetBewaarbeleidQuery : IQuery<BewaarbeleidDto>;

public sealed class GetBewaarbeleidHandler(IApplicationDbContext db, TimeProvider clock) : IQueryHandler<GetBewaarbeleidQuery, BewaarbeleidDto>
{
    public async ValueTask<BewaarbeleidDto> Handle(GetBewaarbeleidQuery query, CancellationToken cancellationToken)
    {
        var (beleid, eigen) = await db.BewaarbeleidAsync(clock, volgen: false, cancellationToken);
        return beleid.ToDto(eigen);
    }
}
