using FluentValidation;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Paging;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Subsidies.Dtos;
using Gemeenschapskracht.Application.Subsidies.Shared;
using Gemeenschapskracht.Domain.Subsidies;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.Application.Subsidies.Queries.ListSubsidieaanvragen;

/// <summary>
/// The applications, the nearest beslistermijn first (the queue of the gemeente), or of one regeling; an applicant sees
/// those of its own organisation. In order of deadline, never by votes or popularity (G-1).
/// </summary>
[Authorize(Roles = $"{SubsidieQueries.Behandelaars},{Roles.Auditor},{SubsidieQueries.Aanvragers}")]
public sealed record ListSubsidieaanvragenQuery(int Page, int PageSize, Guid? RegelingId) : IQuery<PagedList<SubsidieaanvraagDto>>, IPagedRequest;

public sealed class ListSubsidieaanvragenValidator : AbstractValidator<ListSubsidieaanvragenQuery>
{
    public ListSubsidieaanvragenValidator() => this.AddPagingRules();
}

public sealed class ListSubsidieaanvragenHandler(IApplicationDbContext db, ICurrentUser user) : IQueryHandler<ListSubsidieaanvragenQuery, PagedList<SubsidieaanvraagDto>>
{
    public async ValueTask<PagedList<SubsidieaanvraagDto>> Handle(ListSubsidieaanvragenQuery query, CancellationToken cancellationToken)
    {
        var aanvragen = db.ZichtbareAanvragen(user).AsNoTracking();
        if (query.RegelingId is { } regeling)
            aanvragen = aanvragen.Where(a => a.RegelingId == regeling);
        var geordend = aanvragen.OrderBy(a => a.Status == AanvraagStatus.Besloten).ThenBy(a => a.Beslistermijn == null).ThenBy(a => a.Beslistermijn).ThenBy(a => a.Id);
        return (await PagedList<Subsidieaanvraag>.CreateAsync(geordend, query, cancellationToken)).Map(a => a.ToDto());
    }
}
