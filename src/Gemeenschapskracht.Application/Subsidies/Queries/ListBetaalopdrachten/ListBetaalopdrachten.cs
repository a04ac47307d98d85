using FluentValidation;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Paging;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Subsidies.Dtos;
using Gemeenschapskracht.Application.Subsidies.Shared;
using Gemeenschapskracht.Domain.Subsidies;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.Application.Subsidies.Queries.ListBetaalopdrachten;

/// <summary>The payment batches, newest first.</summary>
[Authorize(Roles = $"{SubsidieQueries.Behandelaars},{Roles.Auditor}")]
public sealed record ListBetaalopdrachtenQuery(int Page, int PageSize) : IQuery<PagedList<BetaalopdrachtDto>>, IPagedRequest;

public sealed class ListBetaalopdrachtenValidator : AbstractValidator<ListBetaalopdrachtenQuery>
{
    public ListBetaalopdrachtenValidator() => this.AddPagingRules();
}

public sealed class ListBetaalopdrachtenHandler(IApplicationDbContext db) : IQueryHandler<ListBetaalopdrachtenQuery, PagedList<BetaalopdrachtDto>>
{
    public async ValueTask<PagedList<BetaalopdrachtDto>> Handle(ListBetaalopdrachtenQuery query, CancellationToken cancellationToken) =>
        (await PagedList<Betaalopdracht>.CreateAsync(db.Set<Betaalopdracht>().AsNoTracking().OrderByDescending(b => b.Id), query, cancellationToken))
            .Map(b => b.ToDto());
}
