using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Paging;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Verzoeken.Dtos;
using Gemeenschapskracht.Application.Verzoeken.Shared;
using Gemeenschapskracht.Domain.Verzoeken;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.Application.Verzoeken.Queries.ListVerzoeken;

/// <summary>The requests of the gemeente's agendas, newest first, for its members; the public reads the tracker.</summary>
[Authorize(Roles = Roles.IedereGemeenteRol)]
public sealed record ListVerzoekenQuery(int Page, int PageSize, Guid? AgendaId = null, Guid? WijkId = null) : IQuery<PagedList<VerzoekDto>>, IPagedRequest;

public sealed class ListVerzoekenValidator : FluentValidation.AbstractValidator<ListVerzoekenQuery>
{
    public ListVerzoekenValidator() => this.AddPagingRules();
}

public sealed class ListVerzoekenHandler(IApplicationDbContext db, TimeProvider clock) : IQueryHandler<ListVerzoekenQuery, PagedList<VerzoekDto>>
{
    public async ValueTask<PagedList<VerzoekDto>> Handle(ListVerzoekenQuery query, CancellationToken cancellationToken)
    {
        var verzoeken = db.Set<Verzoek>().AsNoTracking();
        if (query.AgendaId is { } agendaId)
            verzoeken = verzoeken.Where(v => v.AgendaId == agendaId);
        if (query.WijkId is { } wijkId)
            verzoeken = verzoeken.Where(v => v.GebiedId == wijkId);
        var pagina = await PagedList<Verzoek>.CreateAsync(verzoeken.OrderByDescending(v => v.VerzondenOp).ThenBy(v => v.Id), query, cancellationToken);
        var dtos = await db.ToDtosAsync(pagina.Items, VerzoekQueries.Vandaag(clock), cancellationToken);
        return new PagedList<VerzoekDto>(dtos, pagina.Page, pagina.PageSize, pagina.TotalCount);
    }
}
