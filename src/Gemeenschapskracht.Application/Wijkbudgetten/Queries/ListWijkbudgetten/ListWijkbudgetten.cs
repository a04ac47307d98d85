using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Paging;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Wijkbudgetten.Dtos;
using Gemeenschapskracht.Application.Wijkbudgetten.Shared;
using Gemeenschapskracht.Domain.Wijkbudgetten;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.Application.Wijkbudgetten.Queries.ListWijkbudgetten;

/// <summary>
/// The wijkbudgetten of the gemeente, or of one wijk, newest period first. The public sees what the raad granted;
/// staff and the raad also see proposals.
/// </summary>
[Public]
public sealed record ListWijkbudgettenQuery(int Page, int PageSize, Guid? WijkId) : IQuery<PagedList<WijkbudgetSamenvattingDto>>, IPagedRequest;

public sealed class ListWijkbudgettenHandler(IApplicationDbContext db, ICurrentUser user)
    : IQueryHandler<ListWijkbudgettenQuery, PagedList<WijkbudgetSamenvattingDto>>
{
    public async ValueTask<PagedList<WijkbudgetSamenvattingDto>> Handle(ListWijkbudgettenQuery query, CancellationToken cancellationToken)
    {
        var budgetten = db.ZichtbareWijkbudgetten(user).AsNoTracking();
        if (query.WijkId is { } wijkId)
            budgetten = budgetten.Where(w => w.WijkId == wijkId);
        var pagina = await PagedList<Wijkbudget>.CreateAsync(budgetten.OrderByDescending(w => w.StartJaar).ThenBy(w => w.Id), query, cancellationToken);
        var namen = await db.WijkNamenAsync(pagina.Items.Select(w => w.WijkId), cancellationToken);
        return pagina.Map(w => w.ToSamenvatting(namen.GetValueOrDefault(w.WijkId, "")));
    }
}
