using Gemeenschapskracht.Application.Common.Exceptions;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Dienstverleningsafspraken.Dtos;
using Gemeenschapskracht.Domain.Common;
using Gemeenschapskracht.Domain.Dienstverleningsafspraken;
using Gemeenschapskracht.Domain.Organisaties;
using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.Application.Dienstverleningsafspraken.Shared;

/// <summary>What the use cases of the dienstverleningsafspraken share: who manages them, who sees which, loading, the DTO with names.</summary>
public static class DienstverleningsafspraakQueries
{
    /// <summary>The gemeente's side: explores, changes, starts and ends agreements.</summary>
    public const string Beheerders = $"{Roles.GemeenteBeheerder},{Roles.Beleidsmedewerker}";

    /// <summary>The parties: members of the bewonersorganisatie and of the provider, each for their own organisation (ADR 0017).</summary>
    public const string Partijen = $"{Roles.Bewonersorganisatie},{Roles.Professional}";

    /// <summary>The gemeente, the auditor and the raad see every agreement; a party its own.</summary>
    public const string Lezers = $"{Beheerders},{Roles.Auditor},{Roles.Raadslid},{Partijen}";

    public static bool IsGemeente(ICurrentUser user) => user.IsInRole(Roles.GemeenteBeheerder) || user.IsInRole(Roles.Beleidsmedewerker);

    public static IQueryable<Dienstverleningsafspraak> ZichtbareAfspraken(this IApplicationDbContext db, ICurrentUser user)
    {
        var afspraken = db.Set<Dienstverleningsafspraak>().AsQueryable();
        if (IsGemeente(user) || user.IsInRole(Roles.Auditor) || user.IsInRole(Roles.Raadslid))
            return afspraken;
        if (user.OrganisatieId is not { } organisatie)
            return afspraken.Where(a => false);
        return afspraken.Where(a => a.BewonersorganisatieId == organisatie || a.AanbiederId == organisatie);
    }

    public static async Task<Dienstverleningsafspraak> VindAsync(this IQueryable<Dienstverleningsafspraak> afspraken, Guid id, CancellationToken cancellationToken) =>
        await afspraken.FirstOrDefaultAsync(a => a.Id == id, cancellationToken)
        ?? throw new NotFoundException("Deze dienstverleningsafspraak bestaat niet in deze gemeente.");

    /// <summary>The caller acts for an organisation; a gemeente member does not sign or review for a party.</summary>
    public static Guid AlsPartij(this ICurrentUser user, string wat) =>
        user.OrganisatieId ?? throw new DomainException($"U werkt niet namens een organisatie; alleen een partij van de afspraak {wat}.");

    /// <summary>Names of people only for the parties, the gemeente and the auditor; the raad reads the agreement without them.</summary>
    private static bool ZietProfessionals(ICurrentUser user) => !user.IsInRole(Roles.Raadslid) || IsGemeente(user) || user.IsInRole(Roles.Auditor) || user.OrganisatieId is not null;

    public static async Task<List<DienstverleningsafspraakDto>> ToDtosAsync(this IApplicationDbContext db, ICurrentUser user,
        IReadOnlyList<Dienstverleningsafspraak> afspraken, CancellationToken cancellationToken)
    {
        var organisaties = afspraken.SelectMany(a => new[] { a.BewonersorganisatieId, a.AanbiederId }).Distinct().ToList();
        var wijken = afspraken.Select(a => a.WijkId).Distinct().ToList();
        var namen = await db.Set<Organisatie>().AsNoTracking().Where(o => organisaties.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Naam, cancellationToken);
        var wijknamen = await db.Gebieden.AsNoTracking().Where(g => wijken.Contains(g.Id)).ToDictionaryAsync(g => g.Id, g => g.Naam ?? g.Code, cancellationToken);
        var professionals = ZietProfessionals(user);
        return afspraken.Select(a => a.ToDto(new AfspraakNamen(wijknamen.GetValueOrDefault(a.WijkId, "(onbekende wijk)"),
            namen.GetValueOrDefault(a.BewonersorganisatieId, "(onbekende organisatie)"), namen.GetValueOrDefault(a.AanbiederId, "(onbekende organisatie)")),
            professionals)).ToList();
    }

    public static async Task<DienstverleningsafspraakDto> ToDtoAsync(this IApplicationDbContext db, ICurrentUser user, Dienstverleningsafspraak afspraak,
        CancellationToken cancellationToken) => (await db.ToDtosAsync(user, [afspraak], cancellationToken))[0];
}
