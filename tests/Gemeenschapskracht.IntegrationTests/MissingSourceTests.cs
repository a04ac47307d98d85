using Gemeenschapskracht.IntegrationTests.Infrastructure;

namespace Gemeenschapskracht.IntegrationTests;

/// <summary>Without its CBS files the platform says so clearly and creates nothing.</summary>
public sealed class MissingSourceTests(MissingSourceTests.Factory factory) : IClassFixture<MissingSourceTests.Factory>
{
    [Fact]
    public async Task Creating_a_gemeente_without_the_import_file_is_a_503_problem_and_changes_nothing()
    {
        var platform = await factory.AuthenticatedAsync(ApiFactory.PlatformClient);
        using var response = await platform.PostJsonAsync("/api/v1/gemeenten", new { naam = "Amsterdam", slug = "amsterdam", gemeentecode = "GM0363" });

        var problem = await response.AssertProblemAsync(503);
        Assert.Contains("niet gevonden", problem["detail"]!.GetValue<string>());
        var list = await (await platform.GetAsync("/api/v1/gemeenten")).ReadJsonAsync();
        Assert.Equal(0, list["totalCount"]!.GetValue<int>());
    }

    public sealed class Factory : ApiFactory
    {
        protected override string CbsFolder => Path.Combine(Path.GetTempPath(), "gk-bestaat-niet-" + Guid.NewGuid().ToString("N"));
    }
}
