using FluentValidation;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Paging;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Trekkingsrechten.Dtos;
using Gemeenschapskracht.Application.Trekkingsrechten.Shared;
using Gemeenschapskracht.Domain.Trekkingsrechten;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.Application.Trekkingsrechten.Queries.ListTrekkingsrechten;

/// <summary>The trekkingsrechten, newest first, or those one organisation holds or supplies; an organisation sees only its own.</summary>
[Authorize(Roles = TrekkingsrechtQueries.Lezers)]
public sealed record ListTrekkingsrechtenQuery(int Page, int PageSize, Guid? OrganisatieId) : IQuery<PagedList<TrekkingsrechtDto>>, IPagedRequest;

public sealed class ListTrekkingsrechtenValidator : AbstractValidator<ListTrekkingsrechtenQuery>
{
    public ListTrekkingsrechtenValidator() => this.AddPagingRules();
}

public sealed class ListTrekkingsrechtenHandler(IApplicationDbContext db, ICurrentUser user) : IQueryHandler<ListTrekkingsrechtenQuery, PagedList<TrekkingsrechtDto>>
{
    public async ValueTask<PagedList<TrekkingsrechtDto>> Handle(ListTrekkingsrechtenQuery query, CancellationToken cancellationToken)
    {
        var lijst = db.ZichtbareTrekkingsrechten(user).AsNoTracking();
        if (query.OrganisatieId is { } id)
            lijst = lijst.Where(t => t.OrganisatieId == id || t.Leveranciers.Contains(id));
        return (await PagedList<Trekkingsrecht>.CreateAsync(lijst.OrderByDescending(t => t.Id), query, cancellationToken)).Map(t => t.ToDto());
    }
}
