namespace Gemeenschapskracht.Infrastructure.Tenancy;

public interface ITenantStore
{
    Task<TenantContext?> GetByIdentifierAsync(string identifier, CancellationToken cancellationToken);

    Task<TenantContext?> GetByIdAsync(Guid id, CancellationToken cancellationToken);

    Task<IReadOnlyList<TenantContext>> GetAllAsync(CancellationToken cancellationToken);
}
