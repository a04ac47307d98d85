using Gemeenschapskracht.Domain.Common;

namespace Gemeenschapskracht.Domain.Lidmaatschappen;

/// <summary>
/// An invitation by e-mail to join a gemeente with roles. Only the hash of its secret token is stored;
/// it can be accepted once, before it expires.
/// </summary>
public sealed class Uitnodiging : IGlobalEntity, IAudited
{
    public static readonly TimeSpan Geldigheid = TimeSpan.FromDays(7);

    private Uitnodiging() { }

    /// <param name="organisatieId">The organisation the roles will be held for, if any (see <see cref="Lidmaatschap.ScopeToOrganisatie"/>).</param>
    public Uitnodiging(string email, Guid? tenantId, IEnumerable<string> rollen, string tokenHash, string uitgenodigdDoor, DateTimeOffset now,
        Guid? organisatieId = null)
    {
        Id = Guid.CreateVersion7(now);
        Email = email.Trim().ToLowerInvariant();
        TenantId = tenantId;
        // Validates the roles and the organisation against the gemeente exactly as the membership will.
        var proef = new Lidmaatschap(Guid.Empty, tenantId, rollen, now);
        proef.ScopeToOrganisatie(organisatieId);
        Rollen = proef.Rollen;
        OrganisatieId = organisatieId;
        TokenHash = tokenHash;
        UitgenodigdDoor = uitgenodigdDoor;
        CreatedAt = now;
        ExpiresAt = now + Geldigheid;
    }

    public Guid Id { get; private set; }
    public string Email { get; private set; } = "";
    public Guid? TenantId { get; private set; }
    public string Rollen { get; private set; } = "";

    /// <summary>The organisation the roles are held for once accepted, or none.</summary>
    public Guid? OrganisatieId { get; private set; }
    public string TokenHash { get; private set; } = "";
    public string UitgenodigdDoor { get; private set; } = "";
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset ExpiresAt { get; private set; }
    public DateTimeOffset? AcceptedAt { get; private set; }

    public IReadOnlyList<string> RolLijst => Rollen.Split(',', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Why the invitation cannot be used now, or null when it can.</summary>
    public string? Blokkade(DateTimeOffset now) =>
        AcceptedAt is not null ? "Deze uitnodiging is al gebruikt."
        : now > ExpiresAt ? "Deze uitnodiging is verlopen. Vraag de beheerder om een nieuwe."
        : null;

    public void Accept(DateTimeOffset now)
    {
        if (Blokkade(now) is { } reden)
            throw new DomainException(reden);
        AcceptedAt = now;
    }
}
