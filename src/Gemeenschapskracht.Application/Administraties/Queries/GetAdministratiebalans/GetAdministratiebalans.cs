using Gemeenschapskracht.Application.Administraties.Dtos;
using Gemeenschapskracht.Application.Administraties.Shared;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Domain.Administraties;
using Gemeenschapskracht.Domain.Common;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.Application.Administraties.Queries.GetAdministratiebalans;

/// <summary>
/// The trial balance (saldibalans) of an administratie on a day (today when not given): per account the debit and
/// credit totals and the balance; the two totals are always equal. Also the result (baten minus lasten) and the cash and bank.
/// </summary>
[Authorize(Roles = AdministratieQueries.Lezers)]
public sealed record GetAdministratiebalansQuery(Guid AdministratieId, DateOnly? Peildatum) : IQuery<AdministratiebalansDto>;

public sealed class GetAdministratiebalansHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock)
    : IQueryHandler<GetAdministratiebalansQuery, AdministratiebalansDto>
{
    public async ValueTask<AdministratiebalansDto> Handle(GetAdministratiebalansQuery query, CancellationToken cancellationToken)
    {
        var administratie = await db.ZichtbareAdministraties(user).AsNoTracking().VindAsync(query.AdministratieId, cancellationToken);
        var peildatum = query.Peildatum ?? Kalender.Dag(clock.GetUtcNow());
        var totalen = Grootboek.PerRekening((await db.PostenAsync(administratie.Id, cancellationToken)).Where(p => p.Boekdatum <= peildatum));
        var rekeningen = administratie.Rekeningen.OrderBy(r => r.Code, StringComparer.Ordinal).Select(r =>
        {
            var t = totalen.GetValueOrDefault(r.Code, new Grootboek.Totalen(Bedrag.Nul, Bedrag.Nul));
            return (Rekening: r, Totalen: t, Saldo: t.Saldo(r));
        }).ToList();
        long Som(Func<(Grootboekrekening Rekening, Grootboek.Totalen Totalen, Bedrag Saldo), bool> welke) =>
            rekeningen.Where(welke).Sum(r => r.Saldo.Eurocent);
        return new AdministratiebalansDto(administratie.Id, peildatum,
            rekeningen.Select(r => new RekeningsaldoDto(r.Rekening.Code, r.Rekening.RgsCode, r.Rekening.Omschrijving, r.Rekening.Soort,
                r.Totalen.Debet.Eurocent, r.Totalen.Credit.Eurocent, r.Saldo.Eurocent)).ToList(),
            rekeningen.Sum(r => r.Totalen.Debet.Eurocent), rekeningen.Sum(r => r.Totalen.Credit.Eurocent),
            Som(r => r.Rekening.Soort == Rekeningsoort.Baten) - Som(r => r.Rekening.Soort == Rekeningsoort.Lasten),
            Som(r => r.Rekening.Rol == Rekeningrol.Liquide));
    }
}
