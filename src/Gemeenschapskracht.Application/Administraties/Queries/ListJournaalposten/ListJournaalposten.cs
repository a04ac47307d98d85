using FluentValidation;
using Gemeenschapskracht.Application.Administraties.Dtos;
using Gemeenschapskracht.Application.Administraties.Shared;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Paging;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Domain.Administraties;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.Application.Administraties.Queries.ListJournaalposten;

/// <summary>The journal of an administratie, newest entry first; reversals and what they reverse are linked both ways.</summary>
[Authorize(Roles = AdministratieQueries.Lezers)]
public sealed record ListJournaalpostenQuery(Guid AdministratieId, int Page, int PageSize) : IQuery<PagedList<JournaalpostDto>>, IPagedRequest;

public sealed class ListJournaalpostenValidator : AbstractValidator<ListJournaalpostenQuery>
{
    public ListJournaalpostenValidator() => this.AddPagingRules();
}

public sealed class ListJournaalpostenHandler(IApplicationDbContext db, ICurrentUser user) : IQueryHandler<ListJournaalpostenQuery, PagedList<JournaalpostDto>>
{
    public async ValueTask<PagedList<JournaalpostDto>> Handle(ListJournaalpostenQuery query, CancellationToken cancellationToken)
    {
        var administratie = await db.ZichtbareAdministraties(user).AsNoTracking().VindAsync(query.AdministratieId, cancellationToken);
        var lijst = db.Set<Journaalpost>().AsNoTracking().Where(p => p.AdministratieId == administratie.Id).OrderByDescending(p => p.Nummer);
        var pagina = await PagedList<Journaalpost>.CreateAsync(lijst, query, cancellationToken);
        return new PagedList<JournaalpostDto>(await db.ToDtosAsync(administratie, pagina.Items, cancellationToken), pagina.Page, pagina.PageSize, pagina.TotalCount);
    }
}
