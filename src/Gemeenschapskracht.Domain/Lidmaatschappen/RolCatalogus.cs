namespace Gemeenschapskracht.Domain.Lidmaatschappen;

/// <summary>The roles of the platform (architecture §5) and which of them require two-factor sign-in.</summary>
public static class RolCatalogus
{
    public const string PlatformBeheerder = "platform-beheerder";
    public const string GemeenteBeheerder = "gemeente-beheerder";
    public const string Beleidsmedewerker = "beleidsmedewerker";
    public const string Raadslid = "raadslid";
    public const string Griffie = "griffie";
    public const string Bewonersorganisatie = "bewonersorganisatie";
    public const string Professional = "professional";
    public const string Backoffice = "backoffice";
    public const string VisitatiepanelLid = "visitatiepanel-lid";
    public const string Auditor = "auditor";

    public static readonly IReadOnlyList<string> Alle =
    [
        PlatformBeheerder, GemeenteBeheerder, Beleidsmedewerker, Raadslid, Griffie, Bewonersorganisatie,
        Professional, Backoffice, VisitatiepanelLid, Auditor,
    ];

    /// <summary>Staff roles: a user holding any of these must sign in with two-factor authentication.</summary>
    public static readonly IReadOnlySet<string> VereistTweeStaps = new HashSet<string>
    {
        PlatformBeheerder, GemeenteBeheerder, Beleidsmedewerker, Griffie, Backoffice,
    };

    /// <summary>
    /// Roles held for an organisation: with them a person acts for the organisation of their membership only. The
    /// backoffice works for a host (ADR 0025) and keeps the books of the groups that host keeps.
    /// </summary>
    public static readonly IReadOnlySet<string> OrganisatieGebonden = new HashSet<string> { Bewonersorganisatie, Professional, Backoffice };

    public static bool Bestaat(string rol) => Alle.Contains(rol);
}
