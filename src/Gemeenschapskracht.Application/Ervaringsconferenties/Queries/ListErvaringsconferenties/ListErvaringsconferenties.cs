using FluentValidation;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Paging;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Ervaringsconferenties.Dtos;
using Gemeenschapskracht.Application.Ervaringsconferenties.Shared;
using Gemeenschapskracht.Domain.Ervaringsconferenties;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.Application.Ervaringsconferenties.Queries.ListErvaringsconferenties;

/// <summary>The gemeente's ervaringsconferenties, public: the latest day first, with their programme and, once published, their lessons.</summary>
[Public]
public sealed record ListErvaringsconferentiesQuery(int Page, int PageSize) : IQuery<PagedList<ErvaringsconferentieDto>>, IPagedRequest;

public sealed class ListErvaringsconferentiesValidator : AbstractValidator<ListErvaringsconferentiesQuery>
{
    public ListErvaringsconferentiesValidator() => this.AddPagingRules();
}

public sealed class ListErvaringsconferentiesHandler(IApplicationDbContext db) : IQueryHandler<ListErvaringsconferentiesQuery, PagedList<ErvaringsconferentieDto>>
{
    public async ValueTask<PagedList<ErvaringsconferentieDto>> Handle(ListErvaringsconferentiesQuery query, CancellationToken cancellationToken)
    {
        var pagina = await PagedList<Ervaringsconferentie>.CreateAsync(
            db.Set<Ervaringsconferentie>().AsNoTracking().OrderByDescending(c => c.Datum).ThenBy(c => c.Id), query, cancellationToken);
        var dtos = await db.ToDtosAsync(pagina.Items, cancellationToken);
        return pagina.Map(c => dtos.First(d => d.Id == c.Id));
    }
}
