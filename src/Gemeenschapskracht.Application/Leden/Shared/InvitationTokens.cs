using System.Security.Cryptography;
using System.Text;

namespace Gemeenschapskracht.Application.Leden.Shared;

/// <summary>Invitation secrets: random, sent once by e-mail, stored only as a SHA-256 hash.</summary>
public static class InvitationTokens
{
    public static string Create() =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static string Hash(string token) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
