using System.Globalization;
using System.Text.Json;
using Gemeenschapskracht.Domain.Gebieden;
using Gemeenschapskracht.Infrastructure.Persistence;
using Microsoft.Data.Sqlite;

namespace Gemeenschapskracht.Api.Web;

/// <summary>
/// Raw read endpoints for the benchmark harness (<c>bench/run.sh</c>), mapped only when configuration
/// <c>Benchmark:Baseline</c> is true and the database is SQLite; never part of the OpenAPI document.
/// They read the same rows as <c>GET /api/v1/gebieden</c> and <c>GET /api/v1/gebieden/{id}</c> straight from the
/// SQLite connection (no mediator, no EF Core, no token, no tenant middleware: the gemeente is a query parameter
/// joined in SQL) and write JSON of the same shape, so the ratio product/baseline is what the pipeline costs.
/// Reads the default database only (a gemeente with a database of its own is not found here).
/// </summary>
public static class BenchmarkBaseline
{
    public const string ConfigurationKey = "Benchmark:Baseline";
    public const string Prefix = "/bench/baseline";

    public static IEndpointRouteBuilder MapBenchmarkBaseline(this IEndpointRouteBuilder app)
    {
        var configuration = app.ServiceProvider.GetRequiredService<IConfiguration>();
        if (!configuration.GetValue(ConfigurationKey, false)
            || configuration.GetValue("Database:Provider", DatabaseProvider.Sqlite) != DatabaseProvider.Sqlite)
            return app;

        var connectionString = app.ServiceProvider.GetRequiredService<ConnectionStringHolder>().Value;
        var group = app.MapGroup(Prefix).ExcludeFromDescription();
        group.MapGet("/gebieden", (HttpContext http, string gemeente, int page = 1, int pageSize = 20, string? soort = null) =>
            ListAsync(http, connectionString, gemeente, page, pageSize, soort));
        group.MapGet("/gebieden/{id:guid}", (HttpContext http, Guid id, string gemeente) =>
            GetAsync(http, connectionString, gemeente, id));
        return app;
    }

    private const string GebiedColumns = "g.Id, g.Code, g.Naam, g.Soort, g.OuderId, g.IsPilot";

    private static async Task ListAsync(HttpContext http, string connectionString, string gemeente, int page, int pageSize, string? soort)
    {
        var ct = http.RequestAborted;
        page = Math.Max(page, 1);
        pageSize = Math.Clamp(pageSize, 1, 100);
        var soortFilter = soort is not null && Enum.TryParse<GebiedSoort>(soort, ignoreCase: true, out var parsed)
            ? parsed.ToString() : null;
        var where = "FROM Gebieden g JOIN Tenants t ON t.Id = g.TenantId WHERE t.Identifier = $gemeente"
            + (soortFilter is null ? "" : " AND g.Soort = $soort");

        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(ct);

        await using var count = connection.CreateCommand();
        count.CommandText = "SELECT COUNT(*) " + where;
        AddFilter(count, gemeente, soortFilter);
        var total = Convert.ToInt32(await count.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture);

        await using var select = connection.CreateCommand();
        select.CommandText = $"SELECT {GebiedColumns} {where} ORDER BY g.Soort, g.Code LIMIT $take OFFSET $skip";
        AddFilter(select, gemeente, soortFilter);
        select.Parameters.AddWithValue("$take", pageSize);
        select.Parameters.AddWithValue("$skip", (page - 1) * pageSize);

        http.Response.ContentType = "application/json; charset=utf-8";
        await using var json = new Utf8JsonWriter(http.Response.BodyWriter);
        json.WriteStartObject();
        json.WriteStartArray("items");
        await using (var reader = await select.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
                WriteGebied(json, reader, close: true);
        }
        json.WriteEndArray();
        json.WriteNumber("page", page);
        json.WriteNumber("pageSize", pageSize);
        json.WriteNumber("totalCount", total);
        json.WriteNumber("totalPages", total == 0 ? 0 : (total + pageSize - 1) / pageSize);
        json.WriteEndObject();
        await json.FlushAsync(ct);
    }

    private static async Task GetAsync(HttpContext http, string connectionString, string gemeente, Guid id)
    {
        var ct = http.RequestAborted;
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(ct);

        await using var select = connection.CreateCommand();
        select.CommandText = $"SELECT {GebiedColumns}, COALESCE(o.Naam, o.Code) FROM Gebieden g JOIN Tenants t ON t.Id = g.TenantId " +
            "LEFT JOIN Gebieden o ON o.Id = g.OuderId WHERE t.Identifier = $gemeente AND g.Id = $id";
        AddFilter(select, gemeente, null);
        select.Parameters.AddWithValue("$id", GuidText(id));

        http.Response.ContentType = "application/json; charset=utf-8";
        await using var json = new Utf8JsonWriter(http.Response.BodyWriter);
        await using (var reader = await select.ExecuteReaderAsync(ct))
        {
            if (!await reader.ReadAsync(ct))
            {
                http.Response.StatusCode = StatusCodes.Status404NotFound;
                http.Response.ContentType = "application/problem+json; charset=utf-8";
                json.WriteStartObject();
                json.WriteNumber("status", 404);
                json.WriteString("title", "Niet gevonden");
                json.WriteEndObject();
                await json.FlushAsync(ct);
                return;
            }
            WriteGebied(json, reader, close: false);
            json.WriteString("ouderWeergavenaam", reader.IsDBNull(6) ? null : reader.GetString(6));
        }

        await using var cijfers = connection.CreateCommand();
        cijfers.CommandText = "SELECT Maatstaf, Titel, Eenheid, Waarde, Bron, Jaar FROM Kerncijfers " +
            "WHERE GebiedId = $id ORDER BY Maatstaf, Jaar DESC";
        cijfers.Parameters.AddWithValue("$id", GuidText(id));
        json.WriteStartArray("kerncijfers");
        await using (var reader = await cijfers.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                json.WriteStartObject();
                json.WriteString("maatstaf", reader.GetString(0));
                json.WriteString("titel", reader.GetString(1));
                json.WriteString("eenheid", reader.GetString(2));
                if (reader.IsDBNull(3))
                    json.WriteNull("waarde");
                else
                    json.WriteNumber("waarde", reader.GetDecimal(3));
                json.WriteString("bron", reader.GetString(4));
                json.WriteNumber("jaar", reader.GetInt32(5));
                json.WriteBoolean("bekend", !reader.IsDBNull(3));
                json.WriteEndObject();
            }
        }
        json.WriteEndArray();
        json.WriteEndObject();
        await json.FlushAsync(ct);
    }

    private static void AddFilter(SqliteCommand command, string gemeente, string? soort)
    {
        command.Parameters.AddWithValue("$gemeente", gemeente.Trim().ToLowerInvariant());
        if (soort is not null)
            command.Parameters.AddWithValue("$soort", soort);
    }

    /// <summary>EF Core's SQLite provider stores a Guid as upper-case TEXT.</summary>
    private static string GuidText(Guid id) => id.ToString().ToUpperInvariant();

    private static void WriteGebied(Utf8JsonWriter json, SqliteDataReader reader, bool close)
    {
        var code = reader.GetString(1);
        var naam = reader.IsDBNull(2) ? null : reader.GetString(2);
        json.WriteStartObject();
        json.WriteString("id", reader.GetGuid(0));
        json.WriteString("code", code);
        json.WriteString("naam", naam);
        json.WriteString("weergavenaam", naam ?? code);
        json.WriteString("soort", JsonNamingPolicy.CamelCase.ConvertName(reader.GetString(3)));
        if (reader.IsDBNull(4))
            json.WriteNull("ouderId");
        else
            json.WriteString("ouderId", reader.GetGuid(4));
        json.WriteBoolean("pilot", reader.GetBoolean(5));
        if (close)
            json.WriteEndObject();
    }
}
