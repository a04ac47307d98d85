using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Paging;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Wijkbudgetten.Dtos;
using Gemeenschapskracht.Application.Wijkbudgetten.Shared;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.Application.Wijkbudgetten.Queries.ListBudgetmethodieken;

/// <summary>The versions of the methodiek, newest first. The public sees adopted versions; staff and the raad also the ontwerp.</summary>
[Public]
public sealed record ListBudgetmethodiekenQuery(int Page, int PageSize) : IQuery<PagedList<BudgetmethodiekSamenvattingDto>>, IPagedRequest;

public sealed class ListBudgetmethodiekenHandler(IApplicationDbContext db, ICurrentUser user)
    : IQueryHandler<ListBudgetmethodiekenQuery, PagedList<BudgetmethodiekSamenvattingDto>>
{
    public async ValueTask<PagedList<BudgetmethodiekSamenvattingDto>> Handle(ListBudgetmethodiekenQuery query, CancellationToken cancellationToken)
    {
        // The content is one stored document: a page is read whole and summarised in memory.
        var pagina = await PagedList<Domain.Wijkbudgetten.Budgetmethodiek>.CreateAsync(
            db.ZichtbareMethodieken(user).AsNoTracking().OrderByDescending(m => m.Versie), query, cancellationToken);
        return pagina.Map(m => m.ToSamenvatting());
    }
}
