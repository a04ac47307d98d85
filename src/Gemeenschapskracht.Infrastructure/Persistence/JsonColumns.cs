using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gemeenschapskracht.Infrastructure.Persistence;

/// <summary>
/// Stores a value object as one JSON document: the parts of a versioned document (a beleidskader's content) that are
/// always read and replaced whole. Enums are stored by name, so reordering an enum never changes stored meaning.
/// </summary>
internal static class JsonColumns
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.General)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    public static PropertyBuilder<T> HasJsonConversion<T>(this PropertyBuilder<T> property) where T : class?
    {
        property.HasConversion(
            v => Serialize(v),
            s => Deserialize<T>(s),
            new ValueComparer<T>((a, b) => Serialize(a) == Serialize(b), v => Serialize(v).GetHashCode(StringComparison.Ordinal), v => Deserialize<T>(Serialize(v))));
        return property;
    }

    private static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);

    private static T Deserialize<T>(string json) => JsonSerializer.Deserialize<T>(json, Options)!;
}
