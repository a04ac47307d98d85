using FluentValidation;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Paging;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Subsidies.Dtos;
using Gemeenschapskracht.Application.Subsidies.Shared;
using Gemeenschapskracht.Domain.Subsidies;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.Application.Subsidies.Queries.ListBeschikkingen;

/// <summary>The beschikkingen, newest first, or the one on an application; an applicant sees those addressed to its organisation.</summary>
[Authorize(Roles = $"{SubsidieQueries.Behandelaars},{Roles.Auditor},{SubsidieQueries.Aanvragers}")]
public sealed record ListBeschikkingenQuery(int Page, int PageSize, Guid? AanvraagId) : IQuery<PagedList<BeschikkingDto>>, IPagedRequest;

public sealed class ListBeschikkingenValidator : AbstractValidator<ListBeschikkingenQuery>
{
    public ListBeschikkingenValidator() => this.AddPagingRules();
}

public sealed class ListBeschikkingenHandler(IApplicationDbContext db, ICurrentUser user) : IQueryHandler<ListBeschikkingenQuery, PagedList<BeschikkingDto>>
{
    public async ValueTask<PagedList<BeschikkingDto>> Handle(ListBeschikkingenQuery query, CancellationToken cancellationToken)
    {
        var beschikkingen = db.ZichtbareBeschikkingen(user).AsNoTracking();
        if (query.AanvraagId is { } aanvraag)
            beschikkingen = beschikkingen.Where(b => b.AanvraagId == aanvraag);
        var pagina = await PagedList<Beschikking>.CreateAsync(beschikkingen.OrderByDescending(b => b.Id), query, cancellationToken);
        return new PagedList<BeschikkingDto>(await db.ToDtosAsync(pagina.Items, cancellationToken), pagina.Page, pagina.PageSize, pagina.TotalCount);
    }
}
