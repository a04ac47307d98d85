using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Paging;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Persoonsgegevens.Dtos;
using Gemeenschapskracht.Domain.Persoonsgegevens;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.Application.Persoonsgegevens.Queries.ListAnonimiseringen;

/// <summary>The erasures on request the gemeente carried out, newest first: its account of them (AVG art. 5 lid 2).</summary>
[Authorize(Roles = $"{Roles.GemeenteBeheerder},{Roles.Auditor}")]
public sealed record ListAnonimiseringenQuery(int Page, int PageSize) : IQuery<PagedList<AnonimiseringDto>>, IPagedRequest;

public sealed class ListAnonimiseringenHandler(IApplicationDbContext db) : IQueryHandler<ListAnonimiseringenQuery, PagedList<AnonimiseringDto>>
{
    public async ValueTask<PagedList<AnonimiseringDto>> Handle(ListAnonimiseringenQuery query, CancellationToken cancellationToken)
    {
        var lijst = db.Set<Anonimisering>().AsNoTracking().OrderByDescending(a => a.UitgevoerdOp)
            .Select(a => a.ToDto());
        return await PagedList<AnonimiseringDto>.CreateAsync(lijst, query, cancellationToken);
    }
}
