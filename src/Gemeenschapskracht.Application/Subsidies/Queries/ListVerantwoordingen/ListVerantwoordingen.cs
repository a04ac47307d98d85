using FluentValidation;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Paging;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Subsidies.Dtos;
using Gemeenschapskracht.Application.Subsidies.Shared;
using Gemeenschapskracht.Domain.Subsidies;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.Application.Subsidies.Queries.ListVerantwoordingen;

/// <summary>The reports, oldest first (the gemeente's queue for vaststelling), or the one on a beschikking.</summary>
[Authorize(Roles = $"{SubsidieQueries.Behandelaars},{Roles.Auditor},{SubsidieQueries.Aanvragers}")]
public sealed record ListVerantwoordingenQuery(int Page, int PageSize, Guid? BeschikkingId) : IQuery<PagedList<VerantwoordingDto>>, IPagedRequest;

public sealed class ListVerantwoordingenValidator : AbstractValidator<ListVerantwoordingenQuery>
{
    public ListVerantwoordingenValidator() => this.AddPagingRules();
}

public sealed class ListVerantwoordingenHandler(IApplicationDbContext db, ICurrentUser user) : IQueryHandler<ListVerantwoordingenQuery, PagedList<VerantwoordingDto>>
{
    public async ValueTask<PagedList<VerantwoordingDto>> Handle(ListVerantwoordingenQuery query, CancellationToken cancellationToken)
    {
        var lijst = db.ZichtbareVerantwoordingen(user).AsNoTracking();
        if (query.BeschikkingId is { } id)
            lijst = lijst.Where(v => v.BeschikkingId == id);
        return (await PagedList<Verantwoording>.CreateAsync(lijst.OrderBy(v => v.Id), query, cancellationToken)).Map(v => v.ToDto());
    }
}
