using FluentValidation;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Paging;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Common.Validation;
using Gemeenschapskracht.Application.Etalage.Dtos;
using Gemeenschapskracht.Application.Etalage.Shared;
using Gemeenschapskracht.Domain.Etalage;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.Application.Etalage.Queries.ListEtalageverhalen;

/// <summary>
/// The etalage: for the public the published stories, the most recently nominated first; the gemeente also sees the
/// nominated and archived ones (filter by status), a nominator also their own nominations.
/// </summary>
[Public]
public sealed record ListEtalageverhalenQuery(int Page, int PageSize, string? Status = null) : IQuery<PagedList<EtalageverhaalDto>>, IPagedRequest;

public sealed class ListEtalageverhalenValidator : AbstractValidator<ListEtalageverhalenQuery>
{
    public ListEtalageverhalenValidator()
    {
        this.AddPagingRules();
        RuleFor(q => q.Status).IsEnumNaam<ListEtalageverhalenQuery, EtalageStatus>("Kies genomineerd, gepubliceerd of gearchiveerd.");
    }
}

public sealed class ListEtalageverhalenHandler(IApplicationDbContext db, ICurrentUser user) : IQueryHandler<ListEtalageverhalenQuery, PagedList<EtalageverhaalDto>>
{
    public async ValueTask<PagedList<EtalageverhaalDto>> Handle(ListEtalageverhalenQuery query, CancellationToken cancellationToken)
    {
        var verhalen = EtalageToegang.Zichtbaar(db, user).AsNoTracking();
        if (EnumNaam.Lees<EtalageStatus>(query.Status) is { } status)
            verhalen = verhalen.Where(v => v.Status == status);
        var pagina = await PagedList<Etalageverhaal>.CreateAsync(
            verhalen.OrderByDescending(v => v.Id), query, cancellationToken);
        var dtos = await db.ToDtosAsync(pagina.Items, user, cancellationToken);
        return pagina.Map(v => dtos.First(d => d.Id == v.Id));
    }
}
