using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Domain.Persoonsgegevens;

namespace Gemeenschapskracht.Application.Persoonsgegevens.Shared;

/// <summary>One record about the person, with what it holds of them.</summary>
public sealed record Vondst(Type Type, IPersoonsgegevensHouder Houder, IReadOnlyList<Gegeven> Gegevens);

/// <summary>Everything the gemeente's records hold about one person, kind by kind.</summary>
public static class Betrokkenegegevens
{
    public static async Task<IReadOnlyList<Vondst>> ZoekAsync(IApplicationDbContext db, Betrokkene betrokkene, bool volgen, CancellationToken ct)
    {
        var vondsten = new List<Vondst>();
        foreach (var type in Houders.Typen)
            foreach (var houder in await Houders.LaadAsync(db, type, volgen, ct))
                if (houder.GegevensVan(betrokkene) is { Count: > 0 } gegevens)
                    vondsten.Add(new Vondst(type, houder, gegevens));
        return vondsten;
    }
}
