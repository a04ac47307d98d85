using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.Application.Common.Paging;

/// <summary>One page of a list, with what a client needs to page on.</summary>
public sealed record PagedList<T>(IReadOnlyList<T> Items, int Page, int PageSize, int TotalCount)
{
    public int TotalPages => TotalCount == 0 ? 0 : (TotalCount + PageSize - 1) / PageSize;

    public static async Task<PagedList<T>> CreateAsync(IQueryable<T> source, IPagedRequest request, CancellationToken ct)
    {
        var total = await source.CountAsync(ct);
        var items = await source.Skip((request.Page - 1) * request.PageSize).Take(request.PageSize).ToListAsync(ct);
        return new PagedList<T>(items, request.Page, request.PageSize, total);
    }

    /// <summary>The same page with each item converted (for items read whole and mapped in memory).</summary>
    public PagedList<TResult> Map<TResult>(Func<T, TResult> map) => new(Items.Select(map).ToList(), Page, PageSize, TotalCount);
}
