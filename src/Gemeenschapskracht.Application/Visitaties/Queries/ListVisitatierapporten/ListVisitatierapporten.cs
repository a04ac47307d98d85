using FluentValidation;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Paging;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Visitaties.Dtos;
using Gemeenschapskracht.Domain.Regels;
using Gemeenschapskracht.Domain.Visitaties;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.Application.Visitaties.Queries.ListVisitatierapporten;

/// <summary>
/// The public list of adopted visitatie reports, the most recent first: each with its marks and narratives, the
/// reviewed party's response and the follow-up. Ordered by date only, never by mark (G-1).
/// </summary>
[Public]
public sealed record ListVisitatierapportenQuery(int Page, int PageSize) : IQuery<PagedList<VisitatierapportDto>>, IPagedRequest;

public sealed class ListVisitatierapportenValidator : AbstractValidator<ListVisitatierapportenQuery>
{
    public ListVisitatierapportenValidator() => this.AddPagingRules();
}

[Regel(Regelcatalogus.G1)]
public sealed class ListVisitatierapportenHandler(IApplicationDbContext db) : IQueryHandler<ListVisitatierapportenQuery, PagedList<VisitatierapportDto>>
{
    public async ValueTask<PagedList<VisitatierapportDto>> Handle(ListVisitatierapportenQuery query, CancellationToken cancellationToken)
    {
        var rapporten = db.Set<Visitatie>().AsNoTracking().Where(v => Visitatie.Gepubliceerd.Contains(v.Status))
            .OrderByDescending(v => v.GeplandOp).ThenBy(v => v.Id);
        return (await PagedList<Visitatie>.CreateAsync(rapporten, query, cancellationToken)).Map(v => v.ToRapport());
    }
}
