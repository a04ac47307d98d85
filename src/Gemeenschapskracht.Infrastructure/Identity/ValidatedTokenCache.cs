using System.Security.Claims;
using Microsoft.Extensions.Caching.Memory;
using OpenIddict.Validation;
using static OpenIddict.Validation.OpenIddictValidationEvents;

namespace Gemeenschapskracht.Infrastructure.Identity;

/// <summary>
/// The principals of access tokens whose signature and format were validated, for at most
/// <see cref="MaxAge"/> and never past the token's expiry (ADR 0038). Only the signature check is skipped on a hit:
/// OpenIddict's later steps (expiry, audience, presenter, token type) run on a copy of the cached principal as on a
/// freshly read one. The key holds the token and the issuers and types it was validated against.
/// </summary>
public sealed class ValidatedTokenCache(TimeProvider clock) : IDisposable
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(5);

    public const int MaxEntries = 10_000;

    private readonly MemoryCache _principals = new(new MemoryCacheOptions { SizeLimit = MaxEntries });

    private long _hits;

    public int Count => _principals.Count;

    /// <summary>How many requests were served a remembered principal (their signature not checked again).</summary>
    public long Hits => Interlocked.Read(ref _hits);

    public ClaimsPrincipal? Find(ValidateTokenContext context)
    {
        if (!_principals.TryGetValue(KeyOf(context), out ClaimsPrincipal? principal))
            return null;
        Interlocked.Increment(ref _hits);
        return principal!.Clone();
    }

    public void Remember(ValidateTokenContext context, ClaimsPrincipal principal, DateTimeOffset? expires)
    {
        var now = clock.GetUtcNow();
        var until = expires is { } e && e < now + MaxAge ? e : now + MaxAge;
        if (until <= now)
            return;
        _principals.Set(KeyOf(context), principal.Clone(), new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = until - now });
    }

    public void Dispose() => _principals.Dispose();

    private static string KeyOf(ValidateTokenContext context)
    {
        var parameters = context.TokenValidationParameters;
        var issuers = parameters.ValidIssuers is null ? "" : string.Join(' ', parameters.ValidIssuers);
        var types = parameters.ValidTypes is null ? "" : string.Join(' ', parameters.ValidTypes);
        return $"{issuers}\n{types}\n{context.Token}";
    }
}

/// <summary>Before OpenIddict reads the token: a principal validated earlier for the same token takes its place.</summary>
public sealed class RestoreValidatedToken(ValidatedTokenCache cache) : IOpenIddictValidationHandler<ValidateTokenContext>
{
    public static OpenIddictValidationHandlerDescriptor Descriptor { get; } =
        OpenIddictValidationHandlerDescriptor.CreateBuilder<ValidateTokenContext>()
            .UseSingletonHandler<RestoreValidatedToken>()
            .SetOrder(OpenIddictValidationHandlers.Protection.ValidateIdentityModelToken.Descriptor.Order - 500)
            .SetType(OpenIddictValidationHandlerType.Custom)
            .Build();

    public ValueTask HandleAsync(ValidateTokenContext context)
    {
        if (context.Principal is null && !string.IsNullOrEmpty(context.Token))
            context.Principal = cache.Find(context);
        return ValueTask.CompletedTask;
    }
}

/// <summary>After OpenIddict validated a token's signature: remember its principal until the token expires.</summary>
public sealed class RememberValidatedToken(ValidatedTokenCache cache) : IOpenIddictValidationHandler<ValidateTokenContext>
{
    public static OpenIddictValidationHandlerDescriptor Descriptor { get; } =
        OpenIddictValidationHandlerDescriptor.CreateBuilder<ValidateTokenContext>()
            .UseSingletonHandler<RememberValidatedToken>()
            .SetOrder(OpenIddictValidationHandlers.Protection.ValidateIdentityModelToken.Descriptor.Order + 500)
            .SetType(OpenIddictValidationHandlerType.Custom)
            .Build();

    public ValueTask HandleAsync(ValidateTokenContext context)
    {
        // Only a token IdentityModel validated in this request has a validation result; a restored one has none.
        if (context is { TokenValidationResult.IsValid: true, Principal: { } principal } && !string.IsNullOrEmpty(context.Token))
            cache.Remember(context, principal, context.TokenValidationResult.SecurityToken?.ValidTo is { } validTo && validTo > DateTime.MinValue
                ? new DateTimeOffset(DateTime.SpecifyKind(validTo, DateTimeKind.Utc))
                : null);
        return ValueTask.CompletedTask;
    }
}
