using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Web;

namespace Gemeenschapskracht.UnitTests.Cbs;

/// <summary>
/// Serves the shared extract as a CBS OData v3 feed: DataProperties (feed shape), and TypedDataSet
/// with <c>startswith</c> filters, $select, $top/$skip and optional server-driven paging via odata.nextLink.
/// </summary>
internal sealed partial class FakeCbsODataHandler(int? serverPageSize = null) : HttpMessageHandler
{
    public const string BaseUrl = "https://opendata.cbs.nl/ODataApi/OData/85984NED";
    private const string Metadata = BaseUrl + "/$metadata#Cbs.OData.WebAPI.";

    private static readonly Lazy<IReadOnlyList<JsonElement>> Rows = new(CbsTestData.RawRows);

    public List<Uri> Requests { get; } = [];

    public HttpStatusCode Status { get; set; } = HttpStatusCode.OK;

    public string? Body { get; set; }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var uri = request.RequestUri!;
        lock (Requests)
        {
            Requests.Add(uri);
        }

        if (Status != HttpStatusCode.OK || Body is not null)
        {
            return Response(Status, Body ?? "");
        }

        return uri.AbsolutePath.EndsWith("/DataProperties", StringComparison.Ordinal)
            ? Response(HttpStatusCode.OK, $$"""{"odata.metadata":"{{Metadata}}DataProperties","value":{{await File.ReadAllTextAsync(CbsTestData.DataPropertiesPath, cancellationToken)}}}""")
            : TypedDataSet(HttpUtility.ParseQueryString(uri.Query));
    }

    private HttpResponseMessage TypedDataSet(System.Collections.Specialized.NameValueCollection query)
    {
        var prefixes = StartsWith().Matches(query["$filter"] ?? "").Select(m => m.Groups[1].Value).ToArray();
        if (query["$filter"] is not null && prefixes.Length == 0)
        {
            return Response(HttpStatusCode.BadRequest, "unsupported filter");
        }

        var rows = Rows.Value
            .Where(r => prefixes.Length == 0 || prefixes.Any(p => r.GetProperty("WijkenEnBuurten").GetString()!.StartsWith(p, StringComparison.Ordinal)))
            .Skip(int.Parse(query["$skip"] ?? "0"))
            .Take(int.Parse(query["$top"] ?? "100000"))
            .ToArray();

        int offset = int.Parse(query["$skiptoken"] ?? "0");
        int pageSize = serverPageSize ?? rows.Length;
        var page = rows.Skip(offset).Take(pageSize).ToArray();
        string? nextLink = null;
        if (offset + page.Length < rows.Length)
        {
            query["$skiptoken"] = (offset + page.Length).ToString();
            nextLink = $"{BaseUrl}/TypedDataSet?{query}";
        }

        var select = query["$select"]?.Split(',');
        using var body = new MemoryStream();
        using (var writer = new Utf8JsonWriter(body))
        {
            writer.WriteStartObject();
            writer.WriteString("odata.metadata", Metadata + "TypedDataSet");
            writer.WriteStartArray("value");
            foreach (var row in page)
            {
                writer.WriteStartObject();
                foreach (var property in row.EnumerateObject().Where(p => select is null || select.Contains(p.Name)))
                {
                    property.WriteTo(writer);
                }

                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            if (nextLink is not null)
            {
                writer.WriteString("odata.nextLink", nextLink);
            }

            writer.WriteEndObject();
        }

        return Response(HttpStatusCode.OK, Encoding.UTF8.GetString(body.ToArray()));
    }

    private static HttpResponseMessage Response(HttpStatusCode status, string body) =>
        new(status) { Content = new StringContent(body, Encoding.UTF8, "application/json") };

    [GeneratedRegex(@"startswith\(WijkenEnBuurten,'([A-Z0-9]+)'\)")]
    private static partial Regex StartsWith();
}
