using FluentValidation;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Paging;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Subsidies.Dtos;
using Gemeenschapskracht.Application.Subsidies.Shared;
using Gemeenschapskracht.Domain.Subsidies;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.Application.Subsidies.Queries.ListSteekproeven;

/// <summary>The steekproeven drawn, newest year first, with seed and population so an auditor can repeat each draw.</summary>
[Authorize(Roles = $"{SubsidieQueries.Behandelaars},{Roles.Auditor}")]
public sealed record ListSteekproevenQuery(int Page, int PageSize) : IQuery<PagedList<SteekproefDto>>, IPagedRequest;

public sealed class ListSteekproevenValidator : AbstractValidator<ListSteekproevenQuery>
{
    public ListSteekproevenValidator() => this.AddPagingRules();
}

public sealed class ListSteekproevenHandler(IApplicationDbContext db) : IQueryHandler<ListSteekproevenQuery, PagedList<SteekproefDto>>
{
    public async ValueTask<PagedList<SteekproefDto>> Handle(ListSteekproevenQuery query, CancellationToken cancellationToken) =>
        (await PagedList<Steekproef>.CreateAsync(db.Set<Steekproef>().AsNoTracking().OrderByDescending(s => s.Jaar), query, cancellationToken)).Map(s => s.ToDto());
}
