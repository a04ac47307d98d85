using Gemeenschapskracht.Domain.Common;

namespace Gemeenschapskracht.Domain.Tenants;

/// <summary>A gemeente's logo (PNG, JPEG or WebP), kept apart from the tenant so resolving a tenant never loads it.</summary>
public sealed class TenantLogo : IGlobalEntity, IAudited
{
    public const int MaxBytes = 256 * 1024;

    /// <summary>The image types a logo may have, as read from its bytes by <see cref="DetectContentType"/>.</summary>
    public static readonly string[] ContentTypes = ["image/png", "image/jpeg", "image/webp"];

    private TenantLogo() { }

    public TenantLogo(Guid tenantId, string contentType, byte[] data, DateTimeOffset now)
    {
        TenantId = tenantId;
        Replace(contentType, data, now);
    }

    public Guid TenantId { get; private set; }

    /// <summary>One logo per gemeente, so the gemeente's id identifies it (for the audit trail).</summary>
    public Guid Id => TenantId;
    public string ContentType { get; private set; } = "";
    public byte[] Data { get; private set; } = [];
    public DateTimeOffset UpdatedAt { get; private set; }

    public void Replace(string contentType, byte[] data, DateTimeOffset now)
    {
        if (data.Length == 0 || data.Length > MaxBytes)
            throw new DomainException($"Een logo moet tussen 1 byte en {MaxBytes / 1024} KB groot zijn.");
        ContentType = contentType;
        Data = data;
        UpdatedAt = now;
    }

    /// <summary>The image type read from the file's first bytes, not from what the sender claims; null when not allowed.</summary>
    public static string? DetectContentType(ReadOnlySpan<byte> data) =>
        Bijlagen.Bestandstype.Herken(data) is { } type && ContentTypes.Contains(type) ? type : null;
}
