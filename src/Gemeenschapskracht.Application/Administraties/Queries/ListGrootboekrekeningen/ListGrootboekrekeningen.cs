using FluentValidation;
using Gemeenschapskracht.Application.Administraties.Dtos;
using Gemeenschapskracht.Application.Administraties.Shared;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Paging;
using Gemeenschapskracht.Application.Common.Security;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.Application.Administraties.Queries.ListGrootboekrekeningen;

/// <summary>The administratie's chart of accounts in the order of their numbers, each with its RGS referentiecode.</summary>
[Authorize(Roles = AdministratieQueries.Lezers)]
public sealed record ListGrootboekrekeningenQuery(Guid AdministratieId, int Page, int PageSize) : IQuery<PagedList<GrootboekrekeningDto>>, IPagedRequest;

public sealed class ListGrootboekrekeningenValidator : AbstractValidator<ListGrootboekrekeningenQuery>
{
    public ListGrootboekrekeningenValidator() => this.AddPagingRules();
}

public sealed class ListGrootboekrekeningenHandler(IApplicationDbContext db, ICurrentUser user)
    : IQueryHandler<ListGrootboekrekeningenQuery, PagedList<GrootboekrekeningDto>>
{
    public async ValueTask<PagedList<GrootboekrekeningDto>> Handle(ListGrootboekrekeningenQuery query, CancellationToken cancellationToken)
    {
        var administratie = await db.ZichtbareAdministraties(user).AsNoTracking().VindAsync(query.AdministratieId, cancellationToken);
        var rekeningen = administratie.Rekeningen.OrderBy(r => r.Code, StringComparer.Ordinal).ToList();
        return new PagedList<GrootboekrekeningDto>(
            rekeningen.Skip((query.Page - 1) * query.PageSize).Take(query.PageSize).Select(r => new GrootboekrekeningDto(r.Code, r.RgsCode, r.Omschrijving, r.Soort, r.Rol)).ToList(),
            query.Page, query.PageSize, rekeningen.Count);
    }
}
