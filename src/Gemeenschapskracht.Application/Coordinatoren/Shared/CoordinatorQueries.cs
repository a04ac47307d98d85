using FluentValidation;
using Gemeenschapskracht.Application.Common.Exceptions;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Common.Validation;
using Gemeenschapskracht.Application.Coordinatoren.Dtos;
using Gemeenschapskracht.Domain.Administraties;
using Gemeenschapskracht.Domain.Organisaties;
using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.Application.Coordinatoren.Shared;

/// <summary>Who records coordinators, who sees which, and the DTOs with the host's and groups' names.</summary>
public static class CoordinatorQueries
{
    /// <summary>The host's back office records its own coordinators.</summary>
    public const string Beheerders = Roles.Backoffice;

    /// <summary>The gemeente and the auditor read every host's coordinators; the back office its host's; a group's members those who support it.</summary>
    public const string Lezers = $"{Roles.GemeenteBeheerder},{Roles.Beleidsmedewerker},{Roles.Auditor},{Roles.Backoffice},{Roles.Bewonersorganisatie}";

    /// <summary>
    /// The coordinators the caller reads: the gemeente and the auditor all, the back office its host's, a group's members
    /// those who support one of the group's administraties. A gemeente has tens, so the last filter (on a JSON column)
    /// is made in memory.
    /// </summary>
    public static async Task<List<Coordinator>> ZichtbareCoordinatorenAsync(this IApplicationDbContext db, ICurrentUser user, CancellationToken cancellationToken)
    {
        var coordinatoren = db.Set<Coordinator>().AsNoTracking();
        if (user.LeestAlleBoeken())
            return await coordinatoren.OrderBy(c => c.Naam).ToListAsync(cancellationToken);
        var host = user.HostVanBackoffice();
        var groep = user.EigenGroep();
        var eigen = groep is null ? [] : await db.Set<Administratie>().AsNoTracking().Where(a => a.GroepId == groep)
            .Select(a => new { a.Id, a.HostOrganisatieId }).ToListAsync(cancellationToken);
        var hosts = eigen.Select(a => a.HostOrganisatieId).Append(host ?? Guid.Empty).Distinct().ToList();
        var kandidaten = await coordinatoren.Where(c => hosts.Contains(c.HostOrganisatieId)).OrderBy(c => c.Naam).ToListAsync(cancellationToken);
        return kandidaten.Where(c => c.HostOrganisatieId == host || c.AdministratieIds.Any(id => eigen.Any(a => a.Id == id))).ToList();
    }

    public static IQueryable<Coordinator> EigenCoordinatoren(this IApplicationDbContext db, ICurrentUser user)
    {
        var host = user.HostVanBackoffice();
        return host is null ? db.Set<Coordinator>().Where(c => false) : db.Set<Coordinator>().Where(c => c.HostOrganisatieId == host);
    }

    public static async Task<Coordinator> VindAsync(this IQueryable<Coordinator> coordinatoren, Guid id, CancellationToken cancellationToken) =>
        await coordinatoren.FirstOrDefaultAsync(c => c.Id == id, cancellationToken)
        ?? throw new NotFoundException("Deze coördinator bestaat niet in deze gemeente.");

    public static async Task<List<Administratie>> AdministratiesAsync(this IApplicationDbContext db, IReadOnlyList<Guid> ids, CancellationToken cancellationToken) =>
        await db.Set<Administratie>().AsNoTracking().Where(a => ids.Contains(a.Id)).ToListAsync(cancellationToken);

    public static async Task<List<CoordinatorDto>> ToDtosAsync(this IApplicationDbContext db, IReadOnlyList<Coordinator> coordinatoren, DateOnly vandaag,
        CancellationToken cancellationToken)
    {
        var administratieIds = coordinatoren.SelectMany(c => c.AdministratieIds).Distinct().ToList();
        var administraties = await db.AdministratiesAsync(administratieIds, cancellationToken);
        var organisatieIds = administraties.Select(a => a.GroepId).Concat(coordinatoren.Select(c => c.HostOrganisatieId)).Distinct().ToList();
        var namen = await db.Set<Organisatie>().AsNoTracking().Where(o => organisatieIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Naam, cancellationToken);
        return coordinatoren.Select(c => new CoordinatorDto(c.Id, c.HostId, c.HostOrganisatieId, namen.GetValueOrDefault(c.HostOrganisatieId, "(onbekende host)"), c.Naam,
            c.Functie, c.UrenPerWeek, c.InDienstSinds, c.UitDienstPer, c.IsInDienst(vandaag),
            administraties.Where(a => c.AdministratieIds.Contains(a.Id))
                .Select(a => new CoordinatorGroepDto(a.Id, a.GroepId, namen.GetValueOrDefault(a.GroepId, "(onbekende groep)"))).OrderBy(g => g.GroepNaam).ToList(),
            c.Toelichting, c.AangemaaktOp, c.GewijzigdOp)).ToList();
    }
}

/// <summary>What the back office sends for a new and a changed coordinator.</summary>
public interface ICoordinatorvelden
{
    string Naam { get; }

    string Functie { get; }

    decimal UrenPerWeek { get; }

    DateOnly InDienstSinds { get; }

    DateOnly? UitDienstPer { get; }

    IReadOnlyList<Guid> AdministratieIds { get; }

    string? Toelichting { get; }
}

public static class CoordinatorveldenRules
{
    public static Coordinatorgegevens ToGegevens(this ICoordinatorvelden v) =>
        new(v.Naam, v.Functie, v.UrenPerWeek, v.InDienstSinds, v.UitDienstPer, v.AdministratieIds, v.Toelichting);

    public static void AddCoordinatorRules<T>(this AbstractValidator<T> validator) where T : ICoordinatorvelden
    {
        validator.RuleFor(c => c.Naam).RequiredText("de naam van de coördinator", 200);
        validator.RuleFor(c => c.Functie).RequiredText("de functie bij de host", 200);
        validator.RuleFor(c => c.UrenPerWeek).GreaterThan(0).LessThanOrEqualTo(Coordinator.MeesteUrenPerWeek)
            .WithMessage($"De uren per week zijn groter dan nul en hoogstens {Coordinator.MeesteUrenPerWeek:0}.");
        validator.RuleFor(c => c.UitDienstPer).GreaterThanOrEqualTo(c => c.InDienstSinds).When(c => c.UitDienstPer is not null)
            .WithMessage("De datum uit dienst ligt op of na de datum in dienst.");
        validator.RuleFor(c => c.AdministratieIds).PresentList(50, "groepen");
        validator.RuleFor(c => c.Toelichting).SafeText("de toelichting", multiline: true).MaximumLength(1000).WithMessage("De toelichting is hoogstens 1000 tekens.");
    }
}
