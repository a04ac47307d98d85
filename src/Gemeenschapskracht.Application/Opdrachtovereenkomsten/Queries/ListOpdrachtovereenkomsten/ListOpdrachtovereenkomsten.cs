using FluentValidation;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Paging;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Opdrachtovereenkomsten.Dtos;
using Gemeenschapskracht.Application.Opdrachtovereenkomsten.Shared;
using Gemeenschapskracht.Domain.Declaraties;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.Application.Opdrachtovereenkomsten.Queries.ListOpdrachtovereenkomsten;

/// <summary>The contracts with zzp'ers the caller may read, of one administratie if asked: those running longest first.</summary>
[Authorize(Roles = OpdrachtovereenkomstQueries.Lezers)]
public sealed record ListOpdrachtovereenkomstenQuery(int Page, int PageSize, Guid? AdministratieId) : IQuery<PagedList<OpdrachtovereenkomstDto>>, IPagedRequest;

public sealed class ListOpdrachtovereenkomstenValidator : AbstractValidator<ListOpdrachtovereenkomstenQuery>
{
    public ListOpdrachtovereenkomstenValidator() => this.AddPagingRules();
}

public sealed class ListOpdrachtovereenkomstenHandler(IApplicationDbContext db, ICurrentUser user)
    : IQueryHandler<ListOpdrachtovereenkomstenQuery, PagedList<OpdrachtovereenkomstDto>>
{
    public async ValueTask<PagedList<OpdrachtovereenkomstDto>> Handle(ListOpdrachtovereenkomstenQuery query, CancellationToken cancellationToken)
    {
        var lijst = db.ZichtbareOpdrachten(user).AsNoTracking();
        if (query.AdministratieId is { } administratie)
            lijst = lijst.Where(o => o.AdministratieId == administratie);
        var pagina = await PagedList<Opdrachtovereenkomst>.CreateAsync(lijst.OrderByDescending(o => o.Einddatum).ThenBy(o => o.Id), query, cancellationToken);
        return new PagedList<OpdrachtovereenkomstDto>(await db.ToDtosAsync(user, pagina.Items, cancellationToken), pagina.Page, pagina.PageSize, pagina.TotalCount);
    }
}
