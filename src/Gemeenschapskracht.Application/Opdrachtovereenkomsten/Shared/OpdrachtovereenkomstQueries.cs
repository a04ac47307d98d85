using FluentValidation;
using Gemeenschapskracht.Application.Common.Exceptions;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Common.Validation;
using Gemeenschapskracht.Application.Opdrachtovereenkomsten.Dtos;
using Gemeenschapskracht.Domain.Administraties;
using Gemeenschapskracht.Domain.Common;
using Gemeenschapskracht.Domain.Declaraties;
using Gemeenschapskracht.Domain.Organisaties;
using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.Application.Opdrachtovereenkomsten.Shared;

/// <summary>Who does what with contracts of zzp'ers, who sees which, what was invoiced under one, and the DTOs.</summary>
public static class OpdrachtovereenkomstQueries
{
    /// <summary>The host's back office makes and changes the contracts of the groups it hosts.</summary>
    public const string Beheerders = Roles.Backoffice;

    /// <summary>The gemeente and the auditor read every contract; the back office its host's; a group's members their group's.</summary>
    public const string Lezers = $"{Roles.GemeenteBeheerder},{Roles.Beleidsmedewerker},{Roles.Auditor},{Roles.Backoffice},{Roles.Bewonersorganisatie}";

    public static IQueryable<Opdrachtovereenkomst> ZichtbareOpdrachten(this IApplicationDbContext db, ICurrentUser user)
    {
        var opdrachten = db.Set<Opdrachtovereenkomst>().AsQueryable();
        if (user.LeestAlleBoeken())
            return opdrachten;
        var host = user.HostVanBackoffice();
        var groep = user.EigenGroep();
        return opdrachten.Where(o => (host != null && o.HostOrganisatieId == host) || (groep != null && o.GroepId == groep));
    }

    public static IQueryable<Opdrachtovereenkomst> GehosteOpdrachten(this IApplicationDbContext db, ICurrentUser user)
    {
        var host = user.HostVanBackoffice();
        return host is null ? db.Set<Opdrachtovereenkomst>().Where(o => false) : db.Set<Opdrachtovereenkomst>().Where(o => o.HostOrganisatieId == host);
    }

    public static async Task<Opdrachtovereenkomst> VindAsync(this IQueryable<Opdrachtovereenkomst> opdrachten, Guid id, CancellationToken cancellationToken) =>
        await opdrachten.FirstOrDefaultAsync(o => o.Id == id, cancellationToken)
        ?? throw new NotFoundException("Deze opdracht bestaat niet in deze gemeente.");

    /// <summary>The names of the host's coordinators still employed on the contract's first day: none of them is hired as a zzp'er.</summary>
    public static async Task<List<string>> CoordinatorenAsync(this IApplicationDbContext db, Guid hostOrganisatieId, DateOnly vanaf, CancellationToken cancellationToken) =>
        await db.Set<Coordinator>().AsNoTracking()
            .Where(c => c.HostOrganisatieId == hostOrganisatieId && (c.UitDienstPer == null || c.UitDienstPer >= vanaf))
            .Select(c => c.Naam).ToListAsync(cancellationToken);

    /// <summary>The declaraties that pay invoices under the contracts, every state.</summary>
    public static async Task<List<Declaratie>> FactuurdeclaratiesAsync(this IApplicationDbContext db, IReadOnlyList<Guid> opdrachtIds, CancellationToken cancellationToken) =>
        await db.Set<Declaratie>().AsNoTracking().Where(d => d.OpdrachtovereenkomstId != null && opdrachtIds.Contains(d.OpdrachtovereenkomstId.Value))
            .OrderBy(d => d.Id).ToListAsync(cancellationToken);

    /// <summary>What counts against the contract: every invoice not rejected.</summary>
    public static List<Zzpfactuur> Geldend(this IEnumerable<Declaratie> declaraties) =>
        declaraties.Where(d => d.Status != DeclaratieStatus.Afgewezen && d.Factuur is not null).Select(d => d.Factuur!).ToList();

    public static async Task<List<OpdrachtovereenkomstDto>> ToDtosAsync(this IApplicationDbContext db, ICurrentUser user, IReadOnlyList<Opdrachtovereenkomst> opdrachten,
        CancellationToken cancellationToken)
    {
        var facturen = (await db.FactuurdeclaratiesAsync(opdrachten.Select(o => o.Id).ToList(), cancellationToken)).ToLookup(d => d.OpdrachtovereenkomstId!.Value);
        var administratieIds = opdrachten.Select(o => o.AdministratieId).Distinct().ToList();
        var administraties = await db.Set<Administratie>().AsNoTracking().Where(a => administratieIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, cancellationToken);
        var groepIds = opdrachten.Select(o => o.GroepId).Distinct().ToList();
        var namen = await db.Set<Organisatie>().AsNoTracking().Where(o => groepIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Naam, cancellationToken);
        var host = user.HostVanBackoffice();
        return opdrachten.Select(o =>
        {
            var geldend = facturen[o.Id].Geldend();
            var uren = geldend.Sum(f => f.Uren);
            return new OpdrachtovereenkomstDto(o.Id, o.AdministratieId, o.GroepId, namen.GetValueOrDefault(o.GroepId, "(onbekende groep)"), o.HostOrganisatieId,
                o.Opdrachtnemer, o.Kvknummer, host == o.HostOrganisatieId ? o.Iban : null, o.Omschrijving, o.Uren, o.Uurtarief.Eurocent, o.BtwPercentage,
                o.Begindatum, o.Einddatum, o.Rekening, administraties.GetValueOrDefault(o.AdministratieId)?.Rekening(o.Rekening)?.Omschrijving ?? o.Rekening,
                o.Plafond.Eurocent, uren, o.Uren - uren, geldend.Sum(f => f.Totaal.Eurocent),
                facturen[o.Id].Where(d => d.Factuur is not null).Select(d => new OpdrachtfactuurDto(d.Id, d.Kenmerk, d.Status, d.Factuur!.Factuurnummer,
                    d.Factuur.Factuurdatum, d.Factuur.PeriodeVan, d.Factuur.PeriodeTot, d.Factuur.Uren, d.Factuur.BedragExclusief.Eurocent, d.Factuur.Btw.Eurocent,
                    d.Factuur.Totaal.Eurocent)).ToList(),
                o.AangemaaktOp, o.GewijzigdOp);
        }).ToList();
    }

    public static async Task<OpdrachtovereenkomstDto> ToDtoAsync(this IApplicationDbContext db, ICurrentUser user, Opdrachtovereenkomst opdracht,
        CancellationToken cancellationToken) =>
        (await db.ToDtosAsync(user, [opdracht], cancellationToken))[0];
}

/// <summary>What the back office sends for a new and a changed contract.</summary>
public interface IOpdrachtvelden
{
    string Opdrachtnemer { get; }

    string Kvknummer { get; }

    string Iban { get; }

    string Omschrijving { get; }

    decimal Uren { get; }

    long UurtariefEurocent { get; }

    int BtwPercentage { get; }

    DateOnly Begindatum { get; }

    DateOnly Einddatum { get; }

    string Rekening { get; }
}

public static class OpdrachtveldenRules
{
    public static Opdrachtvoorwaarden ToVoorwaarden(this IOpdrachtvelden v) =>
        new(v.Opdrachtnemer, v.Kvknummer, v.Iban, v.Omschrijving, v.Uren, new Bedrag(v.UurtariefEurocent), v.BtwPercentage, v.Begindatum, v.Einddatum, v.Rekening);

    public static void AddOpdrachtRules<T>(this AbstractValidator<T> validator) where T : IOpdrachtvelden
    {
        validator.RuleFor(c => c.Opdrachtnemer).RequiredText("de naam van de zzp'er", 70);
        validator.RuleFor(c => c.Kvknummer).RequiredText("het KvK-nummer", 8)
            .Must(k => k is null || Kvknummer.IsGeldig(k.Trim())).WithMessage("Het KvK-nummer van de zzp'er bestaat uit acht cijfers.");
        validator.RuleFor(c => c.Iban).RequiredText("het IBAN van de zzp'er", 42)
            .Must(i => i is null || Domain.Common.Iban.IsGeldig(i)).WithMessage("Het IBAN van de zzp'er is geen geldig IBAN in het SEPA-gebied (de controle mod 97 klopt niet).");
        validator.RuleFor(c => c.Omschrijving).RequiredText("wat de zzp'er voor de groep doet", 1000);
        validator.RuleFor(c => c.Uren).GreaterThan(0).LessThanOrEqualTo(Opdrachtovereenkomst.MeesteUren)
            .WithMessage($"Het aantal uren van de opdracht is groter dan nul en hoogstens {Opdrachtovereenkomst.MeesteUren:0}.");
        validator.RuleFor(c => c.UurtariefEurocent).GreaterThan(0).WithMessage("Het uurtarief is groter dan nul.").Eurocent("het uurtarief");
        validator.RuleFor(c => c.BtwPercentage).Must(p => Opdrachtovereenkomst.Btwtarieven.Contains(p)).WithMessage("Het btw-percentage is 0, 9 of 21.");
        validator.RuleFor(c => c.Einddatum).GreaterThanOrEqualTo(c => c.Begindatum).WithMessage("De opdracht eindigt op of na haar begin.");
        validator.RuleFor(c => c.Rekening).RequiredText("de kostensoort", 10);
    }
}
