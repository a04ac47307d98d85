using System.Text.Json;
using Microsoft.Extensions.Options;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Gemeenschapskracht.Infrastructure.Identity;

/// <summary>Registers (or updates) the configured machine clients in the OpenIddict store.</summary>
public sealed class MachineClientSeeder(IOpenIddictApplicationManager applications, IOptions<PlatformIdentityOptions> options)
{
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
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

            var existing = await applications.FindByClientIdAsync(client.ClientId, cancellationToken);
            if (existing is null)
                await applications.CreateAsync(descriptor, cancellationToken);
            else
                await applications.UpdateAsync(existing, descriptor, cancellationToken);
        }
    }
}
