using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Extensions.Options;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Gemeenschapskracht.Infrastructure.Identity;

/// <summary>Registers (or updates) the configured machine clients and the web client in the OpenIddict store.</summary>
public sealed class MachineClientSeeder(IOpenIddictApplicationManager applications, IOptions<PlatformIdentityOptions> options)
{
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        await UpsertAsync(WebClientDescriptor(options.Value.WebClient), cancellationToken);
        foreach (var client in options.Value.Clients)
        {
            var descriptor = new OpenIddictApplicationDescriptor
            {
                ClientId = client.ClientId,
                ClientSecret = client.ClientSecret,
                DisplayName = client.DisplayName,
                ClientType = ClientTypes.Confidential,
                Permissions = { Permissions.Endpoints.Token, Permissions.GrantTypes.ClientCredentials },
            };
            descriptor.Properties[ClientProperties.Roles] = JsonSerializer.SerializeToElement(client.Roles);
            if (client.Tenant is not null)
                descriptor.Properties[ClientProperties.Tenant] = JsonSerializer.SerializeToElement(client.Tenant);
            if (client.Organisatie is not null)
                descriptor.Properties[ClientProperties.Organisatie] = JsonSerializer.SerializeToElement(client.Organisatie.Value.ToString());

            await UpsertAsync(descriptor, cancellationToken);
        }
    }

    private static OpenIddictApplicationDescriptor WebClientDescriptor(WebClientOptions web)
    {
        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = web.ClientId,
            DisplayName = "Gemeenschapskracht (web)",
            ClientType = ClientTypes.Public,
            ConsentType = ConsentTypes.Implicit,
            Permissions =
            {
                Permissions.Endpoints.Authorization, Permissions.Endpoints.Token, Permissions.Endpoints.EndSession,
                Permissions.GrantTypes.AuthorizationCode, Permissions.GrantTypes.RefreshToken,
                Permissions.ResponseTypes.Code,
                Permissions.Scopes.Profile, Permissions.Scopes.Email, Permissions.Scopes.Roles,
            },
            Requirements = { Requirements.Features.ProofKeyForCodeExchange },
        };
        foreach (var uri in web.RedirectUris)
            descriptor.RedirectUris.Add(new Uri(uri));
        foreach (var uri in web.PostLogoutRedirectUris)
            descriptor.PostLogoutRedirectUris.Add(new Uri(uri));
        return descriptor;
    }

    /// <summary>
    /// Writes the application only when its configuration changed since the last start: writing hashes the client
    /// secret (PBKDF2), which made every start about half a second slower for nothing.
    /// </summary>
    private async Task UpsertAsync(OpenIddictApplicationDescriptor descriptor, CancellationToken cancellationToken)
    {
        var fingerprint = Fingerprint(descriptor);
        descriptor.Properties[ClientProperties.Fingerprint] = JsonSerializer.SerializeToElement(fingerprint);
        var existing = await applications.FindByClientIdAsync(descriptor.ClientId!, cancellationToken);
        if (existing is null)
        {
            await applications.CreateAsync(descriptor, cancellationToken);
            return;
        }
        var stored = await applications.GetPropertiesAsync(existing, cancellationToken);
        if (stored.TryGetValue(ClientProperties.Fingerprint, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() == fingerprint)
            return;
        await applications.UpdateAsync(existing, descriptor, cancellationToken);
    }

    private static string Fingerprint(OpenIddictApplicationDescriptor descriptor)
    {
        var configuration = JsonSerializer.Serialize(new
        {
            descriptor.ClientId, descriptor.ClientSecret, descriptor.ClientType, descriptor.ConsentType, descriptor.DisplayName,
            Permissions = descriptor.Permissions.Order(StringComparer.Ordinal),
            Requirements = descriptor.Requirements.Order(StringComparer.Ordinal),
            RedirectUris = descriptor.RedirectUris.Select(u => u.AbsoluteUri),
            PostLogoutRedirectUris = descriptor.PostLogoutRedirectUris.Select(u => u.AbsoluteUri),
            Properties = descriptor.Properties.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={p.Value.GetRawText()}"),
        });
        return Convert.ToHexString(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(configuration)));
    }
}
