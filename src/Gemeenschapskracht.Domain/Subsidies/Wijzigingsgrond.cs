namespace Gemeenschapskracht.Domain.Subsidies;

/// <summary>Which decision a wijziging or intrekking changes.</summary>
public enum WijzigingBetreft
{
    Verlening,
    Vaststelling,
}

/// <summary>The grounds on which a verlening or vaststelling may be withdrawn or changed to the recipient's disadvantage.</summary>
public enum Wijzigingsgrond
{
    /// <summary>Awb 4:48 lid 1 a: the activities did not or will not (fully) take place.</summary>
    ActiviteitenNietVerricht,
    /// <summary>Awb 4:48 lid 1 b: the obligations of the subsidy were not met.</summary>
    VerplichtingenNietNagekomen,
    /// <summary>Awb 4:48 lid 1 c: incorrect or incomplete information that would have led to another decision.</summary>
    OnjuisteGegevens,
    /// <summary>Awb 4:48 lid 1 d: the verlening was otherwise incorrect and the recipient knew or should have known.</summary>
    VerleningOnjuist,
    /// <summary>Awb 4:48 lid 1 e: the begrotingsvoorbehoud (4:34) is invoked: the raad did not make the money available.</summary>
    Begrotingsvoorbehoud,
    /// <summary>Awb 4:50 lid 1 a: changed circumstances or views make (unchanged) continuation unacceptable; only for the future, with a reasonable term.</summary>
    VeranderdeOmstandigheden,
    /// <summary>Awb 4:49 lid 1 a: facts the gemeente could not reasonably know at the vaststelling that would have given a lower amount.</summary>
    OnbekendeFeiten,
    /// <summary>Awb 4:49 lid 1 b: the vaststelling was incorrect and the recipient knew or should have known.</summary>
    VaststellingOnjuist,
    /// <summary>Awb 4:49 lid 1 c: after the vaststelling the recipient did not meet the obligations of the subsidy.</summary>
    VerplichtingenNaVaststelling,
}

/// <summary>The article, the decision it applies to and the words on the letter, per <see cref="Wijzigingsgrond"/>.</summary>
public static class Wijzigingsgronden
{
    public static string Artikel(Wijzigingsgrond grond) => grond switch
    {
        Wijzigingsgrond.ActiviteitenNietVerricht => "artikel 4:48, eerste lid, onder a, Awb",
        Wijzigingsgrond.VerplichtingenNietNagekomen => "artikel 4:48, eerste lid, onder b, Awb",
        Wijzigingsgrond.OnjuisteGegevens => "artikel 4:48, eerste lid, onder c, Awb",
        Wijzigingsgrond.VerleningOnjuist => "artikel 4:48, eerste lid, onder d, Awb",
        Wijzigingsgrond.Begrotingsvoorbehoud => "artikel 4:48, eerste lid, onder e, Awb",
        Wijzigingsgrond.VeranderdeOmstandigheden => "artikel 4:50, eerste lid, onder a, Awb",
        Wijzigingsgrond.OnbekendeFeiten => "artikel 4:49, eerste lid, onder a, Awb",
        Wijzigingsgrond.VaststellingOnjuist => "artikel 4:49, eerste lid, onder b, Awb",
        _ => "artikel 4:49, eerste lid, onder c, Awb",
    };

    public static WijzigingBetreft Betreft(Wijzigingsgrond grond) =>
        grond is Wijzigingsgrond.OnbekendeFeiten or Wijzigingsgrond.VaststellingOnjuist or Wijzigingsgrond.VerplichtingenNaVaststelling
            ? WijzigingBetreft.Vaststelling
            : WijzigingBetreft.Verlening;

    public static string Omschrijving(Wijzigingsgrond grond) => grond switch
    {
        Wijzigingsgrond.ActiviteitenNietVerricht => "de activiteiten waarvoor de subsidie is verleend hebben niet of niet geheel plaatsgevonden, of zullen dat niet doen",
        Wijzigingsgrond.VerplichtingenNietNagekomen => "u hebt niet voldaan aan de verplichtingen die aan de subsidie zijn verbonden",
        Wijzigingsgrond.OnjuisteGegevens => "u hebt onjuiste of onvolledige gegevens verstrekt, en juiste of volledige gegevens hadden tot een andere beschikking geleid",
        Wijzigingsgrond.VerleningOnjuist => "de subsidieverlening was onjuist en u wist dat of had dat behoren te weten",
        Wijzigingsgrond.Begrotingsvoorbehoud => "de raad heeft niet voldoende middelen beschikbaar gesteld, een voorwaarde waaronder de subsidie is verleend",
        Wijzigingsgrond.VeranderdeOmstandigheden => "veranderde omstandigheden of gewijzigde inzichten maken het ongewijzigd voortzetten van de subsidie in overwegende mate onaanvaardbaar",
        Wijzigingsgrond.OnbekendeFeiten => "er zijn feiten of omstandigheden bekend geworden die wij bij de vaststelling niet konden kennen en die tot een lager bedrag hadden geleid",
        Wijzigingsgrond.VaststellingOnjuist => "de vaststelling was onjuist en u wist dat of had dat behoren te weten",
        _ => "u hebt na de vaststelling niet voldaan aan de verplichtingen die aan de subsidie zijn verbonden",
    };
}
