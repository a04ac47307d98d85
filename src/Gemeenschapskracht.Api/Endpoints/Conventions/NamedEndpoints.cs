using System.Reflection;
using Mediator;

namespace Gemeenschapskracht.Api.Endpoints.Conventions;

/// <summary>
/// Makes the name of an endpoint's handler method its OpenAPI operationId (and the generated client's method name).
/// Lambdas are refused: their compiler-generated names would change the client on every edit. Endpoints are mapped
/// with the framework's <c>MapGet(pattern, Handler)</c> and this convention after it, so that the request delegate
/// generator builds their request delegates at compile time instead of at start-up (ADR 0036).
/// </summary>
public static class NamedEndpoints
{
    public static RouteHandlerBuilder Named(this RouteHandlerBuilder builder)
    {
        builder.Add(endpoint =>
        {
            var handler = endpoint.Metadata.OfType<MethodInfo>().First();
            if (handler.Name.Contains('<', StringComparison.Ordinal))
                throw new InvalidOperationException("Map an endpoint with a named method, not a lambda: the method's name is its operationId.");
            endpoint.Metadata.Add(new EndpointNameMetadata(handler.Name));
            endpoint.Metadata.Add(new RouteNameMetadata(handler.Name));
            foreach (var parameter in handler.GetParameters().Where(p => p.ParameterType.IsAssignableTo(typeof(IMessage))))
                AuthorizeBeforeBinding(endpoint, parameter.ParameterType);
        });
        return builder;
    }

    /// <summary>
    /// A command bound as the body carries its own <see cref="Application.Common.Security.AuthorizeAttribute"/>s; they are
    /// applied to the endpoint too, so that a caller without the role gets 401/403 before the body is read, not a 400
    /// about a body they were never allowed to send. The pipeline's authorization behaviour still checks them again.
    /// </summary>
    private static void AuthorizeBeforeBinding(EndpointBuilder endpoint, Type command)
    {
        var required = command.GetCustomAttributes<Application.Common.Security.AuthorizeAttribute>().ToList();
        if (required.Count == 0)
            return;
        foreach (var attribute in required)
            endpoint.Metadata.Add(new Microsoft.AspNetCore.Authorization.AuthorizeAttribute { Roles = attribute.Roles.Length > 0 ? attribute.Roles : null });
        foreach (var status in new[] { StatusCodes.Status401Unauthorized, StatusCodes.Status403Forbidden })
            endpoint.Metadata.Add(ProblemResponses.Metadata(status));
    }
}
