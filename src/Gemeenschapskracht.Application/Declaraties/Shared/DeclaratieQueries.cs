using FluentValidation;
using Gemeenschapskracht.Application.Common.Exceptions;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Common.Validation;
using Gemeenschapskracht.Application.Declaraties.Dtos;
using Gemeenschapskracht.Domain.Administraties;
using Gemeenschapskracht.Domain.Common;
using Gemeenschapskracht.Domain.Declaraties;
using Gemeenschapskracht.Domain.Organisaties;
using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.Application.Declaraties.Shared;

/// <summary>Who does what with declaraties, who sees which, loading and the DTOs.</summary>
public static class DeclaratieQueries
{
    /// <summary>A member of the group (its bewonersorganisatie membership) or the host's back office submits.</summary>
    public const string Indieners = $"{Roles.Bewonersorganisatie},{Roles.Backoffice}";

    /// <summary>The host's back office approves and assesses, and pays in batches.</summary>
    public const string Beoordelaars = Roles.Backoffice;

    /// <summary>The gemeente and the auditor read every declaratie; the back office its host's; a group's members their group's.</summary>
    public const string Lezers = $"{Roles.GemeenteBeheerder},{Roles.Beleidsmedewerker},{Roles.Auditor},{Roles.Backoffice},{Roles.Bewonersorganisatie}";

    /// <summary>The payment batches: the gemeente and the auditor read all, the back office its host's.</summary>
    public const string Betalinglezers = $"{Roles.GemeenteBeheerder},{Roles.Beleidsmedewerker},{Roles.Auditor},{Roles.Backoffice}";

    /// <summary>
    /// Who acts, for the four eyes and "the submitter's own": the person's user id, or for a machine client a stable id
    /// made from its client id (each client is one actor; ADR 0026).
    /// </summary>
    public static Guid Actor(this ICurrentUser user) =>
        user.UserId ?? new Guid(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes($"client:{user.Name}"))[..16]);

    public static IQueryable<Declaratie> ZichtbareDeclaraties(this IApplicationDbContext db, ICurrentUser user)
    {
        var declaraties = db.Set<Declaratie>().AsQueryable();
        if (user.LeestAlleBoeken())
            return declaraties;
        var host = user.HostVanBackoffice();
        var groep = user.EigenGroep();
        return declaraties.Where(d => (host != null && d.HostOrganisatieId == host) || (groep != null && d.GroepId == groep));
    }

    /// <summary>The declaraties of the host the caller's back-office membership is for.</summary>
    public static IQueryable<Declaratie> GehosteDeclaraties(this IApplicationDbContext db, ICurrentUser user)
    {
        var host = user.HostVanBackoffice();
        return host is null ? db.Set<Declaratie>().Where(d => false) : db.Set<Declaratie>().Where(d => d.HostOrganisatieId == host);
    }

    /// <summary>The administraties the caller may submit a declaratie in: their group's, or those their host keeps.</summary>
    public static async Task<Administratie> IndienbareAdministratieAsync(this IApplicationDbContext db, ICurrentUser user, Guid id, CancellationToken cancellationToken)
    {
        var host = user.HostVanBackoffice();
        var groep = user.EigenGroep();
        return await db.Set<Administratie>().FirstOrDefaultAsync(a => a.Id == id && ((host != null && a.HostOrganisatieId == host) || (groep != null && a.GroepId == groep)),
                cancellationToken)
            ?? throw new NotFoundException("Deze administratie bestaat niet in deze gemeente.");
    }

    public static async Task<Declaratie> VindAsync(this IQueryable<Declaratie> declaraties, Guid id, CancellationToken cancellationToken) =>
        await declaraties.FirstOrDefaultAsync(d => d.Id == id, cancellationToken)
        ?? throw new NotFoundException("Deze declaratie bestaat niet in deze gemeente.");

    /// <summary>A declaratie the caller submitted (they change, submit or delete it); another's is not found for them when they cannot see it, refused when they can.</summary>
    public static async Task<Declaratie> VindEigenAsync(this IApplicationDbContext db, ICurrentUser user, Guid id, CancellationToken cancellationToken)
    {
        var declaratie = await db.ZichtbareDeclaraties(user).VindAsync(id, cancellationToken);
        if (declaratie.IngediendDoorId != user.Actor())
            throw new ForbiddenAccessException("Alleen wie de declaratie indiende, wijzigt, dient in of verwijdert haar.");
        return declaratie;
    }

    /// <summary>The payment batches of the host the caller's back-office membership is for.</summary>
    public static IQueryable<Declaratiebetaling> GehosteBetalingen(this IApplicationDbContext db, ICurrentUser user)
    {
        var host = user.HostVanBackoffice();
        return host is null ? db.Set<Declaratiebetaling>().Where(b => false) : db.Set<Declaratiebetaling>().Where(b => b.HostOrganisatieId == host);
    }

    /// <summary>The declaraties of a batch, tracked: executing or withdrawing it changes them.</summary>
    public static Task<List<Declaratie>> DeclaratiesVanAsync(this IApplicationDbContext db, Declaratiebetaling betaling, CancellationToken cancellationToken)
    {
        var ids = betaling.Overboekingen.Select(o => o.DeclaratieId).ToList();
        return db.Set<Declaratie>().Where(d => ids.Contains(d.Id)).ToListAsync(cancellationToken);
    }

    /// <summary>The batches the caller reads: the gemeente and the auditor all, the back office its host's.</summary>
    public static IQueryable<Declaratiebetaling> ZichtbareBetalingen(this IApplicationDbContext db, ICurrentUser user) =>
        user.LeestAlleBoeken() ? db.Set<Declaratiebetaling>() : db.GehosteBetalingen(user);

    public static async Task<Declaratiebetaling> VindAsync(this IQueryable<Declaratiebetaling> betalingen, Guid id, CancellationToken cancellationToken) =>
        await betalingen.FirstOrDefaultAsync(b => b.Id == id, cancellationToken)
        ?? throw new NotFoundException("Deze betaling bestaat niet in deze gemeente.");

    public static async Task<Hostorganisatie> HostVanAsync(this IApplicationDbContext db, Guid hostOrganisatieId, CancellationToken cancellationToken) =>
        await db.Set<Hostorganisatie>().FirstOrDefaultAsync(h => h.OrganisatieId == hostOrganisatieId, cancellationToken)
        ?? throw new NotFoundException("Deze hostorganisatie bestaat niet in deze gemeente.");

    /// <summary>The next number in the administratie (the unique index refuses a double one made at the same moment).</summary>
    public static async Task<int> VolgendNummerAsync(this IApplicationDbContext db, Guid administratieId, CancellationToken cancellationToken) =>
        (await db.Set<Declaratie>().Where(d => d.AdministratieId == administratieId).MaxAsync(d => (int?)d.Nummer, cancellationToken) ?? 0) + 1;

    public static async Task<List<DeclaratieDto>> ToDtosAsync(this IApplicationDbContext db, ICurrentUser user, IReadOnlyList<Declaratie> declaraties,
        CancellationToken cancellationToken)
    {
        var administratieIds = declaraties.Select(d => d.AdministratieId).Distinct().ToList();
        var administraties = await db.Set<Administratie>().AsNoTracking().Where(a => administratieIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, cancellationToken);
        var groepIds = declaraties.Select(d => d.GroepId).Distinct().ToList();
        var namen = await db.Set<Organisatie>().AsNoTracking().Where(o => groepIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Naam, cancellationToken);
        var host = user.HostVanBackoffice();
        return declaraties.Select(d => new DeclaratieDto(d.Id, d.AdministratieId, d.GroepId, namen.GetValueOrDefault(d.GroepId, "(onbekende groep)"),
            d.HostOrganisatieId, d.Nummer, d.Kenmerk, d.Status, d.Soort, d.OpdrachtovereenkomstId,
            d.Factuur is { } f ? new DeclaratiefactuurDto(f.Factuurnummer, f.Factuurdatum, f.PeriodeVan, f.PeriodeTot, f.Uren, f.BedragExclusief.Eurocent, f.Btw.Eurocent) : null,
            d.Bedrag.Eurocent, d.Uitgavedatum, d.Rekening,
            administraties.GetValueOrDefault(d.AdministratieId)?.Rekening(d.Rekening)?.Omschrijving ?? d.Rekening, d.Omschrijving, d.NaamBegunstigde,
            user.Actor() == d.IngediendDoorId || host == d.HostOrganisatieId ? d.Iban : null,
            d.Bonnetje is { } b ? new BonnetjeDto(b.Naam, b.ContentType, b.Grootte) : null, d.IngediendDoorId, d.IngediendDoor,
            d.Goedkeuringen.Select(g => new DeclaratieGoedkeuringDto(g.DoorId, g.Door, g.Op)).ToList(), d.BenodigdeGoedkeuringen,
            d.Historie.Select(h => new DeclaratieHistorieDto(h.Status, h.Door, h.Op, h.Reden)).ToList(), d.DeclaratiebetalingId, d.AangemaaktOp,
            d.GewijzigdOp)).ToList();
    }

    public static async Task<DeclaratieDto> ToDtoAsync(this IApplicationDbContext db, ICurrentUser user, Declaratie declaratie, CancellationToken cancellationToken) =>
        (await db.ToDtosAsync(user, [declaratie], cancellationToken))[0];

    public static DeclaratiebetalingDto ToDto(this Declaratiebetaling b) => new(b.Id, b.HostId, b.HostOrganisatieId, b.Berichtkenmerk, b.Opdrachtgever,
        b.OpdrachtgeverIban, b.Uitvoerdatum, b.Status, b.UitgevoerdOp, b.Intrekkingsreden, b.Totaal.Eurocent,
        b.Overboekingen.Select(o => new DeclaratieoverboekingDto(o.DeclaratieId, o.AdministratieId, o.Kenmerk, o.Begunstigde, o.Iban, o.Bedrag.Eurocent)).ToList(),
        b.AangemaaktOp, b.GewijzigdOp);
}

/// <summary>What the submitter sends for a new and a changed declaratie.</summary>
public interface IDeclaratievelden
{
    long BedragEurocent { get; }

    DateOnly Uitgavedatum { get; }

    string Rekening { get; }

    string Omschrijving { get; }

    string NaamBegunstigde { get; }

    string Iban { get; }
}

public static class DeclaratieveldenRules
{
    public static Declaratiegegevens ToGegevens(this IDeclaratievelden v) =>
        new(new Bedrag(v.BedragEurocent), v.Uitgavedatum, v.Rekening.Trim(), v.Omschrijving, v.NaamBegunstigde, v.Iban);

    public static void AddDeclaratieRules<T>(this AbstractValidator<T> validator) where T : IDeclaratievelden
    {
        validator.RuleFor(c => c.BedragEurocent).GreaterThan(0).WithMessage("Het bedrag van een declaratie is groter dan nul.").Eurocent("het bedrag");
        validator.RuleFor(c => c.Rekening).RequiredText("de kostensoort", 10);
        validator.RuleFor(c => c.Omschrijving).RequiredText("waarvoor de uitgave was", 300);
        validator.RuleFor(c => c.NaamBegunstigde).RequiredText("de naam van wie het geld terugkrijgt", 70);
        validator.RuleFor(c => c.Iban).RequiredText("het IBAN", 42)
            .Must(i => i is null || Iban.IsGeldig(i)).WithMessage("Het IBAN is geen geldig IBAN in het SEPA-gebied (de controle mod 97 klopt niet).");
    }
}
