using FluentValidation;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Paging;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Coordinatoren.Dtos;
using Gemeenschapskracht.Application.Coordinatoren.Shared;
using Gemeenschapskracht.Domain.Common;
using Mediator;

namespace Gemeenschapskracht.Application.Coordinatoren.Queries.ListCoordinatoren;

/// <summary>The coordinators the caller may read, of one host if asked, by name.</summary>
[Authorize(Roles = CoordinatorQueries.Lezers)]
public sealed record ListCoordinatorenQuery(int Page, int PageSize, Guid? HostorganisatieId) : IQuery<PagedList<CoordinatorDto>>, IPagedRequest;

public sealed class ListCoordinatorenValidator : AbstractValidator<ListCoordinatorenQuery>
{
    public ListCoordinatorenValidator() => this.AddPagingRules();
}

public sealed class ListCoordinatorenHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock)
    : IQueryHandler<ListCoordinatorenQuery, PagedList<CoordinatorDto>>
{
    public async ValueTask<PagedList<CoordinatorDto>> Handle(ListCoordinatorenQuery query, CancellationToken cancellationToken)
    {
        var lijst = (await db.ZichtbareCoordinatorenAsync(user, cancellationToken))
            .Where(c => query.HostorganisatieId is not { } host || c.HostId == host).ToList();
        var pagina = lijst.Skip((query.Page - 1) * query.PageSize).Take(query.PageSize).ToList();
        return new PagedList<CoordinatorDto>(await db.ToDtosAsync(pagina, Kalender.Dag(clock.GetUtcNow()), cancellationToken), query.Page, query.PageSize, lijst.Count);
    }
}
