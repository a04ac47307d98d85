namespace Gemeenschapskracht.Application.Common.Interfaces;

/// <summary>The caller: a person, a machine client, or anonymous. Roles are those for the current gemeente only.</summary>
public interface ICurrentUser
{
    bool IsAuthenticated { get; }

    /// <summary>Subject or client id, or "anoniem"/"systeem" when there is no caller.</summary>
    string Name { get; }

    /// <summary>The person's user id, or null for machine clients and anonymous callers.</summary>
    Guid? UserId { get; }

    /// <summary>Where the request came from (remote address), or null for background work.</summary>
    string? Origin { get; }

    bool IsInRole(string role);
}
