using Gemeenschapskracht.Infrastructure.Identity;
using Gemeenschapskracht.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using OpenIddict.Abstractions;
using OpenIddict.EntityFrameworkCore.Models;

namespace Gemeenschapskracht.IntegrationTests.Identity;

/// <summary>The clients are written at start-up only when their configuration changed (writing hashes the secret).</summary>
public sealed class MachineClientSeederTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task An_unchanged_client_is_not_written_again_and_one_whose_configuration_changed_is()
    {
        _ = factory.CreateClient();
        await using var scope = factory.Services.CreateAsyncScope();
        var applications = scope.ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>();
        var seeder = scope.ServiceProvider.GetRequiredService<MachineClientSeeder>();
        var client = await applications.FindByClientIdAsync(ApiFactory.PlatformClient) ?? throw new InvalidOperationException("not seeded");
        var written = Token(client);

        await seeder.SeedAsync(default);
        Assert.Equal(written, Token(await applications.FindByClientIdAsync(ApiFactory.PlatformClient) ?? client));

        var descriptor = new OpenIddictApplicationDescriptor();
        await applications.PopulateAsync(descriptor, client);
        // As if the configuration had been different at the last start.
        descriptor.DisplayName = "oude naam";
        descriptor.Properties[ClientProperties.Fingerprint] = System.Text.Json.JsonSerializer.SerializeToElement("oude configuratie");
        await applications.UpdateAsync(client, descriptor);
        await seeder.SeedAsync(default);
        var after = await applications.FindByClientIdAsync(ApiFactory.PlatformClient) ?? client;
        Assert.Equal(ApiFactory.PlatformClient, await applications.GetDisplayNameAsync(after));
        Assert.NotEqual(written, Token(after));
        Assert.NotNull(await factory.CreateClient().GetTokenAsync(ApiFactory.PlatformClient));
    }

    private static string? Token(object application) => ((OpenIddictEntityFrameworkCoreApplication)application).ConcurrencyToken;
}
