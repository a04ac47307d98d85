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

    public const string Onbekend = "Deze uitnodiging bestaat niet. Controleer de link in de e-mail.";
}
