using Gemeenschapskracht.Application.Common.Paging;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.WebUtilities;

namespace Gemeenschapskracht.Api.Web;

/// <summary>Writes the RFC 8288 <c>Link</c> header (first, prev, next, last) for a page of a list.</summary>
public static class PagingLinks
{
    public static void AddLinkHeader<T>(this HttpContext context, PagedList<T> page)
    {
        var request = context.Request;
        var baseUrl = UriHelper.BuildAbsolute(request.Scheme, request.Host, request.PathBase, request.Path);
        var query = request.Query.Where(q => q.Key is not ("page" or "pageSize"))
            .ToDictionary(q => q.Key, q => q.Value.ToString());

        string Url(int number) => QueryHelpers.AddQueryString(baseUrl,
            new Dictionary<string, string?>(query.Select(q => new KeyValuePair<string, string?>(q.Key, q.Value)))
            {
                ["page"] = number.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["pageSize"] = page.PageSize.ToString(System.Globalization.CultureInfo.InvariantCulture),
            });

        var last = Math.Max(page.TotalPages, 1);
        var links = new List<string> { $"<{Url(1)}>; rel=\"first\"", $"<{Url(last)}>; rel=\"last\"" };
        if (page.Page > 1)
            links.Add($"<{Url(Math.Min(page.Page - 1, last))}>; rel=\"prev\"");
        if (page.Page < page.TotalPages)
            links.Add($"<{Url(page.Page + 1)}>; rel=\"next\"");
        context.Response.Headers.Link = string.Join(", ", links);
    }
}
