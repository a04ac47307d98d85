using System.Text.Json;
using Gemeenschapskracht.Application.Cbs;

namespace Gemeenschapskracht.Infrastructure.Cbs;

/// <summary>
/// Reads OData v3 DataProperties: a bare JSON array (as saved in an extract) or the feed's
/// <c>{"odata.metadata": …, "value": [ … ]}</c>.
/// </summary>
public static class CbsDataPropertiesReader
{
    private const int MaxGroupDepth = 32;

    /// <exception cref="JsonException">Malformed JSON, or no GeoDetail with a MapYear.</exception>
    public static async Task<CbsDataProperties> ReadAsync(Stream json, CancellationToken cancellationToken)
    {
        using var document = await JsonDocument.ParseAsync(json, default, cancellationToken);
        return Read(document.RootElement);
    }

    /// <exception cref="JsonException">Not a DataProperties list, or no GeoDetail with a MapYear.</exception>
    public static CbsDataProperties Read(JsonElement root)
    {
        var entries = Entries(root);
        var groups = entries
            .Select(e => (Id: Int(e, "ID"), Parent: Int(e, "ParentID"), Title: String(e, "Title") ?? ""))
            .Where(e => e.Id is not null)
            .ToDictionary(e => e.Id!.Value, e => (e.Parent, e.Title));

        int? year = null;
        string? regionKey = null;
        var numeric = new List<(JsonElement Entry, CbsStemQualifier.Topic Topic)>();
        var textKeys = new Dictionary<string, string>(StringComparer.Ordinal);

        foreach (var entry in entries)
        {
            string key = String(entry, "Key") ?? "";
            switch (EntryType(entry))
            {
                case "GeoDetail":
                    year = Int(entry, "MapYear");
                    regionKey = key;
                    break;
                case "Topic" when string.Equals(String(entry, "Datatype"), "String", StringComparison.OrdinalIgnoreCase):
                    textKeys.TryAdd(CbsKey.Stem(key), key);
                    break;
                case "Topic":
                    numeric.Add((entry, new CbsStemQualifier.Topic(key, CbsKey.Stem(key), Ancestors(Int(entry, "ParentID"), groups))));
                    break;
            }
        }

        if (year is null || string.IsNullOrEmpty(regionKey))
        {
            throw new JsonException("DataProperties bevat geen GeoDetail met een MapYear.");
        }

        var stems = CbsStemQualifier.Qualify(numeric.Select(n => n.Topic).ToArray());
        var measures = numeric
            .Select((n, i) => new CbsMeasure(
                stems[i],
                n.Topic.Key,
                String(n.Entry, "Title")?.Trim() ?? "",
                String(n.Entry, "Unit")?.Trim() ?? "",
                Int(n.Entry, "Decimals") ?? 0))
            .ToArray();

        return new CbsDataProperties(year.Value, regionKey, measures, textKeys);
    }

    private static List<JsonElement> Entries(JsonElement root)
    {
        if (root.ValueKind == JsonValueKind.Object
            && root.TryGetProperty("value", out var value)
            && value.ValueKind == JsonValueKind.Array)
        {
            root = value;
        }

        if (root.ValueKind != JsonValueKind.Array)
        {
            throw new JsonException("DataProperties is geen lijst en geen object met 'value'.");
        }

        return root.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.Object).ToList();
    }

    private static string? EntryType(JsonElement entry)
    {
        var type = String(entry, "Type");
        if (type is not null)
        {
            return type;
        }

        var odataType = String(entry, "odata.type");
        return odataType?[(odataType.LastIndexOf('.') + 1)..];
    }

    private static List<string> Ancestors(int? parentId, Dictionary<int, (int? Parent, string Title)> groups)
    {
        var titles = new List<string>();
        while (parentId is not null && titles.Count < MaxGroupDepth && groups.TryGetValue(parentId.Value, out var group))
        {
            titles.Add(group.Title);
            parentId = group.Parent;
        }

        return titles;
    }

    private static string? String(JsonElement entry, string name) =>
        entry.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static int? Int(JsonElement entry, string name) =>
        entry.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out int result)
            ? result
            : null;
}
