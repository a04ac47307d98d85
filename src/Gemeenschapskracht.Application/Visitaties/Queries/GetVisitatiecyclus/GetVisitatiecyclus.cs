using Gemeenschapskracht.Application.Common.Exceptions;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Visitaties.Dtos;
using Gemeenschapskracht.Application.Visitaties.Shared;
using Gemeenschapskracht.Domain.Visitaties;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.Application.Visitaties.Queries.GetVisitatiecyclus;

/// <summary>One visitatiecyclus with the perspectives of its current version.</summary>
[Authorize(Roles = VisitatiecyclusRollen.Lezers)]
public sealed record GetVisitatiecyclusQuery(Guid Id) : IQuery<VisitatiecyclusDto>;

public sealed class GetVisitatiecyclusHandler(IApplicationDbContext db) : IQueryHandler<GetVisitatiecyclusQuery, VisitatiecyclusDto>
{
    public async ValueTask<VisitatiecyclusDto> Handle(GetVisitatiecyclusQuery query, CancellationToken cancellationToken) =>
        (await db.Set<Visitatiecyclus>().AsNoTracking().FirstOrDefaultAsync(c => c.Id == query.Id, cancellationToken)
            ?? throw new NotFoundException("Deze visitatiecyclus bestaat niet in deze gemeente.")).ToDto();
}
