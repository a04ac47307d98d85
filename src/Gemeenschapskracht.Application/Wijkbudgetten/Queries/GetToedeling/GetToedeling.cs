using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Wijkbudgetten.Dtos;
using Gemeenschapskracht.Application.Wijkbudgetten.Shared;
using Gemeenschapskracht.Domain.Wijkbudgetten;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.Application.Wijkbudgetten.Queries.GetToedeling;

/// <summary>
/// The allocation a version proposes over the wijken today, from the latest figures and the shared wijkbeelden, with
/// the calculation per wijk line by line (R4.1). Computed on each request: it follows the figures until a budget is set.
/// </summary>
[Public]
public sealed record GetToedelingQuery(Guid Id) : IQuery<ToedelingDto>;

public sealed class GetToedelingHandler(IApplicationDbContext db, ICurrentUser user) : IQueryHandler<GetToedelingQuery, ToedelingDto>
{
    public async ValueTask<ToedelingDto> Handle(GetToedelingQuery query, CancellationToken cancellationToken)
    {
        var methodiek = await db.ZichtbareMethodieken(user).AsNoTracking().VindAsync(query.Id, cancellationToken);
        return Toedeling.Bereken(methodiek.Inhoud, await db.WijkGegevensAsync(methodiek.Inhoud, cancellationToken)).ToDto(methodiek.Id);
    }
}
