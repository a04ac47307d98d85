using System.Text.RegularExpressions;
using Gemeenschapskracht.Domain.Regels;

namespace Gemeenschapskracht.Domain.Dienstverleningsafspraken;

/// <summary>
/// G-5: an agreement about professional work describes results and working methods, never production counts per
/// professional or per unit of time ("30 huisbezoeken per week", "aantal contacten per professional", "per uur x
/// cliënten"). This finds such a target in a text: a number (or x, n, "aantal") of countable contacts (huisbezoeken,
/// contacten, cliënten, gesprekken, intakes, trajecten, …) per unit (week, uur, professional, fte, …), in either order.
/// Hours and meetings of the residents themselves ("12 uur per week", "een buurtavond per maand") are not counted.
/// </summary>
[Regel(Regelcatalogus.G5)]
public static partial class Productietelling
{
    private const string Getal = @"(?:\d+|x|n|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|vijftien|twintig|dertig|veertig|vijftig|honderd|minimaal\s+\d+|minstens\s+\d+)";

    private const string Telbaar = @"(?:huisbezoek\w*|bezoek(?:en)?|contact(?:en|momenten)?|cli[eë]nt(?:en)?|klant(?:en|contacten)?|gesprek(?:ken)?|keukentafelgesprek\w*|intakes?|traject(?:en)?|dossiers?|huishoudens?|casus(?:sen)?|interventies?|registraties?|deelnemers?|jongeren|bewoners|verwijzingen|doorverwijzingen|producten|meldingen)";

    private const string Eenheid = @"(?:week|dag|dagdeel|maand|kwartaal|jaar|uur|professional|professionals|medewerker|medewerkers|fte|werker|opbouwwerker|jongerenwerker|hulpverlener)";

    [GeneratedRegex($@"\b(?:{Getal}|aantal)\s+(?:\w+\s+){{0,2}}?{Telbaar}\s+(?:\w+\s+){{0,2}}?(?:per|/|elke|iedere)\s*{Eenheid}\b|\bper\s+{Eenheid}\s+(?:\w+\s+){{0,2}}?{Getal}\s+{Telbaar}\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex Telling();

    /// <summary>The first production count in <paramref name="tekst"/>, or null when it has none.</summary>
    public static string? Vind(string? tekst)
    {
        if (string.IsNullOrWhiteSpace(tekst))
            return null;
        var match = Telling().Match(tekst);
        return match.Success ? match.Value : null;
    }

    /// <summary>The Dutch explanation of G-5 for a text of <paramref name="veld"/> that sets <paramref name="telling"/>.</summary>
    public static string Melding(string veld, string telling) =>
        $"{veld} noemt een productieaantal ('{telling}'). Een dienstverleningsafspraak beschrijft resultaten en werkwijzen, geen aantallen " +
        "per professional of per tijdseenheid (G-5): beschrijf wat er in de wijk moet veranderen en hoe er gewerkt wordt.";

    /// <summary>Refuses <paramref name="tekst"/> when it sets a production count (G-5).</summary>
    public static void Weiger(string veld, string? tekst)
    {
        if (Vind(tekst) is { } telling)
            throw new Common.DomainException(Melding(veld, telling));
    }
}
