namespace Gemeenschapskracht.Infrastructure.Identity;

/// <summary>Configuration section <c>Identity</c>: token keys and the machine clients to register.</summary>
public sealed class PlatformIdentityOptions
{
    /// <summary>PFX file with the token signing key (production); none means ephemeral development keys.</summary>
    public string? SigningCertificatePath { get; set; }

    public string? SigningCertificatePassword { get; set; }

    /// <summary>PFX file with the token encryption key (production).</summary>
    public string? EncryptionCertificatePath { get; set; }

    public string? EncryptionCertificatePassword { get; set; }

    /// <summary>
    /// The token issuer, fixed so that a token stays valid on every host and path prefix of the platform
    /// (amsterdam.example.nl, /amsterdam/api/...). Null: derived from the request (single-host development only).
    /// </summary>
    public Uri? Issuer { get; set; }

    /// <summary>Refuse token requests over plain HTTP. Off only for development and tests on loopback.</summary>
    public bool RequireHttps { get; set; } = true;

    public List<MachineClientOptions> Clients { get; set; } = [];

    public WebClientOptions WebClient { get; set; } = new();
}

/// <summary>
/// A machine client (client credentials): a gemeente's own systems, or platform automation.
/// <see cref="Tenant"/> null means a platform-level client.
/// </summary>
public sealed class MachineClientOptions
{
    public string ClientId { get; set; } = "";
    public string ClientSecret { get; set; } = "";
    public string DisplayName { get; set; } = "";
    public string? Tenant { get; set; }
    public List<string> Roles { get; set; } = [];

    /// <summary>The organisation the roles are scoped to (an integration acting for one organisation), or none.</summary>
    public Guid? Organisatie { get; set; }
}
