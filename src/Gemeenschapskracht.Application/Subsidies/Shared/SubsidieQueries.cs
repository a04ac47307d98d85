using Gemeenschapskracht.Application.Common.Exceptions;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Domain.Subsidies;
using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.Application.Subsidies.Shared;

/// <summary>What the subsidy use cases share: who handles applications, who sees which, loading.</summary>
public static class SubsidieQueries
{
    /// <summary>The gemeente's side: drafts regelingen, handles and decides applications.</summary>
    public const string Behandelaars = $"{Roles.GemeenteBeheerder},{Roles.Beleidsmedewerker}";

    /// <summary>Who applies: for the organisation of their membership (a host organisation for an informal group).</summary>
    public const string Aanvragers = $"{Roles.Bewonersorganisatie},{Roles.Professional}";

    public static bool IsBehandelaar(ICurrentUser user) =>
        user.IsInRole(Roles.GemeenteBeheerder) || user.IsInRole(Roles.Beleidsmedewerker) || user.IsInRole(Roles.Auditor);

    /// <summary>The public sees a regeling once it is published (4:25), never an ontwerp.</summary>
    public static IQueryable<Subsidieregeling> ZichtbareRegelingen(this IApplicationDbContext db, ICurrentUser user) =>
        IsBehandelaar(user) ? db.Set<Subsidieregeling>() : db.Set<Subsidieregeling>().Where(r => r.Status != RegelingStatus.Ontwerp);

    /// <summary>
    /// An applicant sees the applications of the organisation they act for, concepts included; the gemeente sees what
    /// was submitted (a concept is the applicant's own until it is sent).
    /// </summary>
    public static IQueryable<Subsidieaanvraag> ZichtbareAanvragen(this IApplicationDbContext db, ICurrentUser user) =>
        IsBehandelaar(user)
            ? db.Set<Subsidieaanvraag>().Where(a => a.Status != AanvraagStatus.Concept)
            : db.Set<Subsidieaanvraag>().Where(a => a.OrganisatieId == user.OrganisatieId);

    public static async Task<Subsidieregeling> VindAsync(this IQueryable<Subsidieregeling> regelingen, Guid id, CancellationToken cancellationToken) =>
        await regelingen.FirstOrDefaultAsync(r => r.Id == id, cancellationToken)
        ?? throw new NotFoundException("Deze subsidieregeling bestaat niet in deze gemeente.");

    public static async Task<Subsidieaanvraag> VindAsync(this IQueryable<Subsidieaanvraag> aanvragen, Guid id, CancellationToken cancellationToken) =>
        await aanvragen.FirstOrDefaultAsync(a => a.Id == id, cancellationToken)
        ?? throw new NotFoundException("Deze subsidieaanvraag bestaat niet in deze gemeente.");

    /// <summary>An application as the applicant works on it: only a member of its organisation.</summary>
    public static async Task<Subsidieaanvraag> EigenAanvraagAsync(this IApplicationDbContext db, ICurrentUser user, Guid id, CancellationToken cancellationToken)
    {
        var aanvraag = await db.Set<Subsidieaanvraag>().VindAsync(id, cancellationToken);
        if (aanvraag.OrganisatieId != user.OrganisatieId)
            throw new NotFoundException("Deze subsidieaanvraag bestaat niet in deze gemeente.");
        return aanvraag;
    }
}
