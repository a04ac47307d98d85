using Gemeenschapskracht.Domain.Common;
using Gemeenschapskracht.Domain.Persoonsgegevens;
using Gemeenschapskracht.Domain.Regels;

namespace Gemeenschapskracht.Domain.Ervaringsconferenties;

/// <summary>
/// A registration for an ervaringsconferentie from the public page, as for a BuurtTop: a name (or initials) and an
/// e-mail address with the consent recorded (which text, when), no account. Unsubscribing by the secret link removes
/// the personal data at once (AVG art. 7 lid 3 and 17); only the fact remains.
/// </summary>
[Verwerking("Aanmeldingen voor een ervaringsconferentie",
    "De ervaringsconferentie organiseren en deelnemers bereiken.",
    "Toestemming (AVG art. 6 lid 1 sub a), vastgelegd met de versie van de tekst.",
    "Deelnemers",
    "Tot afmelding; op verzoek gewist.")]
public sealed class Conferentieaanmelding : IAudited, IPersoonsgegevensHouder
{
    public const string Geanonimiseerd = "(afgemeld)";

    /// <summary>The version of the consent text on the registration page; recorded with each registration.</summary>
    public const string ToestemmingVersieHuidig = "conferentie-aanmelding-2026-1";

    private Conferentieaanmelding() { }

    public Conferentieaanmelding(Guid conferentieId, string naam, string email, bool toestemming, string toestemmingVersie, string afmeldSleutelHash,
        DateTimeOffset now)
    {
        if (!toestemming || toestemmingVersie != ToestemmingVersieHuidig)
            throw new DomainException("Zonder toestemming voor de huidige tekst bewaren we uw naam en e-mailadres niet, en kunt u zich niet aanmelden.");
        if (Tekst.IsBlank(naam))
            throw new DomainException("Geef uw naam of voorletters.");
        Id = Guid.CreateVersion7(now);
        ConferentieId = conferentieId;
        Naam = naam.Trim();
        Email = Normaliseer(email);
        ToestemmingVersie = toestemmingVersie;
        ToestemmingOp = now;
        AfmeldSleutelHash = afmeldSleutelHash;
        AangemeldOp = now;
    }

    public Guid Id { get; private set; }

    public Guid ConferentieId { get; private set; }

    [Persoonsgegeven("Naam")]
    public string Naam { get; private set; } = "";

    /// <summary>Lower case and trimmed; null once unsubscribed.</summary>
    [Persoonsgegeven("E-mailadres")]
    public string? Email { get; private set; }

    public string ToestemmingVersie { get; private set; } = "";

    public DateTimeOffset ToestemmingOp { get; private set; }

    /// <summary>The SHA-256 hash (hex) of the secret in the unsubscribe link; the secret itself is only in the mail.</summary>
    public string AfmeldSleutelHash { get; private set; } = "";

    public DateTimeOffset AangemeldOp { get; private set; }

    public DateTimeOffset? AfgemeldOp { get; private set; }

    public bool IsAfgemeld => AfgemeldOp is not null;

    public static string Normaliseer(string email) => email.Trim().ToLowerInvariant();

    /// <summary>Unsubscribes and anonymises; false when already done (the link may be used twice).</summary>
    public bool MeldAf(DateTimeOffset now)
    {
        if (IsAfgemeld)
            return false;
        Naam = Geanonimiseerd;
        Email = null;
        AfgemeldOp = now;
        return true;
    }

    public IReadOnlyList<Gegeven> GegevensVan(Betrokkene betrokkene) =>
        betrokkene.Gegevens([Email, Naam], ("Naam", Naam), ("E-mailadres", Email), ("Aangemeld op", $"{Kalender.Dag(AangemeldOp):dd-MM-yyyy}"),
            ("Toestemming", ToestemmingVersie));

    [Regel(Regelcatalogus.Avg17)]
    public void Anonimiseer(Betrokkene betrokkene, string pseudoniem, DateTimeOffset now)
    {
        if (GegevensVan(betrokkene).Count == 0)
            return;
        Naam = pseudoniem;
        Email = null;
    }
}
