using Gemeenschapskracht.Application.Beleidskaders.Dtos;
using Gemeenschapskracht.Application.Beleidskaders.Shared;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Paging;
using Gemeenschapskracht.Application.Common.Security;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.Application.Beleidskaders.Queries.ListBeleidskaders;

/// <summary>The version history, newest first. The public sees adopted versions only; staff and the raad also see drafts.</summary>
[Public]
public sealed record ListBeleidskadersQuery(int Page, int PageSize) : IQuery<PagedList<BeleidskaderSamenvattingDto>>, IPagedRequest;

public sealed class ListBeleidskadersHandler(IApplicationDbContext db, ICurrentUser user)
    : IQueryHandler<ListBeleidskadersQuery, PagedList<BeleidskaderSamenvattingDto>>
{
    public async ValueTask<PagedList<BeleidskaderSamenvattingDto>> Handle(ListBeleidskadersQuery query, CancellationToken cancellationToken) =>
        await PagedList<BeleidskaderSamenvattingDto>.CreateAsync(
            db.Zichtbaar(user).AsNoTracking().OrderByDescending(b => b.Versie).ProjectToSamenvatting(), query, cancellationToken);
}
