using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Domain.Lidmaatschappen;
using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.Application.Leden.Shared;

internal static class UitnodigingQueries
{
    /// <summary>The invitation of a link's token, in whichever gemeente it is (the person is not signed in to one).</summary>
    public static Task<Uitnodiging?> FindByTokenAsync(this ITenantCatalogDbContext catalog, string token, CancellationToken ct)
    {
        var hash = InvitationTokens.Hash(token);
        return catalog.Uitnodigingen.IgnoreQueryFilters([QueryFilters.Tenant]).FirstOrDefaultAsync(u => u.TokenHash == hash, ct);
    }

    /// <summary>Why the invitation of a link cannot be accepted (unknown, expired, used), or null when it can.</summary>
    public static string? BlokkadeOf(Uitnodiging? uitnodiging, DateTimeOffset now) =>
        uitnodiging is null ? "Deze uitnodiging bestaat niet. Controleer de link in de e-mail." : uitnodiging.Blokkade(now);
}
