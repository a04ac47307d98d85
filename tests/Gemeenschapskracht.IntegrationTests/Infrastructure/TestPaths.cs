namespace Gemeenschapskracht.IntegrationTests.Infrastructure;

public static class TestPaths
{
    /// <summary>The real CBS 2024 extract in ../shared/ beside the repository. Tests read it there, never a copy.</summary>
    public static string CbsExtract { get; } = Path.GetFullPath(Path.Combine(RepositoryRoot(), "..", "shared", "data", "cbs-kwb-2024"));

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Gemeenschapskracht.sln")))
            directory = directory.Parent;
        return directory?.FullName ?? throw new InvalidOperationException("Gemeenschapskracht.sln not found above the test binaries.");
    }
}
