namespace Gemeenschapskracht.Application.Common.Interfaces;

/// <summary>The caller: a person, a machine client, or anonymous. Roles are those for the current gemeente only.</summary>
public interface ICurrentUser
{
    /// <summary>True for a signed-in caller, and for the platform's own background work (<see cref="IsSystem"/>).</summary>
    bool IsAuthenticated { get; }

    /// <summary>Background work outside any request: a job. It holds exactly one role, <see cref="Security.Roles.Systeem"/>.</summary>
    bool IsSystem { get; }

    /// <summary>Subject or client id, or "anoniem"/"systeem" when there is no caller.</summary>
    string Name { get; }

    /// <summary>The name to show with what the caller wrote: the person's display name, the client's name, or "systeem".</summary>
    string Weergavenaam { get; }

    /// <summary>The person's user id, or null for machine clients and anonymous callers.</summary>
    Guid? UserId { get; }

    /// <summary>Where the request came from (remote address), or null for background work.</summary>
    string? Origin { get; }

    /// <summary>The organisation the caller's roles are scoped to in this gemeente, or null when they are not scoped.</summary>
    Guid? OrganisatieId { get; }

    bool IsInRole(string role);
}
