using FluentValidation;
using FluentValidation.Results;
using Gemeenschapskracht.Application.Common.Exceptions;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Subsidieregister.Dtos;
using Gemeenschapskracht.Domain.Common;
using Gemeenschapskracht.Domain.Gebieden;
using Gemeenschapskracht.Domain.Organisaties;
using Gemeenschapskracht.Domain.Subsidies;
using Gemeenschapskracht.Domain.Wijkbudgetten;
using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.Application.Subsidieregister.Shared;

/// <summary>The gemeente that publishes: its CBS code (the identifiers are made from it) and its name.</summary>
public sealed record Uitgever(string Gemeentecode, string Naam)
{
    /// <summary>The 360Giving publisher prefix of the gemeente's grants and own identifiers (ADR 0021).</summary>
    public string Prefix => $"360G-{Gemeentecode}";
}

/// <summary>
/// What the register's use cases share: which beschikkingen are published (every verlening, once decided), the filters
/// on award year and wijk, and the 360Giving record of a page of them. Only the fields published are read: never the
/// organisation's contact person, e-mail, telephone, bank account or its holder.
/// </summary>
public static class SubsidieregisterQueries
{
    public const string Valuta = "EUR";

    public const int EersteJaar = 2000;

    public const int LaatsteJaar = 2100;

    private static readonly TimeZoneInfo Nederland = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    public static void AddFilterRules<T>(this AbstractValidator<T> validator, Func<T, int?> jaar)
    {
        validator.RuleFor(q => jaar(q)).InclusiveBetween(EersteJaar, LaatsteJaar).OverridePropertyName("jaar")
            .WithMessage($"Kies een jaar tussen {EersteJaar} en {LaatsteJaar}.");
    }

    public static async Task<Uitgever> UitgeverAsync(this ITenantCatalogDbContext catalog, ICurrentTenant tenant, CancellationToken cancellationToken) =>
        await catalog.Tenants.AsNoTracking().Where(t => t.Id == tenant.Id && tenant.Id != null)
            .Select(t => new Uitgever(t.Gemeentecode, t.Name)).FirstOrDefaultAsync(cancellationToken)
        ?? throw new NotFoundException("Geen gemeente opgegeven.");

    /// <summary>
    /// The published beschikkingen: every verlening that stands (a weigering grants nothing, a withdrawn verlening no
    /// longer; a lowered one shows its amount now), of the award year and the wijk when
    /// given; the wijk through the regeling's wijkbudget. An id that is no wijk of this gemeente is a 400 that names it.
    /// </summary>
    public static async Task<IQueryable<Beschikking>> GepubliceerdAsync(this IApplicationDbContext db, int? jaar, Guid? wijkId, CancellationToken cancellationToken)
    {
        var beschikkingen = db.Set<Beschikking>().AsNoTracking().Where(b => b.Soort == BesluitSoort.Verlening && b.IngetrokkenOp == null);
        if (jaar is { } j)
        {
            var (van, tot) = (Nieuwjaar(j), Nieuwjaar(j + 1));
            beschikkingen = beschikkingen.Where(b => b.GenomenOp >= van && b.GenomenOp < tot);
        }
        if (wijkId is { } wijk)
        {
            if (!await db.Gebieden.AnyAsync(g => g.Id == wijk && g.Soort == GebiedSoort.Wijk, cancellationToken))
                throw new ValidationException([new ValidationFailure("wijkId", "Deze wijk bestaat niet in deze gemeente; kies een wijk uit de wijkindeling.")]);
            var budgetten = db.Set<Wijkbudget>().Where(w => w.WijkId == wijk).Select(w => w.Id);
            var regelingen = db.Set<Subsidieregeling>().Where(r => budgetten.Contains(r.WijkbudgetId)).Select(r => r.Id);
            beschikkingen = beschikkingen.Where(b => regelingen.Contains(b.RegelingId));
        }
        return beschikkingen;
    }

    /// <summary>Newest decision first, the id breaking ties, so pages and files list the same order.</summary>
    public static IOrderedQueryable<Beschikking> Geordend(this IQueryable<Beschikking> beschikkingen) =>
        beschikkingen.OrderByDescending(b => b.GenomenOp).ThenByDescending(b => b.Id);

    /// <summary>The 360Giving records of these beschikkingen, in their order, in four queries (not four per row).</summary>
    public static async Task<IReadOnlyList<OpenSubsidieDto>> ToOpenDataAsync(this IApplicationDbContext db, Uitgever uitgever,
        IReadOnlyList<Beschikking> beschikkingen, CancellationToken cancellationToken)
    {
        var aanvraagIds = beschikkingen.Select(b => b.AanvraagId).ToList();
        var aanvragen = await db.Set<Subsidieaanvraag>().AsNoTracking().Where(a => aanvraagIds.Contains(a.Id))
            .Select(a => new { a.Id, a.Groepsnaam }).ToDictionaryAsync(a => a.Id, a => a.Groepsnaam, cancellationToken);
        var organisatieIds = beschikkingen.Select(b => b.OrganisatieId).Distinct().ToList();
        // Only the name and KvK number: the contact person, e-mail, telephone, IBAN and its holder stay inside.
        var organisaties = await db.Set<Organisatie>().AsNoTracking().Where(o => organisatieIds.Contains(o.Id))
            .Select(o => new { o.Id, o.Naam, o.Kvknummer }).ToDictionaryAsync(o => o.Id, cancellationToken);
        var regelingIds = beschikkingen.Select(b => b.RegelingId).Distinct().ToList();
        var regelingen = await (from r in db.Set<Subsidieregeling>().AsNoTracking().Where(r => regelingIds.Contains(r.Id))
                                join w in db.Set<Wijkbudget>().AsNoTracking() on r.WijkbudgetId equals w.Id
                                select new { r.Id, r.Titel, r.Mededingingsruimte, w.WijkId }).ToDictionaryAsync(r => r.Id, cancellationToken);
        var wijkIds = regelingen.Values.Select(r => r.WijkId).Distinct().ToList();
        var wijken = await db.Gebieden.AsNoTracking().Where(g => wijkIds.Contains(g.Id))
            .Select(g => new { g.Id, g.Code, Naam = g.Naam ?? g.Code }).ToDictionaryAsync(g => g.Id, cancellationToken);
        var funder = new OpenSubsidieOrganisatieDto(uitgever.Prefix, uitgever.Naam);
        return beschikkingen.Select(b =>
        {
            var organisatie = organisaties.GetValueOrDefault(b.OrganisatieId);
            var ontvanger = Ontvanger(uitgever, b.OrganisatieId, organisatie?.Naam, organisatie?.Kvknummer, aanvragen.GetValueOrDefault(b.AanvraagId));
            var regeling = regelingen[b.RegelingId];
            var wijk = wijken.GetValueOrDefault(regeling.WijkId);
            return new OpenSubsidieDto(
                $"{uitgever.Prefix}-{b.Kenmerk}",
                Titel(regeling.Titel, ontvanger.Name),
                b.Activiteiten ?? regeling.Titel,
                Valuta,
                Euro(b.Bedrag),
                Kalender.Dag(b.GenomenOp),
                [new OpenSubsidiePeriodeDto(b.Van, b.Tot)],
                [ontvanger],
                [funder],
                wijk is null ? [] : [new OpenSubsidieLocatieDto(wijk.Naam, wijk.Code, "WK", "NL")],
                [new OpenSubsidieRegelingDto($"{uitgever.Prefix}-REG-{regeling.Id:N}", regeling.Titel)],
                regeling.Mededingingsruimte?.Soort == MededingingsSoort.OpenOproep ? "Yes" : "No",
                b.GewijzigdOp);
        }).ToList();
    }

    /// <summary>
    /// Who the grant went to, as published. An informal group a host applied for is named by its group name only, with
    /// an identifier of the gemeente's own made from the host and that name (the same group keeps it); an organisation
    /// in the Handelsregister by its KvK number (<c>NL-KVK-…</c>); any other by the gemeente's own identifier. Nothing
    /// else of the organisation is read, so no contact person or e-mail can be published.
    /// </summary>
    public static OpenSubsidieOrganisatieDto Ontvanger(Uitgever uitgever, Guid organisatieId, string? naam, string? kvknummer, string? groepsnaam)
    {
        if (!string.IsNullOrWhiteSpace(groepsnaam))
            return new($"{uitgever.Prefix}-ORG-{organisatieId:N}-{SlugGenerator.FromName(groepsnaam)}", groepsnaam.Trim());
        var naamOfOnbekend = string.IsNullOrWhiteSpace(naam) ? "Onbekende ontvanger" : naam.Trim();
        return kvknummer is not null && Kvknummer.IsGeldig(kvknummer)
            ? new($"NL-KVK-{kvknummer}", naamOfOnbekend)
            : new($"{uitgever.Prefix}-ORG-{organisatieId:N}", naamOfOnbekend);
    }

    /// <summary>Euros with two decimals (4000.00, not 4000): the scale of 0.01 carries into the product.</summary>
    public static decimal Euro(Bedrag bedrag) => bedrag.Eurocent * 0.01m;

    private static string Titel(string regeling, string ontvanger)
    {
        var titel = $"{regeling}: {ontvanger}";
        return titel.Length <= 140 ? titel : titel[..139] + "…";
    }

    private static DateTimeOffset Nieuwjaar(int jaar)
    {
        var middernacht = new DateTime(jaar, 1, 1, 0, 0, 0, DateTimeKind.Unspecified);
        return new DateTimeOffset(middernacht, Nederland.GetUtcOffset(middernacht)).ToUniversalTime();
    }
}
