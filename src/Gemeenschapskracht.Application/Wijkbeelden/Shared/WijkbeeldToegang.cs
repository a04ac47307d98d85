using Gemeenschapskracht.Application.Common.Exceptions;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Domain.Organisaties;
using Gemeenschapskracht.Domain.Wijkbeelden;

namespace Gemeenschapskracht.Application.Wijkbeelden.Shared;

/// <summary>
/// Who works on a wijkbeeld and as whom: the gemeente's staff write as the gemeente; a member of a bewonersorganisatie
/// or a professional writes as residents or professionals, and only for a wijkbeeld whose team includes their own
/// organisation. Everybody else is refused (403).
/// </summary>
public static class WijkbeeldToegang
{
    public const string Teamrollen = $"{Roles.GemeenteBeheerder},{Roles.Beleidsmedewerker},{Roles.Bewonersorganisatie},{Roles.Professional}";

    public static bool IsGemeentelid(ICurrentUser user) =>
        Roles.IedereGemeenteRol.Split(',').Any(user.IsInRole);

    /// <summary>Whether an organisation can lead a wijkbeeld: residents' own.</summary>
    public static bool IsBewonersorganisatie(Organisatie organisatie) =>
        organisatie.Soort is OrganisatieSoort.Bewonersorganisatie or OrganisatieSoort.Bewonersgroep or OrganisatieSoort.Wijkopbouwpunt;

    public static bool IsGemeente(ICurrentUser user) => user.IsInRole(Roles.GemeenteBeheerder) || user.IsInRole(Roles.Beleidsmedewerker);

    /// <summary>The writer for <paramref name="wijkbeeld"/>, or 403 when the caller is not on its team.</summary>
    public static Herkomst Schrijver(ICurrentUser user, Wijkbeeld wijkbeeld, DateTimeOffset now) => Schrijver(user, wijkbeeld.Team, now);

    public static Herkomst Schrijver(ICurrentUser user, IReadOnlyCollection<Guid> team, DateTimeOffset now)
    {
        if (IsGemeente(user))
            return new Herkomst(Kant.Gemeente, user.Weergavenaam, now);
        var inTeam = user.OrganisatieId is { } organisatie && team.Contains(organisatie);
        if (inTeam && user.IsInRole(Roles.Bewonersorganisatie))
            return new Herkomst(Kant.Bewoners, user.Weergavenaam, now);
        if (inTeam && user.IsInRole(Roles.Professional))
            return new Herkomst(Kant.Professionals, user.Weergavenaam, now);
        throw new ForbiddenAccessException();
    }
}
