using Gemeenschapskracht.Application.Administraties.Dtos;
using Gemeenschapskracht.Application.Administraties.Shared;
using Gemeenschapskracht.Application.Common.Exceptions;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Domain.Administraties;
using Gemeenschapskracht.Domain.Common;
using Gemeenschapskracht.Domain.Organisaties;
using Gemeenschapskracht.Domain.Subsidies;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.Application.Administraties.Queries.GetOpenbareAdministratie;

/// <summary>
/// A group's public balance for a year (this year when not given): income by source and spending by category (from the
/// accounts), the subsidies received by beschikking, and what is left in cash and bank at the end of the year (or
/// today). Who keeps the books and the host's budgeted costs are shown beside it. No entry texts, no names of people.
/// </summary>
[Public]
public sealed record GetOpenbareAdministratieQuery(Guid Id, int? Jaar) : IQuery<OpenbareAdministratieDto>;

public sealed class GetOpenbareAdministratieHandler(IApplicationDbContext db, TimeProvider clock) : IQueryHandler<GetOpenbareAdministratieQuery, OpenbareAdministratieDto>
{
    public async ValueTask<OpenbareAdministratieDto> Handle(GetOpenbareAdministratieQuery query, CancellationToken cancellationToken)
    {
        var administratie = await db.Set<Administratie>().AsNoTracking().VindAsync(query.Id, cancellationToken);
        var vandaag = Kalender.Dag(clock.GetUtcNow());
        var jaar = query.Jaar ?? vandaag.Year;
        if (jaar < administratie.Startdatum.Year || jaar > vandaag.Year)
            throw new NotFoundException($"De administratie heeft geen cijfers over {jaar}.");
        var einde = new DateOnly(jaar, 12, 31) < vandaag ? new DateOnly(jaar, 12, 31) : vandaag;
        var posten = await db.PostenAsync(administratie.Id, cancellationToken);
        var inJaar = posten.Where(p => p.Boekdatum.Year == jaar && p.Soort != JournaalpostSoort.Openingsbalans).ToList();
        var totalen = Grootboek.PerRekening(inJaar);
        List<OpenbaarBedragDto> Per(Rekeningsoort soort) => administratie.Rekeningen.Where(r => r.Soort == soort)
            .Select(r => new OpenbaarBedragDto(r.Omschrijving, r.RgsCode, totalen.TryGetValue(r.Code, out var t) ? t.Saldo(r).Eurocent : 0))
            .Where(b => b.BedragEurocent != 0).OrderByDescending(b => b.BedragEurocent).ToList();
        var inkomsten = Per(Rekeningsoort.Baten);
        var uitgaven = Per(Rekeningsoort.Lasten);
        var liquide = Grootboek.PerRekening(posten.Where(p => p.Boekdatum <= einde));
        var over = administratie.Rekeningen.Where(r => r.Rol == Rekeningrol.Liquide)
            .Sum(r => liquide.TryGetValue(r.Code, out var t) ? t.Saldo(r).Eurocent : 0);

        var subsidieRekeningen = administratie.Rekeningen.Where(r => r.Rol == Rekeningrol.Subsidie).Select(r => r.Code).ToHashSet();
        var perBeschikking = inJaar.Where(p => p.BeschikkingId is not null).GroupBy(p => p.BeschikkingId!.Value)
            .Select(g => (Id: g.Key, Bedrag: g.SelectMany(p => p.Regels).Where(r => subsidieRekeningen.Contains(r.Rekening)).Sum(r => r.Credit.Eurocent - r.Debet.Eurocent)))
            .Where(b => b.Bedrag != 0).ToList();
        var beschikkingIds = perBeschikking.Select(b => b.Id).ToList();
        var kenmerken = await db.Set<Beschikking>().AsNoTracking().Where(b => beschikkingIds.Contains(b.Id)).ToDictionaryAsync(b => b.Id, b => b.Kenmerk, cancellationToken);

        var host = await db.Set<Hostorganisatie>().AsNoTracking().FirstAsync(h => h.Id == administratie.HostId, cancellationToken);
        var namen = await db.Set<Organisatie>().AsNoTracking().Where(o => o.Id == administratie.GroepId || o.Id == administratie.HostOrganisatieId)
            .ToDictionaryAsync(o => o.Id, o => o.Naam, cancellationToken);
        var groepen = await db.Set<Administratie>().CountAsync(a => a.HostId == host.Id, cancellationToken);
        return new OpenbareAdministratieDto(administratie.Id, namen.GetValueOrDefault(administratie.GroepId, "(onbekende groep)"),
            namen.GetValueOrDefault(administratie.HostOrganisatieId, "(onbekende host)"), host.NietCommercieel, jaar, inkomsten, uitgaven,
            perBeschikking.Select(b => new OntvangenSubsidieDto(kenmerken.GetValueOrDefault(b.Id, "(onbekende beschikking)"), b.Bedrag)).ToList(),
            inkomsten.Sum(b => b.BedragEurocent), uitgaven.Sum(b => b.BedragEurocent), over, host.KostenIn(jaar).Eurocent, groepen);
    }
}
