using System.Security.Cryptography;
using System.Text;
using Gemeenschapskracht.Application.BuurtTops.Dtos;
using Gemeenschapskracht.Application.Common.Exceptions;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Wijkbeelden.Shared;
using Gemeenschapskracht.Domain.BuurtTops;
using Gemeenschapskracht.Domain.Common;
using Gemeenschapskracht.Domain.Organisaties;
using Gemeenschapskracht.Domain.Wijkbeelden;
using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.Application.BuurtTops.Shared;

/// <summary>What the use cases of the BuurtTop share: loading, the organiser, the wijkbeeld it builds on, the DTO.</summary>
public static class BuurtTopQueries
{
    public static async Task<BuurtTop> VindAsync(this IQueryable<BuurtTop> buurtTops, Guid id, CancellationToken cancellationToken) =>
        await buurtTops.FirstOrDefaultAsync(b => b.Id == id, cancellationToken)
        ?? throw new NotFoundException("Deze BuurtTop bestaat niet in deze gemeente.");

    /// <summary>The gemeente's cycle, or the defaults when it set none (not stored).</summary>
    public static async Task<(BuurtTopCyclus Cyclus, bool Standaard)> CyclusAsync(this IApplicationDbContext db, DateTimeOffset now, CancellationToken cancellationToken) =>
        await db.Set<BuurtTopCyclus>().FirstOrDefaultAsync(cancellationToken) is { } cyclus ? (cyclus, false) : (BuurtTopCyclus.Standaard(now), true);

    /// <summary>The wijk's shared wijkbeeld version, if any (R3.1).</summary>
    public static async Task<(Guid Id, int Versie)?> GedeeldWijkbeeldAsync(this IApplicationDbContext db, Guid wijkId, CancellationToken cancellationToken)
    {
        var gedeeld = await db.Set<Wijkbeeld>().AsNoTracking().Where(w => w.GebiedId == wijkId && w.Status == WijkbeeldStatus.Gedeeld)
            .OrderByDescending(w => w.Versie).Select(w => new { w.Id, w.Versie }).FirstOrDefaultAsync(cancellationToken);
        return gedeeld is null ? null : (gedeeld.Id, gedeeld.Versie);
    }

    /// <summary>The organiser as sent, with whether its lead is residents' own; 404 when an organisation is not in the register.</summary>
    public static async Task<(Organisator Organisator, bool LeidtBewoners)> OrganisatorAsync(this IApplicationDbContext db, OrganisatorDto dto, CancellationToken cancellationToken)
    {
        var organisaties = await db.Set<Organisatie>().AsNoTracking().Where(o => dto.Team.Contains(o.Id)).ToDictionaryAsync(o => o.Id, cancellationToken);
        if (organisaties.Count != dto.Team.Distinct().Count())
            throw new NotFoundException("Een organisatie van de organisator staat niet in het register van deze gemeente.");
        var organisator = new Organisator(dto.Soort, dto.Team.ToList(), dto.Taakgroep.Select(l => new Taakgroeplid(l.Naam.Trim(), l.Rol)).ToList(),
            Tekst.OfNull(dto.Financieringsbron), new Bedrag(dto.FinancieringEurocent));
        return (organisator, dto.Team.Count > 0 && WijkbeeldToegang.IsBewonersorganisatie(organisaties[dto.Team[0]]));
    }

    /// <summary>The team and the gemeente see everything but the registrations' and invitations' details; the public the public face.</summary>
    public static bool ZietAlles(ICurrentUser user) => user.IsAuthenticated && !user.IsSystem && WijkbeeldToegang.IsGemeentelid(user);

    public static async Task<BuurtTopDto> ToDtoAsync(this IApplicationDbContext db, BuurtTop buurtTop, ICurrentUser user, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var wijk = await db.Gebieden.AsNoTracking().Where(g => g.Id == buurtTop.GebiedId).Select(g => g.Naam ?? g.Code).FirstAsync(cancellationToken);
        var team = buurtTop.Team;
        var namen = await db.Set<Organisatie>().AsNoTracking().Where(o => team.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Naam, cancellationToken);
        var telling = await db.Set<Aanmelding>().AsNoTracking().Where(a => a.BuurtTopId == buurtTop.Id && a.Status != AanmeldingStatus.Afgemeld)
            .GroupBy(a => a.Status).Select(g => new { Status = g.Key, Aantal = g.Count() }).ToListAsync(cancellationToken);
        return buurtTop.ToDto(wijk, namen,
            telling.Where(t => t.Status == AanmeldingStatus.Aangemeld).Sum(t => t.Aantal),
            telling.Where(t => t.Status == AanmeldingStatus.Wachtlijst).Sum(t => t.Aantal),
            ZietAlles(user), Kalender.Dag(now));
    }

    public static Task<int> AangemeldAsync(this IApplicationDbContext db, Guid buurtTopId, CancellationToken cancellationToken) =>
        db.Set<Aanmelding>().CountAsync(a => a.BuurtTopId == buurtTopId && a.Status == AanmeldingStatus.Aangemeld, cancellationToken);

    /// <summary>The SHA-256 hash (hex) of an unsubscribe secret: only the hash is stored.</summary>
    public static string Hash(string sleutel) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(sleutel)));

    /// <summary>A new random unsubscribe secret (256 bits, URL-safe).</summary>
    public static string NieuweSleutel() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
