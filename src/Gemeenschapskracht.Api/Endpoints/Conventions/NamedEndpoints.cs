using System.Reflection;
using Mediator;

namespace Gemeenschapskracht.Api.Endpoints.Conventions;

/// <summary>
/// Maps a named method as an endpoint and makes its name the OpenAPI operationId (and the generated client's
/// method name). Lambdas are refused: their compiler-generated names would change the client on every edit.
/// </summary>
public static class NamedEndpoints
{
    public static RouteHandlerBuilder MapGet(this RouteGroupBuilder group, Delegate handler, string pattern = "") =>
        group.MapGet(pattern, handler).Named(handler);

    public static RouteHandlerBuilder MapPost(this RouteGroupBuilder group, Delegate handler, string pattern = "") =>
        group.MapPost(pattern, handler).Named(handler);

    public static RouteHandlerBuilder MapPut(this RouteGroupBuilder group, Delegate handler, string pattern = "") =>
        group.MapPut(pattern, handler).Named(handler);

    public static RouteHandlerBuilder MapDelete(this RouteGroupBuilder group, Delegate handler, string pattern = "") =>
        group.MapDelete(pattern, handler).Named(handler);

    private static RouteHandlerBuilder Named(this RouteHandlerBuilder builder, Delegate handler)
    {
        var name = handler.Method.Name;
        if (name.Contains('<', StringComparison.Ordinal))
            throw new InvalidOperationException("Map an endpoint with a named method, not a lambda: the method's name is its operationId.");
        builder.WithName(name);
        foreach (var parameter in handler.Method.GetParameters().Where(p => p.ParameterType.IsAssignableTo(typeof(IMessage))))
            builder.AuthorizeBeforeBinding(parameter.ParameterType);
        return builder;
    }

    /// <summary>
    /// A command bound as the body carries its own <see cref="Application.Common.Security.AuthorizeAttribute"/>s; they are
    /// applied to the endpoint too, so that a caller without the role gets 401/403 before the body is read, not a 400
    /// about a body they were never allowed to send. The pipeline's authorization behaviour still checks them again.
    /// </summary>
    private static void AuthorizeBeforeBinding(this RouteHandlerBuilder builder, Type command)
    {
        var required = command.GetCustomAttributes<Application.Common.Security.AuthorizeAttribute>().ToList();
        if (required.Count == 0)
            return;
        builder.RequireAuthorization(required
            .Select(a => new Microsoft.AspNetCore.Authorization.AuthorizeAttribute { Roles = a.Roles.Length > 0 ? a.Roles : null })
            .ToArray<Microsoft.AspNetCore.Authorization.IAuthorizeData>());
        builder.RequiresRole();
    }
}
