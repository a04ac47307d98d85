using System.Reflection;
using Gemeenschapskracht.Domain.Common;
using Gemeenschapskracht.Domain.Persoonsgegevens;
using Gemeenschapskracht.Domain.Regels;
using Gemeenschapskracht.Infrastructure.Persistence;

namespace Gemeenschapskracht.ArchitectureTests;

/// <summary>
/// AVG art. 15, 17 and 30 rest on the model: an entity that stores personal data can be searched, erased and listed in
/// the register only when it says how. These tests make a new one say so before it can be merged.
/// </summary>
public sealed class PersoonsgegevensModelTests
{
    private static IReadOnlyList<Type> OpgeslagenTypen()
    {
        using var context = DesignTimeContexts.Application(DatabaseProvider.Sqlite);
        return context.Model.GetEntityTypes().Select(e => e.ClrType).Where(t => !t.IsGenericType).Distinct().ToList();
    }

    private static bool HoudtPersoonsgegevens(Type type) =>
        type.GetProperties().Any(p => p.IsDefined(typeof(PersoonsgegevenAttribute), false));

    [Fact]
    [Trait("Regel", Regelcatalogus.Avg30)]
    public void AVG_30_every_stored_entity_with_personal_data_names_its_processing_activity_and_can_be_searched_and_erased()
    {
        var typen = OpgeslagenTypen().Where(HoudtPersoonsgegevens).ToList();
        Assert.Contains(typen, t => t.Name == "Aanmelding");
        var zonder = typen
            .Where(t => !typeof(IPersoonsgegevensHouder).IsAssignableFrom(t) || t.GetCustomAttribute<VerwerkingAttribute>() is null)
            .Select(t => t.Name)
            .ToList();
        Assert.True(zonder.Count == 0,
            $"Persoonsgegevens zonder [Verwerking] of zonder IPersoonsgegevensHouder (inzage, wissen, register): {string.Join(", ", zonder)}");
    }

    [Fact]
    public void A_holder_of_personal_data_marks_which_properties_they_are()
    {
        var ongemarkeerd = typeof(IPersoonsgegevensHouder).Assembly.GetTypes()
            .Where(t => t.IsClass && typeof(IPersoonsgegevensHouder).IsAssignableFrom(t) && !HoudtPersoonsgegevens(t))
            .Select(t => t.Name)
            .ToList();
        Assert.True(ongemarkeerd.Count == 0, $"IPersoonsgegevensHouder zonder [Persoonsgegeven]-velden: {string.Join(", ", ongemarkeerd)}");
    }
}
