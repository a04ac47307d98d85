using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Etalage.Dtos;
using Gemeenschapskracht.Domain.Etalage;
using Gemeenschapskracht.Domain.Gebieden;
using Gemeenschapskracht.Domain.Organisaties;
using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.Application.Etalage.Shared;

/// <summary>Stories as the reader sees them, with the names of their organisation and wijk.</summary>
public static class EtalageNamen
{
    public static async Task<IReadOnlyList<EtalageverhaalDto>> ToDtosAsync(this IApplicationDbContext db, IReadOnlyList<Etalageverhaal> verhalen, ICurrentUser user,
        CancellationToken ct)
    {
        var organisatieIds = verhalen.Where(v => v.OrganisatieId != null).Select(v => v.OrganisatieId!.Value).Distinct().ToList();
        var wijkIds = verhalen.Where(v => v.WijkId != null).Select(v => v.WijkId!.Value).Distinct().ToList();
        var organisaties = await db.Set<Organisatie>().AsNoTracking().Where(o => organisatieIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Naam, ct);
        var wijken = await db.Set<Gebied>().AsNoTracking().Where(g => wijkIds.Contains(g.Id)).ToDictionaryAsync(g => g.Id, g => g.Naam ?? g.Code, ct);
        return [.. verhalen.Select(v => v.ToDto(
            v.OrganisatieId is { } o ? organisaties.GetValueOrDefault(o) : null,
            v.WijkId is { } w ? wijken.GetValueOrDefault(w) : null,
            EtalageToegang.IsBeheerder(user) || (user.UserId is { } id && v.GenomineerdDoor == id)
            || (user.OrganisatieId is { } eigen && v.OrganisatieId == eigen)))];
    }

    public static async Task<EtalageverhaalDto> ToDtoAsync(this IApplicationDbContext db, Etalageverhaal verhaal, ICurrentUser user, CancellationToken ct) =>
        (await db.ToDtosAsync([verhaal], user, ct))[0];
}
