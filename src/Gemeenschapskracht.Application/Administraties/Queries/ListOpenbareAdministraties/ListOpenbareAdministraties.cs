using FluentValidation;
using Gemeenschapskracht.Application.Administraties.Dtos;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Paging;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Domain.Administraties;
using Gemeenschapskracht.Domain.Organisaties;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.Application.Administraties.Queries.ListOpenbareAdministraties;

/// <summary>
/// The public list of the groups whose books a host keeps, oldest first: the group, its host and what it has left in
/// cash and bank today; each leads to its public balance. No entries, no names of people.
/// </summary>
[Public]
public sealed record ListOpenbareAdministratiesQuery(int Page, int PageSize) : IQuery<PagedList<OpenbareAdministratieSamenvattingDto>>, IPagedRequest;

public sealed class ListOpenbareAdministratiesValidator : AbstractValidator<ListOpenbareAdministratiesQuery>
{
    public ListOpenbareAdministratiesValidator() => this.AddPagingRules();
}

public sealed class ListOpenbareAdministratiesHandler(IApplicationDbContext db)
    : IQueryHandler<ListOpenbareAdministratiesQuery, PagedList<OpenbareAdministratieSamenvattingDto>>
{
    public async ValueTask<PagedList<OpenbareAdministratieSamenvattingDto>> Handle(ListOpenbareAdministratiesQuery query, CancellationToken cancellationToken)
    {
        var pagina = await PagedList<Administratie>.CreateAsync(db.Set<Administratie>().AsNoTracking().OrderBy(a => a.Id), query, cancellationToken);
        var ids = pagina.Items.Select(a => a.Id).ToList();
        var posten = (await db.Set<Journaalpost>().AsNoTracking().Where(p => ids.Contains(p.AdministratieId)).ToListAsync(cancellationToken))
            .ToLookup(p => p.AdministratieId);
        var organisaties = pagina.Items.SelectMany(a => new[] { a.GroepId, a.HostOrganisatieId }).Distinct().ToList();
        var namen = await db.Set<Organisatie>().AsNoTracking().Where(o => organisaties.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Naam, cancellationToken);
        return pagina.Map(a =>
        {
            var totalen = Grootboek.PerRekening(posten[a.Id]);
            var over = a.Rekeningen.Where(r => r.Rol == Rekeningrol.Liquide).Sum(r => totalen.TryGetValue(r.Code, out var t) ? t.Saldo(r).Eurocent : 0);
            return new OpenbareAdministratieSamenvattingDto(a.Id, namen.GetValueOrDefault(a.GroepId, "(onbekende groep)"),
                namen.GetValueOrDefault(a.HostOrganisatieId, "(onbekende host)"), a.Startdatum, over);
        });
    }
}
