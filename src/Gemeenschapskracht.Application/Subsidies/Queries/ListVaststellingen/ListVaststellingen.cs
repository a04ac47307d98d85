using FluentValidation;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Paging;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Subsidies.Dtos;
using Gemeenschapskracht.Application.Subsidies.Shared;
using Gemeenschapskracht.Domain.Subsidies;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.Application.Subsidies.Queries.ListVaststellingen;

/// <summary>The vaststellingen, newest first, or the one of a beschikking; a recipient sees those of its own organisation.</summary>
[Authorize(Roles = $"{SubsidieQueries.Behandelaars},{Roles.Auditor},{SubsidieQueries.Aanvragers}")]
public sealed record ListVaststellingenQuery(int Page, int PageSize, Guid? BeschikkingId) : IQuery<PagedList<VaststellingDto>>, IPagedRequest;

public sealed class ListVaststellingenValidator : AbstractValidator<ListVaststellingenQuery>
{
    public ListVaststellingenValidator() => this.AddPagingRules();
}

public sealed class ListVaststellingenHandler(IApplicationDbContext db, ICurrentUser user) : IQueryHandler<ListVaststellingenQuery, PagedList<VaststellingDto>>
{
    public async ValueTask<PagedList<VaststellingDto>> Handle(ListVaststellingenQuery query, CancellationToken cancellationToken)
    {
        var lijst = db.ZichtbareVaststellingen(user).AsNoTracking();
        if (query.BeschikkingId is { } id)
            lijst = lijst.Where(v => v.BeschikkingId == id);
        return (await PagedList<Vaststelling>.CreateAsync(lijst.OrderByDescending(v => v.Id), query, cancellationToken)).Map(v => v.ToDto());
    }
}
