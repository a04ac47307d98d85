using Gemeenschapskracht.Application.Administraties.Shared;
using Gemeenschapskracht.Application.Common.Exceptions;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Subsidies.Dtos;
using Gemeenschapskracht.Application.Subsidies.Shared;
using Gemeenschapskracht.Domain.Regels;
using Gemeenschapskracht.Domain.Subsidies;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.Application.Subsidies.Queries.GetFinancieleVerantwoording;

/// <summary>
/// The financial part of a subsidy's report as the host's books show it today (G-4): the subsidy received, the other
/// income and the costs of the period per account, against the granted amount. Who reads the administratie reads it: the
/// gemeente and the auditor, the host's back office, the group's members; for anyone else, or without a ledger, a 404.
/// </summary>
[Authorize(Roles = AdministratieQueries.Lezers)]
public sealed record GetFinancieleVerantwoordingQuery(Guid BeschikkingId) : IQuery<FinancieleVerantwoordingDto>;

[Regel(Regelcatalogus.G4)]
[Regel(Regelcatalogus.G10)]
public sealed class GetFinancieleVerantwoordingHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock)
    : IQueryHandler<GetFinancieleVerantwoordingQuery, FinancieleVerantwoordingDto>
{
    public async ValueTask<FinancieleVerantwoordingDto> Handle(GetFinancieleVerantwoordingQuery query, CancellationToken cancellationToken)
    {
        // One answer for a beschikking that does not exist, that is not the caller's, or that no host keeps the books for: nothing leaks.
        var beschikking = await db.Set<Beschikking>().AsNoTracking().FirstOrDefaultAsync(b => b.Id == query.BeschikkingId, cancellationToken);
        var financieel = beschikking is null ? null : await db.UitAdministratieAsync(db.ZichtbareAdministraties(user), beschikking, clock.GetUtcNow(), cancellationToken);
        return financieel?.ToDto(beschikking!.Id)
            ?? throw new NotFoundException("Voor deze beschikking is er geen administratie van een host waaruit de financiële verantwoording komt.");
    }
}
