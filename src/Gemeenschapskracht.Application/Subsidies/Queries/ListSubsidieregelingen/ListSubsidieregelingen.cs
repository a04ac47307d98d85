using FluentValidation;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Paging;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Subsidies.Dtos;
using Gemeenschapskracht.Application.Subsidies.Shared;
using Gemeenschapskracht.Domain.Subsidies;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.Application.Subsidies.Queries.ListSubsidieregelingen;

/// <summary>The regelingen, newest first: published ones for everybody, ontwerpen for the gemeente.</summary>
[Public]
public sealed record ListSubsidieregelingenQuery(int Page, int PageSize) : IQuery<PagedList<SubsidieregelingDto>>, IPagedRequest;

public sealed class ListSubsidieregelingenValidator : AbstractValidator<ListSubsidieregelingenQuery>
{
    public ListSubsidieregelingenValidator() => this.AddPagingRules();
}

public sealed class ListSubsidieregelingenHandler(IApplicationDbContext db, ICurrentUser user) : IQueryHandler<ListSubsidieregelingenQuery, PagedList<SubsidieregelingDto>>
{
    public async ValueTask<PagedList<SubsidieregelingDto>> Handle(ListSubsidieregelingenQuery query, CancellationToken cancellationToken) =>
        (await PagedList<Subsidieregeling>.CreateAsync(db.ZichtbareRegelingen(user).AsNoTracking().OrderByDescending(r => r.AangemaaktOp), query, cancellationToken))
            .Map(r => r.ToDto());
}
