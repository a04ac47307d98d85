using Gemeenschapskracht.Domain.Common;

namespace Gemeenschapskracht.Domain.Beleidskaders;

/// <summary>
/// One version of the gemeente's beleidskader (route step 1). A version is drafted as a concept, put before the raad,
/// and adopted by a raadsbesluit; from then on it is read-only, and it is in force until a newer version is adopted
/// and replaces it. Every version stays readable. A new version starts as a copy of the latest one, so the public
/// values keep their identifiers.
/// </summary>
public sealed class Beleidskader : IAudited
{
    private Beleidskader() { }

    private Beleidskader(int versie, string titel, BeleidskaderInhoud inhoud, DateTimeOffset now)
    {
        Id = Guid.CreateVersion7(now);
        Versie = versie;
        Titel = titel.Trim();
        Inhoud = inhoud;
        Status = BeleidskaderStatus.Concept;
        AangemaaktOp = now;
        GewijzigdOp = now;
    }

    public Guid Id { get; private set; }

    /// <summary>1 for the gemeente's first version, one higher for each next.</summary>
    public int Versie { get; private set; }

    public string Titel { get; private set; } = "";

    public BeleidskaderStatus Status { get; private set; }

    public BeleidskaderInhoud Inhoud { get; private set; } = null!;

    public Raadsbesluit? Raadsbesluit { get; private set; }

    public DateTimeOffset AangemaaktOp { get; private set; }

    public DateTimeOffset GewijzigdOp { get; private set; }

    public DateTimeOffset? VastgesteldOp { get; private set; }

    public DateTimeOffset? VervangenOp { get; private set; }

    /// <summary>The signals of the time span already sent to the gemeente, so each goes once (jobs J6, J11, J12).</summary>
    public List<string> GemeldeSignaleringen { get; private set; } = [];

    public bool IsGeldend => Status == BeleidskaderStatus.Vastgesteld;

    /// <summary>The signals of <paramref name="vandaag"/> of the version in force that were not yet sent; they are recorded as sent.</summary>
    public IReadOnlyList<Signalering> NieuweSignaleringen(DateOnly vandaag)
    {
        if (!IsGeldend)
            return [];
        var nieuw = Termijnbewaking.Signaleer(Inhoud, vandaag).Where(s => !GemeldeSignaleringen.Contains(Sleutel(s))).ToList();
        GemeldeSignaleringen.AddRange(nieuw.Select(Sleutel));
        return nieuw;
    }

    private static string Sleutel(Signalering s) => $"{s.Soort}|{s.Datum:yyyy-MM-dd}|{s.Melding}";

    /// <summary>The gemeente's first version, with the essay's five public values.</summary>
    public static Beleidskader Eerste(string titel, DateTimeOffset now) => new(1, titel, BeleidskaderInhoud.Nieuw(now), now);

    /// <summary>A new concept that starts as a copy of <paramref name="laatste"/>, the latest version.</summary>
    public static Beleidskader NieuweVersieVan(Beleidskader laatste, string titel, DateTimeOffset now)
    {
        if (laatste.Status is BeleidskaderStatus.Concept or BeleidskaderStatus.TerBesluitvorming)
            throw new DomainException($"Versie {laatste.Versie} is nog in behandeling; werk die bij of stel die eerst vast.");
        return new Beleidskader(laatste.Versie + 1, titel, laatste.Inhoud, now);
    }

    /// <summary>
    /// Replaces the content of a concept. A public value that this version had and that is still in use downstream
    /// (<paramref name="publiekeWaardenInGebruik"/>) cannot be removed: what is tagged with it would lose its meaning.
    /// </summary>
    public void Wijzig(string titel, BeleidskaderInhoud inhoud, IReadOnlySet<Guid> publiekeWaardenInGebruik, DateTimeOffset now)
    {
        if (Status != BeleidskaderStatus.Concept)
            throw new DomainException(Status is BeleidskaderStatus.Vastgesteld or BeleidskaderStatus.Vervangen
                ? $"Versie {Versie} is vastgesteld door de raad en kan niet meer worden gewijzigd; maak een nieuwe versie."
                : $"Versie {Versie} ligt bij de raad; neem het voorstel eerst terug om het te wijzigen.");
        inhoud.Controleer();
        var blijft = inhoud.PubliekeWaarden.Select(w => w.Id).ToHashSet();
        var verwijderdInGebruik = Inhoud.PubliekeWaarden.FirstOrDefault(w => !blijft.Contains(w.Id) && publiekeWaardenInGebruik.Contains(w.Id));
        if (verwijderdInGebruik is not null)
            throw new DomainException($"De publieke waarde '{verwijderdInGebruik.Naam}' is in gebruik en kan niet worden verwijderd; wijzig haar omschrijving of prioriteit in plaats daarvan.");
        Titel = titel.Trim();
        Inhoud = inhoud;
        GewijzigdOp = now;
    }

    /// <summary>Puts the concept before the raad; from now on only the raad's decision or a withdrawal changes it.</summary>
    public void LegVoorAanRaad(DateTimeOffset now)
    {
        if (Status != BeleidskaderStatus.Concept)
            throw new DomainException($"Alleen een concept kan aan de raad worden voorgelegd; versie {Versie} is {Omschrijf(Status)}.");
        Inhoud.ControleerCompleetVoorBesluitvorming();
        Status = BeleidskaderStatus.TerBesluitvorming;
        GewijzigdOp = now;
    }

    /// <summary>Takes a proposal back from the raad to change it.</summary>
    public void NeemTerug(DateTimeOffset now)
    {
        if (Status != BeleidskaderStatus.TerBesluitvorming)
            throw new DomainException($"Alleen een voorstel dat bij de raad ligt kan worden teruggenomen; versie {Versie} is {Omschrijf(Status)}.");
        Status = BeleidskaderStatus.Concept;
        GewijzigdOp = now;
    }

    /// <summary>
    /// Records the raad's adoption. The version in force until now (<paramref name="geldend"/>) is replaced, so only
    /// one version is in force at a time. The decision cannot be dated in the future.
    /// </summary>
    public void StelVast(Raadsbesluit besluit, Beleidskader? geldend, DateTimeOffset now)
    {
        if (Status != BeleidskaderStatus.TerBesluitvorming)
            throw new DomainException($"Alleen een voorstel dat bij de raad ligt kan worden vastgesteld; versie {Versie} is {Omschrijf(Status)}.");
        besluit.ControleerGenomen(now);
        if (geldend is not null && geldend.Id != Id)
            geldend.Vervang(now);
        Raadsbesluit = besluit;
        Status = BeleidskaderStatus.Vastgesteld;
        VastgesteldOp = now;
        GewijzigdOp = now;
    }

    private void Vervang(DateTimeOffset now)
    {
        if (Status != BeleidskaderStatus.Vastgesteld)
            throw new DomainException($"Versie {Versie} is niet de geldende versie.");
        Status = BeleidskaderStatus.Vervangen;
        VervangenOp = now;
    }

    private static string Omschrijf(BeleidskaderStatus status) => status switch
    {
        BeleidskaderStatus.Concept => "een concept",
        BeleidskaderStatus.TerBesluitvorming => "ter besluitvorming bij de raad",
        BeleidskaderStatus.Vastgesteld => "vastgesteld",
        _ => "vervangen door een nieuwere versie",
    };
}
