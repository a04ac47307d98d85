using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Instellingen.Shared;
using Gemeenschapskracht.Application.Persoonsgegevens.Dtos;
using Gemeenschapskracht.Domain.Persoonsgegevens;
using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.Application.Persoonsgegevens.Shared;

/// <summary>Composes the access report (JSON and PDF are the same content) and records that it was given.</summary>
public sealed class InzageSamensteller(
    IApplicationDbContext db, ITenantCatalogDbContext catalog, ICurrentTenant tenant, IUserAccounts accounts, IUserDirectory directory,
    IAuditLog audit, TimeProvider clock)
{
    public async Task<InzageDto> StelSamenAsync(IBetrokkeneVerzoek verzoek, CancellationToken ct)
    {
        var betrokkene = new Betrokkene(verzoek.Email, verzoek.Naam, verzoek.Iban);
        var gemeente = await catalog.CurrentTenantAsync(tenant, ct);
        var (beleid, _) = await db.BewaarbeleidAsync(clock, volgen: false, ct);
        var vondsten = await Betrokkenegegevens.ZoekAsync(db, betrokkene, volgen: false, ct);
        var verwerkingen = vondsten.GroupBy(v => v.Type).Select(g =>
        {
            var verwerking = Houders.Verwerking(g.Key);
            return new InzageVerwerkingDto(verwerking.Naam, verwerking.Doel, verwerking.Grondslag, Bewaartermijnen.Voor(g.Key, verwerking, beleid),
                g.Select(v => new InzageRecordDto(Houders.Id(v.Houder), v.Gegevens.Select(x => new GegevenDto(x.Veld, x.Waarde)).ToList())).ToList());
        }).ToList();
        var account = await AccountAsync(betrokkene, ct);
        await audit.RecordAsync(new AuditEntry(tenant.Id, "inzage-verstrekt", "Betrokkene", "-", "geslaagd")
        {
            Details = new { AantalGegevens = vondsten.Count, Account = account is not null },
        }, ct);
        return new InzageDto(gemeente.Name, clock.GetUtcNow(), account, verwerkingen, vondsten.Count);
    }

    private async Task<AccountgegevensDto?> AccountAsync(Betrokkene betrokkene, CancellationToken ct)
    {
        if (betrokkene.Email is null || await accounts.FindByEmailAsync(betrokkene.Email, ct) is not { } userId)
            return null;
        var gebruiker = (await directory.GetAsync([userId], ct))[userId];
        var rollen = await catalog.Lidmaatschappen.AsNoTracking().Where(l => l.UserId == userId && l.RevokedAt == null).Select(l => l.Rollen)
            .ToListAsync(ct);
        return new AccountgegevensDto(gebruiker.Email, gebruiker.Naam, gebruiker.TweeStapsAan,
            rollen.SelectMany(r => r.Split(',', StringSplitOptions.RemoveEmptyEntries)).Distinct().Order(StringComparer.Ordinal).ToList());
    }
}
