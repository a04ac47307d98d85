using System.Security.Cryptography.X509Certificates;
using Gemeenschapskracht.Infrastructure.Persistence;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Gemeenschapskracht.Infrastructure.Identity;

/// <summary>The product's own OpenID Connect server (OpenIddict) and local token validation.</summary>
public static class OpenIddictSetup
{
    public const string TokenEndpoint = "connect/token";

    public static IServiceCollection AddPlatformIdentity(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection("Identity").Get<PlatformIdentityOptions>() ?? new PlatformIdentityOptions();
        services.Configure<PlatformIdentityOptions>(configuration.GetSection("Identity"));
        services.AddScoped<MachineClientSeeder>();
        services.AddScoped<ClientCredentialsPrincipalFactory>();

        services.AddOpenIddict()
            .AddCore(o => o.UseEntityFrameworkCore().UseDbContext<TenantCatalogDbContext>())
            .AddServer(o =>
            {
                o.SetTokenEndpointUris(TokenEndpoint);
                if (options.Issuer is not null)
                    o.SetIssuer(options.Issuer);
                o.AllowClientCredentialsFlow();
                if (options.SigningCertificatePath is { Length: > 0 } signing)
                    o.AddSigningCertificate(X509CertificateLoader.LoadPkcs12FromFile(signing, options.SigningCertificatePassword));
                else
                    o.AddEphemeralSigningKey();
                if (options.EncryptionCertificatePath is { Length: > 0 } encryption)
                    o.AddEncryptionCertificate(X509CertificateLoader.LoadPkcs12FromFile(encryption, options.EncryptionCertificatePassword));
                else
                    o.AddEphemeralEncryptionKey();
                var aspNetCore = o.UseAspNetCore().EnableTokenEndpointPassthrough();
                if (!options.RequireHttps)
                    aspNetCore.DisableTransportSecurityRequirement();
            })
            .AddValidation(o =>
            {
                o.UseLocalServer();
                o.UseAspNetCore();
            });
        return services;
    }
}
