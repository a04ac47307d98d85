using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Leden.Dtos;
using Gemeenschapskracht.Application.Leden.Shared;
using Mediator;

namespace Gemeenschapskracht.Application.Leden.Queries.GetUitnodiging;

/// <summary>What the invitation page shows before it is accepted: whether it can be, for which roles, for a new or an existing account.</summary>
[Public]
public sealed record GetUitnodigingQuery(string Token) : IQuery<UitnodigingStatusDto>;

public sealed class GetUitnodigingHandler(ITenantCatalogDbContext catalog, IUserAccounts accounts, TimeProvider clock)
    : IQueryHandler<GetUitnodigingQuery, UitnodigingStatusDto>
{
    public async ValueTask<UitnodigingStatusDto> Handle(GetUitnodigingQuery query, CancellationToken cancellationToken)
    {
        var uitnodiging = await catalog.FindByTokenAsync(query.Token, cancellationToken);
        var blokkade = UitnodigingQueries.BlokkadeOf(uitnodiging, clock.GetUtcNow());
        if (blokkade is not null)
            return new UitnodigingStatusDto(blokkade, false, []);
        return new UitnodigingStatusDto(null, await accounts.FindByEmailAsync(uitnodiging!.Email, cancellationToken) is not null, uitnodiging.RolLijst);
    }
}
