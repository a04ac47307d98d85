using Gemeenschapskracht.Application.Common.Exceptions;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Domain.Organisaties;
using Gemeenschapskracht.Domain.Uitdagingen;
using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.Application.Uitdagingen.Shared;

/// <summary>What the use cases of the uitdaagrecht share: who handles and who sees challenges, loading, the verordening in force, the mail to the challenger.</summary>
public static class UitdagingQueries
{
    /// <summary>The gemeente's side: decides ontvankelijkheid, assesses, decides, records transfer and monitoring.</summary>
    public const string Behandelaars = $"{Roles.GemeenteBeheerder},{Roles.Beleidsmedewerker}";

    /// <summary>Who submits: a bewonersorganisatie for its own organisation, or the gemeente on behalf of residents.</summary>
    public const string Indieners = $"{Behandelaars},{Roles.Bewonersorganisatie}";

    /// <summary>The gemeente and the auditor see every challenge; a bewonersorganisatie its own.</summary>
    public const string Lezers = $"{Behandelaars},{Roles.Auditor},{Roles.Bewonersorganisatie}";

    public static bool IsBehandelaar(ICurrentUser user) => user.IsInRole(Roles.GemeenteBeheerder) || user.IsInRole(Roles.Beleidsmedewerker);

    public static IQueryable<Uitdaging> ZichtbareUitdagingen(this IApplicationDbContext db, ICurrentUser user)
    {
        if (IsBehandelaar(user) || user.IsInRole(Roles.Auditor))
            return db.Set<Uitdaging>();
        if (user.OrganisatieId is not { } organisatie)
            return db.Set<Uitdaging>().Where(u => false);
        return db.Set<Uitdaging>().Where(u => u.OrganisatieId == organisatie);
    }

    public static async Task<Uitdaging> VindAsync(this IQueryable<Uitdaging> uitdagingen, Guid id, CancellationToken cancellationToken) =>
        await uitdagingen.FirstOrDefaultAsync(u => u.Id == id, cancellationToken)
        ?? throw new NotFoundException("Deze uitdaging bestaat niet in deze gemeente.");

    /// <summary>The gemeente's latest participatieverordening, or the model when it recorded none.</summary>
    public static async Task<Participatieverordening> GeldendeVerordeningAsync(this IApplicationDbContext db, DateTimeOffset now, CancellationToken cancellationToken) =>
        await db.Set<Participatieverordening>().AsNoTracking().OrderByDescending(v => v.Versie).FirstOrDefaultAsync(cancellationToken)
        ?? Participatieverordening.Standaard(now);

    /// <summary>Who challenges, as the public may see it: the organisation's name or the group's, never the contact.</summary>
    public static async Task<Dictionary<Guid, string>> UitdagersAsync(this IApplicationDbContext db, IEnumerable<Uitdaging> uitdagingen, CancellationToken cancellationToken)
    {
        var lijst = uitdagingen.ToList();
        var ids = lijst.Where(u => u.OrganisatieId is not null).Select(u => u.OrganisatieId!.Value).Distinct().ToList();
        var namen = await db.Set<Organisatie>().AsNoTracking().Where(o => ids.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Naam, cancellationToken);
        return lijst.ToDictionary(u => u.Id, u =>
        {
            var organisatie = u.OrganisatieId is { } id && namen.TryGetValue(id, out var naam) ? naam : null;
            return (organisatie, u.Groepsnaam) switch
            {
                ({ } o, { } g) => $"{g} ({o})",
                ({ } o, null) => o,
                (null, { } g) => g,
                _ => "Bewoners",
            };
        });
    }

    public static async Task<string> UitdagerAsync(this IApplicationDbContext db, Uitdaging uitdaging, CancellationToken cancellationToken) =>
        (await db.UitdagersAsync([uitdaging], cancellationToken))[uitdaging.Id];

    /// <summary>Writes to the challenger: the organisation's contact address, or the group's contact; nothing when there is none.</summary>
    public static async Task MailUitdagerAsync(this IApplicationDbContext db, IEmailSender mail, Uitdaging uitdaging, string onderwerp, string tekst,
        CancellationToken cancellationToken)
    {
        var organisatie = uitdaging.OrganisatieId is { } id ? await db.Set<Organisatie>().AsNoTracking().FirstOrDefaultAsync(o => o.Id == id, cancellationToken) : null;
        var adres = organisatie?.Contact.Email ?? uitdaging.ContactEmail;
        if (adres is null)
            return;
        var voor = organisatie is null ? uitdaging.Contactnaam ?? uitdaging.Groepsnaam : uitdaging.Groepsnaam is { } groep ? $"{organisatie.Naam}, namens {groep}" : organisatie.Naam;
        await mail.SendAsync(adres, onderwerp, $"Beste {voor},\n\n{tekst}\n", cancellationToken);
    }

    public const string Bezwaar = "Bent u het niet eens met dit besluit, dan kunt u binnen zes weken bezwaar maken (Awb 6:7).";
}
