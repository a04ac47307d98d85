namespace Gemeenschapskracht.Application.Common.Security;

/// <summary>The roles of the platform (architecture §5). A role holds in one gemeente, except platform-beheerder.</summary>
public static class Roles
{
    public const string PlatformBeheerder = "platform-beheerder";
    public const string GemeenteBeheerder = "gemeente-beheerder";
    public const string Beleidsmedewerker = "beleidsmedewerker";
    public const string Raadslid = "raadslid";
    public const string Bewonersorganisatie = "bewonersorganisatie";
    public const string Professional = "professional";
    public const string Backoffice = "backoffice";
    public const string VisitatiepanelLid = "visitatiepanel-lid";
    public const string Auditor = "auditor";

    public static readonly IReadOnlyList<string> All =
    [
        PlatformBeheerder, GemeenteBeheerder, Beleidsmedewerker, Raadslid, Bewonersorganisatie,
        Professional, Backoffice, VisitatiepanelLid, Auditor,
    ];
}
