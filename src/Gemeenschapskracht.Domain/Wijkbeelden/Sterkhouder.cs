using Gemeenschapskracht.Domain.Common;
using Gemeenschapskracht.Domain.Persoonsgegevens;
using Gemeenschapskracht.Domain.Regels;

namespace Gemeenschapskracht.Domain.Wijkbeelden;

public enum SterkhouderRol
{
    Informant,
    Gesprekspartner,
    Meedenker,
}

public enum SterkhouderStatus
{
    ToestemmingGegeven,
    Ingetrokken,
}

/// <summary>
/// A key person of the wijk (R2.3): informant, conversation partner or co-thinker. Recorded only with their consent,
/// seen only by the wijkbeeld's team, and anonymised when they withdraw it (AVG art. 7 lid 3: withdrawing is as easy
/// as giving). Belongs to the wijk, not to one version of the wijkbeeld.
/// </summary>
[Verwerking("Sterkhouders in het wijkbeeld",
    "Het wijkbeeld: wie in de wijk verbindt en voor wie het team iemand kan bereiken.",
    "Toestemming (AVG art. 6 lid 1 sub a), met de wijze waarop zij werd gegeven.",
    "Sleutelpersonen in de wijk",
    "Tot de toestemming wordt ingetrokken.")]
public sealed class Sterkhouder : IAudited, IPersoonsgegevensHouder
{
    public const string Geanonimiseerd = "(ingetrokken)";

    private Sterkhouder() { }

    /// <param name="toestemmingOp">When the person consented; required: no consent, no record.</param>
    /// <param name="toestemmingWijze">How the consent was given (in person, by e-mail, on a form).</param>
    public Sterkhouder(Guid wijkId, string naam, SterkhouderRol rol, string? domein, string? contact, DateOnly? toestemmingOp, string? toestemmingWijze, DateTimeOffset now)
    {
        if (toestemmingOp is null || Tekst.IsBlank(toestemmingWijze))
            throw new DomainException("Een sterkhouder wordt alleen vastgelegd met zijn of haar toestemming: leg vast wanneer en hoe die is gegeven.");
        if (toestemmingOp > Kalender.Dag(now))
            throw new DomainException("De toestemming kan niet in de toekomst zijn gegeven.");
        Id = Guid.CreateVersion7(now);
        GebiedId = wijkId;
        Naam = naam.Trim();
        Rol = rol;
        Domein = domein;
        Contact = contact;
        ToestemmingOp = toestemmingOp.Value;
        ToestemmingWijze = toestemmingWijze!.Trim();
        Status = SterkhouderStatus.ToestemmingGegeven;
        AangemaaktOp = now;
    }

    public Guid Id { get; private set; }

    public Guid GebiedId { get; private set; }

    [Persoonsgegeven("Naam")]
    public string Naam { get; private set; } = "";

    public SterkhouderRol Rol { get; private set; }

    /// <summary>What they know about or are active in: "jongeren", "de moskee", "het winkelcentrum".</summary>
    [Persoonsgegeven("Waar hij of zij in thuis of actief is")]
    public string? Domein { get; private set; }

    /// <summary>How the team can reach them.</summary>
    [Persoonsgegeven("Hoe het team hem of haar bereikt")]
    public string? Contact { get; private set; }

    public DateOnly ToestemmingOp { get; private set; }

    [Persoonsgegeven("Hoe de toestemming is gegeven")]
    public string ToestemmingWijze { get; private set; } = "";

    public SterkhouderStatus Status { get; private set; }

    public DateTimeOffset AangemaaktOp { get; private set; }

    public DateTimeOffset? IngetrokkenOp { get; private set; }

    /// <summary>Consent withdrawn: everything that identifies the person is removed; only the role and the fact remain.</summary>
    public void TrekToestemmingIn(DateTimeOffset now)
    {
        if (Status == SterkhouderStatus.Ingetrokken)
            throw new DomainException("De toestemming is al ingetrokken.");
        Naam = Geanonimiseerd;
        Domein = null;
        Contact = null;
        ToestemmingWijze = Geanonimiseerd;
        Status = SterkhouderStatus.Ingetrokken;
        IngetrokkenOp = now;
    }

    public IReadOnlyList<Gegeven> GegevensVan(Betrokkene betrokkene) =>
        betrokkene.Gegevens([Naam, Contact], ("Naam", Naam), ("Rol", Rol.ToString()), ("Domein", Domein), ("Contact", Contact),
            ("Toestemming", $"{ToestemmingOp:dd-MM-yyyy}, {ToestemmingWijze}"));

    /// <summary>As withdrawing consent, with the pseudonym as the name so the wijkbeeld keeps a place for the role.</summary>
    [Regel(Regelcatalogus.Avg17)]
    public void Anonimiseer(Betrokkene betrokkene, string pseudoniem, DateTimeOffset now)
    {
        if (GegevensVan(betrokkene).Count == 0)
            return;
        if (Status != SterkhouderStatus.Ingetrokken)
            TrekToestemmingIn(now);
        Naam = pseudoniem;
    }
}
