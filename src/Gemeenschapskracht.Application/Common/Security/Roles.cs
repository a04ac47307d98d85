using Gemeenschapskracht.Domain.Lidmaatschappen;

namespace Gemeenschapskracht.Application.Common.Security;

/// <summary>Role names for <see cref="AuthorizeAttribute"/>; the catalogue itself is <see cref="RolCatalogus"/>.</summary>
public static class Roles
{
    public const string PlatformBeheerder = RolCatalogus.PlatformBeheerder;
    public const string GemeenteBeheerder = RolCatalogus.GemeenteBeheerder;
    public const string Beleidsmedewerker = RolCatalogus.Beleidsmedewerker;
    public const string Raadslid = RolCatalogus.Raadslid;
    public const string Griffie = RolCatalogus.Griffie;
    public const string Bewonersorganisatie = RolCatalogus.Bewonersorganisatie;
    public const string Professional = RolCatalogus.Professional;
    public const string Backoffice = RolCatalogus.Backoffice;
    public const string VisitatiepanelLid = RolCatalogus.VisitatiepanelLid;
    public const string Auditor = RolCatalogus.Auditor;

    /// <summary>Every role within a gemeente: for what any member of the gemeente may read, and the public may not.</summary>
    public const string IedereGemeenteRol =
        $"{GemeenteBeheerder},{Beleidsmedewerker},{Raadslid},{Griffie},{Bewonersorganisatie},{Professional},{Backoffice},{VisitatiepanelLid},{Auditor}";

    /// <summary>Roles held for an organisation: with them a person acts for the organisation of their membership only (<see cref="IOrganisatieScoped"/>).</summary>
    public static readonly IReadOnlySet<string> OrganisatieGebonden = RolCatalogus.OrganisatieGebonden;

    /// <summary>
    /// The platform itself, running a background job (no request, no token). Not in the catalogue: nobody can be
    /// given it, and a token that claims it counts for nothing (<see cref="Interfaces.ICurrentUser.IsSystem"/>).
    /// </summary>
    public const string Systeem = "systeem";
}
