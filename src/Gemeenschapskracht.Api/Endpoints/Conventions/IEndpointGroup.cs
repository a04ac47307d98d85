namespace Gemeenschapskracht.Api.Endpoints.Conventions;

/// <summary>
/// One feature's endpoints under <c>/api/v1/{Route}</c>. Every implementation in this assembly is found and mapped
/// at start-up (<see cref="EndpointGroupRegistration.MapEndpointGroups"/>), so a new feature adds a class, not a
/// line in a hand-kept list. The group declares once what all its endpoints share: tag, tenant scope and the
/// problem responses every one of them can give.
/// </summary>
public interface IEndpointGroup
{
    /// <summary>Path below <c>/api/v1</c>, a Dutch plural in kebab case, e.g. <c>gebieden</c>.</summary>
    string Route { get; }

    /// <summary>The OpenAPI tag (and the section in the API documentation).</summary>
    string Tag { get; }

    /// <summary>Whether the endpoints work within one gemeente (named by host, path prefix or header) or on the platform.</summary>
    TenantScope Tenant { get; }

    /// <summary>Maps the endpoints with <see cref="NamedEndpoints"/>: named handler methods, so the method's name is the operationId.</summary>
    void Map(RouteGroupBuilder group);
}
