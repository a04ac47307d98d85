using FluentValidation;
using Gemeenschapskracht.Application.Administraties.Dtos;
using Gemeenschapskracht.Application.Administraties.Shared;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Paging;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Domain.Administraties;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.Application.Administraties.Queries.ListBankafschriften;

/// <summary>The bank statements imported into an administratie, newest period first, with how many lines are still open.</summary>
[Authorize(Roles = AdministratieQueries.Lezers)]
public sealed record ListBankafschriftenQuery(Guid AdministratieId, int Page, int PageSize) : IQuery<PagedList<BankafschriftSamenvattingDto>>, IPagedRequest;

public sealed class ListBankafschriftenValidator : AbstractValidator<ListBankafschriftenQuery>
{
    public ListBankafschriftenValidator() => this.AddPagingRules();
}

public sealed class ListBankafschriftenHandler(IApplicationDbContext db, ICurrentUser user)
    : IQueryHandler<ListBankafschriftenQuery, PagedList<BankafschriftSamenvattingDto>>
{
    public async ValueTask<PagedList<BankafschriftSamenvattingDto>> Handle(ListBankafschriftenQuery query, CancellationToken cancellationToken)
    {
        var administratie = await db.ZichtbareAdministraties(user).AsNoTracking().VindAsync(query.AdministratieId, cancellationToken);
        var lijst = db.Set<Bankafschrift>().AsNoTracking().Where(a => a.AdministratieId == administratie.Id)
            .OrderByDescending(a => a.Tot).ThenByDescending(a => a.GeimporteerdOp);
        var pagina = await PagedList<Bankafschrift>.CreateAsync(lijst, query, cancellationToken);
        return new PagedList<BankafschriftSamenvattingDto>(pagina.Items.Select(a => a.ToSamenvattingDto()).ToList(), pagina.Page, pagina.PageSize, pagina.TotalCount);
    }
}
