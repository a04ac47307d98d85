using Gemeenschapskracht.Domain.Common;
using Gemeenschapskracht.Domain.Organisaties;

namespace Gemeenschapskracht.Domain.Administraties;

/// <summary>What the host's own work costs in a year (staff, software, the accountant), budgeted and shown with every group it keeps the books for.</summary>
public sealed record Hostkosten(int Jaar, Bedrag Bedrag, string Toelichting);

/// <summary>
/// A host (penvoerder, R5.1–R5.6): an organisation of the gemeente with a legal entity of its own, a welzijnsorganisatie
/// or a foundation, that holds the funds of resident groups without one and keeps their books. Its own costs are
/// budgeted per year and shown, not hidden in the groups' spending (ADR 0025). Its backoffice staff see only the
/// administraties it keeps.
/// </summary>
public sealed class Hostorganisatie : IAudited
{
    public const int MeesteJaren = 10;

    /// <summary>Above this amount a declaratie needs two different approvers (four eyes), unless the host sets another.</summary>
    public static readonly Bedrag StandaardVierOgenDrempel = new(250_00);

    private Hostorganisatie() { }

    public Hostorganisatie(Organisatie organisatie, string dienstverlening, bool nietCommercieel, IReadOnlyList<Hostkosten> kosten, DateTimeOffset now)
    {
        if (organisatie.Status == OrganisatieStatus.Gestopt)
            throw new DomainException($"'{organisatie.Naam}' is gestopt en kan geen hostorganisatie meer zijn.");
        if (organisatie.Rechtsvorm == Rechtsvorm.Informeel)
            throw new DomainException("Een hostorganisatie beheert geld van anderen en heeft daarom zelf een rechtspersoon; een informele groep kan geen host zijn.");
        if (organisatie.Soort != OrganisatieSoort.Welzijnsorganisatie && organisatie.Rechtsvorm != Rechtsvorm.Stichting)
            throw new DomainException("Een hostorganisatie is een welzijnsorganisatie of een stichting die daarvoor is opgericht.");
        Id = Guid.CreateVersion7(now);
        OrganisatieId = organisatie.Id;
        AangemaaktOp = now;
        Wijzig(dienstverlening, nietCommercieel, kosten, now);
    }

    public Guid Id { get; private set; }

    public Guid OrganisatieId { get; private set; }

    /// <summary>What the host does for the groups (bookkeeping, payments, the yearly accounts), as the groups read it.</summary>
    public string Dienstverlening { get; private set; } = "";

    /// <summary>The host works without a profit motive (R5.3: a publicly funded, non-commercial infrastructure).</summary>
    public bool NietCommercieel { get; private set; }

    public IReadOnlyList<Hostkosten> Kosten { get; private set; } = [];

    /// <summary>A declaratie above this amount needs two different approvers of the back office (four eyes, R5.4).</summary>
    public Bedrag VierOgenDrempel { get; private set; } = StandaardVierOgenDrempel;

    public DateTimeOffset AangemaaktOp { get; private set; }

    public DateTimeOffset GewijzigdOp { get; private set; }

    /// <summary>Sets the four-eyes threshold: zero (every declaratie twice approved) or more.</summary>
    public void ZetVierOgenDrempel(Bedrag drempel, DateTimeOffset now)
    {
        if (drempel.IsNegatief)
            throw new DomainException("De drempel voor vier ogen is nul of meer.");
        VierOgenDrempel = drempel;
        GewijzigdOp = now;
    }

    public Bedrag KostenIn(int jaar) => Kosten.FirstOrDefault(k => k.Jaar == jaar)?.Bedrag ?? Bedrag.Nul;

    /// <summary>Replaces what the host offers and its budgeted costs, every year at once.</summary>
    public void Wijzig(string dienstverlening, bool nietCommercieel, IReadOnlyList<Hostkosten> kosten, DateTimeOffset now)
    {
        if (Tekst.IsBlank(dienstverlening))
            throw new DomainException("Beschrijf wat de hostorganisatie voor de groepen doet.");
        if (kosten.Count > MeesteJaren)
            throw new DomainException($"Begroot de kosten van hoogstens {MeesteJaren} jaar.");
        if (kosten.Select(k => k.Jaar).Distinct().Count() != kosten.Count)
            throw new DomainException("Elk jaar staat maar één keer in de begrote kosten van de host.");
        if (kosten.Any(k => k.Bedrag.IsNegatief))
            throw new DomainException("De begrote kosten van de host zijn nul of meer.");
        if (kosten.Any(k => Tekst.IsBlank(k.Toelichting)))
            throw new DomainException("Licht de begrote kosten van elk jaar toe: waar betaalt de gemeente de host voor?");
        Dienstverlening = dienstverlening.Trim();
        NietCommercieel = nietCommercieel;
        Kosten = kosten.OrderBy(k => k.Jaar).Select(k => k with { Toelichting = k.Toelichting.Trim() }).ToList();
        GewijzigdOp = now;
    }
}
