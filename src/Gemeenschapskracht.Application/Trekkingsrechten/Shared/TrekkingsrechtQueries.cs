using Gemeenschapskracht.Application.Common.Exceptions;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Domain.Organisaties;
using Gemeenschapskracht.Domain.Trekkingsrechten;
using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.Application.Trekkingsrechten.Shared;

/// <summary>What the use cases of the trekkingsrechten share: who grants them, who sees which, loading, the mail to the holder.</summary>
public static class TrekkingsrechtQueries
{
    /// <summary>The gemeente's side: grants rights and, where the gemeente supplies ambtelijke ondersteuning, records its draws.</summary>
    public const string Toekenners = $"{Roles.GemeenteBeheerder},{Roles.Beleidsmedewerker}";

    /// <summary>Everyone who may see rights: the gemeente and the auditor all of them, holders and suppliers their own.</summary>
    public const string Lezers = $"{Toekenners},{Roles.Auditor},{Roles.Bewonersorganisatie},{Roles.Professional}";

    /// <summary>Records draws: a professional for a supplying organisation, or the gemeente when it supplies itself.</summary>
    public const string Leveranciers = $"{Toekenners},{Roles.Professional}";

    public static bool IsGemeente(ICurrentUser user) => user.IsInRole(Roles.GemeenteBeheerder) || user.IsInRole(Roles.Beleidsmedewerker);

    /// <summary>The gemeente and the auditor see every right; an organisation those it holds or supplies.</summary>
    public static IQueryable<Trekkingsrecht> ZichtbareTrekkingsrechten(this IApplicationDbContext db, ICurrentUser user)
    {
        if (IsGemeente(user) || user.IsInRole(Roles.Auditor))
            return db.Set<Trekkingsrecht>();
        if (user.OrganisatieId is not { } organisatie)
            return db.Set<Trekkingsrecht>().Where(t => false);
        return db.Set<Trekkingsrecht>().Where(t => t.OrganisatieId == organisatie || t.Leveranciers.Contains(organisatie));
    }

    public static async Task<Trekkingsrecht> VindAsync(this IQueryable<Trekkingsrecht> rechten, Guid id, CancellationToken cancellationToken) =>
        await rechten.FirstOrDefaultAsync(t => t.Id == id, cancellationToken)
        ?? throw new NotFoundException("Dit trekkingsrecht bestaat niet in deze gemeente.");

    /// <summary>Writes to the holder's contact address (for an informal group: its host, naming the group); nothing when it has none.</summary>
    public static async Task MailHouderAsync(this IApplicationDbContext db, IEmailSender mail, Trekkingsrecht recht, string onderwerp, string tekst,
        CancellationToken cancellationToken)
    {
        var houder = await db.Set<Organisatie>().AsNoTracking().FirstOrDefaultAsync(o => o.Id == recht.OrganisatieId, cancellationToken);
        if (houder?.Contact.Email is not { } adres)
            return;
        var voor = recht.Groepsnaam is { } groep ? $"{houder.Naam}, namens {groep}" : houder.Naam;
        await mail.SendAsync(adres, onderwerp, $"Beste {voor},\n\n{tekst}\n", cancellationToken);
    }
}
