using Gemeenschapskracht.Application.Common.Security;

namespace Gemeenschapskracht.ArchitectureTests;

/// <summary>Every request declares who may send it; a request without a declaration is a hole in the authorization pipeline.</summary>
public sealed class RequestAuthorizationTests
{
    private static IReadOnlyList<Type> RequestTypes() =>
        typeof(AuthorizeAttribute).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(Mediator.IMessage).IsAssignableFrom(t))
            .Where(t => !typeof(Mediator.INotification).IsAssignableFrom(t))
            .ToList();

    [Fact]
    public void The_application_has_requests()
    {
        Assert.Contains(RequestTypes(), t => t.Name == "UpdateGebiedCommand");
        Assert.Contains(RequestTypes(), t => t.Name == "GetGemeenteQuery");
    }

    [Fact]
    public void Every_request_is_marked_Authorize_or_Public()
    {
        var unmarked = RequestTypes()
            .Where(t => !t.IsDefined(typeof(AuthorizeAttribute), inherit: true) && !t.IsDefined(typeof(PublicAttribute), inherit: true))
            .Select(t => t.FullName)
            .ToList();

        Assert.True(unmarked.Count == 0, $"Requests without [Authorize] or [Public]: {string.Join(", ", unmarked)}");
    }

    [Fact]
    public void No_request_is_both_Authorize_and_Public()
    {
        var both = RequestTypes()
            .Where(t => t.IsDefined(typeof(AuthorizeAttribute), inherit: true) && t.IsDefined(typeof(PublicAttribute), inherit: true))
            .Select(t => t.FullName)
            .ToList();

        Assert.True(both.Count == 0, $"Requests marked both [Authorize] and [Public]: {string.Join(", ", both)}");
    }
}
