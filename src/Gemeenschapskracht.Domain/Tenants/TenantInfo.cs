using Gemeenschapskracht.Domain.Common;

namespace Gemeenschapskracht.Domain.Tenants;

/// <summary>
/// A gemeente as a tenant of the platform, with the state of its provisioning (the import of its wijkindeling).
/// Lives in the tenant catalog; names follow Finbuckle.MultiTenant's <c>TenantInfo</c>.
/// </summary>
public sealed class TenantInfo : IGlobalEntity, IAudited
{
    private TenantInfo() { }

    public TenantInfo(string identifier, string name, string gemeentecode, DateTimeOffset now)
    {
        if (!GemeentecodeFormat.IsWellFormed(gemeentecode))
            throw new DomainException($"Gemeentecode '{gemeentecode}' is ongeldig: verwacht 'GM' gevolgd door vier cijfers.");
        Id = Guid.CreateVersion7(now);
        Identifier = identifier;
        Name = name;
        Gemeentecode = gemeentecode;
        IsActive = true;
        CreatedAt = now;
        ProvisioningStatus = ProvisioningStatus.Pending;
    }

    public Guid Id { get; private set; }

    /// <summary>The slug that resolves the tenant in hosts, route prefixes and headers.</summary>
    public string Identifier { get; private set; } = "";

    public string Name { get; private set; } = "";

    public string Gemeentecode { get; private set; } = "";

    /// <summary>Optional dedicated database for this gemeente; null means the shared database.</summary>
    public string? ConnectionString { get; private set; }

    public bool IsActive { get; private set; }

    /// <summary>The chosen look (<see cref="Tenants.Thema"/>).</summary>
    public string Thema { get; private set; } = Tenants.Thema.Neutraal;

    public DateTimeOffset CreatedAt { get; private set; }

    public ProvisioningStatus ProvisioningStatus { get; private set; }

    public string? ProvisioningError { get; private set; }

    public DateTimeOffset? ProvisioningStartedAt { get; private set; }

    public DateTimeOffset? ProvisioningFinishedAt { get; private set; }

    /// <summary>Number of areas imported by the last successful provisioning.</summary>
    public int ProvisionedAreaCount { get; private set; }

    public void Rename(string name) => Name = name;

    public void SetActive(bool isActive) => IsActive = isActive;

    public void ChooseThema(string thema)
    {
        if (!Tenants.Thema.Bestaat(thema))
            throw new DomainException($"Thema '{thema}' bestaat niet. Kies uit: {string.Join(", ", Tenants.Thema.Alle)}.");
        Thema = thema;
    }

    /// <summary>Queue a (re-)provisioning. Refused while one is running, so two jobs never import at once.</summary>
    public void RequestProvisioning()
    {
        if (ProvisioningStatus == ProvisioningStatus.Running)
            throw new DomainException("De inrichting van deze gemeente loopt al.");
        ProvisioningStatus = ProvisioningStatus.Pending;
        ProvisioningError = null;
    }

    public void StartProvisioning(DateTimeOffset now)
    {
        ProvisioningStatus = ProvisioningStatus.Running;
        ProvisioningError = null;
        ProvisioningStartedAt = now;
        ProvisioningFinishedAt = null;
    }

    public void CompleteProvisioning(int areaCount, DateTimeOffset now)
    {
        if (ProvisioningStatus != ProvisioningStatus.Running)
            throw new DomainException("Alleen een lopende inrichting kan worden afgerond.");
        ProvisioningStatus = ProvisioningStatus.Done;
        ProvisionedAreaCount = areaCount;
        ProvisioningFinishedAt = now;
    }

    public void FailProvisioning(string reason, DateTimeOffset now)
    {
        ProvisioningStatus = ProvisioningStatus.Failed;
        ProvisioningError = reason.Length > 1000 ? reason[..1000] : reason;
        ProvisioningFinishedAt = now;
    }
}
