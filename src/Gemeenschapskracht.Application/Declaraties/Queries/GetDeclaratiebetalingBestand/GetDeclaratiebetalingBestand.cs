using Gemeenschapskracht.Application.Common.Betalingen;
using Gemeenschapskracht.Application.Common.Exceptions;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Declaraties.Shared;
using Gemeenschapskracht.Domain.Declaraties;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.Application.Declaraties.Queries.GetDeclaratiebetalingBestand;

/// <summary>A batch as the SEPA file (pain.001.001.03) the host's bank takes in; for the host's back office only.</summary>
[Authorize(Roles = DeclaratieQueries.Beoordelaars)]
public sealed record GetDeclaratiebetalingBestandQuery(Guid Id) : IQuery<Declaratiebetaalbestand>;

public sealed record Declaratiebetaalbestand(string FileName, byte[] Content);

public sealed class GetDeclaratiebetalingBestandHandler(IApplicationDbContext db, ICurrentUser user)
    : IQueryHandler<GetDeclaratiebetalingBestandQuery, Declaratiebetaalbestand>
{
    public async ValueTask<Declaratiebetaalbestand> Handle(GetDeclaratiebetalingBestandQuery query, CancellationToken cancellationToken)
    {
        var b = await db.GehosteBetalingen(user).AsNoTracking().VindAsync(query.Id, cancellationToken);
        if (b.Status == DeclaratiebetalingStatus.Ingetrokken)
            throw new ConflictException($"Deze betaling is ingetrokken ({b.Intrekkingsreden}); geef het bestand niet meer aan de bank.");
        if (b.BankgegevensGewistOp is { } gewist)
            throw new ConflictException($"De bankgegevens van deze betaling zijn op {gewist:dd-MM-yyyy} na de bewaartermijn gewist; het SEPA-bestand bestaat niet meer.");
        var batch = new Sepabatch(b.Berichtkenmerk, b.Opdrachtgever, b.OpdrachtgeverIban, b.Uitvoerdatum,
            b.Overboekingen.Select(o => new Sepaoverschrijving(o.Kenmerk, o.Bedrag, o.Begunstigde, o.Iban, $"Declaratie {o.Kenmerk}")).ToList());
        return new Declaratiebetaalbestand($"{b.Berichtkenmerk}.xml", Pain001Bestand.Schrijf(batch, b.AangemaaktOp));
    }
}
