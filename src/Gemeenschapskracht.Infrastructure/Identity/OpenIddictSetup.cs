using System.Security.Cryptography.X509Certificates;
using Gemeenschapskracht.Infrastructure.Persistence;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenIddict.Server;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Gemeenschapskracht.Infrastructure.Identity;

/// <summary>The product's own OpenID Connect server (OpenIddict) and local token validation.</summary>
public static class OpenIddictSetup
{
    public const string TokenEndpoint = "connect/token";
    public const string AuthorizationEndpoint = "connect/authorize";
    public const string EndSessionEndpoint = "connect/endsession";

    public static IServiceCollection AddPlatformIdentity(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection("Identity").Get<PlatformIdentityOptions>() ?? new PlatformIdentityOptions();
        services.Configure<PlatformIdentityOptions>(configuration.GetSection("Identity"));
        services.AddScoped<MachineClientSeeder>();
        services.AddScoped<ClientCredentialsPrincipalFactory>();
        services.AddScoped<UserPrincipalFactory>();
        services.AddUserAccounts();

        services.AddOpenIddict()
            .AddCore(o => o.UseEntityFrameworkCore().UseDbContext<TenantCatalogDbContext>())
            .AddServer(o =>
            {
                o.SetTokenEndpointUris(TokenEndpoint)
                    .SetAuthorizationEndpointUris(AuthorizationEndpoint)
                    .SetEndSessionEndpointUris(EndSessionEndpoint);
                o.AllowAuthorizationCodeFlow().RequireProofKeyForCodeExchange();
                o.AllowRefreshTokenFlow();
                o.AddEventHandler<OpenIddictServerEvents.ApplyTokenResponseContext>(b => b.UseScopedHandler<ProtocolErrorAudit>());
                o.AddEventHandler<OpenIddictServerEvents.ApplyAuthorizationResponseContext>(b => b.UseScopedHandler<ProtocolErrorAudit>());
                o.RegisterScopes(Scopes.OpenId, Scopes.Profile, Scopes.Email, Scopes.Roles, Scopes.OfflineAccess);
                // S256 only: the "plain" method offers no protection against a stolen code.
                o.Configure(server => server.CodeChallengeMethods.Remove(CodeChallengeMethods.Plain));
                if (options.Issuer is not null)
                    o.SetIssuer(options.Issuer);
                o.AllowClientCredentialsFlow();
                // Access tokens are signed JWTs, not encrypted: only this server reads them, and decrypting an RSA-wrapped
                // key cost more than the rest of a request (ADR 0013). Codes and refresh tokens stay encrypted.
                o.DisableAccessTokenEncryption();
                if (options.SigningCertificatePath is { Length: > 0 } signing)
                    o.AddSigningCertificate(X509CertificateLoader.LoadPkcs12FromFile(signing, options.SigningCertificatePassword));
                else
                    o.AddSigningKey(EphemeralKeys.CreateSigningKey());
                if (options.EncryptionCertificatePath is { Length: > 0 } encryption)
                    o.AddEncryptionCertificate(X509CertificateLoader.LoadPkcs12FromFile(encryption, options.EncryptionCertificatePassword));
                else
                    o.AddEncryptionKey(EphemeralKeys.CreateEncryptionKey());
                var aspNetCore = o.UseAspNetCore().EnableTokenEndpointPassthrough()
                    .EnableAuthorizationEndpointPassthrough().EnableEndSessionEndpointPassthrough();
                if (!options.RequireHttps)
                    aspNetCore.DisableTransportSecurityRequirement();
            })
            .AddValidation(o =>
            {
                o.UseLocalServer();
                o.UseAspNetCore();
                o.AddEventHandler(RestoreValidatedToken.Descriptor);
                o.AddEventHandler(RememberValidatedToken.Descriptor);
            });
        services.AddSingleton<ValidatedTokenCache>();
        return services;
    }
}
