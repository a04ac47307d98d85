using FluentValidation;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Paging;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Subsidies.Dtos;
using Gemeenschapskracht.Application.Subsidies.Shared;
using Gemeenschapskracht.Domain.Subsidies;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.Application.Subsidies.Queries.ListWijzigingsbesluiten;

/// <summary>The wijzigingen and intrekkingen, newest first, or those of one beschikking; a recipient sees those of its own organisation.</summary>
[Authorize(Roles = $"{SubsidieQueries.Behandelaars},{Roles.Auditor},{SubsidieQueries.Aanvragers}")]
public sealed record ListWijzigingsbesluitenQuery(int Page, int PageSize, Guid? BeschikkingId) : IQuery<PagedList<WijzigingsbesluitDto>>, IPagedRequest;

public sealed class ListWijzigingsbesluitenValidator : AbstractValidator<ListWijzigingsbesluitenQuery>
{
    public ListWijzigingsbesluitenValidator() => this.AddPagingRules();
}

public sealed class ListWijzigingsbesluitenHandler(IApplicationDbContext db, ICurrentUser user) : IQueryHandler<ListWijzigingsbesluitenQuery, PagedList<WijzigingsbesluitDto>>
{
    public async ValueTask<PagedList<WijzigingsbesluitDto>> Handle(ListWijzigingsbesluitenQuery query, CancellationToken cancellationToken)
    {
        var lijst = db.ZichtbareWijzigingen(user).AsNoTracking();
        if (query.BeschikkingId is { } id)
            lijst = lijst.Where(w => w.BeschikkingId == id);
        return (await PagedList<Wijzigingsbesluit>.CreateAsync(lijst.OrderByDescending(w => w.Id), query, cancellationToken)).Map(w => w.ToDto());
    }
}
