using Gemeenschapskracht.Application.Common.Exceptions;
using Gemeenschapskracht.Domain.Tenants;
using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.Application.Gemeenten.Shared;

internal static class TenantQueries
{
    public static async Task<TenantInfo> FindBySlugAsync(this IQueryable<TenantInfo> tenants, string slug, CancellationToken ct) =>
        await tenants.FirstOrDefaultAsync(t => t.Identifier == slug, ct)
        ?? throw new NotFoundException($"Gemeente '{slug}' bestaat niet.");
}
