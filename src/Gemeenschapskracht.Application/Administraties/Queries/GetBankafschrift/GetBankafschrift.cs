using Gemeenschapskracht.Application.Administraties.Dtos;
using Gemeenschapskracht.Application.Administraties.Shared;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Domain.Administraties;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.Application.Administraties.Queries.GetBankafschrift;

/// <summary>One bank statement with its lines: linked (to which entry), explained (why) or open (with the entries that fit).</summary>
[Authorize(Roles = AdministratieQueries.Lezers)]
public sealed record GetBankafschriftQuery(Guid AdministratieId, Guid AfschriftId) : IQuery<BankafschriftDto>;

public sealed class GetBankafschriftHandler(IApplicationDbContext db, ICurrentUser user) : IQueryHandler<GetBankafschriftQuery, BankafschriftDto>
{
    public async ValueTask<BankafschriftDto> Handle(GetBankafschriftQuery query, CancellationToken cancellationToken)
    {
        var administratie = await db.ZichtbareAdministraties(user).AsNoTracking().VindAsync(query.AdministratieId, cancellationToken);
        var afschrift = await db.Set<Bankafschrift>().AsNoTracking().VindBankafschriftAsync(administratie.Id, query.AfschriftId, cancellationToken);
        return await db.ToDtoAsync(afschrift, cancellationToken);
    }
}
