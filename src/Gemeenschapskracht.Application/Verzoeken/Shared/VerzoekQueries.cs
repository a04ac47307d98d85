using Gemeenschapskracht.Application.Common.Exceptions;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Verzoeken.Dtos;
using Gemeenschapskracht.Application.Wijkbeelden.Dtos;
using Gemeenschapskracht.Domain.Common;
using Gemeenschapskracht.Domain.Organisaties;
using Gemeenschapskracht.Domain.Verzoeken;
using Gemeenschapskracht.Domain.Wijktoekomstagendas;
using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.Application.Verzoeken.Shared;

/// <summary>What the use cases of the requests share: loading, the response time, the DTOs with the names beside them.</summary>
public static class VerzoekQueries
{
    public static async Task<Verzoek> VindAsync(this IQueryable<Verzoek> verzoeken, Guid id, CancellationToken cancellationToken) =>
        await verzoeken.FirstOrDefaultAsync(v => v.Id == id, cancellationToken)
        ?? throw new NotFoundException("Dit verzoek bestaat niet in deze gemeente.");

    /// <summary>The request of an answer link; a wrong secret, or one whose request was answered already, is not found.</summary>
    public static async Task<Verzoek> VindMetSleutelAsync(this IApplicationDbContext db, string sleutel, CancellationToken cancellationToken)
    {
        var hash = Verzoek.Hash(sleutel ?? "");
        return await db.Set<Verzoek>().FirstOrDefaultAsync(v => v.SleutelHash == hash && v.Status == VerzoekStatus.Verzonden, cancellationToken)
            ?? throw new NotFoundException("Deze antwoordlink is onbekend of al gebruikt.");
    }

    public static async Task<int> ReactieWekenAsync(this IApplicationDbContext db, CancellationToken cancellationToken) =>
        await db.Set<Reactietermijn>().Select(r => (int?)r.Weken).FirstOrDefaultAsync(cancellationToken) ?? Reactietermijn.StandaardWeken;

    public static async Task<VerzoekDto> ToDtoAsync(this IApplicationDbContext db, Verzoek verzoek, DateOnly vandaag, CancellationToken cancellationToken) =>
        (await db.ToDtosAsync([verzoek], vandaag, cancellationToken))[0];

    public static async Task<IReadOnlyList<VerzoekDto>> ToDtosAsync(this IApplicationDbContext db, IReadOnlyList<Verzoek> verzoeken, DateOnly vandaag, CancellationToken cancellationToken)
    {
        var agendaIds = verzoeken.Select(v => v.AgendaId).Distinct().ToList();
        // Only the titles: the agenda's own content and its ambitions' texts are not part of a verzoek.
        var agendas = await db.Set<Wijktoekomstagenda>().AsNoTracking().Where(a => agendaIds.Contains(a.Id))
            .Select(a => new { a.Id, a.Titel, Ambities = a.Ambities.Select(x => new { x.AmbitieId, x.Titel }).ToList() })
            .ToDictionaryAsync(a => a.Id, cancellationToken);
        var organisatieIds = verzoeken.Select(v => v.OrganisatieId).Distinct().ToList();
        var organisaties = await db.Set<Organisatie>().AsNoTracking().Where(o => organisatieIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Naam, cancellationToken);
        var wijkIds = verzoeken.Select(v => v.GebiedId).Distinct().ToList();
        var wijken = await db.Gebieden.AsNoTracking().Where(g => wijkIds.Contains(g.Id)).ToDictionaryAsync(g => g.Id, g => g.Naam ?? g.Code, cancellationToken);
        return verzoeken.Select(v =>
        {
            var agenda = agendas[v.AgendaId];
            return new VerzoekDto(v.Id, v.AgendaId, agenda.Titel, v.GebiedId, wijken.GetValueOrDefault(v.GebiedId, ""), v.AmbitieId,
                agenda.Ambities.FirstOrDefault(a => a.AmbitieId == v.AmbitieId)?.Titel, v.OrganisatieId, organisaties.GetValueOrDefault(v.OrganisatieId, "(onbekende organisatie)"),
                v.Vraag, new HerkomstDto(v.Door.Kant, v.Door.Auteur, v.Door.Op), v.VerzondenOp, v.Uiterlijk, v.Status, v.Stand(vandaag), v.Antwoord, v.AntwoordLink,
                v.BeantwoordOp, v.BeantwoordDoor,
                v.Toezeggingen.Select(t => new InstellingToezeggingDto(t.Id, t.Omschrijving, t.Uiterlijk, t.Voortgang, t.Voortgang == ToezeggingVoortgang.Open && t.Uiterlijk < vandaag)).ToList());
        }).ToList();
    }

    public static DateOnly Vandaag(TimeProvider clock) => Kalender.Dag(clock.GetUtcNow());
}
