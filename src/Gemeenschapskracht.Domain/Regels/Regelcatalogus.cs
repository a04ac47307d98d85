namespace Gemeenschapskracht.Domain.Regels;

/// <summary>
/// Every legal rule and guardrail the product enforces. The ids are constants so that
/// <see cref="RegelAttribute"/> and the tests' traits cannot misspell one.
/// </summary>
public static class Regelcatalogus
{
    public const string G1 = "G-1";
    public const string G2 = "G-2";
    public const string G3 = "G-3";
    public const string G4 = "G-4";
    public const string G5 = "G-5";
    public const string G6 = "G-6";
    public const string G7 = "G-7";
    public const string G8 = "G-8";
    public const string G9 = "G-9";
    public const string G10 = "G-10";
    public const string Awb1_3 = "Awb 1:3";
    public const string Awb2_4 = "Awb 2:4";
    public const string Awb3_46 = "Awb 3:46";
    public const string Awb4_13 = "Awb 4:13";
    public const string Awb4_14 = "Awb 4:14";
    public const string Awb4_15 = "Awb 4:15";
    public const string Awb4_23 = "Awb 4:23";
    public const string Awb4_25 = "Awb 4:25";
    public const string Awb4_29 = "Awb 4:29";
    public const string Awb4_34 = "Awb 4:34";
    public const string Awb4_46 = "Awb 4:46";
    public const string Awb4_47 = "Awb 4:47";
    public const string Awb4_48 = "Awb 4:48";
    public const string Awb4_49 = "Awb 4:49";
    public const string Awb4_50 = "Awb 4:50";
    public const string Awb4_51 = "Awb 4:51";
    public const string Awb4_57 = "Awb 4:57";
    public const string Awb4_95 = "Awb 4:95";
    public const string Awb6_7 = "Awb 6:7";
    public const string UskNiveau = "USK niveau";
    public const string UskSteekproef = "USK steekproef";
    public const string Abrvs2018_2310 = "ABRvS 2018:2310";
    public const string Avg5_1e = "AVG 5(1)(e)";
    public const string Avg15 = "AVG 15";
    public const string Avg17 = "AVG 17";
    public const string Avg30 = "AVG 30";

    public static IReadOnlyList<Regel> Alle { get; } =
    [
        new(G1, "domain.md §7.2, 002:619–625", "Geen verdeling door online stemmen of ranglijsten tussen initiatieven: geen rang, stem, score of populariteit; beoordelen per criterium, nooit een totaal of ranglijst."),
        new(G2, "domain.md §7.2, 002:1318", "Geen jaarlijkse heraanvraag binnen een meerjarige toekenning: één keer verleend voor de hele periode."),
        new(G3, "domain.md §7.2, 002:571", "Representativiteit bewijzen is geen voorwaarde voor subsidie: een aanvraag vraagt er niet naar."),
        new(G4, "domain.md §7.2, 002:1741–1743", "Administratieve eisen groeien niet mee met de activiteit; het financiële deel komt uit de backoffice."),
        new(G5, "domain.md §7.2, 002:166, 196, 922", "Geen productieregistratie per eenheid of afvinklijsten voor professionals."),
        new(G6, "domain.md §7.2, 002:1156, 1204–1212", "Probleemcijfers nooit alleen: vitaliteit staat er altijd naast."),
        new(G7, "domain.md §7.2, 002:1298", "Kennis hoort bij de wijk, niet bij de aanbieder: niets wordt verwijderd als een aanbieder wisselt."),
        new(G8, "domain.md §7.2, 002:1490", "Wat bewoners op wijkniveau schreven, kan de gemeente niet overschrijven: zij vult aan en reageert."),
        new(G9, "domain.md §7.2, 002:1687, 1837", "Langjarige toezeggingen worden niet stil gekort: een korting heeft een eigen raadsbesluit, een termijn en een reden."),
        new(G10, "domain.md §7.2, 000:3; 002:1741", "Het platform wordt zelf geen bureaucratische molen: een aanvraag en een verslag vragen alleen wat nodig is."),
        new(Awb1_3, "Awb art. 1:3", "Een besluit op een aanvraag is een beschikking."),
        new(Awb2_4, "Awb art. 2:4", "Het bestuursorgaan beslist zonder vooringenomenheid: een beoordelaar verklaart geen belang te hebben."),
        new(Awb3_46, "Awb art. 3:46", "Een besluit berust op een deugdelijke motivering."),
        new(Awb4_13, "Awb art. 4:13", "De beslistermijn loopt vanaf de ontvangst van de aanvraag."),
        new(Awb4_14, "Awb art. 4:14", "Wie niet binnen de termijn kan beslissen, meldt dat de aanvrager met een redelijke nieuwe termijn."),
        new(Awb4_15, "Awb art. 4:5, 4:15", "Een verzoek om aanvulling schort de beslistermijn op."),
        new(Awb4_23, "Awb art. 4:23", "Een subsidie berust op een wettelijk voorschrift: de subsidieregeling noemt haar grondslag in de verordening."),
        new(Awb4_25, "Awb art. 4:25", "Het subsidieplafond wordt bekendgemaakt voor de regeling opent en wordt nooit overschreden; criteria en verdeling worden gepubliceerd."),
        new(Awb4_29, "Awb art. 4:29", "De verlening noemt de activiteiten waarvoor zij is; een weigering haar grond."),
        new(Awb4_34, "Awb art. 4:34", "Begrotingsvoorbehoud: een jaar wordt pas betaald als de raad de begroting van dat jaar heeft vastgesteld."),
        new(Awb4_46, "Awb art. 4:45, 4:46", "De vaststelling is ten hoogste de verlening, lager alleen met reden, na het verslag dat het niveau vraagt."),
        new(Awb4_47, "Awb art. 4:47", "Het laagste niveau wordt ambtshalve vastgesteld zonder verslag, tenzij het in de steekproef valt."),
        new(Awb4_48, "Awb art. 4:48", "Voor de vaststelling wordt een verlening alleen op een grond van 4:48 ingetrokken of lager vastgesteld."),
        new(Awb4_49, "Awb art. 4:49", "Na de vaststelling wordt alleen de vaststelling gewijzigd, op een grond van 4:49, niet na vijf jaar."),
        new(Awb4_50, "Awb art. 4:50", "Bij veranderde omstandigheden wordt een verlening alleen voor de toekomst gekort of beëindigd, met aanbod van schadevergoeding."),
        new(Awb4_51, "Awb art. 4:51", "Na drie jaar subsidie in een reeks gaat een weigering of beëindiging alleen met een afbouwtermijn."),
        new(Awb4_57, "Awb art. 4:57", "Wat te veel is betaald wordt teruggevorderd, binnen zes weken en nooit meer dan openstaat."),
        new(Awb4_95, "Awb art. 4:95", "Voorschotten worden verrekend bij de vaststelling: nabetaling, niets of terugvordering."),
        new(Awb6_7, "Awb art. 6:5, 6:7", "Elke beschikking noemt de bezwaarclausule: zes weken, bij het college."),
        new(UskNiveau, "Uniforme Subsidiekader (USK)", "Het niveau van verantwoording volgt uit het verleende bedrag; drempels per gemeente, en een verlening houdt de versie waaronder zij werd gedaan."),
        new(UskSteekproef, "Uniforme Subsidiekader (USK)", "De steekproef trekt reproduceerbaar het aandeel van het kader uit de subsidies zonder verslag."),
        new(Abrvs2018_2310, "ABRvS 2 mei 2018, ECLI:NL:RVS:2018:2310; 2025:3399", "Een regeling opent alleen met haar mededingingsruimte vastgelegd: de gepubliceerde oproep of waarom er één gegadigde is."),
        new(Avg5_1e, "AVG art. 5 lid 1 sub e", "Persoonsgegevens met een doel dat eindigt worden niet langer bewaard dan nodig: een bewaartermijn per gemeente, gewist door een dagelijkse taak."),
        new(Avg15, "AVG art. 15, 20", "Een betrokkene krijgt inzage in alles wat de gemeente over haar vastlegt: leesbaar en als gestructureerd bestand."),
        new(Avg17, "AVG art. 17 lid 1 en 3", "Op verzoek worden iemands gegevens gewist; wat de wet laat bewaren (beschikking, boeking) blijft met een pseudoniem in plaats van de persoon."),
        new(Avg30, "AVG art. 30", "De gemeente houdt een register van verwerkingen bij: per verwerking doel, grondslag, betrokkenen, gegevens en bewaartermijn."),
    ];
}
