using Gemeenschapskracht.Application.Cbs;
using Gemeenschapskracht.Domain.Gebieden;

namespace Gemeenschapskracht.Infrastructure.Cbs;

internal static class CbsDataSetComposer
{
    public static string KwbTitle(int year) => $"Kerncijfers wijken en buurten {year}";

    /// <summary>A data set whose measures are those of <paramref name="properties"/> that occur in the rows.</summary>
    public static CbsDataSet Compose(
        string tableId,
        string title,
        bool isFictional,
        CbsDataProperties properties,
        IReadOnlyList<CbsRegion> regions)
    {
        var present = new HashSet<string>(StringComparer.Ordinal);
        foreach (var region in regions)
        {
            present.UnionWith(region.Values.Keys);
        }

        var measures = properties.Measures.Where(m => present.Contains(m.Stem)).ToArray();
        return new CbsDataSet(tableId, properties.Year, title, isFictional, measures, regions);
    }

    public static Dictionary<string, string> Gemeenten(IEnumerable<CbsRegion> regions) =>
        regions
            .Where(r => r.Soort == GebiedSoort.Gemeente)
            .GroupBy(r => r.Code, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Gemeentenaam, StringComparer.Ordinal);
}
