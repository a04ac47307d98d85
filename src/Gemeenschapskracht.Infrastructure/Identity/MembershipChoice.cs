namespace Gemeenschapskracht.Infrastructure.Identity;

/// <summary>One gemeente (or the platform) a user can sign in to, with the roles held there.</summary>
/// <param name="Identifier">The gemeente's slug, or <see cref="Platform"/> for the platform-beheerder.</param>
public sealed record MembershipChoice(Guid? TenantId, string Identifier, string Naam, IReadOnlyList<string> Rollen)
{
    public const string Platform = "platform";

    public bool IsPlatform => TenantId is null;
}
