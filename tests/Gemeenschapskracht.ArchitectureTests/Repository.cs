namespace Gemeenschapskracht.ArchitectureTests;

/// <summary>The repository's root folder, found above the test binaries.</summary>
internal static class Repository
{
    public static string Root { get; } = Find();

    private static string Find()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Gemeenschapskracht.sln")))
            directory = directory.Parent;
        return directory?.FullName ?? throw new InvalidOperationException("Gemeenschapskracht.sln not found above the test binaries.");
    }
}
