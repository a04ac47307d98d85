namespace Gemeenschapskracht.Infrastructure.Tenancy;

/// <summary>Configuration section <c>Tenancy</c>.</summary>
public sealed class TenancyOptions
{
    /// <summary>Base domain for host resolution (<c>{tenant}.BaseDomain</c>); none disables the host strategy.</summary>
    public string? BaseDomain { get; set; }

    public string HeaderName { get; set; } = "Gemeente";
}
