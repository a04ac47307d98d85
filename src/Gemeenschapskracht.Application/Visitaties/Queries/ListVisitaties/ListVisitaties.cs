using FluentValidation;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Paging;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Common.Validation;
using Gemeenschapskracht.Application.Visitaties.Dtos;
using Gemeenschapskracht.Application.Visitaties.Shared;
using Gemeenschapskracht.Domain.Visitaties;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.Application.Visitaties.Queries.ListVisitaties;

/// <summary>
/// The visitaties the caller takes part in, the most recently due first: all of them for the gemeente's readers, the
/// running ones a panel member sits on, and those of the caller's own organisation for the reviewed party.
/// </summary>
[Authorize(Roles = VisitatieRollen.Lezers)]
public sealed record ListVisitatiesQuery(int Page, int PageSize, string? Status = null) : IQuery<PagedList<VisitatieSamenvattingDto>>, IPagedRequest;

public sealed class ListVisitatiesValidator : AbstractValidator<ListVisitatiesQuery>
{
    public ListVisitatiesValidator()
    {
        this.AddPagingRules();
        RuleFor(q => q.Status).IsEnumNaam<ListVisitatiesQuery, VisitatieStatus>("Deze status bestaat niet voor een visitatie.");
    }
}

public sealed class ListVisitatiesHandler(IApplicationDbContext db, ICurrentUser user) : IQueryHandler<ListVisitatiesQuery, PagedList<VisitatieSamenvattingDto>>
{
    public async ValueTask<PagedList<VisitatieSamenvattingDto>> Handle(ListVisitatiesQuery query, CancellationToken cancellationToken)
    {
        var visitaties = db.Set<Visitatie>().AsNoTracking();
        if (EnumNaam.Lees<VisitatieStatus>(query.Status) is { } status)
            visitaties = visitaties.Where(v => v.Status == status);
        visitaties = visitaties.OrderByDescending(v => v.GeplandOp).ThenBy(v => v.OnderwerpNaam).ThenBy(v => v.Id);
        if (VisitatiecyclusRollen.Lezers.Split(',').Any(user.IsInRole))
            return (await PagedList<Visitatie>.CreateAsync(visitaties, query, cancellationToken)).Map(v => v.ToSamenvatting());
        // The panel lives in a JSON column: a member's visitaties are picked in memory from the running ones of the gemeente.
        var organisatie = user.OrganisatieId;
        var kandidaten = await visitaties.Where(v => v.Status != VisitatieStatus.Afgerond || (organisatie != null && v.OrganisatieId == organisatie))
            .ToListAsync(cancellationToken);
        var mijn = kandidaten.Where(v => VisitatieToegang.KantVan(user, v) is not null).ToList();
        return new PagedList<VisitatieSamenvattingDto>(
            [.. mijn.Skip((query.Page - 1) * query.PageSize).Take(query.PageSize).Select(v => v.ToSamenvatting())], query.Page, query.PageSize, mijn.Count);
    }
}
