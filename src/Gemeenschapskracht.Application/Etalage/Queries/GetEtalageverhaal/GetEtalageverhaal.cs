using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Etalage.Dtos;
using Gemeenschapskracht.Application.Etalage.Shared;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.Application.Etalage.Queries.GetEtalageverhaal;

/// <summary>One story: published for anyone; nominated or archived for the gemeente and the nominator; else 404.</summary>
[Public]
public sealed record GetEtalageverhaalQuery(Guid Id) : IQuery<EtalageverhaalDto>;

public sealed class GetEtalageverhaalHandler(IApplicationDbContext db, ICurrentUser user) : IQueryHandler<GetEtalageverhaalQuery, EtalageverhaalDto>
{
    public async ValueTask<EtalageverhaalDto> Handle(GetEtalageverhaalQuery query, CancellationToken cancellationToken) =>
        await db.ToDtoAsync(await EtalageToegang.Zichtbaar(db, user).AsNoTracking().VindAsync(query.Id, cancellationToken), user, cancellationToken);
}
