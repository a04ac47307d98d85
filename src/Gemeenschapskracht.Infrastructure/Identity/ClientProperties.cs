namespace Gemeenschapskracht.Infrastructure.Identity;

/// <summary>Names of the custom properties stored with an OpenIddict application.</summary>
public static class ClientProperties
{
    public const string Tenant = "gemeenschapskracht:tenant";
    public const string Roles = "gemeenschapskracht:roles";
    public const string Organisatie = "gemeenschapskracht:organisatie";

    /// <summary>A hash of the configuration the application was last written from (<see cref="MachineClientSeeder"/>).</summary>
    public const string Fingerprint = "gemeenschapskracht:fingerprint";
}
