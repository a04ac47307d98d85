namespace Gemeenschapskracht.IntegrationTests.Infrastructure;

/// <summary>The API with Amsterdam and Aa en Hunze provisioned from the test CBS extract, ready before the first test.</summary>
public sealed class TweeGemeentenFactory : ApiFactory, IAsyncLifetime
{
    public async Task InitializeAsync()
    {
        var platform = await this.AuthenticatedAsync(PlatformClient);
        await Provisioning.CreateAndWaitAsync(platform, "amsterdam", "Amsterdam", "GM0363");
        await Provisioning.CreateAndWaitAsync(platform, "aa-en-hunze", "Aa en Hunze", "GM1680");
    }

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
}
