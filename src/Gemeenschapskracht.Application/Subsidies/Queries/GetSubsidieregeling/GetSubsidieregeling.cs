using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Subsidies.Dtos;
using Gemeenschapskracht.Application.Subsidies.Shared;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.Application.Subsidies.Queries.GetSubsidieregeling;

/// <summary>One regeling with its plafond and what remains of it.</summary>
[Public]
public sealed record GetSubsidieregelingQuery(Guid Id) : IQuery<SubsidieregelingDto>;

public sealed class GetSubsidieregelingHandler(IApplicationDbContext db, ICurrentUser user) : IQueryHandler<GetSubsidieregelingQuery, SubsidieregelingDto>
{
    public async ValueTask<SubsidieregelingDto> Handle(GetSubsidieregelingQuery query, CancellationToken cancellationToken) =>
        (await db.ZichtbareRegelingen(user).AsNoTracking().VindAsync(query.Id, cancellationToken)).ToDto();
}
