using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Paging;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Wijkbeelden.Shared;
using Gemeenschapskracht.Application.Wijktoekomstagendas.Dtos;
using Gemeenschapskracht.Domain.Wijktoekomstagendas;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.Application.Wijktoekomstagendas.Queries.ListWijktoekomstagendas;

/// <summary>The agendas by wijk and version (newest first); the public sees published ones only.</summary>
[Public]
public sealed record ListWijktoekomstagendasQuery(int Page, int PageSize, Guid? WijkId = null) : IQuery<PagedList<WijktoekomstagendaSamenvattingDto>>, IPagedRequest;

public sealed class ListWijktoekomstagendasHandler(IApplicationDbContext db, ICurrentUser user)
    : IQueryHandler<ListWijktoekomstagendasQuery, PagedList<WijktoekomstagendaSamenvattingDto>>
{
    public async ValueTask<PagedList<WijktoekomstagendaSamenvattingDto>> Handle(ListWijktoekomstagendasQuery query, CancellationToken cancellationToken)
    {
        var agendas = db.Set<Wijktoekomstagenda>().AsNoTracking();
        if (!(user.IsAuthenticated && !user.IsSystem && WijkbeeldToegang.IsGemeentelid(user)))
            agendas = agendas.Where(a => a.Status != AgendaStatus.Concept);
        if (query.WijkId is { } wijkId)
            agendas = agendas.Where(a => a.GebiedId == wijkId);
        var lijst = from a in agendas
                    join g in db.Gebieden on a.GebiedId equals g.Id
                    orderby g.Code, a.Versie descending
                    select new WijktoekomstagendaSamenvattingDto(a.Id, a.GebiedId, g.Naam ?? g.Code, a.Versie, a.Titel, a.Status, a.HorizonJaren, a.StartJaar,
                        a.GewijzigdOp, a.GepubliceerdOp);
        return await PagedList<WijktoekomstagendaSamenvattingDto>.CreateAsync(lijst, query, cancellationToken);
    }
}
