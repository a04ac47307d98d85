using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.Infrastructure.Identity;

public sealed class UserDirectory(TenantCatalogDbContext catalog, TimeProvider clock) : IUserDirectory
{
    public async Task<IReadOnlyDictionary<Guid, UserSummary>> GetAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var users = await catalog.Users.AsNoTracking().Where(u => ids.Contains(u.Id)).ToListAsync(cancellationToken);
        return users.ToDictionary(u => u.Id, u => new UserSummary(
            u.Id, u.Email ?? "", u.DisplayName, u.TwoFactorEnabled, u.LockoutEnd is { } end && end > now));
    }
}
