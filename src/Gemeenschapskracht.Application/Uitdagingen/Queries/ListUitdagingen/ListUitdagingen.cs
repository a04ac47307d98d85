using FluentValidation;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Paging;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Uitdagingen.Dtos;
using Gemeenschapskracht.Application.Uitdagingen.Shared;
using Gemeenschapskracht.Domain.Uitdagingen;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.Application.Uitdagingen.Queries.ListUitdagingen;

/// <summary>The challenges, newest first, by status or organisation; a bewonersorganisatie sees only its own.</summary>
[Authorize(Roles = UitdagingQueries.Lezers)]
public sealed record ListUitdagingenQuery(int Page, int PageSize, string? Status, Guid? OrganisatieId) : IQuery<PagedList<UitdagingDto>>, IPagedRequest;

public sealed class ListUitdagingenValidator : AbstractValidator<ListUitdagingenQuery>
{
    public ListUitdagingenValidator()
    {
        this.AddPagingRules();
        RuleFor(q => q.Status).Must(s => s is null || Enum.TryParse<UitdagingStatus>(s, true, out _))
            .WithMessage("Onbekende status; kies bijvoorbeeld ingediend, inBeoordeling, toegekend of afgewezen.");
    }
}

public sealed class ListUitdagingenHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock) : IQueryHandler<ListUitdagingenQuery, PagedList<UitdagingDto>>
{
    public async ValueTask<PagedList<UitdagingDto>> Handle(ListUitdagingenQuery query, CancellationToken cancellationToken)
    {
        var lijst = db.ZichtbareUitdagingen(user).AsNoTracking();
        if (query.Status is { } tekst && Enum.TryParse<UitdagingStatus>(tekst, true, out var status))
            lijst = lijst.Where(u => u.Status == status);
        if (query.OrganisatieId is { } id)
            lijst = lijst.Where(u => u.OrganisatieId == id);
        var pagina = await PagedList<Uitdaging>.CreateAsync(lijst.OrderByDescending(u => u.Id), query, cancellationToken);
        var uitdagers = await db.UitdagersAsync(pagina.Items, cancellationToken);
        var now = clock.GetUtcNow();
        return pagina.Map(u => u.ToDto(uitdagers[u.Id], now));
    }
}
