using System.Reflection;
using Gemeenschapskracht.Api.Endpoints.Conventions;
using Gemeenschapskracht.Infrastructure.Persistence;
using Microsoft.Extensions.Options;
using JsonOptions = Microsoft.AspNetCore.Http.Json.JsonOptions;

namespace Gemeenschapskracht.Api.Web;

/// <summary>
/// Builds, on the second core while the start-up tasks migrate on the first, what the host would otherwise build on the
/// critical path: the application context's EF Core model, and the JSON metadata of every type an endpoint reads or
/// writes (the generated request delegates ask for it when the host starts). Both are cached for the process and safe to
/// build from two threads. See bench/README.md, cold start, and ADR 0036.
/// </summary>
public static class StartupWarmUp
{
    public static Task StartAsync(WebApplication app) => Task.Run(() =>
    {
        using (var scope = app.Services.CreateScope())
            _ = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>().Model;
        var json = app.Services.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        foreach (var type in EndpointJsonTypes())
            json.GetTypeInfo(type);
    });

    /// <summary>The bodies and results of the handlers: the public static methods of the endpoint groups.</summary>
    public static IEnumerable<Type> EndpointJsonTypes() => typeof(StartupWarmUp).Assembly.GetTypes()
        .Where(t => t.IsAssignableTo(typeof(IEndpointGroup)) && t.IsClass && !t.IsAbstract)
        .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly))
        .SelectMany(m => m.GetParameters().Select(p => p.ParameterType).Append(m.ReturnType))
        .SelectMany(Unwrap)
        .Where(t => !t.ContainsGenericParameters && t.Namespace?.StartsWith("Gemeenschapskracht.", StringComparison.Ordinal) == true)
        .Distinct();

    /// <summary><c>Task&lt;Results&lt;Ok&lt;X&gt;, NotFound&gt;&gt;</c> → X: the framework's wrappers hold the type that is serialised.</summary>
    private static IEnumerable<Type> Unwrap(Type type) =>
        type.IsGenericType && type.Namespace is "System.Threading.Tasks" or "Microsoft.AspNetCore.Http.HttpResults" or "System.Collections.Generic"
            ? type.GetGenericArguments().SelectMany(Unwrap)
            : [type];
}
