using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Verzoeken.Dtos;
using Gemeenschapskracht.Application.Verzoeken.Shared;
using Gemeenschapskracht.Application.Wijkbeelden.Shared;
using Gemeenschapskracht.Domain.Beleidskaders;
using Gemeenschapskracht.Domain.Regels;
using Gemeenschapskracht.Domain.Verzoeken;
using Gemeenschapskracht.Domain.Visitaties;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.Application.Verzoeken.Queries.GetTracker;

/// <summary>
/// The public tracker of a wijk (or, without one, of the whole gemeente): who answered on time, late or not, and the
/// promises with their due dates, the institutions', the political ones of the kader in force and the follow-up actions
/// of adopted visitatierapporten side by side, and per party how many it kept and how many are overdue.
/// </summary>
[Public]
public sealed record GetTrackerQuery(Guid? WijkId = null) : IQuery<TrackerDto>;

[Regel(Regelcatalogus.G1)]
public sealed class GetTrackerHandler(IApplicationDbContext db, TimeProvider clock) : IQueryHandler<GetTrackerQuery, TrackerDto>
{
    public async ValueTask<TrackerDto> Handle(GetTrackerQuery query, CancellationToken cancellationToken)
    {
        if (query.WijkId is { } wijkId)
            await db.VindWijkAsync(wijkId, cancellationToken);
        var vandaag = VerzoekQueries.Vandaag(clock);
        var verzoeken = await db.Set<Verzoek>().AsNoTracking().Where(v => query.WijkId == null || v.GebiedId == query.WijkId)
            .OrderBy(v => v.Uiterlijk).ThenBy(v => v.Id).ToListAsync(cancellationToken);
        var dtos = await db.ToDtosAsync(verzoeken, vandaag, cancellationToken);

        var instellingen = dtos.GroupBy(v => (v.OrganisatieId, v.OrganisatieNaam)).OrderBy(g => g.Key.OrganisatieNaam, StringComparer.CurrentCulture)
            .Select(g => new InstellingStandDto(g.Key.OrganisatieId, g.Key.OrganisatieNaam, g.Count(), g.Count(v => v.Stand == Antwoordstand.OpTijd),
                g.Count(v => v.Stand == Antwoordstand.TeLaat), g.Count(v => v.Stand == Antwoordstand.NietBeantwoord), g.Count(v => v.Stand == Antwoordstand.Open)))
            .ToList();
        var lijst = dtos.Select(v => new TrackerVerzoekDto(v.Id, v.WijkId, v.WijkNaam, v.AgendaTitel, v.AmbitieTitel, v.OrganisatieNaam, v.Vraag,
            v.VerzondenOp, v.Uiterlijk, v.Stand, v.BeantwoordOp, v.AntwoordLink)).ToList();

        var toezeggingen = dtos.SelectMany(v => v.Toezeggingen.Select(t => new TrackerToezeggingDto(ToezeggingBron.Instelling, v.OrganisatieNaam, t.Omschrijving, t.Uiterlijk,
            t.Voortgang switch
            {
                ToezeggingVoortgang.Nagekomen => ToezeggingStand.Nagekomen,
                ToezeggingVoortgang.NietNagekomen => ToezeggingStand.NietNagekomen,
                _ => t.Uiterlijk < vandaag ? ToezeggingStand.Verlopen : ToezeggingStand.Open,
            }, v.Id, null))).ToList();
        var politiek = await db.Set<Beleidskader>().AsNoTracking().Where(b => b.Status == BeleidskaderStatus.Vastgesteld)
            .Select(b => b.Inhoud.Toezeggingen).FirstOrDefaultAsync(cancellationToken);
        if (politiek is not null)
            toezeggingen.AddRange(politiek.Select(t => new TrackerToezeggingDto(ToezeggingBron.Politiek, t.Door, t.Omschrijving, t.Uiterlijk,
                t.Status switch
                {
                    ToezeggingStatus.Uitgevoerd => ToezeggingStand.Nagekomen,
                    ToezeggingStatus.NietUitgevoerd => ToezeggingStand.NietNagekomen,
                    _ => t.Uiterlijk < vandaag ? ToezeggingStand.Verlopen : ToezeggingStand.Open,
                }, null, null)));
        var visitaties = await db.Set<Visitatie>().AsNoTracking()
            .Where(v => Visitatie.Gepubliceerd.Contains(v.Status) && (query.WijkId == null || v.WijkId == query.WijkId))
            .Select(v => new { v.Id, v.OnderwerpNaam, v.Vervolgacties }).ToListAsync(cancellationToken);
        toezeggingen.AddRange(visitaties.SelectMany(v => v.Vervolgacties.Select(a => new TrackerToezeggingDto(ToezeggingBron.Visitatie, a.Eigenaar,
            $"{a.Omschrijving} (visitatie van {v.OnderwerpNaam})", a.Uiterlijk,
            a.GereedOp is not null ? ToezeggingStand.Nagekomen : a.IsVerlopen(vandaag) ? ToezeggingStand.Verlopen : ToezeggingStand.Open, null, v.Id,
            a.Bewijs))));

        var partijen = toezeggingen.GroupBy(t => t.Door, StringComparer.CurrentCultureIgnoreCase).OrderBy(g => g.Key, StringComparer.CurrentCulture)
            .Select(g => new PartijStandDto(g.Key, g.Count(), g.Count(t => t.Stand == ToezeggingStand.Nagekomen), g.Count(t => t.Stand == ToezeggingStand.NietNagekomen),
                g.Count(t => t.Stand == ToezeggingStand.Verlopen), g.Count(t => t.Stand == ToezeggingStand.Open)))
            .ToList();
        return new TrackerDto(query.WijkId, vandaag, instellingen, lijst, toezeggingen.OrderBy(t => t.Uiterlijk).ThenBy(t => t.Door).ToList(), partijen);
    }
}
