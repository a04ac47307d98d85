using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Infrastructure.Persistence;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Gemeenschapskracht.Infrastructure.Identity;

/// <summary>ASP.NET Core Identity for people: password policy, lockout, two-factor, sign-in cookies.</summary>
public static class UserAccountsSetup
{
    public const string LoginPath = "/account/aanmelden";

    public static IServiceCollection AddUserAccounts(this IServiceCollection services)
    {
        services.AddDataProtection().SetApplicationName("Gemeenschapskracht").PersistKeysToDbContext<TenantCatalogDbContext>();
        services.AddAuthentication().AddIdentityCookies();
        services.AddIdentityCore<ApplicationUser>(o =>
            {
                o.Password.RequiredLength = 12;
                o.Password.RequireDigit = true;
                o.Password.RequireLowercase = true;
                o.Password.RequireUppercase = true;
                o.Password.RequireNonAlphanumeric = false;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.Lockout.AllowedForNewUsers = true;
                o.User.RequireUniqueEmail = true;
            })
            .AddEntityFrameworkStores<TenantCatalogDbContext>()
            .AddSignInManager()
            .AddDefaultTokenProviders()
            .AddErrorDescriber<DutchIdentityErrorDescriber>();

        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = LoginPath;
            o.LogoutPath = "/account/afmelden";
            o.AccessDeniedPath = LoginPath;
            o.Cookie.Name = "gk.aanmelding";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            o.SlidingExpiration = true;
        });
        services.AddScoped<IUserDirectory, UserDirectory>();
        services.AddScoped<IUserAccounts, UserAccounts>();
        return services;
    }
}
