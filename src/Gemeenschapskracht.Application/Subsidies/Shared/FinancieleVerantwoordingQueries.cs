using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Subsidies.Dtos;
using Gemeenschapskracht.Domain.Administraties;
using Gemeenschapskracht.Domain.Organisaties;
using Gemeenschapskracht.Domain.Subsidies;
using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.Application.Subsidies.Shared;

/// <summary>The financial part of a report generated from the host's books (G-4, ADR 0028), and its DTO.</summary>
public static class FinancieleVerantwoordingQueries
{
    /// <summary>
    /// The books that account for a beschikking, among <paramref name="administraties"/>: the administratie where the subsidy
    /// was received under it, else the one kept for the organisation it was granted to; null where no host keeps them.
    /// </summary>
    public static async Task<FinancieleVerantwoording?> UitAdministratieAsync(this IApplicationDbContext db, IQueryable<Administratie> administraties,
        Beschikking beschikking, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var gekoppeld = await db.Set<Journaalpost>().AsNoTracking().Where(p => p.BeschikkingId == beschikking.Id)
            .Select(p => (Guid?)p.AdministratieId).FirstOrDefaultAsync(cancellationToken);
        var administratie = (gekoppeld is { } id ? await administraties.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, cancellationToken) : null)
            ?? await administraties.AsNoTracking().FirstOrDefaultAsync(a => a.GroepId == beschikking.OrganisatieId, cancellationToken);
        if (administratie is null || beschikking.Soort != BesluitSoort.Verlening)
            return null;
        var host = await db.Set<Organisatie>().AsNoTracking().Where(o => o.Id == administratie.HostOrganisatieId).Select(o => o.Naam).FirstAsync(cancellationToken);
        var posten = await db.Set<Journaalpost>().AsNoTracking().Where(p => p.AdministratieId == administratie.Id).ToListAsync(cancellationToken);
        return FinancieleVerantwoording.Uit(administratie, host, beschikking, posten, now);
    }

    public static FinancieleVerantwoordingDto ToDto(this FinancieleVerantwoording f, Guid beschikkingId) => new(
        beschikkingId, f.AdministratieId, f.Host, f.Van, f.Tot, f.Regels.Select(ToDto).ToList(), f.TotaalBaten.ToDto(), f.TotaalLasten.ToDto(),
        f.Saldo.Eurocent, f.OpgesteldOp);

    private static VerantwoordingsregelDto ToDto(this Verantwoordingsregel r) =>
        new(r.Rekening, r.Omschrijving, r.Soort, r.Begroot?.Eurocent, r.Gerealiseerd.Eurocent, r.Verschil?.Eurocent, r.Percentage);
}
