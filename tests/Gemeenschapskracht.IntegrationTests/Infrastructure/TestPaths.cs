namespace Gemeenschapskracht.IntegrationTests.Infrastructure;

public static class TestPaths
{
    /// <summary>The real CBS 2024 extract in ../shared/ beside the repository. Tests read it there, never a copy.</summary>
    public static string CbsExtract { get; } = Path.GetFullPath(Path.Combine(RepositoryRoot(), "..", "shared", "data", "cbs-kwb-2024"));

    /// <summary>The API's own build output (same configuration as the tests), to start the executable as a user would.</summary>
    public static string ApiExecutable { get; } = Path.Combine(RepositoryRoot(), "src", "Gemeenschapskracht.Api", "bin",
        AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Debug{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Debug" : "Release",
        "net10.0", "Gemeenschapskracht.Api.dll");

    public static string Repository { get; } = RepositoryRoot();

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Gemeenschapskracht.sln")))
            directory = directory.Parent;
        return directory?.FullName ?? throw new InvalidOperationException("Gemeenschapskracht.sln not found above the test binaries.");
    }
}
