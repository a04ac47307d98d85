using System.Security.Cryptography;

namespace Gemeenschapskracht.Domain.Persoonsgegevens;

/// <summary>
/// The name that replaces an anonymised person in the records that stay: random, so it cannot be traced back to the
/// person, and one per request, so the records of one person still belong together.
/// </summary>
public static class Pseudoniem
{
    private const string Tekens = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    public static string Nieuw() => $"Betrokkene {RandomNumberGenerator.GetString(Tekens, 8)}";

    public static bool IsPseudoniem(string? waarde) =>
        waarde is { Length: 19 } && waarde.StartsWith("Betrokkene ", StringComparison.Ordinal) && waarde[11..].All(Tekens.Contains);
}
