using Gemeenschapskracht.Application.Administraties.Dtos;
using Gemeenschapskracht.Application.Common.Exceptions;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Domain.Administraties;
using Gemeenschapskracht.Domain.Common;
using Gemeenschapskracht.Domain.Declaraties;
using Gemeenschapskracht.Domain.Organisaties;
using Gemeenschapskracht.Domain.Subsidies;
using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.Application.Administraties.Shared;

/// <summary>What the use cases of the administraties share: who does what, who sees which, loading, the DTOs with names.</summary>
public static class AdministratieQueries
{
    /// <summary>The gemeente registers hosts and opens administraties; it reads every one but books in none.</summary>
    public const string Beheerders = $"{Roles.GemeenteBeheerder},{Roles.Beleidsmedewerker}";

    /// <summary>The host's back office keeps the books of the groups it hosts, and no others (ADR 0017, ADR 0025).</summary>
    public const string Boekhouders = Roles.Backoffice;

    /// <summary>The gemeente and the auditor read every administratie; the back office its host's, a group's members their own.</summary>
    public const string Lezers = $"{Beheerders},{Roles.Auditor},{Roles.Backoffice},{Roles.Bewonersorganisatie}";

    public static IQueryable<Administratie> ZichtbareAdministraties(this IApplicationDbContext db, ICurrentUser user)
    {
        var administraties = db.Set<Administratie>().AsQueryable();
        if (user.LeestAlleBoeken())
            return administraties;
        if (user.OrganisatieId is not { } organisatie)
            return administraties.Where(a => false);
        var backoffice = user.IsInRole(Roles.Backoffice);
        var bewoners = user.IsInRole(Roles.Bewonersorganisatie);
        return administraties.Where(a => (backoffice && a.HostOrganisatieId == organisatie) || (bewoners && a.GroepId == organisatie));
    }

    /// <summary>The administraties the caller keeps the books of: those of the host their backoffice membership is for.</summary>
    public static IQueryable<Administratie> GehosteAdministraties(this IApplicationDbContext db, ICurrentUser user)
    {
        var host = user.HostVanBackoffice();
        return host is null ? db.Set<Administratie>().Where(a => false) : db.Set<Administratie>().Where(a => a.HostOrganisatieId == host);
    }

    public static async Task<Administratie> VindAsync(this IQueryable<Administratie> administraties, Guid id, CancellationToken cancellationToken) =>
        await administraties.FirstOrDefaultAsync(a => a.Id == id, cancellationToken)
        ?? throw new NotFoundException("Deze administratie bestaat niet in deze gemeente.");

    public static async Task<Hostorganisatie> VindHostAsync(this IApplicationDbContext db, Guid id, CancellationToken cancellationToken) =>
        await db.Set<Hostorganisatie>().FirstOrDefaultAsync(h => h.Id == id, cancellationToken)
        ?? throw new NotFoundException("Deze hostorganisatie bestaat niet in deze gemeente.");

    /// <summary>Every entry of one administratie, in order: a group books hundreds a year, so sums are made in memory (ADR 0025).</summary>
    public static async Task<List<Journaalpost>> PostenAsync(this IApplicationDbContext db, Guid administratieId, CancellationToken cancellationToken) =>
        await db.Set<Journaalpost>().AsNoTracking().Where(p => p.AdministratieId == administratieId).OrderBy(p => p.Nummer).ToListAsync(cancellationToken);

    /// <summary>The declaraties of one administratie whose booking is still to come (submitted, on hold, approved and not paid): they block closing their month.</summary>
    public static async Task<List<(string Kenmerk, DateOnly Uitgavedatum)>> OpenDeclaratiesAsync(this IApplicationDbContext db, Guid administratieId,
        CancellationToken cancellationToken)
    {
        var open = await db.Set<Declaratie>().AsNoTracking()
            .Where(d => d.AdministratieId == administratieId
                && (d.Status == DeclaratieStatus.Ingediend || d.Status == DeclaratieStatus.Aangehouden || d.Status == DeclaratieStatus.Goedgekeurd))
            .Select(d => new { d.Kenmerk, d.Uitgavedatum }).ToListAsync(cancellationToken);
        return open.Select(d => (d.Kenmerk, d.Uitgavedatum)).ToList();
    }

    public static HostorganisatieDto ToDto(this Hostorganisatie host, string naam, int administraties) => new(
        host.Id, host.OrganisatieId, naam, host.Dienstverlening, host.NietCommercieel,
        host.Kosten.Select(k => new HostkostenDto(k.Jaar, k.Bedrag.Eurocent, k.Toelichting)).ToList(), host.VierOgenDrempel.Eurocent, administraties,
        host.AangemaaktOp, host.GewijzigdOp);

    public static async Task<List<HostorganisatieDto>> ToDtosAsync(this IApplicationDbContext db, IReadOnlyList<Hostorganisatie> hosts, CancellationToken cancellationToken)
    {
        var ids = hosts.Select(h => h.Id).ToList();
        var organisaties = hosts.Select(h => h.OrganisatieId).ToList();
        var namen = await db.Set<Organisatie>().AsNoTracking().Where(o => organisaties.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Naam, cancellationToken);
        var aantallen = await db.Set<Administratie>().AsNoTracking().Where(a => ids.Contains(a.HostId)).GroupBy(a => a.HostId)
            .Select(g => new { g.Key, Aantal = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Aantal, cancellationToken);
        return hosts.Select(h => h.ToDto(namen.GetValueOrDefault(h.OrganisatieId, "(onbekende organisatie)"), aantallen.GetValueOrDefault(h.Id))).ToList();
    }

    public static async Task<List<AdministratieDto>> ToDtosAsync(this IApplicationDbContext db, IReadOnlyList<Administratie> administraties, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var organisaties = administraties.SelectMany(a => new[] { a.GroepId, a.HostOrganisatieId }).Distinct().ToList();
        var hostIds = administraties.Select(a => a.HostId).Distinct().ToList();
        var namen = await db.Set<Organisatie>().AsNoTracking().Where(o => organisaties.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Naam, cancellationToken);
        var hosts = await db.Set<Hostorganisatie>().AsNoTracking().Where(h => hostIds.Contains(h.Id)).ToDictionaryAsync(h => h.Id, cancellationToken);
        var jaar = Kalender.Dag(clock.GetUtcNow()).Year;
        return administraties.Select(a =>
        {
            var afgesloten = a.Perioden.Where(p => p.Status == PeriodeStatus.Afgesloten).Select(p => (DateOnly?)p.Laatste).Max();
            return new AdministratieDto(a.Id, a.GroepId, namen.GetValueOrDefault(a.GroepId, "(onbekende groep)"), a.HostId, a.HostOrganisatieId,
                namen.GetValueOrDefault(a.HostOrganisatieId, "(onbekende host)"), a.Startdatum, a.HeeftOpeningsbalans, a.LaatsteNummer, afgesloten,
                hosts.TryGetValue(a.HostId, out var host) ? host.KostenIn(jaar).Eurocent : 0, a.AangemaaktOp, a.GewijzigdOp);
        }).ToList();
    }

    public static async Task<AdministratieDto> ToDtoAsync(this IApplicationDbContext db, Administratie administratie, TimeProvider clock, CancellationToken cancellationToken) =>
        (await db.ToDtosAsync([administratie], clock, cancellationToken))[0];

    /// <summary>Entries as the API shows them: account names beside the codes, the beschikking's kenmerk, and which entry reversed which.</summary>
    public static async Task<List<JournaalpostDto>> ToDtosAsync(this IApplicationDbContext db, Administratie administratie, IReadOnlyList<Journaalpost> posten,
        CancellationToken cancellationToken)
    {
        var ids = posten.Select(p => p.Id).ToList();
        var tegenboekingen = await db.Set<Journaalpost>().AsNoTracking()
            .Where(p => p.AdministratieId == administratie.Id && p.TegenboekingVanId != null && ids.Contains(p.TegenboekingVanId.Value))
            .Select(p => new { Van = p.TegenboekingVanId!.Value, p.Id }).ToDictionaryAsync(p => p.Van, p => p.Id, cancellationToken);
        var beschikkingIds = posten.Where(p => p.BeschikkingId is not null).Select(p => p.BeschikkingId!.Value).Distinct().ToList();
        var kenmerken = await db.Set<Beschikking>().AsNoTracking().Where(b => beschikkingIds.Contains(b.Id)).ToDictionaryAsync(b => b.Id, b => b.Kenmerk, cancellationToken);
        return posten.Select(p => new JournaalpostDto(p.Id, p.AdministratieId, p.Nummer, p.Soort, p.Boekdatum, p.Omschrijving,
            p.Regels.Select(r => new JournaalregelDto(r.Rekening, administratie.Rekening(r.Rekening)?.Omschrijving ?? r.Rekening, r.Debet.Eurocent, r.Credit.Eurocent)).ToList(),
            p.Totaal.Eurocent, p.BeschikkingId, p.BeschikkingId is { } b ? kenmerken.GetValueOrDefault(b) : null, p.TegenboekingVanId,
            tegenboekingen.TryGetValue(p.Id, out var door) ? door : null, p.GeboektDoor, p.GeboektOp)).ToList();
    }

    public static AdministratieperiodeDto ToDto(this Periode periode, DateOnly vandaag, IReadOnlyList<Blokkade> blokkades) => new(
        $"{periode.Jaar:0000}-{periode.Maand:00}", periode.Jaar, periode.Maand, periode.Status, periode.Laatste < vandaag,
        blokkades.Select(b => new BlokkadeDto(b.Soort, b.Toelichting)).ToList(), periode.VoorbereidOp, periode.AfgeslotenOp, periode.AfgeslotenDoor);
}
