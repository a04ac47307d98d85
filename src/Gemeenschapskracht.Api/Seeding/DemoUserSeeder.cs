using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Domain.Lidmaatschappen;
using Gemeenschapskracht.Infrastructure.Identity;
using Gemeenschapskracht.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Gemeenschapskracht.Api.Seeding;

/// <summary>
/// Development only: one demo user per role in the first demo gemeente (the backoffice user also in the second,
/// to show the gemeente choice), all with the same password; staff roles with two-factor on a known key. A second
/// backoffice user, in both, gives a declaratie above the host's threshold its second pair of eyes.
/// </summary>
public sealed class DemoUserSeeder(UserManager<ApplicationUser> users, TenantCatalogDbContext catalog, IOptions<SeedOptions> seed, TimeProvider clock, ILogger<DemoUserSeeder> logger)
{
    public const string Domain = "demo.gemeenschapskracht.nl";

    /// <summary>The second backoffice user's name before the domain.</summary>
    public const string TweedeBackoffice = "backoffice-tweede";

    public async Task SeedAsync(IReadOnlyList<Guid> demoTenants, CancellationToken cancellationToken)
    {
        var options = seed.Value;
        if (demoTenants.Count == 0 || string.IsNullOrEmpty(options.DemoPassword))
            return;
        foreach (var rol in RolCatalogus.Alle)
        {
            var tenants = rol == RolCatalogus.PlatformBeheerder ? [null]
                : rol == RolCatalogus.Backoffice ? demoTenants.Select(t => (Guid?)t).ToArray()
                : new Guid?[] { demoTenants[0] };
            await EnsureUserAsync(rol, rol, tenants, options, cancellationToken);
        }
        await EnsureUserAsync(TweedeBackoffice, RolCatalogus.Backoffice, demoTenants.Select(t => (Guid?)t).ToArray(), options, cancellationToken);
    }

    private async Task EnsureUserAsync(string naam, string rol, Guid?[] tenants, SeedOptions options, CancellationToken cancellationToken)
    {
        var email = $"{naam}@{Domain}";
        var user = await users.FindByEmailAsync(email);
        if (user is null)
        {
            user = new ApplicationUser
            {
                Id = Guid.CreateVersion7(clock.GetUtcNow()), UserName = email, Email = email, EmailConfirmed = true,
                DisplayName = $"Demo {naam}", CreatedAt = clock.GetUtcNow(),
            };
            var result = await users.CreateAsync(user, options.DemoPassword!);
            if (!result.Succeeded)
                throw new InvalidOperationException($"Demo user {email}: {string.Join(" ", result.Errors.Select(e => e.Description))}");
            if (RolCatalogus.VereistTweeStaps.Contains(rol) && !string.IsNullOrEmpty(options.DemoAuthenticatorKey))
            {
                await users.SetAuthenticationTokenAsync(user, "[AspNetUserStore]", "AuthenticatorKey", options.DemoAuthenticatorKey);
                await users.SetTwoFactorEnabledAsync(user, true);
            }
            logger.LogInformation("Demo-gebruiker {Email} aangemaakt", email);
        }
        foreach (var tenant in tenants)
        {
            if (!await catalog.Lidmaatschappen.IgnoreQueryFilters([QueryFilters.Tenant]).AnyAsync(l => l.UserId == user.Id && l.TenantId == tenant, cancellationToken))
                catalog.Lidmaatschappen.Add(new Lidmaatschap(user.Id, tenant, [rol], clock.GetUtcNow()));
        }
        await catalog.SaveChangesAsync(cancellationToken);
    }
}
