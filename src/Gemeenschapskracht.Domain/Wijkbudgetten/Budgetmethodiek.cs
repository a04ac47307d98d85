using Gemeenschapskracht.Domain.Beleidskaders;
using Gemeenschapskracht.Domain.Common;

namespace Gemeenschapskracht.Domain.Wijkbudgetten;

/// <summary>
/// How the gemeente arrives at its wijkbudgetten (R4.1): designed by ambtenaren as an ontwerp, adopted by the raad
/// (the raadsbesluit is recorded), then read-only and in force until a newer version is adopted. Versioned per
/// gemeente so that every wijkbudget can say by which methodiek it was computed.
/// </summary>
public sealed class Budgetmethodiek : IAudited
{
    private Budgetmethodiek() { }

    public Budgetmethodiek(int versie, string titel, MethodiekInhoud inhoud, IReadOnlyList<Financieringsbron> bronnen, DateTimeOffset now)
    {
        inhoud.Controleer(bronnen);
        Id = Guid.CreateVersion7(now);
        Versie = versie;
        Titel = titel.Trim();
        Inhoud = inhoud;
        Status = MethodiekStatus.Ontwerp;
        AangemaaktOp = now;
        GewijzigdOp = now;
    }

    public Guid Id { get; private set; }

    public int Versie { get; private set; }

    public string Titel { get; private set; } = "";

    public MethodiekStatus Status { get; private set; }

    public MethodiekInhoud Inhoud { get; private set; } = null!;

    public Raadsbesluit? Raadsbesluit { get; private set; }

    public DateTimeOffset AangemaaktOp { get; private set; }

    public DateTimeOffset GewijzigdOp { get; private set; }

    public bool IsGeldend => Status == MethodiekStatus.Vastgesteld;

    public void Wijzig(string titel, MethodiekInhoud inhoud, IReadOnlyList<Financieringsbron> bronnen, DateTimeOffset now)
    {
        if (Status != MethodiekStatus.Ontwerp)
            throw new DomainException($"Versie {Versie} van de methodiek is vastgesteld door de raad en kan niet meer worden gewijzigd; maak een nieuwe versie.");
        inhoud.Controleer(bronnen);
        Titel = titel.Trim();
        Inhoud = inhoud;
        GewijzigdOp = now;
    }

    /// <summary>
    /// Records the raad's adoption (R4.1: the raad is responsible for the methodiek). The version in force until now is
    /// replaced. The decision cannot be dated in the future.
    /// </summary>
    public void StelVast(Raadsbesluit besluit, Budgetmethodiek? geldend, DateTimeOffset now)
    {
        if (Status != MethodiekStatus.Ontwerp)
            throw new DomainException($"Versie {Versie} van de methodiek is al vastgesteld.");
        besluit.ControleerGenomen(now);
        if (geldend is not null && geldend.Id != Id)
        {
            geldend.Status = MethodiekStatus.Vervangen;
            geldend.GewijzigdOp = now;
        }
        Raadsbesluit = besluit;
        Status = MethodiekStatus.Vastgesteld;
        GewijzigdOp = now;
    }
}
