namespace Gemeenschapskracht.IntegrationTests.Authorization;

/// <summary>The callers of the authorization matrix, in the order of each row's expected statuses.</summary>
public enum Caller
{
    Anoniem, Machine, PlatformBeheerder, GemeenteBeheerder, Beleidsmedewerker, Raadslid, Griffie, Bewonersorganisatie,
    Professional, Backoffice, VisitatiepanelLid, Auditor, AndereGemeente,
}

/// <param name="Path">Below <c>/api/v1</c>, as in the OpenAPI document; <c>{id}</c> becomes a wijk of Amsterdam, <c>{slug}</c> amsterdam.</param>
/// <param name="Body">Deliberately invalid where a caller is allowed, so that no row changes data.</param>
/// <param name="Expected">Expected status per caller, in the order of <see cref="Caller"/>.</param>
public sealed record Entry(string Method, string Path, string? Body, params int[] Expected)
{
    public string ContentType { get; init; } = "application/json";

    /// <summary>A query string to send (<c>naam=besluit.pdf</c>); the path stays as the OpenAPI document names it.</summary>
    public string? Query { get; init; }
}

/// <summary>One feature's rows of the authorization matrix: every endpoint of its endpoint groups.</summary>
public interface IAuthorizationRows
{
    IEnumerable<Entry> Rows { get; }
}

internal static class Bodies
{
    public const string Invalid = "{}";
}
