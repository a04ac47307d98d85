using Gemeenschapskracht.Api.OpenApi;
using Gemeenschapskracht.Api.Web;

namespace Gemeenschapskracht.Api.Endpoints.Conventions;

public static class EndpointGroupRegistration
{
    /// <summary>Every <see cref="IEndpointGroup"/> of this assembly, in a stable order.</summary>
    public static IReadOnlyList<IEndpointGroup> Discover() =>
        typeof(IEndpointGroup).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && t.IsAssignableTo(typeof(IEndpointGroup)))
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .Select(t => (IEndpointGroup)Activator.CreateInstance(t)!)
            .ToList();

    public static IEndpointRouteBuilder MapEndpointGroups(this IEndpointRouteBuilder app)
    {
        foreach (var endpointGroup in Discover())
        {
            var group = app.MapGroup($"{NlApiDesignRules.BasePath}/{endpointGroup.Route}").WithTags(endpointGroup.Tag)
                .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status500InternalServerError);
            if (endpointGroup.Tenant == TenantScope.Gemeente)
            {
                // An unknown gemeente is 404, an inactive one or another gemeente's token 403, before any endpoint runs.
                group.AddEndpointFilter<RequireTenantFilter>()
                    .ProducesProblems(StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound);
            }
            endpointGroup.Map(group);
        }
        return app;
    }
}
