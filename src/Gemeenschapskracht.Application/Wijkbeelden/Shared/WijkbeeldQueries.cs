using Gemeenschapskracht.Application.Common.Exceptions;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Wijkbeelden.Dtos;
using Gemeenschapskracht.Domain.Dienstverleningsafspraken;
using Gemeenschapskracht.Domain.Gebieden;
using Gemeenschapskracht.Domain.Organisaties;
using Gemeenschapskracht.Domain.Wijkbeelden;
using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.Application.Wijkbeelden.Shared;

/// <summary>What the use cases of the wijkbeeld share: who sees what, loading, and the figures beside the content.</summary>
public static class WijkbeeldQueries
{
    /// <summary>Members of the gemeente see every version; the public only what the team shared.</summary>
    public static IQueryable<Wijkbeeld> Zichtbaar(this IApplicationDbContext db, ICurrentUser user)
    {
        var wijkbeelden = db.Set<Wijkbeeld>().AsQueryable();
        return user.IsAuthenticated && !user.IsSystem && WijkbeeldToegang.IsGemeentelid(user)
            ? wijkbeelden
            : wijkbeelden.Where(w => w.Status == WijkbeeldStatus.Gedeeld || w.Status == WijkbeeldStatus.Vervangen);
    }

    public static async Task<Wijkbeeld> VindAsync(this IQueryable<Wijkbeeld> wijkbeelden, Guid id, CancellationToken cancellationToken) =>
        await wijkbeelden.FirstOrDefaultAsync(w => w.Id == id, cancellationToken)
        ?? throw new NotFoundException("Dit wijkbeeld bestaat niet in deze gemeente.");

    public static async Task<Gebied> VindWijkAsync(this IApplicationDbContext db, Guid wijkId, CancellationToken cancellationToken) =>
        await db.Gebieden.FirstOrDefaultAsync(g => g.Id == wijkId && g.Soort == GebiedSoort.Wijk, cancellationToken)
        ?? throw new NotFoundException("Deze wijk bestaat niet in deze gemeente.");

    /// <summary>The latest year of the CBS figures of an area (local figures left out), or null when it has none.</summary>
    public static async Task<int?> CbsJaarAsync(this IApplicationDbContext db, Guid gebiedId, CancellationToken cancellationToken) =>
        await db.Kerncijfers.Where(k => k.GebiedId == gebiedId && !k.Maatstaf.StartsWith(LokaleMaatstaf.Voorvoegsel))
            .MaxAsync(k => (int?)k.Jaar, cancellationToken);

    public static async Task<WijkbeeldDto> ToDtoAsync(this IApplicationDbContext db, Wijkbeeld wijkbeeld, CancellationToken cancellationToken)
    {
        var wijk = await db.Gebieden.AsNoTracking().Include(g => g.Kerncijfers).FirstAsync(g => g.Id == wijkbeeld.GebiedId, cancellationToken);
        var gemeente = await db.Gebieden.AsNoTracking().Include(g => g.Kerncijfers)
            .FirstOrDefaultAsync(g => g.Soort == GebiedSoort.Gemeente, cancellationToken);
        var namen = await db.Set<Organisatie>().AsNoTracking().Where(o => wijkbeeld.Team.Contains(o.Id))
            .ToDictionaryAsync(o => o.Id, o => o.Naam, cancellationToken);
        var team = wijkbeeld.Team.Select(id => new TeamlidDto(id, namen.GetValueOrDefault(id, "(onbekende organisatie)"))).ToList();
        var lezing = await db.Set<Cijferlezing>().AsNoTracking().FirstOrDefaultAsync(cancellationToken);
        return wijkbeeld.ToDto(wijk.Naam ?? wijk.Code, team, Cijfers(wijk, gemeente, lezing), await db.AfgesprokenInzetAsync(wijk.Id, cancellationToken));
    }

    /// <summary>
    /// The deployment the running dienstverleningsafspraken in the wijk set, per provider (R4.3): its hours here, and
    /// under its running agreements in other wijken, for the wijkgebondenheid.
    /// </summary>
    public static async Task<IReadOnlyList<AfgesprokenInzetDto>> AfgesprokenInzetAsync(this IApplicationDbContext db, Guid wijkId, CancellationToken cancellationToken)
    {
        var lopend = db.Set<Dienstverleningsafspraak>().AsNoTracking().Where(a => a.Status == DienstverleningsafspraakStatus.Actief);
        var aanbieders = lopend.Where(a => a.WijkId == wijkId).Select(a => a.AanbiederId);
        var afspraken = await lopend.Where(a => aanbieders.Contains(a.AanbiederId))
            .Select(a => new { a.Id, a.AanbiederId, a.WijkId, a.SoortWerk, a.UrenPerWeek }).ToListAsync(cancellationToken);
        if (afspraken.Count == 0)
            return [];
        var ids = afspraken.Select(a => a.AanbiederId).Distinct().ToList();
        var namen = await db.Set<Organisatie>().AsNoTracking().Where(o => ids.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Naam, cancellationToken);
        return afspraken.GroupBy(a => a.AanbiederId).Select(g =>
        {
            var hier = g.Where(a => a.WijkId == wijkId).ToList();
            var inWijk = hier.Sum(a => a.UrenPerWeek);
            var elders = g.Where(a => a.WijkId != wijkId).Sum(a => a.UrenPerWeek);
            return new AfgesprokenInzetDto(g.Key, namen.GetValueOrDefault(g.Key, "(onbekende organisatie)"), hier.Select(a => a.SoortWerk).Distinct().ToList(),
                inWijk, elders, ProfessioneleInzet.Aandeel(inWijk, elders), hier.Select(a => a.Id).ToList());
        }).OrderBy(i => i.Aanbieder, StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// The wijk's latest figure per measure, with the gemeente's value of that year and the wijk's previous year, read
    /// through the gemeente's lenses (the defaults without <paramref name="lezing"/>).
    /// </summary>
    public static Cijferbeeld Cijfers(Gebied wijk, Gebied? gemeente, Cijferlezing? lezing)
    {
        var cijfers = wijk.Kerncijfers.GroupBy(k => k.Maatstaf).Select(g =>
        {
            var laatste = g.MaxBy(k => k.Jaar)!;
            var vorig = g.Where(k => k.Jaar < laatste.Jaar).MaxBy(k => k.Jaar);
            var gemeentelijk = gemeente?.Kerncijfers.FirstOrDefault(k => k.Maatstaf == laatste.Maatstaf && k.Jaar == laatste.Jaar);
            return new Cijfer(laatste.Maatstaf, laatste.Titel, laatste.Eenheid, laatste.Waarde, laatste.Bron, laatste.Jaar, gemeentelijk?.Waarde, vorig?.Waarde);
        });
        return Cijferbeeld.Maak(cijfers, lezing is null ? null : lezing.Van);
    }
}
