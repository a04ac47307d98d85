using Gemeenschapskracht.Application.Beleidskaders.Dtos;
using Gemeenschapskracht.Application.Beleidskaders.Shared;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.Application.Beleidskaders.Queries.CompareBeleidskaders;

/// <summary>Two versions side by side, part by part; the older one is always <c>van</c>, whichever order they are asked in.</summary>
[Public]
public sealed record CompareBeleidskadersQuery(Guid Id, Guid Met) : IQuery<BeleidskaderVergelijkingDto>;

public sealed class CompareBeleidskadersHandler(IApplicationDbContext db, ICurrentUser user)
    : IQueryHandler<CompareBeleidskadersQuery, BeleidskaderVergelijkingDto>
{
    public async ValueTask<BeleidskaderVergelijkingDto> Handle(CompareBeleidskadersQuery query, CancellationToken cancellationToken)
    {
        var zichtbaar = db.Zichtbaar(user).AsNoTracking();
        var een = await zichtbaar.VindAsync(query.Id, cancellationToken);
        var ander = await zichtbaar.VindAsync(query.Met, cancellationToken);
        var (van, naar) = een.Versie <= ander.Versie ? (een, ander) : (ander, een);
        return new BeleidskaderVergelijkingDto(van.ToSamenvatting(), naar.ToSamenvatting(), BeleidskaderVergelijker.Vergelijk(van.Inhoud, naar.Inhoud));
    }
}
