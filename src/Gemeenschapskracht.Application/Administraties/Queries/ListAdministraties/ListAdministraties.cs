using FluentValidation;
using Gemeenschapskracht.Application.Administraties.Dtos;
using Gemeenschapskracht.Application.Administraties.Shared;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Paging;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Domain.Administraties;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.Application.Administraties.Queries.ListAdministraties;

/// <summary>The administraties the caller may read, oldest first, of one host if asked: the back office sees its host's, a group its own.</summary>
[Authorize(Roles = AdministratieQueries.Lezers)]
public sealed record ListAdministratiesQuery(int Page, int PageSize, Guid? HostorganisatieId) : IQuery<PagedList<AdministratieDto>>, IPagedRequest;

public sealed class ListAdministratiesValidator : AbstractValidator<ListAdministratiesQuery>
{
    public ListAdministratiesValidator() => this.AddPagingRules();
}

public sealed class ListAdministratiesHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock)
    : IQueryHandler<ListAdministratiesQuery, PagedList<AdministratieDto>>
{
    public async ValueTask<PagedList<AdministratieDto>> Handle(ListAdministratiesQuery query, CancellationToken cancellationToken)
    {
        var lijst = db.ZichtbareAdministraties(user).AsNoTracking();
        if (query.HostorganisatieId is { } host)
            lijst = lijst.Where(a => a.HostId == host);
        var pagina = await PagedList<Administratie>.CreateAsync(lijst.OrderBy(a => a.Id), query, cancellationToken);
        return new PagedList<AdministratieDto>(await db.ToDtosAsync(pagina.Items, clock, cancellationToken), pagina.Page, pagina.PageSize, pagina.TotalCount);
    }
}
