namespace Gemeenschapskracht.Application.Common.Security;

/// <summary>Claims in an access token that narrow what its roles apply to.</summary>
public static class ScopeClaims
{
    /// <summary>The organisation a membership is scoped to: its holder acts for that organisation only.</summary>
    public const string Organisatie = "organisatie";
}
