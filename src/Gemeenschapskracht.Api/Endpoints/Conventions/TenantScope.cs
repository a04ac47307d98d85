namespace Gemeenschapskracht.Api.Endpoints.Conventions;

/// <summary>Where an endpoint group's data lives.</summary>
public enum TenantScope
{
    /// <summary>Within the current gemeente: without one the request is a 400 (<see cref="Web.RequireTenantFilter"/>).</summary>
    Gemeente,

    /// <summary>On the platform, across gemeenten (the platform-beheerder's gemeenten, a person's own memberships).</summary>
    Platform,
}
