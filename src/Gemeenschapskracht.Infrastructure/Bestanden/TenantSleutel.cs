using Gemeenschapskracht.Application.Common.Interfaces;

namespace Gemeenschapskracht.Infrastructure.Bestanden;

/// <summary>Every key lies under the current gemeente, so no key of one gemeente can name a file of another.</summary>
internal static class TenantSleutel
{
    public static string Van(ICurrentTenant tenant, string sleutel)
    {
        var id = tenant.Id ?? throw new InvalidOperationException("Bestanden horen bij een gemeente.");
        if (sleutel.Contains("..", StringComparison.Ordinal) || sleutel.StartsWith('/'))
            throw new ArgumentException("Een sleutel is een relatief pad zonder '..'.", nameof(sleutel));
        return $"{id:N}/{sleutel}";
    }
}
