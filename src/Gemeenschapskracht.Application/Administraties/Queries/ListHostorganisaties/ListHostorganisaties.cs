using FluentValidation;
using Gemeenschapskracht.Application.Administraties.Dtos;
using Gemeenschapskracht.Application.Administraties.Shared;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Paging;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Domain.Administraties;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.Application.Administraties.Queries.ListHostorganisaties;

/// <summary>The hosts of the gemeente (the provider directory, R5.3), oldest first, with their budgeted costs: every member of the gemeente reads it.</summary>
[Authorize(Roles = Roles.IedereGemeenteRol)]
public sealed record ListHostorganisatiesQuery(int Page, int PageSize) : IQuery<PagedList<HostorganisatieDto>>, IPagedRequest;

public sealed class ListHostorganisatiesValidator : AbstractValidator<ListHostorganisatiesQuery>
{
    public ListHostorganisatiesValidator() => this.AddPagingRules();
}

public sealed class ListHostorganisatiesHandler(IApplicationDbContext db) : IQueryHandler<ListHostorganisatiesQuery, PagedList<HostorganisatieDto>>
{
    public async ValueTask<PagedList<HostorganisatieDto>> Handle(ListHostorganisatiesQuery query, CancellationToken cancellationToken)
    {
        var pagina = await PagedList<Hostorganisatie>.CreateAsync(db.Set<Hostorganisatie>().AsNoTracking().OrderBy(h => h.Id), query, cancellationToken);
        return new PagedList<HostorganisatieDto>(await db.ToDtosAsync(pagina.Items, cancellationToken), pagina.Page, pagina.PageSize, pagina.TotalCount);
    }
}
