using Gemeenschapskracht.Application.Common.Documents;
using Gemeenschapskracht.Domain.Regels;

namespace Gemeenschapskracht.Application.Subsidies.Shared;

/// <summary>The bezwaarclausule every beschikking ends with (Awb 6:7 six weeks, 6:5 what the bezwaarschrift holds).</summary>
[Regel(Regelcatalogus.Awb6_7)]
internal static class Bezwaarclausule
{
    public static DocumentBuilder VoegToe(DocumentBuilder document, string gemeente) =>
        document.Notice("Bent u het niet eens met dit besluit?",
            $"Dan kunt u binnen zes weken na de dag waarop dit besluit is verzonden bezwaar maken bij het college van burgemeester en wethouders van {gemeente} (artikel 6:7 Awb). " +
            "Vermeld in uw bezwaarschrift uw naam en adres, de datum, het besluit waartegen u bezwaar maakt en waarom u het er niet mee eens bent, en onderteken het (artikel 6:5 Awb).");

    /// <summary>What a recipient reports afterwards, in a sentence for the letter and the page.</summary>
    public static string Verantwoording(Domain.Subsidies.Verantwoordingsniveau niveau, DateOnly? uiterlijk) => niveau switch
    {
        Domain.Subsidies.Verantwoordingsniveau.ZonderVerslag =>
            "Voor dit bedrag vragen wij geen verslag. Na afloop stellen wij de subsidie vast; wordt uw subsidie getrokken in de steekproef, dan vragen wij u te laten zien dat de activiteiten hebben plaatsgevonden.",
        Domain.Subsidies.Verantwoordingsniveau.Activiteitenverslag =>
            $"Na afloop stuurt u ons uiterlijk {DocumentText.Date(uiterlijk!.Value)} een kort verslag van de activiteiten; daarna stellen wij de subsidie vast.",
        _ => $"Na afloop stuurt u ons uiterlijk {DocumentText.Date(uiterlijk!.Value)} een verslag van de activiteiten, een financieel verslag en een accountantsverklaring; daarna stellen wij de subsidie vast.",
    };
}
