using Gemeenschapskracht.Domain.Wijkbeelden;

namespace Gemeenschapskracht.Application.Wijkbeelden.Queries.GetWijkbeeldDocument;

/// <summary>The words a reader sees for the wijkbeeld's choices and for who wrote what.</summary>
internal static class WijkbeeldLabels
{
    public static string Status(WijkbeeldStatus status) => status switch
    {
        WijkbeeldStatus.Concept => "concept",
        WijkbeeldStatus.InGesprek => "in gesprek met de wijk",
        WijkbeeldStatus.Geduid => "geduid, nog niet gedeeld",
        WijkbeeldStatus.Gedeeld => "gedeeld met de wijk",
        WijkbeeldStatus.Vervangen => "vervangen door een nieuwere versie",
        _ => status.ToString(),
    };

    public static string Kant(Kant kant) => kant switch
    {
        Domain.Wijkbeelden.Kant.Bewoners => "bewoners",
        Domain.Wijkbeelden.Kant.Professionals => "professionals",
        Domain.Wijkbeelden.Kant.Gemeente => "gemeente",
        _ => kant.ToString(),
    };

    public static string Lokaliseerbaar(Lokaliseerbaarheid lokaliseerbaar) => lokaliseerbaar switch
    {
        Lokaliseerbaarheid.Ja => "ja",
        Lokaliseerbaarheid.Deels => "deels",
        Lokaliseerbaarheid.Nee => "nee",
        _ => lokaliseerbaar.ToString(),
    };

    public static string Behoefte(BehoefteSoort soort) => soort switch
    {
        BehoefteSoort.Plekken => "plekken",
        BehoefteSoort.Ondersteuning => "ondersteuning",
        BehoefteSoort.Geld => "geld",
        BehoefteSoort.Capaciteit => "capaciteit",
        _ => soort.ToString(),
    };

    public static string Wijkopbouwpunt(WijkopbouwpuntKeuze keuze) => keuze switch
    {
        WijkopbouwpuntKeuze.Ja => "ja, de wijk richt een wijkopbouwpunt op",
        WijkopbouwpuntKeuze.Later => "later, nu nog niet",
        WijkopbouwpuntKeuze.Nee => "nee, geen wijkopbouwpunt",
        _ => keuze.ToString(),
    };

    public static string Plek(PlekSoort soort) => soort switch
    {
        PlekSoort.Buurthuis => "buurthuis",
        PlekSoort.Bibliotheek => "bibliotheek",
        PlekSoort.School => "school",
        PlekSoort.Gebedshuis => "gebedshuis",
        PlekSoort.Sportaccommodatie => "sportaccommodatie",
        PlekSoort.Horeca => "horeca",
        PlekSoort.Winkel => "winkel",
        PlekSoort.Buitenruimte => "buitenruimte",
        PlekSoort.Overig => "overig",
        _ => soort.ToString(),
    };

    public static string Plekstatus(PlekStatus status) => status switch
    {
        PlekStatus.Actief => "actief",
        PlekStatus.Bedreigd => "bedreigd",
        PlekStatus.Gesloten => "gesloten",
        PlekStatus.Beschikbaar => "beschikbaar",
        _ => status.ToString(),
    };
}
