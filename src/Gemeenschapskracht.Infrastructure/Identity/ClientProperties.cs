namespace Gemeenschapskracht.Infrastructure.Identity;

/// <summary>Names of the custom properties stored with an OpenIddict application.</summary>
public static class ClientProperties
{
    public const string Tenant = "gemeenschapskracht:tenant";
    public const string Roles = "gemeenschapskracht:roles";
}
