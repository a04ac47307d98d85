using Gemeenschapskracht.Application.Common.Interfaces;

namespace Gemeenschapskracht.Application.Common.Security;

/// <summary>
/// Who sees what of the books a host keeps (ADR 0017, ADR 0025): the gemeente and the auditor everything, the back office
/// what its host keeps, a group's members their group's.
/// </summary>
public static class Boekhoudscope
{
    public static bool LeestAlleBoeken(this ICurrentUser user) =>
        user.IsInRole(Roles.GemeenteBeheerder) || user.IsInRole(Roles.Beleidsmedewerker) || user.IsInRole(Roles.Auditor);

    /// <summary>The host the caller's back-office membership is for, if any.</summary>
    public static Guid? HostVanBackoffice(this ICurrentUser user) => user.IsInRole(Roles.Backoffice) ? user.OrganisatieId : null;

    /// <summary>The group the caller's bewonersorganisatie membership is for, if any.</summary>
    public static Guid? EigenGroep(this ICurrentUser user) => user.IsInRole(Roles.Bewonersorganisatie) ? user.OrganisatieId : null;
}
