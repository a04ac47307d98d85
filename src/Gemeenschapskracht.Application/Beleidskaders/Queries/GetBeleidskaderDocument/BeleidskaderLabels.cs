using Gemeenschapskracht.Domain.Beleidskaders;

namespace Gemeenschapskracht.Application.Beleidskaders.Queries.GetBeleidskaderDocument;

/// <summary>The words a reader sees for the kader's choices.</summary>
internal static class BeleidskaderLabels
{
    public static string Status(BeleidskaderStatus status) => status switch
    {
        BeleidskaderStatus.Concept => "concept",
        BeleidskaderStatus.TerBesluitvorming => "ter besluitvorming bij de raad",
        BeleidskaderStatus.Vastgesteld => "vastgesteld door de raad",
        BeleidskaderStatus.Vervangen => "vervangen door een nieuwere versie",
        _ => status.ToString(),
    };

    public static string Instrument(Financieringsinstrument instrument) => instrument switch
    {
        Financieringsinstrument.Aanbesteding => "aanbesteding",
        Financieringsinstrument.Subsidie => "subsidie",
        Financieringsinstrument.Inkoop => "inkoop",
        _ => instrument.ToString(),
    };

    public static string Zeggenschap(Zeggenschap zeggenschap) => zeggenschap switch
    {
        Domain.Beleidskaders.Zeggenschap.Beslist => "beslist",
        Domain.Beleidskaders.Zeggenschap.BeslistMee => "beslist mee",
        Domain.Beleidskaders.Zeggenschap.Adviseert => "adviseert",
        _ => zeggenschap.ToString(),
    };

    public static string Buurtrecht(BuurtrechtSoort soort) => soort switch
    {
        BuurtrechtSoort.RechtOpGebouwenEnOpenbareRuimte => "Recht op gebouwen en openbare ruimte",
        BuurtrechtSoort.RechtOmUitTeDagen => "Recht om uit te dagen",
        BuurtrechtSoort.RechtOpBuurtplanning => "Recht op buurtplanning",
        BuurtrechtSoort.OpenOverheid => "Open overheid",
        BuurtrechtSoort.ToegangTotGeld => "Toegang tot geld",
        BuurtrechtSoort.ZelfgekozenOndersteuning => "Zelfgekozen ondersteuning",
        _ => soort.ToString(),
    };

    public static string Pilot(PilotStatus status) => status switch
    {
        PilotStatus.Voorgesteld => "voorgesteld",
        PilotStatus.Lopend => "lopend",
        PilotStatus.Geevalueerd => "geëvalueerd",
        PilotStatus.Opgeschaald => "opgeschaald",
        PilotStatus.Gestopt => "gestopt",
        _ => status.ToString(),
    };

    public static string Partij(PartijSoort soort) => soort switch
    {
        PartijSoort.Bewonersorganisatie => "bewonersorganisatie",
        PartijSoort.Welzijnsorganisatie => "welzijnsorganisatie",
        PartijSoort.Woningcorporatie => "woningcorporatie",
        PartijSoort.Zorgaanbieder => "zorgaanbieder",
        PartijSoort.Zorgverzekeraar => "zorgverzekeraar",
        PartijSoort.School => "school",
        PartijSoort.Ondernemer => "ondernemer",
        PartijSoort.Overig => "overig",
        _ => soort.ToString(),
    };

    public static string Commitment(Commitmentstatus status) => status switch
    {
        Commitmentstatus.Uitgenodigd => "uitgenodigd",
        Commitmentstatus.Toegezegd => "toegezegd",
        Commitmentstatus.Actief => "actief",
        Commitmentstatus.Teruggetrokken => "teruggetrokken",
        _ => status.ToString(),
    };

    public static string Toezegging(ToezeggingStatus status) => status switch
    {
        ToezeggingStatus.Toegezegd => "toegezegd",
        ToezeggingStatus.Uitgevoerd => "uitgevoerd",
        ToezeggingStatus.NietUitgevoerd => "niet uitgevoerd",
        _ => status.ToString(),
    };

    public static string Signalering(SignaleringSoort soort) => soort switch
    {
        SignaleringSoort.Overgang => "Overgang van een contract",
        SignaleringSoort.Raadsperiode => "Raadsperiode",
        SignaleringSoort.Pilotevaluatie => "Evaluatie van een pilot",
        _ => soort.ToString(),
    };
}
