using FluentValidation;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Paging;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Uitdagingen.Dtos;
using Gemeenschapskracht.Application.Uitdagingen.Shared;
using Gemeenschapskracht.Domain.Uitdagingen;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.Application.Uitdagingen.Queries.ListOpenbareUitdagingen;

/// <summary>
/// The public list of challenges once the gemeente decided on ontvankelijkheid, with their outcome and reasoning: who
/// challenges (organisation or group name), never a contact.
/// </summary>
[Public]
public sealed record ListOpenbareUitdagingenQuery(int Page, int PageSize) : IQuery<PagedList<OpenbareUitdagingDto>>, IPagedRequest;

public sealed class ListOpenbareUitdagingenValidator : AbstractValidator<ListOpenbareUitdagingenQuery>
{
    public ListOpenbareUitdagingenValidator() => this.AddPagingRules();
}

public sealed class ListOpenbareUitdagingenHandler(IApplicationDbContext db) : IQueryHandler<ListOpenbareUitdagingenQuery, PagedList<OpenbareUitdagingDto>>
{
    public async ValueTask<PagedList<OpenbareUitdagingDto>> Handle(ListOpenbareUitdagingenQuery query, CancellationToken cancellationToken)
    {
        var lijst = db.Set<Uitdaging>().AsNoTracking().Where(u => u.Status != UitdagingStatus.Ingediend).OrderByDescending(u => u.Id);
        var pagina = await PagedList<Uitdaging>.CreateAsync(lijst, query, cancellationToken);
        var uitdagers = await db.UitdagersAsync(pagina.Items, cancellationToken);
        var wijkIds = pagina.Items.Where(u => u.WijkId is not null).Select(u => u.WijkId!.Value).Distinct().ToList();
        var wijken = await db.Gebieden.AsNoTracking().Where(g => wijkIds.Contains(g.Id)).ToDictionaryAsync(g => g.Id, g => g.Naam ?? g.Code, cancellationToken);
        return pagina.Map(u => u.ToOpenbaarDto(uitdagers[u.Id], u.WijkId is { } w && wijken.TryGetValue(w, out var naam) ? naam : null));
    }
}
