using Gemeenschapskracht.Domain.Common;
using Gemeenschapskracht.Domain.Regels;

namespace Gemeenschapskracht.Domain.Organisaties;

/// <summary>
/// An organisation in the gemeente's register: a bewonersorganisatie, an informal group of residents, a
/// welzijnsorganisatie, a corporatie, a school, an entrepreneur, a department of the gemeente. It works in one or
/// more wijken and on themes tagged with the beleidskader's publieke waarden. An organisation that stops is marked
/// so and kept: what it contributed belongs to the wijk (G-7).
/// </summary>
public sealed class Organisatie : IAudited
{
    private Organisatie() { }

    public Organisatie(string naam, OrganisatieSoort soort, Rechtsvorm rechtsvorm, string? kvknummer, DateTimeOffset now)
    {
        Id = Guid.CreateVersion7(now);
        AangemaaktOp = now;
        Status = OrganisatieStatus.Actief;
        Wijzig(naam, soort, rechtsvorm, kvknummer, null, [], [], new Contactgegevens(null, null, null, null), now);
    }

    public Guid Id { get; private set; }

    public string Naam { get; private set; } = "";

    public OrganisatieSoort Soort { get; private set; }

    public Rechtsvorm Rechtsvorm { get; private set; }

    public string? Kvknummer { get; private set; }

    public string? Omschrijving { get; private set; }

    /// <summary>The wijken it works in (areas of soort wijk).</summary>
    public List<Guid> WijkIds { get; private set; } = [];

    /// <summary>The publieke waarden of the beleidskader its work serves (their stable ids).</summary>
    public List<Guid> PubliekeWaardeIds { get; private set; } = [];

    public Contactgegevens Contact { get; private set; } = null!;

    public OrganisatieStatus Status { get; private set; }

    /// <summary>The account subsidies are paid to (SEPA, mod-97 checked), electronic form; null until the organisation gives one.</summary>
    public string? Iban { get; private set; }

    /// <summary>The name the account is held in, as the bank knows it.</summary>
    public string? Tenaamstelling { get; private set; }

    public DateTimeOffset AangemaaktOp { get; private set; }

    public DateTimeOffset GewijzigdOp { get; private set; }

    public void Wijzig(string naam, OrganisatieSoort soort, Rechtsvorm rechtsvorm, string? kvknummer, string? omschrijving,
        IEnumerable<Guid> wijkIds, IEnumerable<Guid> publiekeWaardeIds, Contactgegevens contact, DateTimeOffset now)
    {
        if (Status == OrganisatieStatus.Gestopt)
            throw new DomainException($"'{Naam}' is gestopt; de gegevens blijven bewaard zoals ze waren.");
        var kvk = string.IsNullOrWhiteSpace(kvknummer) ? null : kvknummer.Trim();
        if (kvk is not null && !Organisaties.Kvknummer.IsGeldig(kvk))
            throw new DomainException("Een KvK-nummer bestaat uit precies acht cijfers.");
        if (kvk is not null && rechtsvorm == Rechtsvorm.Informeel)
            throw new DomainException("Een informele groep staat niet ingeschreven bij de KvK; kies de rechtsvorm of laat het KvK-nummer leeg.");
        // A vereniging without a notarial deed need not register; a stichting, coöperatie or bv always does (Handelsregisterwet art. 6).
        if (kvk is null && rechtsvorm is Rechtsvorm.Stichting or Rechtsvorm.Cooperatie or Rechtsvorm.BeslotenVennootschap)
            throw new DomainException("Een stichting, coöperatie of bv staat ingeschreven bij de KvK; geef het KvK-nummer op.");
        Naam = naam.Trim();
        Soort = soort;
        Rechtsvorm = rechtsvorm;
        Kvknummer = kvk;
        Omschrijving = string.IsNullOrWhiteSpace(omschrijving) ? null : omschrijving.Trim();
        WijkIds = wijkIds.Distinct().ToList();
        PubliekeWaardeIds = publiekeWaardeIds.Distinct().ToList();
        Contact = contact;
        GewijzigdOp = now;
    }

    /// <summary>Records the bank account payments go to; a number that fails the IBAN check (mod 97) is refused.</summary>
    public void LegBankrekeningVast(string iban, string tenaamstelling, DateTimeOffset now)
    {
        if (Status == OrganisatieStatus.Gestopt)
            throw new DomainException($"'{Naam}' is gestopt; de gegevens blijven bewaard zoals ze waren.");
        if (!Common.Iban.IsGeldig(iban))
            throw new DomainException("Dit is geen geldig IBAN in het SEPA-gebied: controleer de landcode, de lengte en de cijfers (de controle mod 97 klopt niet).");
        if (Tekst.IsBlank(tenaamstelling))
            throw new DomainException("Geef de tenaamstelling van de rekening.");
        Iban = Common.Iban.Normaliseer(iban);
        Tenaamstelling = tenaamstelling.Trim();
        GewijzigdOp = now;
    }

    /// <summary>Marks the organisation as stopped. Nothing is deleted: its history stays with the wijk (G-7).</summary>
    [Regel(Regelcatalogus.G7)]
    public void Stop(DateTimeOffset now)
    {
        if (Status == OrganisatieStatus.Gestopt)
            throw new DomainException($"'{Naam}' is al gestopt.");
        Status = OrganisatieStatus.Gestopt;
        GewijzigdOp = now;
    }
}
