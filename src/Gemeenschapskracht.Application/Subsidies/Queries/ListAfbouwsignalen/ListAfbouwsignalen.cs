using FluentValidation;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Paging;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Subsidies.Dtos;
using Gemeenschapskracht.Application.Subsidies.Shared;
using Gemeenschapskracht.Domain.Common;
using Gemeenschapskracht.Domain.Organisaties;
using Gemeenschapskracht.Domain.Regels;
using Gemeenschapskracht.Domain.Subsidies;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.Application.Subsidies.Queries.ListAfbouwsignalen;

/// <summary>
/// The overview the raad sees of organisations subsidised three years or more in a row (Awb 4:51, G-9: no silent cuts):
/// whose subsidy ends within a year with nothing after it yet, or that were refused or phased out with a term. Ordered
/// by the date it ends, soonest first, never by amount or organisation.
/// </summary>
[Authorize(Roles = $"{SubsidieQueries.Behandelaars},{Roles.Auditor},{Roles.Raadslid},{Roles.Griffie}")]
public sealed record ListAfbouwsignalenQuery(int Page, int PageSize) : IQuery<PagedList<AfbouwsignaalDto>>, IPagedRequest;

public sealed class ListAfbouwsignalenValidator : AbstractValidator<ListAfbouwsignalenQuery>
{
    public ListAfbouwsignalenValidator() => this.AddPagingRules();
}

[Regel(Regelcatalogus.Awb4_51)]
[Regel(Regelcatalogus.G9)]
public sealed class ListAfbouwsignalenHandler(IApplicationDbContext db, TimeProvider clock) : IQueryHandler<ListAfbouwsignalenQuery, PagedList<AfbouwsignaalDto>>
{
    /// <summary>A subsidy that ends within this many months is signalled.</summary>
    public const int VooruitMaanden = 12;

    public async ValueTask<PagedList<AfbouwsignaalDto>> Handle(ListAfbouwsignalenQuery query, CancellationToken cancellationToken)
    {
        var vandaag = Kalender.Dag(clock.GetUtcNow());
        var verleningen = await db.Set<Beschikking>().AsNoTracking()
            .Where(b => b.Soort == BesluitSoort.Verlening && b.IngetrokkenOp == null).ToListAsync(cancellationToken);
        var perOrganisatie = verleningen.ToLookup(b => b.OrganisatieId);
        var signalen = new List<(Guid Organisatie, int Jaren, AfbouwsignaalSoort Soort, string Kenmerk, DateOnly LooptTot, DateOnly? AfbouwTot)>();

        foreach (var groep in perOrganisatie)
        {
            var laatste = groep.MaxBy(b => b.Tot)!;
            var jaren = Afbouw.AaneengeslotenJaren(groep, laatste.Tot.Year);
            if (jaren >= Afbouw.DrempelJaren && laatste.Tot >= vandaag && laatste.Tot <= vandaag.AddMonths(VooruitMaanden))
                signalen.Add((groep.Key, jaren, AfbouwsignaalSoort.Aflopend, laatste.Kenmerk, laatste.Tot, null));
        }

        var weigeringen = await db.Set<Beschikking>().AsNoTracking().Where(b => b.Soort == BesluitSoort.Weigering && b.AfbouwTot != null && b.AfbouwTot >= vandaag)
            .ToListAsync(cancellationToken);
        signalen.AddRange(weigeringen.Select(w => (w.OrganisatieId, Afbouw.AaneengeslotenJaren(perOrganisatie[w.OrganisatieId], w.Van.Year - 1),
            AfbouwsignaalSoort.Geweigerd, w.Kenmerk, w.AfbouwTot!.Value, w.AfbouwTot)));
        var afgebouwd = await db.Set<Wijzigingsbesluit>().AsNoTracking().Where(w => w.AfbouwTot != null && w.AfbouwTot >= vandaag).ToListAsync(cancellationToken);
        signalen.AddRange(afgebouwd.Select(w => (w.OrganisatieId, Afbouw.AaneengeslotenJaren(perOrganisatie[w.OrganisatieId], w.WerkingVanaf.Year),
            AfbouwsignaalSoort.Afgebouwd, w.Kenmerk, w.AfbouwTot!.Value, w.AfbouwTot)));

        var geordend = signalen.OrderBy(s => s.LooptTot).ThenBy(s => s.Kenmerk, StringComparer.Ordinal).ToList();
        var pagina = geordend.Skip((query.Page - 1) * query.PageSize).Take(query.PageSize).ToList();
        var ids = pagina.Select(s => s.Organisatie).Distinct().ToList();
        var namen = await db.Set<Organisatie>().AsNoTracking().Where(o => ids.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Naam, cancellationToken);
        return new PagedList<AfbouwsignaalDto>(
            pagina.Select(s => new AfbouwsignaalDto(s.Organisatie, namen.GetValueOrDefault(s.Organisatie, "Onbekende organisatie"), s.Jaren, s.Soort, s.Kenmerk, s.LooptTot, s.AfbouwTot)).ToList(),
            query.Page, query.PageSize, geordend.Count);
    }
}
