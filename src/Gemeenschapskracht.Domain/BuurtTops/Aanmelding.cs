using Gemeenschapskracht.Domain.Common;
using Gemeenschapskracht.Domain.Persoonsgegevens;
using Gemeenschapskracht.Domain.Regels;

namespace Gemeenschapskracht.Domain.BuurtTops;

public enum AanmeldingStatus
{
    Aangemeld,
    Wachtlijst,
    Afgemeld,
}

/// <summary>
/// A registration for a BuurtTop from the public page, without an account: only a name (or initials), an e-mail address
/// and a category, with the consent recorded (which text, when). Unsubscribing by the secret link removes the personal
/// data at once (AVG art. 7 lid 3 and 17); only the fact and the category remain.
/// </summary>
[Verwerking("Aanmeldingen voor een BuurtTop",
    "De BuurtTop organiseren: uitnodigen, herinneren, de wachtlijst en het verslag nasturen.",
    "Toestemming (AVG art. 6 lid 1 sub a), vastgelegd met de versie van de tekst.",
    "Bewoners en anderen die zich aanmelden",
    "De bewaartermijn van de gemeente na de datum van de BuurtTop; afmelden wist direct.")]
public sealed class Aanmelding : IAudited, IPersoonsgegevensHouder
{
    public const string Geanonimiseerd = "(afgemeld)";

    /// <summary>The version of the consent text on the registration page; recorded with each registration.</summary>
    public const string ToestemmingVersieHuidig = "buurttop-aanmelding-2026-1";

    private Aanmelding() { }

    internal Aanmelding(Guid buurtTopId, string naam, string email, Deelnemerscategorie categorie, string toestemmingVersie,
        bool opWachtlijst, string afmeldSleutelHash, DateTimeOffset now)
    {
        Id = Guid.CreateVersion7(now);
        BuurtTopId = buurtTopId;
        Naam = naam.Trim();
        Email = Normaliseer(email);
        Categorie = categorie;
        ToestemmingVersie = toestemmingVersie;
        ToestemmingOp = now;
        Status = opWachtlijst ? AanmeldingStatus.Wachtlijst : AanmeldingStatus.Aangemeld;
        AfmeldSleutelHash = afmeldSleutelHash;
        AangemeldOp = now;
    }

    public Guid Id { get; private set; }

    public Guid BuurtTopId { get; private set; }

    [Persoonsgegeven("Naam")]
    public string Naam { get; private set; } = "";

    /// <summary>Lower case and trimmed; null once unsubscribed.</summary>
    [Persoonsgegeven("E-mailadres")]
    public string? Email { get; private set; }

    public Deelnemerscategorie Categorie { get; private set; }

    public string ToestemmingVersie { get; private set; } = "";

    public DateTimeOffset ToestemmingOp { get; private set; }

    public AanmeldingStatus Status { get; private set; }

    /// <summary>The SHA-256 hash (hex) of the secret in the unsubscribe link; the secret itself is only in the mail.</summary>
    public string AfmeldSleutelHash { get; private set; } = "";

    public DateTimeOffset AangemeldOp { get; private set; }

    public DateTimeOffset? AfgemeldOp { get; private set; }

    public DateTimeOffset? VanWachtlijstOp { get; private set; }

    public static string Normaliseer(string email) => email.Trim().ToLowerInvariant();

    /// <summary>Unsubscribes and anonymises; false when already done (the link may be used twice).</summary>
    public bool MeldAf(DateTimeOffset now)
    {
        if (Status == AanmeldingStatus.Afgemeld)
            return false;
        Naam = Geanonimiseerd;
        Email = null;
        Status = AanmeldingStatus.Afgemeld;
        AfgemeldOp = now;
        return true;
    }

    /// <summary>A place came free: the first on the waiting list moves up.</summary>
    public void Bevorder(DateTimeOffset now)
    {
        if (Status != AanmeldingStatus.Wachtlijst)
            throw new DomainException("Alleen wie op de wachtlijst staat, kan een plaats krijgen.");
        Status = AanmeldingStatus.Aangemeld;
        VanWachtlijstOp = now;
    }

    public const string Gewist = "(bewaartermijn verstreken)";

    /// <summary>When the name and address were erased after the gemeente's term (<see cref="Bewaarbeleid"/>).</summary>
    public DateTimeOffset? GewistOp { get; private set; }

    public IReadOnlyList<Gegeven> GegevensVan(Betrokkene betrokkene) =>
        betrokkene.Gegevens([Email, Naam], ("Naam", Naam), ("E-mailadres", Email), ("Categorie", Categorie.ToString()),
            ("Aangemeld op", $"{Kalender.Dag(AangemeldOp):dd-MM-yyyy}"), ("Toestemming", ToestemmingVersie));

    /// <summary>The registration stays (the category, whether they came); who it was does not.</summary>
    [Regel(Regelcatalogus.Avg17)]
    public void Anonimiseer(Betrokkene betrokkene, string pseudoniem, DateTimeOffset now)
    {
        if (GegevensVan(betrokkene).Count == 0)
            return;
        Naam = pseudoniem;
        Email = null;
    }

    /// <summary>The BuurtTop's term has passed: name and address go, the registration stays. False when done before.</summary>
    [Regel(Regelcatalogus.Avg5_1e)]
    public bool WisNaBewaartermijn(DateTimeOffset now)
    {
        if (GewistOp is not null)
            return false;
        // A pseudonym stays: it ties the registration to the person's other records without naming them.
        if (Status != AanmeldingStatus.Afgemeld && !Pseudoniem.IsPseudoniem(Naam))
            Naam = Gewist;
        Email = null;
        GewistOp = now;
        return true;
    }
}
