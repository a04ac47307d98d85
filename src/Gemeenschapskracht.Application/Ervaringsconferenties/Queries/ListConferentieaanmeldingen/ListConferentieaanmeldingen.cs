using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Ervaringsconferenties.Dtos;
using Gemeenschapskracht.Application.Ervaringsconferenties.Shared;
using Gemeenschapskracht.Domain.Ervaringsconferenties;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.Application.Ervaringsconferenties.Queries.ListConferentieaanmeldingen;

/// <summary>Who registered for a conference, for the organising gemeente only, in the order they registered.</summary>
[Authorize(Roles = ConferentieRollen.Organisatoren)]
public sealed record ListConferentieaanmeldingenQuery(Guid Id) : IQuery<IReadOnlyList<ConferentieaanmeldingDto>>;

public sealed class ListConferentieaanmeldingenHandler(IApplicationDbContext db) : IQueryHandler<ListConferentieaanmeldingenQuery, IReadOnlyList<ConferentieaanmeldingDto>>
{
    public async ValueTask<IReadOnlyList<ConferentieaanmeldingDto>> Handle(ListConferentieaanmeldingenQuery query, CancellationToken cancellationToken)
    {
        var conferentie = await db.Set<Ervaringsconferentie>().AsNoTracking().VindAsync(query.Id, cancellationToken);
        return await db.Set<Conferentieaanmelding>().AsNoTracking().Where(a => a.ConferentieId == conferentie.Id)
            .OrderBy(a => a.Id).Select(a => new ConferentieaanmeldingDto(a.Id, a.Naam, a.Email, a.AangemeldOp, a.AfgemeldOp != null))
            .ToListAsync(cancellationToken);
    }
}
