using System.Reflection;
using System.Runtime.Loader;
using Gemeenschapskracht.Domain.Regels;

namespace Gemeenschapskracht.ArchitectureTests.Regeltabel;

/// <summary>
/// Finds where each rule of <see cref="Regelcatalogus"/> lives (members marked <see cref="RegelAttribute"/> in the
/// product's assemblies) and which tests prove it (test methods with <c>[Trait("Regel", id)]</c> in the three test
/// assemblies, read from their build output).
/// </summary>
internal static class RegelVindplaatsen
{
    public const string TraitNaam = "Regel";

    private static readonly string[] ProductAssemblies =
    [
        "Gemeenschapskracht.Domain", "Gemeenschapskracht.Application", "Gemeenschapskracht.Infrastructure", "Gemeenschapskracht.Api",
    ];

    private static readonly string[] TestProjecten =
    [
        "Gemeenschapskracht.UnitTests", "Gemeenschapskracht.IntegrationTests", "Gemeenschapskracht.ArchitectureTests",
    ];

    public static ILookup<string, string> LevenIn() =>
        ProductAssemblies.Select(Assembly.Load).SelectMany(Typen).SelectMany(type =>
                Leden(type).SelectMany(lid => lid.GetCustomAttributes<RegelAttribute>(false)
                    .Select(regel => (regel.Id, Naam: Naam(type, lid)))))
            .Distinct()
            .OrderBy(x => x.Naam, StringComparer.Ordinal)
            .ToLookup(x => x.Id, x => x.Naam);

    /// <summary>Each test assembly is loaded in its own context beside its dependencies; only attribute data is read.</summary>
    public static ILookup<string, string> Tests()
    {
        var gevonden = new List<(string Id, string Test)>();
        foreach (var project in TestProjecten)
        {
            var pad = TestAssemblyPad(project);
            var context = new AssemblyLoadContext(project, isCollectible: true);
            var resolver = new AssemblyDependencyResolver(pad);
            context.Resolving += (ctx, naam) => resolver.ResolveAssemblyToPath(naam) is { } p ? ctx.LoadFromAssemblyPath(p) : null;
            try
            {
                var assembly = context.LoadFromAssemblyPath(pad);
                foreach (var type in Typen(assembly))
                foreach (var methode in type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
                {
                    var attributen = methode.GetCustomAttributesData();
                    if (!attributen.Any(IsTest)) continue;
                    gevonden.AddRange(attributen
                        .Where(a => a.AttributeType.FullName == "Xunit.TraitAttribute"
                                    && (string?)a.ConstructorArguments[0].Value == TraitNaam)
                        .Select(a => ((string)a.ConstructorArguments[1].Value!, $"{type.Name}.{methode.Name}")));
                }
            }
            finally
            {
                context.Unload();
            }
        }
        return gevonden.Distinct().OrderBy(x => x.Test, StringComparer.Ordinal).ToLookup(x => x.Id, x => x.Test);
    }

    /// <summary>Trait ids on methods that are no test, which the runner would never run.</summary>
    private static bool IsTest(CustomAttributeData attribuut) =>
        attribuut.AttributeType.FullName is "Xunit.FactAttribute" or "Xunit.TheoryAttribute";

    private static string TestAssemblyPad(string project)
    {
        var hier = AppContext.BaseDirectory;
        var pad = Path.Combine(hier.Replace(typeof(RegelVindplaatsen).Assembly.GetName().Name!, project), project + ".dll");
        return File.Exists(pad)
            ? pad
            : throw new FileNotFoundException($"{project} is niet gebouwd in dezelfde configuratie; bouw de hele solution.", pad);
    }

    private static IEnumerable<Type> Typen(Assembly assembly)
    {
        try
        {
            return assembly.GetTypes();
        }
        catch (ReflectionTypeLoadException e)
        {
            return e.Types.OfType<Type>();
        }
    }

    private static IEnumerable<MemberInfo> Leden(Type type) =>
        type.GetMembers(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
            .Prepend(type);

    private static string Naam(Type type, MemberInfo lid)
    {
        var typeNaam = type.IsNested ? $"{type.DeclaringType!.Name}.{type.Name}" : type.Name;
        var zonderArity = typeNaam.Split('`')[0];
        return lid == type ? zonderArity : lid is ConstructorInfo ? $"{zonderArity} (constructor)" : $"{zonderArity}.{lid.Name}";
    }
}
