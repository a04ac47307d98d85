using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Uitdagingen.Dtos;
using Gemeenschapskracht.Application.Uitdagingen.Shared;
using Mediator;

namespace Gemeenschapskracht.Application.Uitdagingen.Queries.GetParticipatieverordening;

/// <summary>The participatieverordening in force: terms, published criteria and excluded tasks (public: residents challenge by it).</summary>
[Public]
public sealed record GetParticipatieverordeningQuery : IQuery<ParticipatieverordeningDto>;

public sealed class GetParticipatieverordeningHandler(IApplicationDbContext db, TimeProvider clock) : IQueryHandler<GetParticipatieverordeningQuery, ParticipatieverordeningDto>
{
    public async ValueTask<ParticipatieverordeningDto> Handle(GetParticipatieverordeningQuery query, CancellationToken cancellationToken) =>
        (await db.GeldendeVerordeningAsync(clock.GetUtcNow(), cancellationToken)).ToDto();
}
