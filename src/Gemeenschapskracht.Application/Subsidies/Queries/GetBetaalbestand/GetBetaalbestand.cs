using Gemeenschapskracht.Application.Common.Betalingen;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Subsidies.Shared;
using Gemeenschapskracht.Domain.Subsidies;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.Application.Subsidies.Queries.GetBetaalbestand;

/// <summary>A payment batch as the SEPA file (pain.001.001.03) the gemeente's financial system or bank takes in.</summary>
[Authorize(Roles = $"{SubsidieQueries.Behandelaars},{Roles.Auditor}")]
public sealed record GetBetaalbestandQuery(Guid Id) : IQuery<Betaalbestand>;

public sealed record Betaalbestand(string FileName, byte[] Content);

public sealed class GetBetaalbestandHandler(IApplicationDbContext db) : IQueryHandler<GetBetaalbestandQuery, Betaalbestand>
{
    public async ValueTask<Betaalbestand> Handle(GetBetaalbestandQuery query, CancellationToken cancellationToken)
    {
        var opdracht = await db.Set<Betaalopdracht>().AsNoTracking().VindAsync(query.Id, cancellationToken);
        return new Betaalbestand($"{opdracht.Berichtkenmerk}.xml", Pain001Bestand.Schrijf(opdracht.ToSepa(), opdracht.AangemaaktOp));
    }
}
