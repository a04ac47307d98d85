using Gemeenschapskracht.Application.Beleidskaders.Shared;
using Gemeenschapskracht.Application.BuurtTops.Shared;
using Gemeenschapskracht.Application.Common.Exceptions;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Etalage.Shared;
using Gemeenschapskracht.Application.Wijkbeelden.Shared;
using Gemeenschapskracht.Domain.Bijlagen;
using Gemeenschapskracht.Domain.BuurtTops;
using Gemeenschapskracht.Domain.Common;
using Gemeenschapskracht.Domain.Etalage;
using Gemeenschapskracht.Domain.Wijkbeelden;
using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.Application.Bijlagen.Shared;

/// <summary>
/// Files are served only to those who may see what they belong to, and placed only by those who may change it: the
/// rules of the beleidskader, the wijkbeeld, the BuurtTop and the etalage, not rules of their own.
/// </summary>
public static class BijlageOnderwerpen
{
    public const string Plaatsers =
        $"{Roles.GemeenteBeheerder},{Roles.Beleidsmedewerker},{Roles.Griffie},{Roles.Bewonersorganisatie},{Roles.Professional}";

    /// <summary>404 unless the caller may see the thing (a draft kader, an unshared wijkbeeld are not public).</summary>
    public static async Task EnsureZichtbaarAsync(this IApplicationDbContext db, ICurrentUser user, Onderwerp onderwerp, Guid id, CancellationToken cancellationToken)
    {
        if (onderwerp == Onderwerp.Beleidskader)
            await BeleidskaderQueries.VindAsync(BeleidskaderQueries.Zichtbaar(db, user).AsNoTracking(), id, cancellationToken);
        else if (onderwerp == Onderwerp.Etalageverhaal)
            await EtalageToegang.Zichtbaar(db, user).AsNoTracking().VindAsync(id, cancellationToken);
        else if (onderwerp == Onderwerp.BuurtTop)
        {
            // The photos and documents of a BuurtTop go public with its outputs, once it was held.
            var buurtTop = await BuurtTopQueries.VindAsync(db.Set<BuurtTop>().AsNoTracking(), id, cancellationToken);
            if (!BuurtTopQueries.ZietAlles(user) && buurtTop.IsOpen)
                throw new NotFoundException("Deze BuurtTop heeft nog geen openbare bijlagen.");
        }
        else
            await WijkbeeldQueries.VindAsync(WijkbeeldQueries.Zichtbaar(db, user).AsNoTracking(), id, cancellationToken);
    }

    /// <summary>
    /// A kader's documents (the raadsbesluit among them) are placed by the gemeente and the griffie, a wijkbeeld's
    /// material by its team; 404 when the thing does not exist, 403 when the caller may not.
    /// </summary>
    public static async Task EnsureMagPlaatsenAsync(this IApplicationDbContext db, ICurrentUser user, Onderwerp onderwerp, Guid id, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (onderwerp == Onderwerp.Beleidskader)
        {
            await BeleidskaderQueries.VindAsync(db.Set<Domain.Beleidskaders.Beleidskader>().AsNoTracking(), id, cancellationToken);
            if (!(user.IsInRole(Roles.GemeenteBeheerder) || user.IsInRole(Roles.Beleidsmedewerker) || user.IsInRole(Roles.Griffie)))
                throw new ForbiddenAccessException();
            return;
        }
        if (onderwerp == Onderwerp.Etalageverhaal)
        {
            // Photos are added while the story is nominated, so none reaches the public without the consent it is published with.
            var verhaal = await db.Set<Etalageverhaal>().AsNoTracking().VindAsync(id, cancellationToken);
            if (!EtalageToegang.IsBeheerder(user))
                throw new ForbiddenAccessException("Foto's bij een verhaal in de etalage plaatst de gemeente.");
            if (verhaal.Status != EtalageStatus.Genomineerd)
                throw new DomainException("Foto's worden geplaatst zolang het verhaal genomineerd is, voordat het wordt gepubliceerd.");
            return;
        }
        if (onderwerp == Onderwerp.BuurtTop)
        {
            var buurtTop = await BuurtTopQueries.VindAsync(db.Set<BuurtTop>().AsNoTracking(), id, cancellationToken);
            WijkbeeldToegang.Schrijver(user, buurtTop.Team, now);
            if (buurtTop.Status == BuurtTopStatus.Verwerkt)
                throw new DomainException("Bij een verwerkte BuurtTop kan geen materiaal meer worden geplaatst.");
            return;
        }
        var wijkbeeld = await WijkbeeldQueries.VindAsync(db.Set<Wijkbeeld>().AsNoTracking(), id, cancellationToken);
        WijkbeeldToegang.Schrijver(user, wijkbeeld, now);
        if (wijkbeeld.Status == WijkbeeldStatus.Vervangen)
            throw new DomainException("Bij een vervangen versie van het wijkbeeld kan geen materiaal meer worden geplaatst.");
    }
}
