using FluentValidation;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Paging;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Common.Validation;
using Gemeenschapskracht.Application.Declaraties.Dtos;
using Gemeenschapskracht.Application.Declaraties.Shared;
using Gemeenschapskracht.Domain.Declaraties;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.Application.Declaraties.Queries.ListDeclaraties;

/// <summary>
/// The declaraties the caller may read, of one administratie or in one state if asked: what waits for a decision
/// (ingediend, aangehouden) first, then the newest.
/// </summary>
[Authorize(Roles = DeclaratieQueries.Lezers)]
public sealed record ListDeclaratiesQuery(int Page, int PageSize, Guid? AdministratieId, string? Status) : IQuery<PagedList<DeclaratieDto>>, IPagedRequest;

public sealed class ListDeclaratiesValidator : AbstractValidator<ListDeclaratiesQuery>
{
    public ListDeclaratiesValidator()
    {
        this.AddPagingRules();
        RuleFor(q => q.Status).IsEnumNaam<ListDeclaratiesQuery, DeclaratieStatus>("Kies een bestaande status.");
    }
}

public sealed class ListDeclaratiesHandler(IApplicationDbContext db, ICurrentUser user) : IQueryHandler<ListDeclaratiesQuery, PagedList<DeclaratieDto>>
{
    public async ValueTask<PagedList<DeclaratieDto>> Handle(ListDeclaratiesQuery query, CancellationToken cancellationToken)
    {
        var lijst = db.ZichtbareDeclaraties(user).AsNoTracking();
        if (query.AdministratieId is { } administratie)
            lijst = lijst.Where(d => d.AdministratieId == administratie);
        if (EnumNaam.Lees<DeclaratieStatus>(query.Status) is { } status)
            lijst = lijst.Where(d => d.Status == status);
        var geordend = lijst.OrderBy(d => d.Status == DeclaratieStatus.Ingediend || d.Status == DeclaratieStatus.Aangehouden ? 0 : 1).ThenByDescending(d => d.Id);
        var pagina = await PagedList<Declaratie>.CreateAsync(geordend, query, cancellationToken);
        return new PagedList<DeclaratieDto>(await db.ToDtosAsync(user, pagina.Items, cancellationToken), pagina.Page, pagina.PageSize, pagina.TotalCount);
    }
}
