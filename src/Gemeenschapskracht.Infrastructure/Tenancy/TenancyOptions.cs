namespace Gemeenschapskracht.Infrastructure.Tenancy;

/// <summary>Configuration section <c>Tenancy</c>.</summary>
public sealed class TenancyOptions
{
    /// <summary>Base domain for host resolution (<c>{tenant}.BaseDomain</c>); none disables the host strategy.</summary>
    public string? BaseDomain { get; set; }

    public string HeaderName { get; set; } = "Gemeente";

    /// <summary>
    /// How long an instance trusts its cached copy of a gemeente (ADR 0034): a change made on another instance
    /// (deactivation, a new name) takes effect here within this time.
    /// </summary>
    public int CacheSeconds { get; set; } = 5;
}
