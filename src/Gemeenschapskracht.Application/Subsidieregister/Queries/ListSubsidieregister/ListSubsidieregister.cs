using FluentValidation;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Paging;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Subsidieregister.Dtos;
using Gemeenschapskracht.Application.Subsidieregister.Shared;
using Gemeenschapskracht.Domain.Subsidies;
using Mediator;

namespace Gemeenschapskracht.Application.Subsidieregister.Queries.ListSubsidieregister;

/// <summary>
/// The granted subsidies of the gemeente, newest decision first (the same records as the 360Giving files, in the API's names), of one award year and one
/// wijk when asked: public, as the subsidy register of the Woo.
/// </summary>
[Public]
public sealed record ListSubsidieregisterQuery(int Page, int PageSize, int? Jaar, Guid? WijkId) : IQuery<PagedList<VerleendeSubsidieDto>>, IPagedRequest;

public sealed class ListSubsidieregisterValidator : AbstractValidator<ListSubsidieregisterQuery>
{
    public ListSubsidieregisterValidator()
    {
        this.AddPagingRules();
        this.AddFilterRules(q => q.Jaar);
    }
}

public sealed class ListSubsidieregisterHandler(IApplicationDbContext db, ITenantCatalogDbContext catalog, ICurrentTenant tenant)
    : IQueryHandler<ListSubsidieregisterQuery, PagedList<VerleendeSubsidieDto>>
{
    public async ValueTask<PagedList<VerleendeSubsidieDto>> Handle(ListSubsidieregisterQuery query, CancellationToken cancellationToken)
    {
        var beschikkingen = await db.GepubliceerdAsync(query.Jaar, query.WijkId, cancellationToken);
        var pagina = await PagedList<Beschikking>.CreateAsync(beschikkingen.Geordend(), query, cancellationToken);
        var uitgever = await catalog.UitgeverAsync(tenant, cancellationToken);
        var records = await db.ToOpenDataAsync(uitgever, pagina.Items, cancellationToken);
        var items = records.Select((r, i) => r.ToVerleendeSubsidie(pagina.Items[i].Bedrag.Eurocent)).ToList();
        return new PagedList<VerleendeSubsidieDto>(items, pagina.Page, pagina.PageSize, pagina.TotalCount);
    }
}
