using FluentValidation;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Paging;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Declaraties.Dtos;
using Gemeenschapskracht.Application.Declaraties.Shared;
using Gemeenschapskracht.Domain.Declaraties;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.Application.Declaraties.Queries.ListDeclaratiebetalingen;

/// <summary>The payment batches, newest first: the back office its host's, the gemeente and the auditor all.</summary>
[Authorize(Roles = DeclaratieQueries.Betalinglezers)]
public sealed record ListDeclaratiebetalingenQuery(int Page, int PageSize) : IQuery<PagedList<DeclaratiebetalingDto>>, IPagedRequest;

public sealed class ListDeclaratiebetalingenValidator : AbstractValidator<ListDeclaratiebetalingenQuery>
{
    public ListDeclaratiebetalingenValidator() => this.AddPagingRules();
}

public sealed class ListDeclaratiebetalingenHandler(IApplicationDbContext db, ICurrentUser user)
    : IQueryHandler<ListDeclaratiebetalingenQuery, PagedList<DeclaratiebetalingDto>>
{
    public async ValueTask<PagedList<DeclaratiebetalingDto>> Handle(ListDeclaratiebetalingenQuery query, CancellationToken cancellationToken) =>
        (await PagedList<Declaratiebetaling>.CreateAsync(db.ZichtbareBetalingen(user).AsNoTracking().OrderByDescending(b => b.Id), query, cancellationToken))
        .Map(b => b.ToDto());
}
