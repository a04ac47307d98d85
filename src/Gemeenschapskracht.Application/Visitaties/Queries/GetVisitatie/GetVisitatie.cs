using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Common.Validation;
using Gemeenschapskracht.Application.Visitaties.Dtos;
using Gemeenschapskracht.Application.Visitaties.Shared;
using Gemeenschapskracht.Domain.Visitaties;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.Application.Visitaties.Queries.GetVisitatie;

/// <summary>The visit file, as far as the caller takes part (<see cref="VisitatieToegang"/>).</summary>
[Authorize(Roles = VisitatieRollen.Lezers)]
[NoValidator("Only the route id.")]
public sealed record GetVisitatieQuery(Guid Id) : IQuery<VisitatieDto>;

public sealed class GetVisitatieHandler(IApplicationDbContext db, ICurrentUser user) : IQueryHandler<GetVisitatieQuery, VisitatieDto>
{
    public async ValueTask<VisitatieDto> Handle(GetVisitatieQuery query, CancellationToken cancellationToken)
    {
        var visitatie = await db.Set<Visitatie>().AsNoTracking().VindAsync(query.Id, cancellationToken);
        return visitatie.ToDto(VisitatieToegang.Kant(user, visitatie));
    }
}
