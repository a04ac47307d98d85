using System.Reflection;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Domain.Common;
using Gemeenschapskracht.Domain.Persoonsgegevens;
using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.Application.Persoonsgegevens.Shared;

/// <summary>
/// The entities of the domain that hold personal data, found by their interface, so a new one is searched, exported,
/// anonymised and listed in the register without a line here. An architecture test holds every entity with a
/// <see cref="PersoonsgegevenAttribute"/> to implementing it.
/// </summary>
public static class Houders
{
    public static IReadOnlyList<Type> Typen { get; } = typeof(IPersoonsgegevensHouder).Assembly.GetTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IPersoonsgegevensHouder).IsAssignableFrom(t))
        .OrderBy(t => Verwerking(t).Naam, StringComparer.Ordinal)
        .ToList();

    public static VerwerkingAttribute Verwerking(Type type) =>
        type.GetCustomAttribute<VerwerkingAttribute>()
        ?? throw new InvalidOperationException($"{type.Name} houdt persoonsgegevens maar noemt zijn verwerking niet ([Verwerking]).");

    /// <summary>The names of the properties marked as personal data: the categories the register lists.</summary>
    public static IReadOnlyList<string> Velden(Type type) =>
        type.GetProperties().Select(p => p.GetCustomAttribute<PersoonsgegevenAttribute>(false)?.Omschrijving).OfType<string>().ToList();

    public static Guid Id(IPersoonsgegevensHouder houder) => (Guid)houder.GetType().GetProperty("Id")!.GetValue(houder)!;

    /// <summary>
    /// All of the gemeente's records of one type. A request about one person is rare and a gemeente's records of a kind
    /// number thousands, so the entity's own matching runs in memory rather than a query per kind of field.
    /// </summary>
    public static async Task<IReadOnlyList<IPersoonsgegevensHouder>> LaadAsync(IApplicationDbContext db, Type type, bool volgen, CancellationToken ct)
    {
        var laad = LaadMethode.MakeGenericMethod(type);
        return await (Task<IReadOnlyList<IPersoonsgegevensHouder>>)laad.Invoke(null, [db, volgen, ct])!;
    }

    private static readonly MethodInfo LaadMethode = typeof(Houders).GetMethod(nameof(LaadGeneriekAsync), BindingFlags.NonPublic | BindingFlags.Static)!;

    private static async Task<IReadOnlyList<IPersoonsgegevensHouder>> LaadGeneriekAsync<T>(IApplicationDbContext db, bool volgen, CancellationToken ct)
        where T : class, IPersoonsgegevensHouder
    {
        var set = volgen ? db.Set<T>() : db.Set<T>().AsNoTracking();
        return await set.ToListAsync(ct);
    }
}
