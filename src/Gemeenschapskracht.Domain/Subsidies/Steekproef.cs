using System.Security.Cryptography;
using System.Text;
using Gemeenschapskracht.Domain.Common;
using Gemeenschapskracht.Domain.Regels;

namespace Gemeenschapskracht.Domain.Subsidies;

/// <summary>
/// The random steekproef among the subsidies set without a report whose period ended in a year: the kader's share of
/// them, rounded up, is asked to show that the activities took place. Reproducible: the seed and the population are
/// recorded, and the draw orders the population by SHA-256 of seed and id, so an auditor can repeat it and see it was
/// random. One steekproef per year.
/// </summary>
public sealed class Steekproef : IAudited
{
    private Steekproef() { }

    private Steekproef(int jaar, string zaad, int procent, int kaderVersie, IReadOnlyList<Guid> populatie, IReadOnlyList<Guid> getrokken, DateTimeOffset now)
    {
        Id = Guid.CreateVersion7(now);
        Jaar = jaar;
        Zaad = zaad;
        Procent = procent;
        KaderVersie = kaderVersie;
        Populatie = populatie;
        Getrokken = getrokken;
        GetrokkenOp = now;
    }

    public Guid Id { get; private set; }

    public int Jaar { get; private set; }

    /// <summary>The seed of the draw (hexadecimal), recorded so the draw can be repeated.</summary>
    public string Zaad { get; private set; } = "";

    public int Procent { get; private set; }

    public int KaderVersie { get; private set; }

    /// <summary>The beschikkingen it drew from, in id order.</summary>
    public IReadOnlyList<Guid> Populatie { get; private set; } = [];

    public IReadOnlyList<Guid> Getrokken { get; private set; } = [];

    public DateTimeOffset GetrokkenOp { get; private set; }

    [Regel(Regelcatalogus.UskSteekproef)]
    public static Steekproef Trek(int jaar, string zaad, Verantwoordingskader kader, IReadOnlyList<Beschikking> populatie, DateTimeOffset now)
    {
        if (Tekst.IsBlank(zaad))
            throw new DomainException("Een steekproef heeft een zaad om haar te kunnen herhalen.");
        if (populatie.Any(b => b.Niveau != Verantwoordingsniveau.ZonderVerslag || b.Tot.Year != jaar || b.VaststellingId is not null))
            throw new DomainException($"De steekproef trekt alleen uit subsidies zonder verslag die in {jaar} afliepen en nog niet zijn vastgesteld.");
        var ids = populatie.Select(b => b.Id).Order().ToList();
        var aantal = (int)Math.Ceiling(ids.Count * kader.SteekproefProcent / 100m);
        var getrokken = Volgorde(zaad, ids).Take(aantal).ToList();
        foreach (var beschikking in populatie.Where(b => getrokken.Contains(b.Id)))
            beschikking.NeemOpInSteekproef(now);
        return new Steekproef(jaar, zaad, kader.SteekproefProcent, kader.Versie, ids, getrokken, now);
    }

    /// <summary>The population in the order of the draw: by SHA-256 of "seed:id", which anyone can compute again.</summary>
    [Regel(Regelcatalogus.UskSteekproef)]
    public static IEnumerable<Guid> Volgorde(string zaad, IEnumerable<Guid> ids) =>
        ids.OrderBy(id => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes($"{zaad}:{id:D}"))), StringComparer.Ordinal);
}
