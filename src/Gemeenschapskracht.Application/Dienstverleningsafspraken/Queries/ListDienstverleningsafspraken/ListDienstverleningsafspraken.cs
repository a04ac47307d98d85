using FluentValidation;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Paging;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Dienstverleningsafspraken.Dtos;
using Gemeenschapskracht.Application.Dienstverleningsafspraken.Shared;
using Gemeenschapskracht.Domain.Dienstverleningsafspraken;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.Application.Dienstverleningsafspraken.Queries.ListDienstverleningsafspraken;

/// <summary>The agreements, newest first, of one wijk or one organisation (as either party) if asked; a party sees only its own.</summary>
[Authorize(Roles = DienstverleningsafspraakQueries.Lezers)]
public sealed record ListDienstverleningsafsprakenQuery(int Page, int PageSize, Guid? WijkId, Guid? OrganisatieId)
    : IQuery<PagedList<DienstverleningsafspraakDto>>, IPagedRequest;

public sealed class ListDienstverleningsafsprakenValidator : AbstractValidator<ListDienstverleningsafsprakenQuery>
{
    public ListDienstverleningsafsprakenValidator() => this.AddPagingRules();
}

public sealed class ListDienstverleningsafsprakenHandler(IApplicationDbContext db, ICurrentUser user)
    : IQueryHandler<ListDienstverleningsafsprakenQuery, PagedList<DienstverleningsafspraakDto>>
{
    public async ValueTask<PagedList<DienstverleningsafspraakDto>> Handle(ListDienstverleningsafsprakenQuery query, CancellationToken cancellationToken)
    {
        var lijst = db.ZichtbareAfspraken(user).AsNoTracking();
        if (query.WijkId is { } wijk)
            lijst = lijst.Where(a => a.WijkId == wijk);
        if (query.OrganisatieId is { } organisatie)
            lijst = lijst.Where(a => a.BewonersorganisatieId == organisatie || a.AanbiederId == organisatie);
        var pagina = await PagedList<Dienstverleningsafspraak>.CreateAsync(lijst.OrderByDescending(a => a.Id), query, cancellationToken);
        var dtos = await db.ToDtosAsync(user, pagina.Items, cancellationToken);
        return new PagedList<DienstverleningsafspraakDto>(dtos, pagina.Page, pagina.PageSize, pagina.TotalCount);
    }
}
