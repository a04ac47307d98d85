using FluentValidation;
using Gemeenschapskracht.Application.Administraties.Dtos;
using Gemeenschapskracht.Application.Administraties.Shared;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Paging;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Domain.Administraties;
using Gemeenschapskracht.Domain.Common;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.Application.Administraties.Queries.ListAdministratieperioden;

/// <summary>
/// The months of an administratie, newest first, from its start up to this month: closed or open, and for an open month
/// what blocks closing it as of now (the monthly close records the same, with the time it prepared the month).
/// </summary>
[Authorize(Roles = AdministratieQueries.Lezers)]
public sealed record ListAdministratieperiodenQuery(Guid AdministratieId, int Page, int PageSize) : IQuery<PagedList<AdministratieperiodeDto>>, IPagedRequest;

public sealed class ListAdministratieperiodenValidator : AbstractValidator<ListAdministratieperiodenQuery>
{
    public ListAdministratieperiodenValidator() => this.AddPagingRules();
}

public sealed class ListAdministratieperiodenHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock)
    : IQueryHandler<ListAdministratieperiodenQuery, PagedList<AdministratieperiodeDto>>
{
    public async ValueTask<PagedList<AdministratieperiodeDto>> Handle(ListAdministratieperiodenQuery query, CancellationToken cancellationToken)
    {
        var administratie = await db.ZichtbareAdministraties(user).AsNoTracking().VindAsync(query.AdministratieId, cancellationToken);
        var posten = await db.PostenAsync(administratie.Id, cancellationToken);
        var openDeclaraties = await db.OpenDeclaratiesAsync(administratie.Id, cancellationToken);
        var bankmutaties = await db.BankmutatiesAsync(administratie.Id, cancellationToken);
        var vandaag = Kalender.Dag(clock.GetUtcNow());
        var perioden = administratie.PeriodenTot(vandaag).Reverse().ToList();
        var pagina = perioden.Skip((query.Page - 1) * query.PageSize).Take(query.PageSize)
            .Select(p => p.ToDto(vandaag, p.Status == PeriodeStatus.Afgesloten ? [] : administratie.Blokkades(p.Jaar, p.Maand, posten, openDeclaraties, bankmutaties))).ToList();
        return new PagedList<AdministratieperiodeDto>(pagina, query.Page, query.PageSize, perioden.Count);
    }
}
