using Gemeenschapskracht.Domain.Bijlagen;
using Gemeenschapskracht.Domain.Etalage;
using Gemeenschapskracht.Domain.Gebieden;
using Gemeenschapskracht.Domain.Organisaties;

namespace Gemeenschapskracht.Api.Seeding.Demo;

/// <summary>
/// The demo's etalage (R6.4): three published stories of what works, each with an illustration, its caption and the
/// consent it was published with, and one nomination waiting for the initiative's consent, so the gemeente sees the
/// curation too. The illustrations are drawings, not photos of people.
/// </summary>
internal static class DemoEtalage
{
    private sealed record Opzet(string Titel, string Verhaal, string Lessen, string Contact, Herkomst Herkomst, string Foto, string Bijschrift);

    private static readonly Opzet[] Gepubliceerd =
    [
        new("De buurtkamer in het oude winkelpand",
            "Drie jaar geleden stond het winkelpand op de hoek leeg. Bewoners vroegen de corporatie om de sleutel en openden er een buurtkamer: koffie in de ochtend, huiswerkhulp in de middag, en een plek waar nieuwe buren vanzelf binnenlopen.",
            "Begin klein en laat bewoners de sleutel houden. De corporatie gaf het pand, de gemeente betaalt de energie; het programma is van de buurt zelf.",
            "Bewonersvereniging, buurtkamer@example.org", Herkomst.WatWerkt, "buurtkamer", "Tekening van de buurtkamer: een pand met grote ramen en een open deur"),
        new("De moestuin achter de flat",
            "Een braakliggend grasveld werd een moestuin die twaalf portieken samen onderhouden. Wie niet kan schoffelen, kookt van de oogst; de visitatie noemde de tuin het begin van het gesprek tussen oude en nieuwe bewoners.",
            "Een tuin geeft een reden om elkaar te zien zonder dat het een vergadering wordt. Maak vooraf afspraken over water en gereedschap.",
            "Tuingroep, moestuin@example.org", Herkomst.Visitatie, "moestuin", "Tekening van de moestuin: rijen planten onder een gele zon"),
        new("De eettafel op woensdag",
            "Elke woensdag eten twintig buren samen aan één lange tafel. Het begon als ambitie in de wijktoekomstagenda: 'niemand eet alleen als hij dat niet wil'. Nu koken bewoners om de beurt.",
            "Vaste dag, vaste tafel, en iemand die belt als je er een keer niet bent. Meer is het niet, en dat is precies waarom het werkt.",
            "Buurtkamer, woensdagtafel@example.org", Herkomst.Ambitie, "eettafel", "Tekening van de eettafel: vijf buren aan een lange tafel met borden"),
    ];

    /// <returns>The stories and their files' rows, and the illustrations by file-store key.</returns>
    public static (IReadOnlyList<object> Rijen, IReadOnlyDictionary<string, byte[]> Fotos) Maak(Gebied pilotwijk, IReadOnlyList<Organisatie> organisaties, Guid genomineerdDoor,
        DateTimeOffset now)
    {
        var initiatief = organisaties.FirstOrDefault(o => o.Soort == OrganisatieSoort.Bewonersorganisatie);
        var rijen = new List<object>();
        var fotos = new Dictionary<string, byte[]>();
        foreach (var (opzet, i) in Gepubliceerd.Select((o, i) => (o, i)))
        {
            var op = now.AddMonths(-6 + i);
            var verhaal = new Etalageverhaal(Inhoud(opzet, initiatief, pilotwijk, []), genomineerdDoor, op);
            var inhoud = Illustratie(opzet.Foto);
            var bijlage = new Bijlage(Onderwerp.Etalageverhaal, verhaal.Id, $"{opzet.Foto}.png", inhoud, Bestandstype.Png, "Demo gemeente", op);
            verhaal.Wijzig(Inhoud(opzet, initiatief, pilotwijk, [new Etalagefoto(bijlage.Id, opzet.Bijschrift, "Getekend voor de demo; niemand herkenbaar")]), op);
            verhaal.GeefToestemming(initiatief is null ? "Het initiatief, per e-mail" : $"Het bestuur van {initiatief.Naam}", op.AddDays(3));
            verhaal.Publiceer([bijlage.Id], op.AddDays(5));
            rijen.Add(verhaal);
            rijen.Add(bijlage);
            fotos[bijlage.Sleutel] = inhoud;
        }
        rijen.Add(new Etalageverhaal(new Etalageinhoud("Het repair café in de bibliotheek",
            "Eens per maand repareren vrijwilligers in de bibliotheek wat buren meebrengen: een lamp, een fiets, een broek.",
            "Repareren is een reden om te praten; de bibliotheek is een plek waar iedereen mag komen.",
            "Repair café, repair@example.org", Herkomst.Anders, initiatief?.Id, pilotwijk.Id, []), genomineerdDoor, now.AddDays(-4)));
        return (rijen, fotos);
    }

    private static Etalageinhoud Inhoud(Opzet o, Organisatie? initiatief, Gebied wijk, IReadOnlyList<Etalagefoto> fotos) =>
        new(o.Titel, o.Verhaal, o.Lessen, o.Contact, o.Herkomst, initiatief?.Id, wijk.Id, fotos);

    private static byte[] Illustratie(string naam)
    {
        using var stream = typeof(DemoEtalage).Assembly.GetManifestResourceStream($"DemoFoto.{naam}.png")
            ?? throw new InvalidOperationException($"De demo-illustratie {naam}.png ontbreekt in de build.");
        using var kopie = new MemoryStream();
        stream.CopyTo(kopie);
        return kopie.ToArray();
    }
}
