using FluentValidation;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Paging;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Visitaties.Dtos;
using Gemeenschapskracht.Application.Visitaties.Shared;
using Gemeenschapskracht.Domain.Visitaties;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.Application.Visitaties.Queries.ListVisitatiecycli;

/// <summary>The gemeente's visitatiecycli, by name.</summary>
[Authorize(Roles = VisitatiecyclusRollen.Lezers)]
public sealed record ListVisitatiecycliQuery(int Page, int PageSize) : IQuery<PagedList<VisitatiecyclusDto>>, IPagedRequest;

public sealed class ListVisitatiecycliValidator : AbstractValidator<ListVisitatiecycliQuery>
{
    public ListVisitatiecycliValidator() => this.AddPagingRules();
}

public sealed class ListVisitatiecycliHandler(IApplicationDbContext db) : IQueryHandler<ListVisitatiecycliQuery, PagedList<VisitatiecyclusDto>>
{
    public async ValueTask<PagedList<VisitatiecyclusDto>> Handle(ListVisitatiecycliQuery query, CancellationToken cancellationToken)
    {
        var cycli = db.Set<Visitatiecyclus>().AsNoTracking().OrderBy(c => c.Naam).ThenBy(c => c.Id);
        var totaal = await cycli.CountAsync(cancellationToken);
        var pagina = await cycli.Skip((query.Page - 1) * query.PageSize).Take(query.PageSize).ToListAsync(cancellationToken);
        return new PagedList<VisitatiecyclusDto>([.. pagina.Select(c => c.ToDto())], query.Page, query.PageSize, totaal);
    }
}
