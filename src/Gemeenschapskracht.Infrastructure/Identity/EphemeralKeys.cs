using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;

namespace Gemeenschapskracht.Infrastructure.Identity;

/// <summary>
/// Keys for development and tests, when no certificates are configured; they live as long as the process. Cheap to
/// make: an RSA-2048 signing key (what every OpenID Connect client verifies) and a random AES-256 key for the
/// encrypted codes and refresh tokens, instead of generating RSA keys on the first request, which took seconds.
/// </summary>
internal static class EphemeralKeys
{
    public static SecurityKey CreateSigningKey() => new RsaSecurityKey(RSA.Create(2048)) { KeyId = Guid.NewGuid().ToString("N") };

    public static SecurityKey CreateEncryptionKey() => new SymmetricSecurityKey(RandomNumberGenerator.GetBytes(32)) { KeyId = Guid.NewGuid().ToString("N") };
}
