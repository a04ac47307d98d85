namespace Gemeenschapskracht.Api.Web;

/// <summary>
/// Where the API finds its <c>appsettings*.json</c> (and its <c>data/</c> folder). The host's default is the working
/// directory, which is right for <c>dotnet run</c> (the project folder) but loads no configuration at all when the
/// built executable is started from anywhere else, e.g. the repository root: then nothing was seeded and the
/// development settings were missing. The executable's own folder holds a copy of the settings, so it is used instead.
/// </summary>
public static class ContentRoot
{
    /// <returns>Null to keep the host's default (the working directory, or a content root given explicitly).</returns>
    public static string? Choose(string[] args)
    {
        var explicitlyGiven = args.Any(a => a.StartsWith("--contentRoot", StringComparison.OrdinalIgnoreCase))
            || Environment.GetEnvironmentVariable("ASPNETCORE_CONTENTROOT") is not null
            || Environment.GetEnvironmentVariable("DOTNET_CONTENTROOT") is not null;
        if (explicitlyGiven || File.Exists(Path.Combine(Directory.GetCurrentDirectory(), "appsettings.json")))
            return null;
        return AppContext.BaseDirectory;
    }
}
